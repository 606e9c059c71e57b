import type { CorpusText } from '../corpus-types';

// Held out: never looked at while tuning the tables.
export default {
  id: 'nl-08-ambassadeurs',
  language: 'nl',
  heldOut: true,
  kind: 'e-mail over een ambassadeursprogramma, je-vorm, harde regelafbrekingen',
  text: `Van: Team Employer Branding
Aan: Alle medewerkers Technische Dienst
Onderwerp: Word ambassadeur van Bakker Energie!

Hoi!

Goed nieuws: we starten met het ambassadeursprogramma. Als ambassadeur
laat je zien hoe leuk het is om bij Bakker Energie te werken, o.a. via
LinkedIn en onze vacaturesite.

Wat houdt het in?
- Je werkt mee aan een korte vacaturevideo die we op onze social media
  en in advertenties gebruiken.
- Je zet op je LinkedIn-profiel dat je bij Bakker Energie werkt en je
  deelt onze vacatures in je netwerk.
- Je komt met naam en foto op de pagina "Werken bij" van onze website.

Meedoen is vrijwillig: als je niet meedoet, heeft dat geen gevolgen.
Ambassadeurs krijgen als bedankje een cadeaubon van € 25 en een
ambassadeurs-polo. Voor elke aangenomen kandidaat die via jouw
bericht solliciteert, ontvang je daarnaast een bonus van € 500.

Je kunt je tot 15 maart aanmelden via het formulier op het intranet.
De video en foto's worden na je vertrek niet meer gebruikt.

Groetjes,
Team Employer Branding
`,
  clauses: [
    {
      quote: 'korte vacaturevideo',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Je zet op je LinkedIn-profiel',
      activity: 'profile-employer',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Je zet op je LinkedIn-profiel',
      activity: 'feed-post',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Je komt met naam en foto',
      activity: 'website-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'via jouw\nbericht solliciteert',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'bonus',
    },
    {
      quote: "De video en foto's worden na je vertrek",
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: "De video en foto's worden na je vertrek",
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
  ],
} satisfies CorpusText;
