// The wizard's answers and what the core makes of them: one assessment per activity the request asks
// for. "I don't know" is an answer (null): the core then takes its default, and nothing calls it missing.
import { evaluate } from '@/core/evaluate';
import type {
  Activity,
  Assessment,
  Incentive,
  Initiator,
  Mitigation,
  RefusalConsequence,
  Role,
  Status,
} from '@/core/types';

export interface WizardAnswers {
  /** What the request asks, one entry per select; null while a select has no choice yet. */
  activities: (Activity | null)[];
  role: Role | null;
  initiator: Initiator | null;
  refusalConsequence: RefusalConsequence;
  mitigations: Mitigation[];
  jobDefined: boolean | null;
  workTime: boolean | null;
  /** Optional questions: unanswered or "I don't know" (null) takes the contract's default. */
  status: Status | null;
  lessIntrusiveAlternative: boolean | null;
  postEmploymentClause: boolean | null;
  incentive: Incentive | null;
  purposeChange: boolean | null;
  informed: boolean | null;
  objected: boolean | null;
}

export type ActivityResult =
  | { activity: Activity; assessment: Assessment }
  | { activity: Activity; error: string };

/** The chosen activities, each once, in the order asked. */
export function chosenActivities(answers: WizardAnswers): Activity[] {
  return [...new Set(answers.activities.filter((a): a is Activity => a !== null))];
}

/** The core's answer per chosen activity, or null while activity, role or initiator is missing. */
export function assessAll(answers: WizardAnswers, worksCouncil: boolean | null): ActivityResult[] | null {
  const { role, initiator } = answers;
  const activities = chosenActivities(answers);
  if (activities.length === 0 || !role || !initiator) return null;
  return activities.map((activity) => {
    try {
      const assessment = evaluate({
        activity,
        role,
        initiator,
        refusalConsequence: answers.refusalConsequence,
        mitigations: answers.mitigations,
        jobDefined: answers.jobDefined ?? false,
        workTime: answers.workTime ?? false,
        status: answers.status ?? 'employee',
        lessIntrusiveAlternative: answers.lessIntrusiveAlternative ?? false,
        postEmploymentClause: answers.postEmploymentClause ?? false,
        incentive: answers.incentive ?? 'none',
        purposeChange: answers.purposeChange ?? false,
        informed: answers.informed ?? false,
        objected: answers.objected ?? false,
        worksCouncil: worksCouncil ?? false,
      });
      return { activity, assessment };
    } catch (error) {
      return { activity, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
