// Wires the parts of the LinkedIn content script together, one way:
// event → detector (moment) → warning plan + core → warning → decision → background log.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForMessages, sendToBackground } from '@/components/messaging';
import { createDecisionOutbox, createSettingsOutbox } from '@/components/state/decision-outbox';
import { createSettingsStore, whenLoaded } from '@/components/state/page-settings-store';
import type { DecidedWarning } from '@/components/warning/show-warning';
import { resolveLanguage } from '@/core/i18n';
import { normaliseRoute } from '@/core/log/record';
import type { DecisionRecord, HealthReport, SurfaceId, UiGeneration } from '@/core/protocol';
import type { Settings } from '@/core/settings';
import { activityOf } from '@/core/surfaces';
import type { Activity, Language } from '@/core/types';
import { type GroupPlacement, shouldWarn } from '@/core/warning-plan';
import { createComposeOrigin, followNavigation } from './compose-origin';
import { LINKEDIN_DETECTORS } from './detectors';
import { formsMissingNotifySwitch, profileNotesOf } from './detectors/profile-form';
import type { ExposureMoment, PageContext } from './detectors/types';
import { groupOfPage } from './dom/group-context';
import { createPageContext } from './page-context';
import { pageStructureReport } from './page-structure';
import { installSubmitGuard, type SubmitGuardHooks, type WarningOutcome } from './submit-guard';
import { createWarningUiLoader } from './warning-ui-loader';

/** Page path without query or fragment: the only part of the URL we ever log. */
export function routeOf(url: URL): string {
  return normaliseRoute(url.pathname);
}

function shadowRootsOf(doc: Document): ParentNode[] {
  const outlet = doc.getElementById('interop-outlet');
  return outlet?.shadowRoot ? [doc, outlet.shadowRoot] : [doc];
}

/** What every part of the LinkedIn guard shares: settings, language, the page context, failures, the warning UI and the outboxes. */
interface GuardRuntime {
  settingsStore: ReturnType<typeof createSettingsStore>;
  settings(): Settings;
  language(): Language;
  pageContext(): PageContext;
  /** A moment in or on a group: the user's classification of that group, or 'unclassified'. */
  groupPlacementOf(moment: ExposureMoment): GroupPlacement | undefined;
  recordFailure(error: unknown): void;
  failures(): number;
  /** The UI generations of the moments seen (health view). */
  recentGenerations: Set<UiGeneration>;
  warningUi: ReturnType<typeof createWarningUiLoader>;
  outbox: ReturnType<typeof createDecisionOutbox>;
  settingsOutbox: ReturnType<typeof createSettingsOutbox>;
}

function createRuntime(ctx: ContentScriptContext): GuardRuntime {
  const settingsStore = createSettingsStore();
  let failures = 0;
  const settings = (): Settings => settingsStore.getState().settings;
  const language = (): Language => resolveLanguage(settings().language, navigator.language);
  // The group a full-page composer was opened from: noted at each gesture (the guard asks for a page
  // context at every click and Enter) and at each navigation.
  const composeOrigin = createComposeOrigin();
  followNavigation(window, composeOrigin, ctx.signal);
  const recordFailure = (error: unknown) => {
    failures += 1;
    console.warn('[Exposure Guard] our code failed; the action went through', error);
  };
  // The warning UI is a separate bundle the background injects on request: preloaded when the page is
  // idle, else loaded at the first warning. If it cannot load, `warn` rejects and the action goes through.
  const warningUi = createWarningUiLoader({ request: () => sendToBackground('load-warning-ui') });
  warningUi.preloadWhenIdle(window, ctx.signal);
  const onStorageFull = (full: boolean) => {
    if (full)
      void warningUi.load().then((ui) => ui.showNotice(ui.notSavedText(language()), null, language()));
  };
  return {
    settingsStore,
    settings,
    language,
    pageContext() {
      const url = new URL(location.href);
      composeOrigin.note(url, document);
      return createPageContext(url, settings().employer, composeOrigin.groupFor(url));
    },
    groupPlacementOf(moment) {
      const id = moment.facts.groupId;
      return id ? (settings().groups[id] ?? 'unclassified') : undefined;
    },
    recordFailure,
    failures: () => failures,
    recentGenerations: new Set<UiGeneration>(),
    warningUi,
    // A decision stays in this tab until the log has confirmed it (restarts, full storage: sent again).
    outbox: createDecisionOutbox({
      send: (request) => sendToBackground('log-decision', request),
      onStorageFull,
      onRefused: recordFailure,
      signal: ctx.signal,
    }),
    // The settings a decision changed (a group's classification, a remembered answer) wait here the same way.
    settingsOutbox: createSettingsOutbox({
      update: (patch, merge) => settingsStore.getState().update(patch, merge),
      onStorageFull,
      onRefused: recordFailure,
      signal: ctx.signal,
    }),
  };
}

/** Where and how a decision was made, for its log entry. */
interface DecisionContext {
  moment: ExposureMoment;
  activity: Activity;
  employerLinked: boolean;
  groupId: string | undefined;
  wentBack: boolean;
  highlight: { linger(): void; remove(): void } | null;
  /** Where the moment happened (the page may have navigated while the warning was open). */
  route: string;
}

/** After the user decided: the ring, remembered answers and the log entry (never any text). */
function recordDecision(rt: GuardRuntime, result: DecidedWarning, context: DecisionContext): void {
  const { moment, activity, employerLinked, groupId, wentBack, highlight, route } = context;
  if (wentBack) highlight?.linger();
  else highlight?.remove();
  // Only what this decision adds, merged into the stored maps: never this tab's copy of the rest.
  const patch: Partial<Settings> = {};
  if (groupId && result.answers.groupKind && result.rememberGroup)
    patch.groups = { [groupId]: result.answers.groupKind };
  if (result.rememberInitiator && result.answers.initiator) {
    patch.rememberedInitiator = { [activity]: result.answers.initiator };
  }
  if (result.quietOwnInitiative) patch.quietOwnInitiative = { [activity]: true };
  if (Object.keys(patch).length > 0) {
    const merge = ['groups', 'rememberedInitiator', 'quietOwnInitiative'] as const;
    rt.settingsOutbox.add({ patch, merge });
  }
  const record: DecisionRecord = {
    time: new Date().toISOString(),
    activity,
    surface: moment.surface,
    employerLinked,
    outcome: result.assessment?.outcome ?? 'unassessed',
    rules: result.assessment ? [...new Set(result.assessment.reasons.map((r) => r.rule))] : [],
    decision: result.decision,
    route,
    ...(moment.facts.changedFields ? { changedFields: moment.facts.changedFields } : {}),
  };
  rt.outbox.add(record);
}

/** Shows the warning for a held moment and records the user's decision. */
async function warnFor(rt: GuardRuntime, moment: ExposureMoment): Promise<WarningOutcome> {
  // Read before the first await: the guard calls this from the user's own event.
  const route = routeOf(new URL(location.href));
  const [, ui] = await Promise.all([whenLoaded(rt.settingsStore), rt.warningUi.load()]);
  const language = rt.language();
  const activity = activityOf(moment.surface);
  const employerLinked = moment.facts.employerSignals.length > 0;
  // The notify switch, when on: pointed at (our own ring over it) and offered as "go back".
  const notify = moment.facts.notifyNetwork;
  const switchOn = notify?.state === 'on' ? (notify.control ?? null) : null;
  let wentBack = false;
  const pending = ui.showWarning({
    activity,
    surface: moment.surface,
    employerLinked,
    settings: rt.settings(),
    language,
    returnFocusTo: moment.editor ?? moment.submitControl,
    groupKind: rt.groupPlacementOf(moment),
    addendum: ui.profileAddendum(profileNotesOf(moment), language, switchOn, () => {
      wentBack = true;
    }),
  });
  // Past this point the user's decision stands: a failure in our own bookkeeping is counted, and
  // never turns a Cancel into a submit (nor a Proceed into a lost post).
  let highlight: ReturnType<typeof ui.highlightControl> | null = null;
  try {
    highlight = switchOn ? ui.highlightControl(switchOn, ui.switchLabel(language)) : null;
  } catch (error) {
    rt.recordFailure(error);
  }
  const result = await pending;
  if (result.decision === 'unshown') {
    // The page kept our warning from being seen: no decision of the user's, nothing logged.
    highlight?.remove();
    rt.recordFailure(new Error('the warning could not be shown on this page; the submission was held'));
    return result.decision;
  }
  try {
    const groupId = moment.facts.groupId;
    recordDecision(rt, result, { moment, activity, employerLinked, groupId, wentBack, highlight, route });
  } catch (error) {
    rt.recordFailure(error);
  }
  return result.decision;
}

function guardHooks(rt: GuardRuntime): SubmitGuardHooks {
  return {
    detectors: LINKEDIN_DETECTORS,
    pageContext: rt.pageContext,
    verdict(moment) {
      rt.recentGenerations.add(moment.uiGeneration);
      const groupKind = rt.groupPlacementOf(moment);
      const activity = activityOf(moment.surface);
      return shouldWarn(activity, moment.facts.employerSignals.length > 0, rt.settings(), groupKind)
        ? 'warn'
        : 'pass';
    },
    warn: (moment) => warnFor(rt, moment),
    askToSubmitAgain(moment) {
      rt.warningUi
        .load()
        .then(
          (ui) => ui.showNotice(ui.submitAgainText(rt.language()), moment.submitControl, rt.language()),
          rt.recordFailure,
        );
    },
    failure: rt.recordFailure,
  };
}

/** The popup's health view of this tab: route, group, surfaces, failures and notes worded by the warning UI. */
async function healthReport(rt: GuardRuntime): Promise<HealthReport> {
  const ctxNow = rt.pageContext();
  const roots = shadowRootsOf(document);
  const surfaces = [...new Set(LINKEDIN_DETECTORS.flatMap((d) => d.presentSurfaces(roots, ctxNow)))];
  const group = groupOfPage(ctxNow.url, document) ?? ctxNow.composeOrigin;
  const forms = formsMissingNotifySwitch(roots, ctxNow);
  const unsaved = rt.outbox.pending();
  // Worded by the warning UI, which holds the texts: loaded only when there is a note to word.
  const ui = forms.length > 0 || unsaved > 0 ? await rt.warningUi.load().catch(() => null) : null;
  const language = rt.language();
  return {
    route: routeOf(ctxNow.url),
    ...(group?.groupName ? { groupName: group.groupName } : {}),
    surfaces,
    uiGenerations: [...rt.recentGenerations],
    failures: rt.failures(),
    warnings: ui
      ? [
          ...forms.map((form: SurfaceId) => ui.noSwitchNote(form, language)),
          ...(unsaved > 0 ? [ui.unsavedText(unsaved, language)] : []),
        ]
      : [],
  };
}

export function startLinkedInGuard(ctx: ContentScriptContext): void {
  const rt = createRuntime(ctx);
  installSubmitGuard(window, guardHooks(rt), ctx.signal);
  listenForMessages(
    browser,
    {
      'get-health': () =>
        healthReport(rt).catch((error: unknown): HealthReport => {
          rt.recordFailure(error);
          const failures = rt.failures();
          return { route: location.pathname, surfaces: [], uiGenerations: [], failures, warnings: [] };
        }),
      'get-page-structure': () => pageStructureReport(document, new URL(location.href)),
    },
    ctx.signal,
  );
}
