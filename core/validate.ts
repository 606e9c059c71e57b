// Checks a situation before it is evaluated and applies its defaults. Invalid input
// throws a TypeError that names the field; nothing is guessed, unknown fields included.
import type { NormalisedSituation } from './rules';
import {
  ACTIVITIES,
  AUDIENCES,
  IDENTIFIABILITIES,
  INCENTIVES,
  INITIATORS,
  MITIGATIONS,
  REFUSAL_CONSEQUENCES,
  ROLES,
  type Situation,
  STATUSES,
} from './types';

type Check = (value: unknown, path: string) => void;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

const oneOf =
  (values: readonly string[]): Check =>
  (value, path) => {
    if (typeof value !== 'string') throw new TypeError(`${path}: expected a string, got ${describe(value)}`);
    if (!values.includes(value)) throw new TypeError(`${path}: unknown value '${value}'`);
  };

const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') throw new TypeError(`${path}: expected a boolean, got ${describe(value)}`);
};

const listOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) throw new TypeError(`${path}: expected an array, got ${describe(value)}`);
    value.forEach((entry, index) => {
      item(entry, `${path}[${index}]`);
    });
  };

const REQUIRED = {
  activity: oneOf(ACTIVITIES),
  role: oneOf(ROLES),
  initiator: oneOf(INITIATORS),
} as const;

const OPTIONAL = {
  status: oneOf(STATUSES),
  jobDefined: boolean,
  workTime: boolean,
  lessIntrusiveAlternative: boolean,
  identifiability: oneOf(IDENTIFIABILITIES),
  audience: oneOf(AUDIENCES),
  mitigations: listOf(oneOf(MITIGATIONS)),
  refusalConsequence: oneOf(REFUSAL_CONSEQUENCES),
  incentive: oneOf(INCENTIVES),
  purposeChange: boolean,
  postEmploymentClause: boolean,
  informed: boolean,
  objected: boolean,
  worksCouncil: boolean,
} as const satisfies Record<Exclude<keyof Situation, keyof typeof REQUIRED>, Check>;

/** The default of every optional field (the comments on `Situation` in ./types say what each means). */
export const SITUATION_DEFAULTS = {
  status: 'employee',
  jobDefined: false,
  workTime: false,
  lessIntrusiveAlternative: false,
  identifiability: 'full',
  audience: 'public',
  mitigations: [],
  refusalConsequence: 'unknown',
  incentive: 'none',
  purposeChange: false,
  postEmploymentClause: false,
  informed: false,
  objected: false,
  worksCouncil: false,
} as const satisfies Omit<NormalisedSituation, keyof typeof REQUIRED>;

/** Throws a TypeError naming the field unless `input` is a valid Situation. */
export function assertSituation(input: unknown): asserts input is Situation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`situation: expected an object, got ${describe(input)}`);
  }
  const record = input as Record<string, unknown>;
  for (const [field, check] of Object.entries(REQUIRED)) {
    if (record[field] === undefined) throw new TypeError(`situation.${field}: required field is missing`);
    check(record[field], `situation.${field}`);
  }
  for (const [field, value] of Object.entries(record)) {
    if (Object.hasOwn(REQUIRED, field) || value === undefined) continue;
    if (!Object.hasOwn(OPTIONAL, field)) throw new TypeError(`situation.${field}: unknown field`);
    OPTIONAL[field as keyof typeof OPTIONAL](value, `situation.${field}`);
  }
}

/** Validates the input and fills in every default; the result is a fresh, frozen object. */
export function normaliseSituation(input: unknown): NormalisedSituation {
  assertSituation(input);
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const situation: NormalisedSituation = { ...SITUATION_DEFAULTS, ...(given as unknown as Situation) };
  return Object.freeze({ ...situation, mitigations: Object.freeze([...situation.mitigations]) });
}
