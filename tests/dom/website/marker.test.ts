import { describe, expect, it, vi } from 'vitest';
import { createMarker, placeMarker } from '@/entrypoints/employer-website.content/marker';
import { MARKER_TAG } from '@/entrypoints/employer-website.content/scanner';

function mount(language: 'en' | 'nl' = 'en') {
  const onDismiss = vi.fn();
  const heading = document.createElement('h3');
  heading.textContent = 'Jan de Vries';
  document.body.replaceChildren(heading);
  const marker = createMarker(document, { language, onDismiss });
  placeMarker(heading, marker);
  const shadow = marker.shadowRoot as ShadowRoot;
  const [label, dismiss] = [...shadow.querySelectorAll('button')];
  const explain = shadow.querySelector('.explain') as HTMLElement;
  return { heading, marker, shadow, label, dismiss, explain, onDismiss };
}

describe('the in-page marker', () => {
  it('is our own element with an open shadow root, next to the name, without changing its text', () => {
    const { heading, marker, shadow } = mount();
    expect(marker.localName).toBe(MARKER_TAG);
    expect(marker.parentElement).toBe(heading);
    expect(shadow.mode).toBe('open');
    expect(heading.textContent).toBe('Jan de Vries');
  });

  it('has two real buttons (keyboard reachable) with accessible names, in English', () => {
    const { label, dismiss } = mount('en');
    expect(label?.tagName).toBe('BUTTON');
    expect(label?.type).toBe('button');
    expect(label?.textContent).toBe('This is you');
    expect(label?.getAttribute('aria-label')).toBe('Exposure Guard: your name is on this page. Show more');
    expect(dismiss?.getAttribute('aria-label')).toBe('Hide this marker');
  });

  it('speaks Dutch when the user does', () => {
    const { label, explain, marker } = mount('nl');
    expect(label?.textContent).toBe('Dit ben jij');
    expect(explain.textContent).toContain('Exposure Guard heeft je naam op deze pagina gevonden');
    expect(marker.getAttribute('lang')).toBe('nl');
  });

  it('opens and closes its explanation, with aria-expanded and Escape', () => {
    const { label, explain, marker } = mount();
    expect(explain.hidden).toBe(true);
    label?.click();
    expect(explain.hidden).toBe(false);
    expect(label?.getAttribute('aria-expanded')).toBe('true');
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(explain.hidden).toBe(true);
    expect(label?.getAttribute('aria-expanded')).toBe('false');
  });

  it('does not let its clicks reach the page (a marker inside a link does not follow it)', () => {
    const { label, heading } = mount();
    const onPageClick = vi.fn();
    heading.addEventListener('click', onPageClick);
    label?.click();
    expect(onPageClick).not.toHaveBeenCalled();
  });

  it('asks to be dismissed when the user hides it', () => {
    const { dismiss, onDismiss } = mount();
    dismiss?.click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
