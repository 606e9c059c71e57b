// Sizes of every built entrypoint (raw and gzip), read from a build's manifest: the files each entrypoint
// loads up front (HTML → scripts, module preloads, styles → their static imports) and, apart, the chunks
// it can load later (dynamic import()).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrypointSize {
  /** 'content-scripts/linkedin', 'popup', 'background', ... */
  name: string;
  /** Files loaded up front, relative to the build folder. */
  files: string[];
  raw: number;
  gzip: number;
  /** Chunks only reachable through dynamic import(), loaded on demand. */
  lazyFiles: string[];
  lazyRaw: number;
  lazyGzip: number;
}

export interface BuildSizes {
  target: string;
  dir: string;
  built: boolean;
  entrypoints: EntrypointSize[];
}

export interface SizeBudget {
  entrypoint: string;
  maxGzip: number;
}

/** Budgets in bytes (1 KB = 1,000 bytes, as Vite prints sizes): issue 7. */
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  { entrypoint: 'content-scripts/linkedin', maxGzip: 25_000 },
  { entrypoint: 'popup', maxGzip: 40_000 },
];

export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
const HTML_REFERENCE = /<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+)["']/g;

/** Resolves a reference from a file to a path relative to the build folder (null when not ours). */
function resolveReference(from: string, reference: string): string | null {
  if (/^[a-z-]+:/i.test(reference)) return null;
  if (reference.startsWith('/')) return reference.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), reference));
}

function referencesOf(dir: string, file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const target = resolveReference(file, match[1] as string);
    if (target && existsSync(join(dir, target))) found.push(target);
  }
  return found;
}

/** The files an entrypoint loads up front, and the ones it may import later. */
function closure(dir: string, roots: string[]): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file) || (into === lazy && eager.has(file))) return;
    into.add(file);
    if (file.endsWith('.html')) {
      for (const ref of referencesOf(dir, file, HTML_REFERENCE)) visit(ref, into);
    } else if (file.endsWith('.js')) {
      for (const ref of referencesOf(dir, file, STATIC_IMPORT)) visit(ref, into);
      for (const ref of referencesOf(dir, file, DYNAMIC_IMPORT)) visit(ref, lazy);
    }
  };
  for (const root of roots) visit(root, eager);
  for (const file of eager) lazy.delete(file);
  return { eager: [...eager].sort(), lazy: [...lazy].sort() };
}

function entrypointRoots(dir: string, manifest: Manifest): Map<string, string[]> {
  const roots = new Map<string, string[]>();
  const add = (name: string, files: (string | undefined)[]) => {
    const present = files.filter((f): f is string => !!f && existsSync(join(dir, f)));
    if (present.length > 0) roots.set(name, [...(roots.get(name) ?? []), ...present]);
  };
  const background = manifest.background;
  add('background', [background?.service_worker, ...(background?.scripts ?? []), background?.page]);
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
      add(file.replace(/\.(js|css)$/, ''), [file]);
    }
  }
  // Every HTML page at the top of the build is an entrypoint (popup, options, ...).
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.html')) add(file.replace(/\.html$/, ''), [file]);
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup && !roots.has(popup.replace(/\.html$/, ''))) add('popup', [popup]);
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options && !roots.has(options.replace(/\.html$/, ''))) add('options', [options]);
  return roots;
}

function total(dir: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    raw += content.length;
    gzip += gzipSize(content);
  }
  return { raw, gzip };
}

export function measureBuild(root: string, target: string): BuildSizes {
  const dir = join(root, '.output', target);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return { target, dir: relative(root, dir), built: false, entrypoints: [] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entrypoints: EntrypointSize[] = [];
  for (const [name, roots] of entrypointRoots(dir, manifest)) {
    const { eager, lazy } = closure(dir, roots);
    const up = total(dir, eager);
    const later = total(dir, lazy);
    entrypoints.push({
      name,
      files: eager,
      raw: up.raw,
      gzip: up.gzip,
      lazyFiles: lazy,
      lazyRaw: later.raw,
      lazyGzip: later.gzip,
    });
  }
  entrypoints.sort((a, b) => a.name.localeCompare(b.name));
  return { target, dir: relative(root, dirname(manifestPath)), built: true, entrypoints };
}

export interface BudgetCheck {
  target: string;
  entrypoint: string;
  gzip: number | null;
  maxGzip: number;
  ok: boolean;
}

/** Each budget against each build; an entrypoint missing from a build is reported with gzip null. */
export function checkSizeBudgets(builds: readonly BuildSizes[]): BudgetCheck[] {
  return builds.flatMap((build) =>
    SIZE_BUDGETS.map((budget) => {
      const entry = build.entrypoints.find((e) => e.name === budget.entrypoint);
      const gzip = entry ? entry.gzip : null;
      return {
        target: build.target,
        entrypoint: budget.entrypoint,
        gzip,
        maxGzip: budget.maxGzip,
        ok: gzip !== null && gzip <= budget.maxGzip,
      };
    }),
  );
}
