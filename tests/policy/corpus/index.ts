// Every text of the corpus, in a fixed order.
import type { CorpusText } from '../corpus-types';
import en01 from './en-01-linkedin-guidelines';
import en02 from './en-02-hr-email';
import en03 from './en-03-pdf-policy';
import en04 from './en-04-branding-memo';
import en05 from './en-05-handbook';
import en06 from './en-06-advocacy-programme';
import en07 from './en-07-recruitment-agency';
import en08 from './en-08-bank-policy';
import en09 from './en-09-agency-onboarding';
import en10 from './en-10-team-page-faq';
import en11 from './en-11-sales-playbook';
import en12 from './en-12-retail-guidance';
import nl01 from './nl-01-socialmediabeleid';
import nl02 from './nl-02-hr-mail';
import nl03 from './nl-03-pdf-richtlijn';
import nl04 from './nl-04-personal-branding';
import nl05 from './nl-05-personeelsgids';
import nl06 from './nl-06-wervingsbureau';
import nl07 from './nl-07-school';
import nl08 from './nl-08-ambassadeurs';
import nl09 from './nl-09-intranet-nieuwsbericht';
import nl10 from './nl-10-klantenservice';

export const CORPUS: readonly CorpusText[] = [
  en01,
  en02,
  en03,
  en04,
  en05,
  en06,
  en07,
  en08,
  en09,
  en10,
  en11,
  en12,
  nl01,
  nl02,
  nl03,
  nl04,
  nl05,
  nl06,
  nl07,
  nl08,
  nl09,
  nl10,
];
