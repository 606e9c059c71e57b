// Reads the built Chrome and Firefox extensions (npm test builds both first) and checks the promises
// that do not need a browser: permissions are exactly what the README justifies, and no built script
// can run code it did not ship with.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };

/** The permissions and hosts the README's Permissions section names (first column, in backticks). */
function justifiedPermissions(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = [...section.matchAll(/^\|\s*(?:optional\s+)?(?:host\s+)?`([^`]+)`/gm)].map((m) => m[1] ?? '');
  return new Set(names);
}

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
}

function manifestOf(build: string): Manifest {
  return JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
}

function scriptsIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scriptsIn(path);
    return /\.(js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe.each(Object.entries(BUILDS))('the %s build', (_name, build) => {
  it('exists', () => {
    expect(existsSync(join(build, 'manifest.json')), `${build} (run npm run build:all)`).toBe(true);
  });

  it('asks for no permission or host the README does not justify', () => {
    const manifest = manifestOf(build);
    const justified = justifiedPermissions();
    expect(justified.size).toBeGreaterThan(0);
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked)
      expect(justified, `${permission} is not justified in README`).toContain(permission);
  });

  it('contains no eval, no new Function and no remote scripts', () => {
    const files = scriptsIn(build);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["']https?:/);
    }
  });
});
