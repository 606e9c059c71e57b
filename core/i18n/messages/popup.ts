import { defineMessages } from '..';

/** The toolbar popup. */
export const popupMessages = defineMessages({
  en: {
    views: 'Sections',
    viewStatus: 'This page',
    viewRights: 'Know your rights',
    viewCheck: 'Check a request',
    viewLog: 'Latest decisions',
    loadingView: 'Loading…',
    checkingTab: 'Looking at this tab…',
    statusProtected: 'This page is protected.',
    statusSetupNeeded: 'Setup needed: Exposure Guard does not know your employer yet.',
    statusNotLinkedIn: 'Not a LinkedIn page: nothing to protect here.',
    statusEmployerWebsite: 'This page is on your employer’s website {host}.',
    statusWentWrong: 'Something went wrong on this page.',
    notLinkedIn: 'Exposure Guard watches LinkedIn and the employer websites you added in the settings.',
    websiteNoAnswer:
      'This page of {host} does not answer yet. Reload the page (it was probably open before you added the website).',
    noAnswer:
      'This LinkedIn tab does not answer yet. Reload the page (it was probably open before Exposure Guard was installed).',
    pageGroup: 'What you post here goes to the LinkedIn group “{name}”.',
    watchedHere: 'Warns before:',
    noSurfaces: 'Nothing to protect was found on this page yet (no post box, comment box or profile form).',
    failures:
      'Exposure Guard hit {count} problems on this page and let your action through without a warning.',
    pageNotes: 'Technical notes',
    setupNext: 'Next step: tell Exposure Guard who your employer is (two minutes).',
    finishSetup: 'Finish the setup',
    openSettings: 'Open the settings',
    latestNone: 'No decisions yet. When Exposure Guard warns you on LinkedIn, what you decide shows here.',
  },
  nl: {
    views: 'Onderdelen',
    viewStatus: 'Deze pagina',
    viewRights: 'Ken je rechten',
    viewCheck: 'Verzoek controleren',
    viewLog: 'Laatste beslissingen',
    loadingView: 'Bezig met laden…',
    checkingTab: 'Dit tabblad wordt gecontroleerd…',
    statusProtected: 'Deze pagina is beschermd.',
    statusSetupNeeded: 'Instellen nodig: Exposure Guard weet nog niet wie je werkgever is.',
    statusNotLinkedIn: 'Geen LinkedIn-pagina: hier valt niets te beschermen.',
    statusEmployerWebsite: 'Deze pagina staat op de website van je werkgever {host}.',
    statusWentWrong: 'Er ging iets mis op deze pagina.',
    notLinkedIn:
      'Exposure Guard let op LinkedIn en op de websites van je werkgever die je in de instellingen hebt toegevoegd.',
    websiteNoAnswer:
      'Deze pagina van {host} reageert nog niet. Laad de pagina opnieuw (hij stond waarschijnlijk al open voordat je de website toevoegde).',
    noAnswer:
      'Dit LinkedIn-tabblad reageert nog niet. Laad de pagina opnieuw (hij stond waarschijnlijk al open voordat Exposure Guard werd geïnstalleerd).',
    pageGroup: 'Wat je hier plaatst, komt in de LinkedIn-groep ‘{name}’.',
    watchedHere: 'Waarschuwt vóór:',
    noSurfaces:
      'Op deze pagina is nog niets gevonden om te beschermen (geen berichtvenster, reactieveld of profielformulier).',
    failures:
      'Exposure Guard liep op deze pagina {count} keer tegen een probleem aan en liet je actie zonder waarschuwing door.',
    pageNotes: 'Technische details',
    setupNext: 'Volgende stap: vertel Exposure Guard wie je werkgever is (twee minuten).',
    finishSetup: 'Instellen afronden',
    openSettings: 'Instellingen openen',
    latestNone:
      'Nog geen beslissingen. Als Exposure Guard je op LinkedIn waarschuwt, zie je hier wat je besloot.',
  },
});
