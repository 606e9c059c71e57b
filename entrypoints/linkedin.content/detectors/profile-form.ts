// Profile edits tied to the employer (intro, position, about, photo, open to work) and the global
// "share profile updates" setting. The moment is the form's Save (a labelled text-only button or the
// classic form's submit button) inside the modal that holds the form, on a profile page. The route is a
// hint for forms whose fields say little (intro, about); fields and structure decide the rest.
import type { ProfileNote } from '@/components/warning/ProfileNotice';
import type { SurfaceId, UiGeneration } from '@/core/protocol';
import { PROFILE_FORM_SURFACES, type ProfileFormSurface } from '@/core/surfaces';
import {
  activatedControl,
  isDisabled,
  isLabelledCommit,
  mentionsLabel,
} from '@/entrypoints/linkedin.content/dom/controls';
import { deepQueryAll, elementsOfPath } from '@/entrypoints/linkedin.content/dom/deep-query';
import {
  controlLabelled,
  describedAs,
  fieldText,
  isOn,
  labelOf,
  notifySwitchIn,
} from '@/entrypoints/linkedin.content/dom/form-fields';
import { PROFILE_FORM as F } from '@/entrypoints/linkedin.content/surfaces';
import type { ExposureMoment, MomentFacts, PageContext, ProfileFieldKind, SurfaceDetector } from './types';

const L = F.labels;
const PROFILE_PAGE = /^\/in\//;

export type { ProfileFormSurface };

/** The forms LinkedIn shows a notify-network switch in (classic builds). */
const FORMS_WITH_SWITCH: readonly ProfileFormSurface[] = ['profile-intro', 'profile-position'];

/** What one form's Save carries: the employer link, the fields concerned, and whether it matters at all. */
interface FormReading {
  employerLinked: boolean;
  fields: ProfileFieldKind[];
  /** False when this save is the user's own business (no employer link, no broadcast): no moment. */
  matters: boolean;
  editor?: HTMLElement | null;
  endsCurrentPositionAtEmployer?: boolean;
}

const namesEmployer = (text: string, ctx: PageContext) => ctx.employerSignalsInText(text).includes('name');

function companyField(form: Element, path: string): Element | null {
  const byId = form.querySelector(F.company);
  if (byId) return byId;
  const inputs = [...form.querySelectorAll('input')];
  const byPlaceholder = inputs.find((input) =>
    mentionsLabel(input.getAttribute('placeholder') ?? '', L.companyPlaceholder),
  );
  if (byPlaceholder) return byPlaceholder;
  return F.routes.position.test(path)
    ? (inputs.find((input) => mentionsLabel(labelOf(input), L.company)) ?? null)
    : null;
}

/** Which profile form a modal holds, from its fields first and the route second. */
export function formKindOf(form: Element, path: string): ProfileFormSurface | null {
  if (!PROFILE_PAGE.test(path)) return null;
  // A position form may carry a media upload: the company field decides before an image input does.
  if (companyField(form, path)) return 'profile-position';
  if (form.querySelector(F.photo)) return 'profile-photo';
  if (form.querySelector(F.openToWork) || controlLabelled(form, F.radio, L.recruitersOnly)) {
    return 'profile-open-to-work';
  }
  if (F.routes.intro.test(path) || controlLabelled(form, F.field, L.headline)) return 'profile-intro';
  if (F.routes.about.test(path) || controlLabelled(form, F.field, L.about)) return 'profile-about';
  return null;
}

function checked(form: Element, labels: (typeof L)[keyof typeof L]): Element | null {
  const box = controlLabelled(form, F.checkbox, labels);
  return box && isOn(box) ? box : null;
}

function readPosition(form: Element, path: string, ctx: PageContext): FormReading {
  const company = companyField(form, path);
  const atEmployer = company ? namesEmployer(fieldText(company), ctx) : false;
  const endCurrent = checked(form, L.endCurrent);
  // The current job shows in the checkbox's label or the block around it ("… Sales Advisor at Acme").
  const endsAtEmployer = endCurrent ? namesEmployer(describedAs(endCurrent, F.checkbox), ctx) : false;
  const fields: ProfileFieldKind[] = [];
  if (atEmployer) fields.push('company');
  const title = form.querySelector(F.title) ?? controlLabelled(form, 'input', L.title);
  if (title && fieldText(title).trim() !== '') fields.push('title');
  if (checked(form, L.currentRole)) fields.push('current-role');
  if (endCurrent) fields.push('end-current-position');
  return {
    employerLinked: atEmployer || endsAtEmployer,
    fields,
    matters: atEmployer || endsAtEmployer,
    endsCurrentPositionAtEmployer: endsAtEmployer || undefined,
  };
}

function readIntro(form: Element, ctx: PageContext): FormReading {
  const fields: ProfileFieldKind[] = [];
  const editor =
    form.querySelector<HTMLElement>('[contenteditable="true"]') ??
    (controlLabelled(form, F.field, L.headline) as HTMLElement | null);
  if (editor && namesEmployer(fieldText(editor), ctx)) fields.push('headline');
  const position = controlLabelled(form, 'select', L.currentPosition) ?? form.querySelector('select');
  if (position && namesEmployer(fieldText(position), ctx)) fields.push('current-position');
  return { employerLinked: fields.length > 0, fields, matters: fields.length > 0, editor };
}

function readAbout(form: Element, ctx: PageContext): FormReading {
  const editor = form.querySelector<HTMLElement>('[contenteditable="true"], textarea');
  const linked = editor ? namesEmployer(fieldText(editor), ctx) : false;
  return { employerLinked: linked, fields: linked ? ['about'] : [], matters: linked, editor };
}

function readPhoto(form: Element): FormReading {
  const fields: ProfileFieldKind[] = ['photo'];
  if (form.querySelector(`${F.radio}, select`)) fields.push('photo-visibility');
  return { employerLinked: false, fields, matters: true };
}

function readOpenToWork(form: Element): FormReading {
  const allMembers = controlLabelled(form, F.radio, L.allMembers);
  const visible = allMembers !== null && isOn(allMembers);
  return { employerLinked: false, fields: ['open-to-work-visibility'], matters: visible };
}

function readForm(kind: ProfileFormSurface, form: Element, path: string, ctx: PageContext): FormReading {
  switch (kind) {
    case 'profile-position':
      return readPosition(form, path, ctx);
    case 'profile-intro':
      return readIntro(form, ctx);
    case 'profile-about':
      return readAbout(form, ctx);
    case 'profile-photo':
      return readPhoto(form);
    case 'profile-open-to-work':
      return readOpenToWork(form);
    default:
      return { employerLinked: false, fields: [], matters: false };
  }
}

function notifyOf(form: ParentNode, kind: ProfileFormSurface): MomentFacts['notifyNetwork'] | undefined {
  const control = notifySwitchIn(form);
  if (control) return { state: isOn(control) ? 'on' : 'off', control };
  return FORMS_WITH_SWITCH.includes(kind) ? { state: 'not-found' } : undefined;
}

/** The Save the event activates: a labelled text-only button, or the submit button of a form. */
function saveControlOf(event: Event, path: readonly Element[], gesture: string): HTMLElement | null {
  if (gesture === 'form-submit') {
    // Whoever sent it (its button, or a script): the guard tells a submit it already judged from a new one.
    const submitter = (event as SubmitEvent).submitter;
    if (submitter) return submitter;
    const form = path.find((el) => el.localName === 'form');
    return form?.querySelector<HTMLElement>(F.submit) ?? null;
  }
  if (gesture !== 'click') return null;
  const control = activatedControl(path);
  if (!control || isDisabled(control)) return null;
  const isSave = isLabelledCommit(control, L.save) || (control.matches(F.submit) && control.closest('form'));
  return isSave ? control : null;
}

const uiGenerationOf = (container: Element): UiGeneration =>
  container.localName === 'dialog' || container.closest('[data-sdui-screen]') ? 'sdui' : 'classic';

function settingMoment(path: readonly Element[], control: HTMLElement): ExposureMoment | null {
  const container = path.find((el) => el.matches('form, main')) ?? control.ownerDocument.body;
  const toggle = notifySwitchIn(container);
  if (!toggle || !isOn(toggle)) return null;
  return {
    surface: 'notify-network-setting',
    uiGeneration: uiGenerationOf(container),
    submitControl: control,
    editor: null,
    container,
    facts: {
      text: '',
      employerSignals: [],
      changedFields: ['notify-network'],
      notifyNetwork: { state: 'on', control: toggle },
    },
  };
}

function profileMoment(
  event: Event,
  eventPath: readonly EventTarget[],
  gesture: string,
  ctx: PageContext,
): ExposureMoment | null {
  const path = elementsOfPath(eventPath);
  const control = saveControlOf(event, path, gesture);
  if (!control) return null;
  const route = ctx.url.pathname;
  if (F.routes.notifySetting.test(route)) return settingMoment(path, control);
  const form = path.find((el) => el.matches(F.dialog));
  const kind = form ? formKindOf(form, route) : null;
  if (!form || !kind) return null;
  const reading = readForm(kind, form, route, ctx);
  if (!reading.matters) return null;
  const facts: MomentFacts = {
    text: '',
    employerSignals: reading.employerLinked ? ['name'] : [],
    changedFields: reading.fields,
  };
  const notify = notifyOf(form, kind);
  if (notify) facts.notifyNetwork = notify;
  if (notify?.state === 'on') facts.changedFields?.push('notify-network');
  if (reading.endsCurrentPositionAtEmployer) facts.endsCurrentPositionAtEmployer = true;
  return {
    surface: kind,
    uiGeneration: uiGenerationOf(form),
    submitControl: control,
    editor: reading.editor?.getAttribute('contenteditable') === 'true' ? reading.editor : null,
    container: form,
    facts,
  };
}

/** The profile forms open on the page (and the notify setting on its route). */
export function openProfileForms(
  roots: readonly ParentNode[],
  ctx: PageContext,
): { kind: ProfileFormSurface; form: Element }[] {
  const route = ctx.url.pathname;
  const found: { kind: ProfileFormSurface; form: Element }[] = [];
  for (const root of roots) {
    if (F.routes.notifySetting.test(route)) {
      const main = root.querySelector?.('main');
      if (main && notifySwitchIn(main)) found.push({ kind: 'notify-network-setting', form: main });
    }
    for (const form of deepQueryAll(root, F.dialog)) {
      const kind = formKindOf(form, route);
      // A root's deep query also reaches shadow roots given as roots of their own: each form once.
      if (kind && !found.some((f) => f.form === form)) found.push({ kind, form });
    }
  }
  return found;
}

/** Open forms that should show a notify-network switch but show none we recognise (health view). */
export function formsMissingNotifySwitch(
  roots: readonly ParentNode[],
  ctx: PageContext,
): ProfileFormSurface[] {
  return openProfileForms(roots, ctx)
    .filter(({ kind, form }) => FORMS_WITH_SWITCH.includes(kind) && !notifySwitchIn(form))
    .map(({ kind }) => kind)
    .filter((kind, index, kinds) => kinds.indexOf(kind) === index);
}

export const profileFormDetector: SurfaceDetector = {
  surfaces: PROFILE_FORM_SURFACES,
  momentFromEvent: profileMoment,
  presentSurfaces(roots, ctx) {
    const surfaces = new Set<SurfaceId>(openProfileForms(roots, ctx).map(({ kind }) => kind));
    if (PROFILE_PAGE.test(ctx.url.pathname)) {
      for (const [surface, selector] of Object.entries(F.entryPoints)) {
        if (roots.some((root) => deepQueryAll(root, selector).length > 0)) surfaces.add(surface as SurfaceId);
      }
    }
    return [...surfaces];
  },
};

/** What the warning must add for a profile moment: broadcast, job change, safeguards. */
export function profileNotesOf(moment: ExposureMoment): ProfileNote[] {
  const { surface, facts } = moment;
  const notes: ProfileNote[] = [];
  if (surface === 'notify-network-setting') return ['settingOn'];
  if (facts.endsCurrentPositionAtEmployer) notes.push('endsCurrent');
  if (facts.notifyNetwork?.state === 'on') {
    notes.push('notifyOn');
    if (facts.endsCurrentPositionAtEmployer) notes.push('notifyJobChange');
  }
  if (surface === 'profile-photo') notes.push('photoSafeguards');
  if (surface === 'profile-open-to-work') notes.push('openToWorkAll');
  return notes;
}
