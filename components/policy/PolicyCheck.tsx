// The options page's "Check a policy" tab: paste a policy or open a file, check it on the device, and
// read the text with each clause marked by its answer, a summary at the top and, per clause, the
// evaluator's answer with its reasons, rights and safeguards (the one assessment view). The text is
// only ever rendered as text, and is kept in this page's memory only.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { useLocalize, useTranslator } from '@/components/i18n';
import { PolicyLetterDraft } from '@/components/options/PolicyLetterDraft';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { ACTIVITY_TEXT, ROLE_TEXT } from '@/core/explanations';
import type { Translate } from '@/core/i18n';
import { policyMessages, VERDICT_KEY } from '@/core/i18n/messages/policy';
import {
  analysePolicy,
  type PolicyClause,
  type PolicyNotice,
  type PolicyReport,
  type PolicyVerdict,
  policyVerdict,
  summarisePolicy,
} from '@/core/policy';
import { ROLES, type Role } from '@/core/types';
import { takePolicyHandoff } from './handoff';
import { markText } from './marked-text';
import { POLICY_FILE_ACCEPT, POLICY_FILE_MAX_MB, type PolicyFileResult, readPolicyFile } from './policy-file';
import { type SavePolicyRecord, SaveReport } from './SaveReport';
import './policy.css';

type T = Translate<keyof (typeof policyMessages)['en']>;

const VERDICT_ICON: Record<PolicyVerdict, string> = { 'may-not-require': '✕', contested: '?', fine: '✓' };
const verdictLabel = (t: T, verdict: PolicyVerdict) => t(VERDICT_KEY[verdict]);

interface Checked {
  text: string;
  report: PolicyReport;
  fromSelection: boolean;
}

export function PolicyCheck(props: {
  settingsStore: StoreApi<SettingsState>;
  /** Where a selection from the context menu comes from (the default takes it from the extension). */
  takeHandoff?: () => Promise<string | null>;
  /** Where a saved report goes (the default sends it to the background's log). */
  saveReport?: SavePolicyRecord;
}) {
  const t = useTranslator(policyMessages);
  const { settings, loaded } = useStoreState(props.settingsStore);
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [employer, setEmployer] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const chosenRole = role ?? settings.role ?? 'back-office';
  const chosenEmployer = employer ?? settings.employer.name;

  const check = (input: string, fromSelection = false) =>
    setChecked({
      text: input,
      fromSelection,
      report: analysePolicy(input, {
        role: chosenRole,
        worksCouncil: settings.worksCouncil === true,
      }),
    });

  useSelectionHandoff(loaded, props.takeHandoff ?? takePolicyHandoff, (handed) => {
    setText(handed);
    check(handed, true);
  });

  const open = (opened: string) => {
    setText(opened);
    check(opened);
  };

  return (
    <section aria-labelledby="policy-title" class="policy-check">
      <h1 id="policy-title">{t('title')}</h1>
      <p class="intro">{t('intro')}</p>
      <form
        class="policy-form"
        onSubmit={(event) => {
          event.preventDefault();
          check(text);
        }}
      >
        <PolicyContextFields
          role={chosenRole}
          employer={chosenEmployer}
          onRole={setRole}
          onEmployer={setEmployer}
        />
        <TextField text={text} onInput={setText} onCheck={check} />
        <div class="policy-actions">
          <button type="submit">{t('check')}</button>
          <FileField onText={open} />
        </div>
      </form>
      {checked && (
        <PolicyResult
          checked={checked}
          employer={chosenEmployer.trim()}
          role={chosenRole}
          saveReport={props.saveReport}
        />
      )}
      {checked && (
        <PolicyLetterDraft
          report={checked.report}
          text={checked.text}
          settings={settings}
          employer={chosenEmployer.trim()}
        />
      )}
    </section>
  );
}

/** A selection handed over from the context menu, taken once when the settings (role) are known. */
function useSelectionHandoff(
  loaded: boolean,
  take: () => Promise<string | null>,
  onText: (text: string) => void,
) {
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void take().then((handed) => {
      if (live && handed !== null) onText(handed);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
}

/** The reader's role and employer for this check, from the settings and changeable here. */
function PolicyContextFields(props: {
  role: Role;
  employer: string;
  onRole: (role: Role) => void;
  onEmployer: (employer: string) => void;
}) {
  const t = useTranslator(policyMessages);
  return (
    <div class="policy-context">
      <RoleField value={props.role} onChange={props.onRole} />
      <div class="field">
        <label for="policy-employer">{t('employerLabel')}</label>
        <input
          id="policy-employer"
          type="text"
          maxLength={200}
          value={props.employer}
          onInput={(event) => props.onEmployer(event.currentTarget.value)}
        />
      </div>
      <p class="hint">{t('contextHint')}</p>
    </div>
  );
}

function TextField(props: {
  text: string;
  onInput: (text: string) => void;
  onCheck: (text: string) => void;
}) {
  const t = useTranslator(policyMessages);
  return (
    <div class="field">
      <label for="policy-text">{t('textLabel')}</label>
      <textarea
        id="policy-text"
        rows={10}
        value={props.text}
        aria-describedby="policy-text-hint"
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            props.onCheck(event.currentTarget.value);
          }
        }}
      />
      <p class="hint" id="policy-text-hint">
        {t('checkHint')}
      </p>
    </div>
  );
}

/** Opens a .txt, .md or .html file as text; says plainly what is wrong with one it cannot read. */
function FileField(props: { onText: (text: string) => void }) {
  const t = useTranslator(policyMessages);
  const [problem, setProblem] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result: PolicyFileResult = await readPolicyFile(file);
    if (!result.ok) {
      setProblem(
        result.problem === 'too-large'
          ? t('fileTooLarge', { max: POLICY_FILE_MAX_MB })
          : t(result.problem === 'wrong-type' ? 'fileWrongType' : 'fileUnreadable'),
      );
      return;
    }
    setProblem(null);
    props.onText(result.text);
  };
  return (
    <>
      <label class="policy-file">
        <span>{t('fileLabel')}</span>
        <input
          type="file"
          accept={POLICY_FILE_ACCEPT}
          onChange={(event) => {
            void onFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function RoleField(props: { value: Role; onChange: (role: Role) => void }) {
  const t = useTranslator(policyMessages);
  const localize = useLocalize();
  return (
    <div class="field">
      <label for="policy-role">{t('roleLabel')}</label>
      <select
        id="policy-role"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as Role)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {localize(ROLE_TEXT[role].label)}
          </option>
        ))}
      </select>
    </div>
  );
}

const NOTICE_KEY: Record<
  PolicyNotice,
  'noticeEmpty' | 'noticeNotText' | 'noticeOtherLanguage' | 'noticeNoClauses'
> = {
  empty: 'noticeEmpty',
  'not-text': 'noticeNotText',
  'other-language': 'noticeOtherLanguage',
  'no-clauses': 'noticeNoClauses',
};

function PolicyResult(props: {
  checked: Checked;
  employer: string;
  role: Role;
  saveReport?: SavePolicyRecord;
}) {
  const { checked, employer } = props;
  const t = useTranslator(policyMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const { report, text } = checked;
  const summary = summarisePolicy(report.clauses);
  useEffect(() => heading.current?.focus(), [checked]);
  const mayNot = summary['may-not-require'];
  return (
    <section aria-labelledby="policy-result-title" class="policy-result">
      <h2 id="policy-result-title" tabIndex={-1} ref={heading}>
        {employer ? t('resultTitleEmployer', { employer }) : t('resultTitle')}
      </h2>
      {checked.fromSelection && <p class="hint">{t('fromSelection')}</p>}
      {report.notices.map((notice) => (
        <p key={notice} class={notice === 'no-clauses' ? 'notice' : 'error'} role="status">
          {t(NOTICE_KEY[notice])}
        </p>
      ))}
      {report.clauses.length > 0 && (
        <>
          <p class="policy-summary" role="status">
            <strong>
              {t(mayNot === 1 ? 'summaryMayNotOne' : 'summaryMayNotMany', { count: mayNot })},{' '}
              {t('summaryContested', { count: summary.contested })},{' '}
              {t('summaryFine', { count: summary.fine })}
            </strong>
          </p>
          <SaveReport
            report={report}
            role={props.role}
            employerNamed={employer !== ''}
            save={props.saveReport}
          />
          <Legend />
          <h3>{t('markedText')}</h3>
          <MarkedText text={text} clauses={report.clauses} />
          <h3>{t('clausesTitle')}</h3>
          <ol class="policy-clauses">
            {report.clauses.map((clause, index) => (
              <ClauseCard
                key={`${clause.start}-${clause.activity}`}
                clause={clause}
                number={index + 1}
                text={text}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Legend() {
  const t = useTranslator(policyMessages);
  return (
    <div class="policy-legend">
      <span>{t('legend')}:</span>
      {(['may-not-require', 'contested', 'fine'] as const).map((verdict) => (
        <span key={verdict} class="policy-badge" data-verdict={verdict}>
          <span aria-hidden="true">{VERDICT_ICON[verdict]}</span> {verdictLabel(t, verdict)}
        </span>
      ))}
    </div>
  );
}

function MarkedText({ text, clauses }: { text: string; clauses: PolicyClause[] }) {
  const t = useTranslator(policyMessages);
  const pieces = useMemo(() => markText(text, clauses), [text, clauses]);
  return (
    <div class="policy-text">
      {pieces.map((piece, index) =>
        piece.kind === 'plain' ? (
          <span key={index}>{piece.text}</span>
        ) : (
          <mark key={index} class="policy-clause" data-verdict={piece.verdict}>
            <a
              class="policy-badge"
              data-verdict={piece.verdict}
              href={`#policy-clause-${piece.numbers[0]}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(`policy-clause-${piece.numbers[0]}`)?.focus();
              }}
            >
              <span aria-hidden="true">
                {piece.numbers.join(', ')} {VERDICT_ICON[piece.verdict]}
              </span>
              <span class="visually-hidden">
                {t('goToClause', {
                  numbers: piece.numbers.join(', '),
                  verdict: verdictLabel(t, piece.verdict),
                })}
              </span>
            </a>{' '}
            {piece.runs.map((run, runIndex) =>
              run.cue ? (
                <strong key={runIndex} class="policy-cue">
                  {run.text}
                </strong>
              ) : (
                <span key={runIndex}>{run.text}</span>
              ),
            )}
          </mark>
        ),
      )}
    </div>
  );
}

const EXCERPT = 400;

function ClauseCard({ clause, number, text }: { clause: PolicyClause; number: number; text: string }) {
  const t = useTranslator(policyMessages);
  const localize = useLocalize();
  const verdict = policyVerdict(clause);
  const quote = text.slice(clause.start, clause.end).replace(/\s+/g, ' ');
  return (
    <li id={`policy-clause-${number}`} tabIndex={-1} class="policy-card" data-verdict={verdict}>
      <h4>
        {t('clauseTitle', { number, activity: localize(ACTIVITY_TEXT[clause.activity].label) })}{' '}
        <span class="policy-badge" data-verdict={verdict}>
          <span aria-hidden="true">{VERDICT_ICON[verdict]}</span> {verdictLabel(t, verdict)}
        </span>
      </h4>
      <blockquote>{quote.length > EXCERPT ? `${quote.slice(0, EXCERPT)}…` : quote}</blockquote>
      <p class="hint">
        {t(clause.initiator === 'employer-requires' ? 'readAsRequires' : 'readAsAsks')} {t('cues')}{' '}
        {clause.cues.map((cue) => text.slice(cue.start, cue.end).replace(/\s+/g, ' ')).join(' · ')}
      </p>
      <AssessmentView assessment={clause.assessment} headingLevel={4} />
    </li>
  );
}
