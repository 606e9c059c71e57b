import { defineMessages } from '..';

/** The toolbar popup. */
export const popupMessages = defineMessages(
  {
    views: 'Sections',
    viewStatus: 'This page',
    viewRights: 'Know your rights',
    viewCheck: 'Check a request',
    viewLog: 'Latest decisions',
    checkingTab: 'Looking at this tab…',
    loadingView: 'Loading…',
    notLinkedIn:
      'This tab is not on LinkedIn or on one of your employer’s websites. Exposure Guard watches only those pages.',
    employerWebsite: 'This page is on your employer’s website {host}.',
    websiteNoAnswer:
      'This page of {host} does not answer yet. Reload the page (it was probably open before you added the website).',
    noAnswer:
      'This LinkedIn tab does not answer yet. Reload the page (it was probably open before Exposure Guard was installed).',
    protectedTitle: 'Protected on this page',
    pageGroup: 'What you post here goes to the LinkedIn group “{name}”.',
    noSurfaces: 'Nothing to protect was found on this page yet (no post box, comment box or profile form).',
    failures:
      'Exposure Guard hit {count} problems on this page and let your action through without a warning.',
    pageNotes: 'Technical notes',
    settingsComplete: 'Your settings are complete.',
    settingsMissing: 'Missing settings: {list}. The warnings will ask for them when needed.',
    openSettings: 'Open the settings',
    onboardingNotDone: 'You have not finished the first-run questions yet.',
  },
  {
    views: 'Onderdelen',
    viewStatus: 'Deze pagina',
    viewRights: 'Ken je rechten',
    viewCheck: 'Verzoek controleren',
    viewLog: 'Laatste beslissingen',
    checkingTab: 'Dit tabblad wordt gecontroleerd…',
    loadingView: 'Bezig met laden…',
    notLinkedIn:
      'Dit tabblad is niet op LinkedIn of op een website van je werkgever. Exposure Guard let alleen op die pagina’s.',
    employerWebsite: 'Deze pagina staat op de website van je werkgever {host}.',
    websiteNoAnswer:
      'Deze pagina van {host} reageert nog niet. Laad de pagina opnieuw (hij stond waarschijnlijk al open voordat je de website toevoegde).',
    noAnswer:
      'Dit LinkedIn-tabblad reageert nog niet. Laad de pagina opnieuw (hij stond waarschijnlijk al open voordat Exposure Guard werd geïnstalleerd).',
    protectedTitle: 'Beschermd op deze pagina',
    pageGroup: 'Wat je hier plaatst, komt in de LinkedIn-groep ‘{name}’.',
    noSurfaces:
      'Op deze pagina is nog niets gevonden om te beschermen (geen berichtvenster, reactieveld of profielformulier).',
    failures:
      'Exposure Guard liep op deze pagina {count} keer tegen een probleem aan en liet je actie zonder waarschuwing door.',
    pageNotes: 'Technische details',
    settingsComplete: 'Je instellingen zijn compleet.',
    settingsMissing:
      'Ontbrekende instellingen: {list}. De waarschuwingen vragen ernaar wanneer het nodig is.',
    openSettings: 'Instellingen openen',
    onboardingNotDone: 'Je hebt de eerste vragen nog niet afgerond.',
  },
);
