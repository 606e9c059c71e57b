// The user's settings as stored (schema version 2). Pure data: the zustand store that persists
// them lives in components/state/. Every field may be unknown (null): the warning asks what it lacks.

import type { LanguagePreference } from '../i18n';
import type { Activity, Initiator, Role, Status } from '../types';

export const SETTINGS_SCHEMA_VERSION = 2;

export type GroupKind = 'work' | 'private';

export interface EmployerSettings {
  name: string; // '' when not set
  aliases: string[];
  companyPageUrl: string | null; // https://www.linkedin.com/company/<slug>/
}

/** Who letters are addressed to at the employer: its data protection officer (FG), HR, or the management. */
export const LETTER_ADDRESSEES = ['dpo', 'hr', 'director'] as const;
export type LetterAddressee = (typeof LETTER_ADDRESSEES)[number];

/** What a letter to the employer needs besides the name ('' when not given). */
export interface LetterSettings {
  /** Postal address; commas separate its lines. */
  address: string;
  email: string;
  personnelNumber: string;
  /** Where the user writes from ("Utrecht"), printed before the date. */
  place: string;
  employerAddress: string;
  /** null: not sure, letters go to HR or the management. */
  addressee: LetterAddressee | null;
}

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  onboardingDone: boolean;
  language: LanguagePreference;
  employer: EmployerSettings;
  ownName: string; // the user's name as it appears online ('' when not set)
  role: Role | null;
  /** The user's position at the employer; null is taken as employee. */
  status: Status | null;
  jobDefined: boolean | null; // online representation is part of the agreed job
  workTime: boolean | null; // done in work time with the employer's equipment
  worksCouncil: boolean | null;
  /** LinkedIn groups the user has classified, by numeric group id. */
  groups: Record<string, GroupKind>;
  /** Answers the user asked us to remember, per activity. */
  rememberedInitiator: Partial<Record<Activity, Initiator>>;
  /** "Don't warn me again when it is my own initiative", per activity. */
  quietOwnInitiative: Partial<Record<Activity, boolean>>;
  /** Employer website hosts the user added. */
  websiteHosts: string[];
  /**
   * Show a marker next to the user's name on those websites. Off unless switched on: scripts on the
   * employer's page can see an element we add; the toolbar badge and the popup report anyway.
   */
  websiteMarker: boolean;
  /** Decision log retention in months; null keeps everything. */
  logRetentionMonths: number | null;
  letter: LetterSettings;
}

export function defaultLetterSettings(): LetterSettings {
  return { address: '', email: '', personnelNumber: '', place: '', employerAddress: '', addressee: null };
}

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    onboardingDone: false,
    language: 'auto',
    employer: { name: '', aliases: [], companyPageUrl: null },
    ownName: '',
    role: null,
    status: null,
    jobDefined: null,
    workTime: null,
    worksCouncil: null,
    groups: {},
    rememberedInitiator: {},
    quietOwnInitiative: {},
    websiteHosts: [],
    websiteMarker: false,
    logRetentionMonths: null,
    letter: defaultLetterSettings(),
  };
}
