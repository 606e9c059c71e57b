// "A warning was missing here?": asks the LinkedIn tab for its page-structure report, shows the user
// exactly what the file will contain, and saves it only when they choose to. Nothing is ever sent.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n';
import { sendToTab } from '@/components/messaging';
import { pageReportMessages } from '@/core/i18n/messages/page-report';
import { PAGE_STRUCTURE_KIND, type PageStructureReport } from '@/core/page-structure';
import { isLinkedInUrl } from './tab-status';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'failed'; reason: 'notLinkedIn' | 'noAnswer' }
  | { step: 'preview'; report: PageStructureReport; json: string }
  | { step: 'saved'; file: string };

async function readReport(): Promise<PageStructureReport | 'notLinkedIn' | 'noAnswer'> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !isLinkedInUrl(tab.url)) return 'notLinkedIn';
  const report = await sendToTab(tab.id, 'get-page-structure').catch(() => undefined);
  return report?.kind === PAGE_STRUCTURE_KIND ? report : 'noAnswer';
}

/** Saves `json` as a file through the browser's own download (no permission, no network). */
function saveFile(json: string, file: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MissingWarningReport() {
  const t = useTranslator(pageReportMessages);
  const [state, setState] = useState<State>({ step: 'idle' });
  const read = async () => {
    setState({ step: 'reading' });
    const report = await readReport();
    if (typeof report === 'string') setState({ step: 'failed', reason: report });
    else setState({ step: 'preview', report, json: JSON.stringify(report, null, 1) });
  };
  if (state.step === 'idle' || state.step === 'failed') {
    return (
      <section class="missing-warning" aria-labelledby="missing-warning-title">
        <button type="button" id="missing-warning-title" data-action="missing-warning" onClick={read}>
          {t('open')}
        </button>
        {state.step === 'failed' && <p role="status">{t(state.reason)}</p>}
      </section>
    );
  }
  if (state.step === 'reading') return <p role="status">{t('reading')}</p>;
  if (state.step === 'saved') return <p role="status">{t('saved', { file: state.file })}</p>;
  const file = `linkedin-page-structure-${new Date().toISOString().slice(0, 10)}.json`;
  return (
    <section class="missing-warning" aria-labelledby="missing-warning-contents">
      <p>{t('intro')}</p>
      <p id="missing-warning-contents">{t('contents', { count: state.report.interactive })}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the preview scrolls; keyboard users must reach it. */}
      <pre class="report-preview" tabIndex={0} data-report-preview>
        {state.json}
      </pre>
      <div class="actions">
        <button
          type="button"
          data-action="save-report"
          onClick={() => {
            saveFile(state.json, file);
            setState({ step: 'saved', file });
          }}
        >
          {t('save')}
        </button>
        <button type="button" onClick={() => setState({ step: 'idle' })}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
