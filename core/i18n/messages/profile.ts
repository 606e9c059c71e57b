import { defineMessages } from '..';

/** Notes the warning adds for profile edits, the notify-network highlight and the health view's notes. */
export const profileMessages = defineMessages({
  en: {
    notifyOn:
      'The “notify network” switch in this form is on: LinkedIn will announce this change to your network, colleagues and your employer included.',
    notifyJobChange:
      'A new job announced to your network can be read as a sign that you are leaving your employer.',
    endsCurrent:
      'This ends your current position at your employer. Your profile will show it as ended, for anyone who looks, colleagues and your employer included.',
    photoSafeguards:
      'Safeguards: you can show your photo to your connections only (its visibility setting). No role obliges you to show a photo: your name and job title can serve.',
    openToWorkAll:
      '“All LinkedIn members” includes people at your employer: anyone there can see that you are open to work. “Recruiters only” keeps it from recruiters at your company (LinkedIn does not guarantee that).',
    settingOn:
      'With this setting on, LinkedIn announces changes to your profile, such as a new job, to your network, colleagues and your employer included. Whether it is on is your choice.',
    goBack: 'Go back and switch it off',
    weNeverFlip: 'We never change the switch for you.',
    switchHere: 'Switch this off',
    healthNoSwitch:
      'The form “{form}” shows no “notify network” switch we recognise. Check it yourself before you save.',
  },
  nl: {
    notifyOn:
      'De schakelaar “netwerk informeren” in dit formulier staat aan: LinkedIn meldt deze wijziging aan je netwerk, ook aan collega’s en je werkgever.',
    notifyJobChange:
      'Een nieuwe baan die aan je netwerk wordt gemeld, kan worden gelezen als een teken dat je bij je werkgever weggaat.',
    endsCurrent:
      'Hiermee beëindig je je huidige functie bij je werkgever. Je profiel toont die als beëindigd, voor iedereen die kijkt, ook collega’s en je werkgever.',
    photoSafeguards:
      'Waarborgen: je kunt je foto alleen aan je connecties tonen (de zichtbaarheid van de foto). Geen functie verplicht je een foto te tonen: je naam en functietitel volstaan.',
    openToWorkAll:
      '“Alle LinkedIn-leden” omvat mensen bij je werkgever: iedereen daar kan zien dat je openstaat voor werk. “Alleen recruiters” houdt het weg bij recruiters van je bedrijf (LinkedIn garandeert dat niet).',
    settingOn:
      'Met deze instelling aan meldt LinkedIn wijzigingen in je profiel, zoals een nieuwe baan, aan je netwerk, ook aan collega’s en je werkgever. Of die aan staat, kies je zelf.',
    goBack: 'Teruggaan en uitzetten',
    weNeverFlip: 'Wij zetten de schakelaar nooit voor je om.',
    switchHere: 'Zet deze uit',
    healthNoSwitch:
      'Het formulier “{form}” toont geen schakelaar “netwerk informeren” die we herkennen. Controleer het zelf voordat je opslaat.',
  },
});
