// Test support: mount an employer-website fixture into happy-dom's document (scripts dropped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/websites');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function mountHtml(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

export function mountFixture(name: string): Document {
  return mountHtml(fixtureHtml(name));
}
