// The rule ids alone, so that the log can check a record's rules without loading the rules' texts
// (the popup and the log pages need the ids, not the legal model).
export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
