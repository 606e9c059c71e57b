import type { PolicyVerdict } from '../../policy/types';
import { defineMessages } from '..';

/** The options page's "Check a policy" tab and the context-menu item that opens it. */
export const policyMessages = defineMessages({
  en: {
    navPolicy: 'Check a policy',
    title: 'Check a policy',
    intro:
      'Paste your employer’s social-media policy, a “personal branding” memo or an e-mail from HR, or open a file. Exposure Guard reads it clause by clause on this device and tells you, for each demand, whether your employer may require it. Nothing is sent anywhere, and the text is not stored.',
    textLabel: 'Policy text',
    fileLabel: 'Open a file (.txt, .md, .html)',
    roleLabel: 'Your role',
    employerLabel: 'Your employer',
    contextHint: 'Taken from your settings; a change here applies to this check only.',
    check: 'Check this text',
    checkHint: 'Ctrl+Enter in the text also checks it.',
    fromSelection: 'The text you selected on a page was checked. It is not stored.',
    resultTitle: 'What this text asks of you',
    resultTitleEmployer: 'What {employer} asks of you',
    summaryMayNotOne: '{count} demand your employer may not require',
    summaryMayNotMany: '{count} demands your employer may not require',
    summaryContested: '{count} contested',
    summaryFine: '{count} fine',
    verdictMayNot: 'May not be required',
    verdictContested: 'Contested',
    verdictFine: 'Fine',
    legend: 'Marks in the text',
    markedText: 'The text with each clause marked',
    clausesTitle: 'What each clause means for you',
    clauseTitle: 'Clause {number}: {activity}',
    goToClause: 'Clause {numbers}: {verdict}',
    readAsRequires: 'Read as: your employer requires this.',
    readAsAsks: 'Read as: your employer asks this.',
    cues: 'Words that decided:',
    noticeEmpty: 'There is no text to check yet.',
    noticeNotText:
      'This does not look like text (perhaps a binary file). Open a .txt, .md or .html file, or paste the text itself.',
    noticeOtherLanguage:
      'This text seems to be in another language than English or Dutch. Exposure Guard reads English and Dutch policies only, so any result below is unreliable.',
    noticeNoClauses: 'No clause about your own visibility online was found in this text.',
    fileTooLarge: 'This file is larger than {max} MB. Open a smaller file or paste the part that matters.',
    fileUnreadable: 'This file could not be read as text.',
    fileWrongType: 'Open a .txt, .md or .html file.',
    contextMenuTitle: 'Check this text with Exposure Guard',
    saveReport: 'Save the report to the decision log',
    saveHint:
      'The log keeps only the activities found and their answers, with your role and the language: never the text, a clause or the name of a file.',
    saving: 'Saving…',
    saved: 'Saved to the decision log as entry {seq}.',
    savedWhere: 'Open the decision log',
    saveFailed: 'The report was not saved: {reason}',
    saveFull:
      'The report was not saved: the browser’s storage for Exposure Guard is full. Export and clear older log entries, then save again.',
  },
  nl: {
    navPolicy: 'Beleid controleren',
    title: 'Beleid controleren',
    intro:
      'Plak het socialmediabeleid van je werkgever, een memo over “personal branding” of een e-mail van HR, of open een bestand. Exposure Guard leest het op dit apparaat per bepaling en vertelt je bij elke eis of je werkgever die mag stellen. Er wordt niets verstuurd en de tekst wordt niet bewaard.',
    textLabel: 'Tekst van het beleid',
    fileLabel: 'Open een bestand (.txt, .md, .html)',
    roleLabel: 'Je functie',
    employerLabel: 'Je werkgever',
    contextHint: 'Overgenomen uit je instellingen; een wijziging hier geldt alleen voor deze controle.',
    check: 'Controleer deze tekst',
    checkHint: 'Ctrl+Enter in de tekst controleert hem ook.',
    fromSelection: 'De tekst die je op een pagina selecteerde, is gecontroleerd. Hij wordt niet bewaard.',
    resultTitle: 'Wat deze tekst van je vraagt',
    resultTitleEmployer: 'Wat {employer} van je vraagt',
    summaryMayNotOne: '{count} eis die je werkgever niet mag stellen',
    summaryMayNotMany: '{count} eisen die je werkgever niet mag stellen',
    summaryContested: '{count} omstreden',
    summaryFine: '{count} in orde',
    verdictMayNot: 'Mag niet geëist worden',
    verdictContested: 'Omstreden',
    verdictFine: 'In orde',
    legend: 'Markeringen in de tekst',
    markedText: 'De tekst met elke bepaling gemarkeerd',
    clausesTitle: 'Wat elke bepaling voor jou betekent',
    clauseTitle: 'Bepaling {number}: {activity}',
    goToClause: 'Bepaling {numbers}: {verdict}',
    readAsRequires: 'Gelezen als: je werkgever eist dit.',
    readAsAsks: 'Gelezen als: je werkgever vraagt dit.',
    cues: 'Woorden die de doorslag gaven:',
    noticeEmpty: 'Er is nog geen tekst om te controleren.',
    noticeNotText:
      'Dit lijkt geen tekst (misschien een binair bestand). Open een .txt-, .md- of .html-bestand, of plak de tekst zelf.',
    noticeOtherLanguage:
      'Deze tekst lijkt in een andere taal dan Nederlands of Engels te zijn. Exposure Guard leest alleen Nederlands en Engels beleid, dus een resultaat hieronder is onbetrouwbaar.',
    noticeNoClauses: 'In deze tekst staat geen bepaling over je eigen zichtbaarheid online.',
    fileTooLarge:
      'Dit bestand is groter dan {max} MB. Open een kleiner bestand of plak het deel dat ertoe doet.',
    fileUnreadable: 'Dit bestand kon niet als tekst worden gelezen.',
    fileWrongType: 'Open een .txt-, .md- of .html-bestand.',
    contextMenuTitle: 'Controleer deze tekst met Exposure Guard',
    saveReport: 'Rapport opslaan in het beslissingenlogboek',
    saveHint:
      'Het logboek bewaart alleen de gevonden activiteiten en hun antwoorden, met je functie en de taal: nooit de tekst, een bepaling of de naam van een bestand.',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen in het beslissingenlogboek als vermelding {seq}.',
    savedWhere: 'Open het beslissingenlogboek',
    saveFailed: 'Het rapport is niet opgeslagen: {reason}',
    saveFull:
      'Het rapport is niet opgeslagen: de opslag van de browser voor Exposure Guard is vol. Exporteer en wis oudere vermeldingen in het logboek en sla het daarna opnieuw op.',
  },
});

/** The words for how a clause is grouped (the page's marks, its summary and the log). */
export const VERDICT_KEY = {
  'may-not-require': 'verdictMayNot',
  contested: 'verdictContested',
  fine: 'verdictFine',
} as const satisfies Record<PolicyVerdict, keyof typeof policyMessages.en>;
