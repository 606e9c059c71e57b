// Messages of the pure validation and import logic (settings, decision log). The core returns them as
// LocalizedText (every language) so that the UI shows whichever language is current.

import { inEveryLanguage, type LocalizedText } from '../../languages';
import { type Catalogue, defineMessages, interpolate, type Params } from '..';

/** Field errors of a settings patch (core/settings/io.ts). */
export const settingsValidationMessages = defineMessages({
  en: {
    notAnObject: 'The settings must be an object of named fields.',
    unknownField: '"{field}" is not a setting this extension knows.',
    notText: 'This must be text.',
    notYesNo: 'Choose yes, no or "not sure".',
    notBoolean: 'This must be yes or no.',
    onlySpaces: 'This name contains only spaces. Type the name, or leave the field empty.',
    nameTooLong:
      'This name is {length} characters long; at most {max} fit. Type the name as people write it.',
    aliasesNotList: 'The other names of your employer must be a list.',
    aliasEmpty: 'Other name {number} is empty. Type a name or remove the line.',
    aliasRepeatsName:
      'Other name {number} is the same as the employer name. Remove it: the name is already used.',
    aliasDuplicate: 'Other name {number} is listed twice.',
    aliasTooLong: 'Other name {number} is {length} characters long; at most {max} fit.',
    tooManyAliases: 'There are {count} other names; at most {max} fit. Keep the names people really use.',
    companyPageNotLinkedIn:
      'This is not the address of a LinkedIn company page. It looks like https://www.linkedin.com/company/your-employer/',
    unknownRole: 'Choose one of the roles in the list.',
    unknownStatus: 'Choose employee, intern, agency worker or former employee.',
    unknownAddressee: 'Choose the data protection officer, HR, the management or "not sure".',
    oneLine: 'Type this on one line; separate parts of an address with commas.',
    tooLong: 'This is too long: at most {max} characters.',
    emailInvalid: 'This is not an e-mail address. It looks like name@example.nl.',
    unknownLanguage: 'Choose the browser language, Dutch or English.',
    retentionNotPositive:
      'Keep entries for a whole number of months, at least 1 (for example 12), or choose "keep everything".',
    hostsNotList: 'The website addresses must be a list.',
    hostInvalid: '"{value}" is not a website address. Type a host name such as www.example.com.',
    hostDuplicate: 'The website {value} is listed twice.',
    groupsInvalid: 'Each LinkedIn group needs its number and the choice "work" or "private".',
    tooManyGroups: 'There are {count} LinkedIn groups; at most {max} can be remembered.',
    perActivityInvalid: 'Each remembered answer must belong to a known activity and have a known value.',
    schemaVersion:
      'These settings belong to version {version}; this extension understands version {current}.',
  },
  nl: {
    notAnObject: 'De instellingen moeten een object met benoemde velden zijn.',
    unknownField: '"{field}" is geen instelling die deze extensie kent.',
    notText: 'Dit moet tekst zijn.',
    notYesNo: 'Kies ja, nee of "weet ik niet".',
    notBoolean: 'Dit moet ja of nee zijn.',
    onlySpaces: 'Deze naam bestaat alleen uit spaties. Typ de naam, of laat het veld leeg.',
    nameTooLong:
      'Deze naam is {length} tekens lang; er passen er hoogstens {max}. Typ de naam zoals mensen hem schrijven.',
    aliasesNotList: 'De andere namen van je werkgever moeten een lijst zijn.',
    aliasEmpty: 'Andere naam {number} is leeg. Typ een naam of verwijder de regel.',
    aliasRepeatsName:
      'Andere naam {number} is gelijk aan de naam van de werkgever. Verwijder hem: die naam wordt al gebruikt.',
    aliasDuplicate: 'Andere naam {number} staat er twee keer in.',
    aliasTooLong: 'Andere naam {number} is {length} tekens lang; er passen er hoogstens {max}.',
    tooManyAliases:
      'Er staan {count} andere namen; er passen er hoogstens {max}. Houd de namen die mensen echt gebruiken.',
    companyPageNotLinkedIn:
      'Dit is niet het adres van een LinkedIn-bedrijfspagina. Zo ziet het eruit: https://www.linkedin.com/company/je-werkgever/',
    unknownRole: 'Kies een van de functies uit de lijst.',
    unknownStatus: 'Kies werknemer, stagiair, uitzendkracht of oud-werknemer.',
    unknownAddressee: 'Kies de functionaris gegevensbescherming, HR, de directie of "weet ik niet".',
    oneLine: 'Typ dit op één regel; scheid de delen van een adres met komma’s.',
    tooLong: 'Dit is te lang: hoogstens {max} tekens.',
    emailInvalid: 'Dit is geen e-mailadres. Zo ziet het eruit: naam@voorbeeld.nl.',
    unknownLanguage: 'Kies de taal van de browser, Nederlands of Engels.',
    retentionNotPositive:
      'Bewaartermijn in maanden: vul een heel getal van minstens 1 in, bijvoorbeeld 12. Of kies "alles bewaren".',
    hostsNotList: 'De websiteadressen moeten een lijst zijn.',
    hostInvalid: '"{value}" is geen websiteadres. Typ een hostnaam zoals www.voorbeeld.nl.',
    hostDuplicate: 'De website {value} staat er twee keer in.',
    groupsInvalid: 'Elke LinkedIn-groep heeft een nummer en de keuze "werk" of "privé" nodig.',
    tooManyGroups: 'Er staan {count} LinkedIn-groepen; er kunnen er hoogstens {max} worden onthouden.',
    perActivityInvalid:
      'Elk onthouden antwoord hoort bij een bekende activiteit en heeft een bekende waarde.',
    schemaVersion: 'Deze instellingen horen bij versie {version}; deze extensie begrijpt versie {current}.',
  },
});

/** Refusals of a settings file (importSettings). */
export const settingsImportMessages = defineMessages({
  en: {
    malformed: 'This file is not readable JSON. Choose the file that Exposure Guard exported.',
    foreign: 'This file is not an Exposure Guard settings file.',
    newer:
      'This file comes from a newer version of Exposure Guard (format version {version}). Update the extension first.',
    invalid: 'The file contains settings that are not valid: {details}',
    corrupt: 'The settings in this file are damaged and cannot be read.',
  },
  nl: {
    malformed: 'Dit bestand is geen leesbare JSON. Kies het bestand dat Exposure Guard heeft geëxporteerd.',
    foreign: 'Dit bestand is geen instellingenbestand van Exposure Guard.',
    newer:
      'Dit bestand komt van een nieuwere versie van Exposure Guard (formaatversie {version}). Werk eerst de extensie bij.',
    invalid: 'Het bestand bevat instellingen die niet geldig zijn: {details}',
    corrupt: 'De instellingen in dit bestand zijn beschadigd en kunnen niet worden gelezen.',
  },
});

/** Refusals of a decision-log file (importLogJson). The existing log is never touched. */
export const logImportMessages = defineMessages({
  en: {
    malformed: 'This file is not readable JSON. Your log has not been changed.',
    foreign: 'This file is not an Exposure Guard decision log. Your log has not been changed.',
    newer:
      'This log comes from a newer version of Exposure Guard (format version {version}). Update the extension first. Your log has not been changed.',
    badEntry: 'Entry {number} in the file is not a valid log entry ({field}). Your log has not been changed.',
    badAnchor:
      'The starting point of the hash chain in the file is not valid. Your log has not been changed.',
    badNote: 'The note for entry {number} is not valid. Your log has not been changed.',
    badNoteKey:
      'The file has a note under {key}, which is not an entry number as an export writes it (such as 1 or 12). Your log has not been changed.',
    broken:
      'The hash chain in this file is broken at entry {number}: the file was altered after export. Your log has not been changed.',
  },
  nl: {
    malformed: 'Dit bestand is geen leesbare JSON. Je logboek is niet gewijzigd.',
    foreign: 'Dit bestand is geen beslissingenlogboek van Exposure Guard. Je logboek is niet gewijzigd.',
    newer:
      'Dit logboek komt van een nieuwere versie van Exposure Guard (formaatversie {version}). Werk eerst de extensie bij. Je logboek is niet gewijzigd.',
    badEntry:
      'Regel {number} in het bestand is geen geldige logboekregel ({field}). Je logboek is niet gewijzigd.',
    badAnchor: 'Het beginpunt van de hashketen in het bestand is niet geldig. Je logboek is niet gewijzigd.',
    badNote: 'De notitie bij regel {number} is niet geldig. Je logboek is niet gewijzigd.',
    badNoteKey:
      'Het bestand heeft een notitie onder {key}, en dat is geen regelnummer zoals een export het schrijft (zoals 1 of 12). Je logboek is niet gewijzigd.',
    broken:
      'De hashketen in dit bestand is verbroken bij regel {number}: het bestand is na het exporteren gewijzigd. Je logboek is niet gewijzigd.',
  },
});

/** One message of a catalogue in every language, with its placeholders filled. */
export function localizedMessage<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params?: Params,
): LocalizedText {
  return inEveryLanguage((language) => interpolate(catalogue[language][key], params));
}
