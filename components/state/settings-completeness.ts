// Which settings the user has not given yet. The warning asks for them when they matter; the popup
// says they are missing and links to the options page.
import type { Settings } from '@/core/settings';

export const SETTINGS_QUESTIONS = [
  'employerName',
  'companyPageUrl',
  'ownName',
  'role',
  'jobDefined',
  'workTime',
  'worksCouncil',
] as const;
export type SettingsQuestion = (typeof SETTINGS_QUESTIONS)[number];

const ANSWERED: Record<SettingsQuestion, (settings: Settings) => boolean> = {
  employerName: (s) => s.employer.name !== '',
  companyPageUrl: (s) => s.employer.companyPageUrl !== null,
  ownName: (s) => s.ownName !== '',
  role: (s) => s.role !== null,
  jobDefined: (s) => s.jobDefined !== null,
  workTime: (s) => s.workTime !== null,
  worksCouncil: (s) => s.worksCouncil !== null,
};

export function missingSettings(settings: Settings): SettingsQuestion[] {
  return SETTINGS_QUESTIONS.filter((question) => !ANSWERED[question](settings));
}
