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
import type { ExposureMoment } from './detectors/types';
import { groupOfPage } from './dom/group-context';
import { createPageContext } from './page-context';
import { pageStructureReport } from './page-structure';
import { installSubmitGuard } from './submit-guard';
import { createWarningUiLoader } from './warning-ui-loader';

/** Page path without query or fragment: the only part of the URL we ever log. */
export function routeOf(url: URL): string {
  return normaliseRoute(url.pathname);
}

function shadowRootsOf(doc: Document): ParentNode[] {
  const outlet = doc.getElementById('interop-outlet');
  return outlet?.shadowRoot ? [doc, outlet.shadowRoot] : [doc];
}

export function startLinkedInGuard(ctx: ContentScriptContext): void {
  const settingsStore = createSettingsStore();
  let failures = 0;
  const recentGenerations = new Set<UiGeneration>();

  const settings = (): Settings => settingsStore.getState().settings;
  const language = (): Language => resolveLanguage(settings().language, navigator.language);
  // The group a full-page composer was opened from: noted at each gesture (the guard asks for a page
  // context at every click and Enter) and at each navigation.
  const composeOrigin = createComposeOrigin();
  followNavigation(window, composeOrigin, ctx.signal);
  const pageContext = () => {
    const url = new URL(location.href);
    composeOrigin.note(url, document);
    return createPageContext(url, settings().employer, composeOrigin.groupFor(url));
  };

  /** A moment in or on a group: the user's classification of that group, or 'unclassified'. */
  const groupPlacementOf = (moment: ExposureMoment): GroupPlacement | undefined => {
    const id = moment.facts.groupId;
    return id ? (settings().groups[id] ?? 'unclassified') : undefined;
  };

  const recordFailure = (error: unknown) => {
    failures += 1;
    console.warn('[Exposure Guard] our code failed; the action went through', error);
  };

  // A decision stays in this tab until the log has confirmed it (restarts, full storage: sent again).
  const onStorageFull = (full: boolean) => {
    if (full)
      void warningUi.load().then((ui) => ui.showNotice(ui.notSavedText(language()), null, language()));
  };
  const outbox = createDecisionOutbox({
    send: (request) => sendToBackground('log-decision', request),
    onStorageFull,
    onRefused: recordFailure,
    signal: ctx.signal,
  });
  // The settings a decision changed (a group's classification, a remembered answer) wait here the same way.
  const settingsOutbox = createSettingsOutbox({
    update: (patch, merge) => settingsStore.getState().update(patch, merge),
    onStorageFull,
    onRefused: recordFailure,
    signal: ctx.signal,
  });
  const logDecision = (record: DecisionRecord) => outbox.add(record);

  // The warning UI is a separate bundle the background injects on request: preloaded when the page is
  // idle, else loaded at the first warning. If it cannot load, `warn` rejects and the action goes through.
  const warningUi = createWarningUiLoader({ request: () => sendToBackground('load-warning-ui') });
  warningUi.preloadWhenIdle(window, ctx.signal);

  /** After the user decided: the ring, remembered answers and the log entry (never any text). */
  const recordDecision = (
    result: DecidedWarning,
    context: {
      moment: ExposureMoment;
      activity: Activity;
      employerLinked: boolean;
      groupId: string | undefined;
      wentBack: boolean;
      highlight: { linger(): void; remove(): void } | null;
      /** Where the moment happened (the page may have navigated while the warning was open). */
      route: string;
    },
  ) => {
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
      settingsOutbox.add({ patch, merge });
    }
    logDecision({
      time: new Date().toISOString(),
      activity,
      surface: moment.surface,
      employerLinked,
      outcome: result.assessment?.outcome ?? 'unassessed',
      rules: result.assessment ? [...new Set(result.assessment.reasons.map((r) => r.rule))] : [],
      decision: result.decision,
      route,
      ...(moment.facts.changedFields ? { changedFields: moment.facts.changedFields } : {}),
    });
  };

  installSubmitGuard(
    window,
    {
      detectors: LINKEDIN_DETECTORS,
      pageContext,
      verdict(moment) {
        recentGenerations.add(moment.uiGeneration);
        const groupKind = groupPlacementOf(moment);
        const activity = activityOf(moment.surface);
        return shouldWarn(activity, moment.facts.employerSignals.length > 0, settings(), groupKind)
          ? 'warn'
          : 'pass';
      },
      async warn(moment: ExposureMoment) {
        // Read before the first await: the guard calls this from the user's own event.
        const route = routeOf(new URL(location.href));
        const [, ui] = await Promise.all([whenLoaded(settingsStore), warningUi.load()]);
        const activity = activityOf(moment.surface);
        const employerLinked = moment.facts.employerSignals.length > 0;
        const groupId = moment.facts.groupId;
        // The notify switch, when on: pointed at (our own ring over it) and offered as "go back".
        const notify = moment.facts.notifyNetwork;
        const switchOn = notify?.state === 'on' ? (notify.control ?? null) : null;
        let wentBack = false;
        const pending = ui.showWarning({
          activity,
          surface: moment.surface,
          employerLinked,
          settings: settings(),
          language: language(),
          returnFocusTo: moment.editor ?? moment.submitControl,
          groupKind: groupPlacementOf(moment),
          addendum: ui.profileAddendum(profileNotesOf(moment), language(), switchOn, () => {
            wentBack = true;
          }),
        });
        // Past this point the user's decision stands: a failure in our own bookkeeping is counted, and
        // never turns a Cancel into a submit (nor a Proceed into a lost post).
        let highlight: ReturnType<typeof ui.highlightControl> | null = null;
        try {
          highlight = switchOn ? ui.highlightControl(switchOn, ui.switchLabel(language())) : null;
        } catch (error) {
          recordFailure(error);
        }
        const result = await pending;
        if (result.decision === 'unshown') {
          // The page kept our warning from being seen: no decision of the user's, nothing logged.
          highlight?.remove();
          recordFailure(new Error('the warning could not be shown on this page; the submission was held'));
          return result.decision;
        }
        try {
          recordDecision(result, { moment, activity, employerLinked, groupId, wentBack, highlight, route });
        } catch (error) {
          recordFailure(error);
        }
        return result.decision;
      },
      askToSubmitAgain(moment) {
        warningUi
          .load()
          .then(
            (ui) => ui.showNotice(ui.submitAgainText(language()), moment.submitControl, language()),
            recordFailure,
          );
      },
      failure: recordFailure,
    },
    ctx.signal,
  );

  /** Worded by the warning UI, which holds the texts: loaded only when there is a note to word. */
  const noSwitchNotes = async (forms: readonly SurfaceId[]): Promise<string[]> => {
    if (forms.length === 0) return [];
    const ui = await warningUi.load().catch(() => null);
    return ui ? forms.map((form) => ui.noSwitchNote(form, language())) : [];
  };

  const unsavedNote = async (count: number): Promise<string[]> => {
    const ui = await warningUi.load().catch(() => null);
    return ui ? [ui.unsavedText(count, language())] : [];
  };

  const healthReport = async (): Promise<HealthReport> => {
    const ctxNow = pageContext();
    const roots = shadowRootsOf(document);
    const surfaces = [...new Set(LINKEDIN_DETECTORS.flatMap((d) => d.presentSurfaces(roots, ctxNow)))];
    const group = groupOfPage(ctxNow.url, document) ?? ctxNow.composeOrigin;
    return {
      route: routeOf(ctxNow.url),
      ...(group?.groupName ? { groupName: group.groupName } : {}),
      surfaces,
      uiGenerations: [...recentGenerations],
      failures,
      warnings: [
        ...(await noSwitchNotes(formsMissingNotifySwitch(roots, ctxNow))),
        ...(outbox.pending() > 0 ? await unsavedNote(outbox.pending()) : []),
      ],
    };
  };

  listenForMessages(
    browser,
    {
      'get-health': () =>
        healthReport().catch((error: unknown): HealthReport => {
          recordFailure(error);
          return { route: location.pathname, surfaces: [], uiGenerations: [], failures, warnings: [] };
        }),
      'get-page-structure': () => pageStructureReport(document, new URL(location.href)),
    },
    ctx.signal,
  );
}
