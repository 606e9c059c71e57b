import { defineMessages } from '..';

/** What the LinkedIn tab tells the user when the log cannot take a decision or the warning cannot be shown. */
export const warningSafetyMessages = defineMessages({
  en: {
    notSaved:
      "Your decision is not in the log yet: the browser's storage for Exposure Guard is full. It is kept in this tab and saved as soon as there is room. Keep this tab open, or export and clear older entries on the options page.",
    unsavedDecisions:
      '{count} decision(s) made in this tab are not in the log yet (storage is full or the extension is restarting). They are kept in the tab and saved as soon as possible.',
  },
  nl: {
    notSaved:
      'Je beslissing staat nog niet in het logboek: de opslag van de browser voor Exposure Guard is vol. Ze wordt in dit tabblad bewaard en opgeslagen zodra er ruimte is. Laat dit tabblad open, of exporteer en wis oudere regels op de optiepagina.',
    unsavedDecisions:
      '{count} beslissing(en) uit dit tabblad staan nog niet in het logboek (de opslag is vol of de extensie start opnieuw). Ze worden in het tabblad bewaard en zo snel mogelijk opgeslagen.',
  },
});
