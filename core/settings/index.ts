// The user's settings as stored (schema version 1). Pure data: the zustand store that persists
// them lives in components/state/. Every field may be unknown (null): the warning asks what it lacks.

import type { LanguagePreference } from '../i18n';
import type { Activity, Initiator, Role } from '../types';

export const SETTINGS_SCHEMA_VERSION = 1;

export type GroupKind = 'work' | 'private';

export interface EmployerSettings {
  name: string; // '' when not set
  aliases: string[];
  companyPageUrl: string | null; // https://www.linkedin.com/company/<slug>/
}

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  onboardingDone: boolean;
  language: LanguagePreference;
  employer: EmployerSettings;
  ownName: string; // the user's name as it appears online ('' when not set)
  role: Role | null;
  jobDefined: boolean | null; // online representation is part of the agreed job
  workTime: boolean | null; // done in work time with the employer's equipment
  worksCouncil: boolean | null;
  /** LinkedIn groups the user has classified, by numeric group id. */
  groups: Record<string, GroupKind>;
  /** Answers the user asked us to remember, per activity. */
  rememberedInitiator: Partial<Record<Activity, Initiator>>;
  /** "Don't warn me again when it is my own initiative", per activity. */
  quietOwnInitiative: Partial<Record<Activity, boolean>>;
  /** Employer website hosts the user added (issue: employer's website). */
  websiteHosts: string[];
  /**
   * Show a marker next to the user's name on those websites. Off unless switched on: scripts on the
   * employer's page can see an element we add; the toolbar badge and the popup report anyway.
   */
  websiteMarker: boolean;
  /** Decision log retention in months; null keeps everything. */
  logRetentionMonths: number | null;
}

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    onboardingDone: false,
    language: 'auto',
    employer: { name: '', aliases: [], companyPageUrl: null },
    ownName: '',
    role: null,
    jobDefined: null,
    workTime: null,
    worksCouncil: null,
    groups: {},
    rememberedInitiator: {},
    quietOwnInitiative: {},
    websiteHosts: [],
    websiteMarker: false,
    logRetentionMonths: null,
  };
}
