// The one way an editor surface (share box, comment box) turns an event into a moment: each gesture
// read by that surface's own reader, the parts it found made into a moment by the surface.
import { elementsOfPath } from '@/entrypoints/linkedin.content/dom/deep-query';
import type { ExposureMoment, PageContext, SubmitGesture } from './types';

/** How one editor surface reads each gesture: the parts it would submit, or null. */
export interface EditorSurfaceReaders<Parts> {
  click(path: readonly Element[], ctx: PageContext): Parts | null;
  keyboard(event: Event, path: readonly Element[], ctx: PageContext): Parts | null;
  /** Surfaces without a form of their own leave this out. */
  formSubmit?(event: Event, path: readonly Element[]): Parts | null;
  moment(parts: Parts, ctx: PageContext): ExposureMoment;
}

export function editorMoment<Parts>(
  readers: EditorSurfaceReaders<Parts>,
  event: Event,
  path: readonly EventTarget[],
  gesture: SubmitGesture,
  ctx: PageContext,
): ExposureMoment | null {
  const elements = elementsOfPath(path);
  const parts =
    gesture === 'click'
      ? readers.click(elements, ctx)
      : gesture === 'keyboard'
        ? readers.keyboard(event, elements, ctx)
        : (readers.formSubmit?.(event, elements) ?? null);
  return parts ? readers.moment(parts, ctx) : null;
}
