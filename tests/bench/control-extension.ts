// A tiny stand-in extension with known behaviour, to check the benchmark's instruments against: it holds a
// trusted click on Post when the composer names the employer and shows a warning shaped like ours (host
// [data-exposure-guard="warning"], open shadow root, modal <dialog>, [data-action="cancel"]), and can burn
// a given number of milliseconds on every trusted click (a long task our attribution must catch).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ControlExtension {
  path: string;
  remove(): void;
}

const CONTENT_SCRIPT = (busyMs: number, employer: string) => `
const BUSY_MS = ${JSON.stringify(busyMs)};
window.addEventListener('click', (event) => {
  if (!event.isTrusted) return;
  if (BUSY_MS > 0) { const until = performance.now() + BUSY_MS; while (performance.now() < until) {} }
  const post = event.composedPath().find((n) => n instanceof HTMLButtonElement && n.textContent.trim() === 'Post');
  const dialog = post && post.closest('dialog');
  const editor = dialog && dialog.querySelector('[contenteditable="true"]');
  if (!editor || !editor.textContent.includes(${JSON.stringify(employer)})) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const host = document.createElement('exposure-guard-ui');
  host.setAttribute('data-exposure-guard', 'warning');
  const root = host.attachShadow({ mode: 'open' });
  const warning = document.createElement('dialog');
  const text = document.createElement('p');
  text.textContent = 'Control warning';
  const cancel = document.createElement('button');
  cancel.dataset.action = 'cancel';
  cancel.textContent = 'Cancel';
  cancel.addEventListener('click', () => { warning.close(); host.remove(); editor.focus(); });
  warning.append(text, cancel);
  root.append(warning);
  document.documentElement.append(host);
  warning.showModal();
}, { capture: true });
`;

/** Writes the control extension to a fresh temporary folder. */
export function writeControlExtension(options: { busyMs?: number; employer: string }): ControlExtension {
  const path = mkdtempSync(join(tmpdir(), 'exposure-guard-control-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench control',
    version: '1.0.0',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: 'document_start' },
    ],
  };
  writeFileSync(join(path, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(path, 'background.js'), '// nothing: the bench only needs a service worker\n');
  writeFileSync(join(path, 'content.js'), CONTENT_SCRIPT(options.busyMs ?? 0, options.employer));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
