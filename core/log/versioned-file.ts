// The envelope of the files the user exports (settings, decision log): `{ format, version, exportedAt, ... }`.
import { isPlainObject } from './record';

export function writeVersionedFile(
  format: string,
  version: number,
  now: Date,
  body: Record<string, unknown>,
): string {
  return `${JSON.stringify({ format, version, exportedAt: now.toISOString(), ...body }, null, 2)}\n`;
}

export type VersionedFileRead =
  | { ok: true; file: Record<string, unknown> }
  | { ok: false; problem: 'malformed' | 'foreign' }
  | { ok: false; problem: 'newer'; version: number };

/** Parses a file and checks its envelope: readable JSON, our format, a version this code understands. */
export function readVersionedFile(json: string, format: string, currentVersion: number): VersionedFileRead {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!isPlainObject(file) || file.format !== format) return { ok: false, problem: 'foreign' };
  const { version } = file;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, problem: 'foreign' };
  }
  if (version > currentVersion) return { ok: false, problem: 'newer', version };
  return { ok: true, file };
}
