// The summary at the top of the log: decisions per month by outcome and by activity as stacked bar
// charts (SVG with role=img, a title and a description, and the same numbers as a table), who started
// them, and a one-page printout (the browser's print dialog: nothing leaves the device).
import { useMemo } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { Card } from '@/components/ui/Card';
import type { Translate } from '@/core/i18n';
import { logMessages, outcomeLabels } from '@/core/i18n/messages/log';
import { LANGUAGE_LOCALES } from '@/core/languages';
import type { DecisionLogEntry } from '@/core/log';
import { RECORD_OUTCOMES } from '@/core/log';
import type { Language } from '@/core/types';
import { type LogSummaryData, type MonthCounts, summariseLog } from './log-summary';
import { useActivityLabel } from './log-words';

/** Who started the logged decisions, in the order the summary lists them. */
const INITIATOR_ROWS = [
  { id: 'employer', label: 'initiatorEmployer' },
  { id: 'own', label: 'initiatorOwn' },
  { id: 'website', label: 'initiatorWebsite' },
  { id: 'unassessed', label: 'initiatorUnassessed' },
] as const satisfies readonly {
  id: keyof LogSummaryData['initiators'];
  label: keyof typeof logMessages.en;
}[];

/** Series beyond this many activities are added up as "other". */
const MAX_ACTIVITY_SERIES = 5;

interface Series {
  id: string;
  label: string;
  values: number[];
}

function monthLabel(month: string, language: Language): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LANGUAGE_LOCALES[language], {
    month: 'short',
    year: '2-digit',
  }).format(new Date(year ?? 2000, (index ?? 1) - 1, 1));
}

export function LogSummary(props: { entries: readonly DecisionLogEntry[]; now?: Date }) {
  const t = useTranslator(logMessages);
  const outcome = useTranslator(outcomeLabels);
  const activity = useActivityLabel();
  const language = useLanguage();
  const data = useMemo(() => summariseLog(props.entries, props.now), [props.entries, props.now]);
  const labels = data.months.map((m) => monthLabel(m.month, language));
  const byOutcome: Series[] = RECORD_OUTCOMES.map((id) => ({
    id,
    label: outcome(id),
    values: data.months.map((m) => m.byOutcome[id]),
  })).filter((s) => s.values.some((v) => v > 0));
  const byActivity = activitySeries(data, (id) => activity(id), t('other'));
  const range = `${labels[0]} – ${labels[labels.length - 1]}`;

  return (
    <section class="log-summary" aria-labelledby="summary-title">
      <div class="print-only">
        <p>
          <strong>Exposure Guard</strong> · {t('printNote')}
        </p>
      </div>
      <h2 id="summary-title">{t('summaryTitle', { range })}</h2>
      <div class="summary-grid">
        <Card class="chart" data={{ chart: 'outcome' }}>
          <h3 id="chart-outcome-title">{t('chartByOutcome')}</h3>
          <StackedBars id="chart-outcome" labels={labels} series={byOutcome} months={data.months} />
        </Card>
        <Card class="chart" data={{ chart: 'activity' }}>
          <h3 id="chart-activity-title">{t('chartByActivity')}</h3>
          <StackedBars id="chart-activity" labels={labels} series={byActivity} months={data.months} />
        </Card>
      </div>
      <Card class="initiator-card">
        <h3>{t('initiatorsTitle')}</h3>
        <dl class="initiators" data-initiators>
          {INITIATOR_ROWS.map(({ id, label }) => (
            <div key={id} data-initiator={id}>
              <dt>{t(label)}</dt>
              <dd>{data.initiators[id]}</dd>
            </div>
          ))}
        </dl>
        <p class="hint">{t('initiatorsHint')}</p>
      </Card>
      <div class="actions no-print">
        <button type="button" data-action="print" onClick={() => window.print()}>
          {t('printSummary')}
        </button>
        <span class="hint">{t('printHint')}</span>
      </div>
    </section>
  );
}

function activitySeries(
  data: LogSummaryData,
  label: (id: DecisionLogEntry['activity']) => string,
  other: string,
): Series[] {
  const shown = data.activities.slice(0, MAX_ACTIVITY_SERIES);
  const series: Series[] = shown.map((id) => ({
    id,
    label: label(id),
    values: data.months.map((m) => m.byActivity[id] ?? 0),
  }));
  const rest = data.activities.slice(MAX_ACTIVITY_SERIES);
  if (rest.length > 0) {
    series.push({
      id: 'other',
      label: other,
      values: data.months.map((m) => rest.reduce((sum, id) => sum + (m.byActivity[id] ?? 0), 0)),
    });
  }
  return series;
}

const WIDTH = 520;
const HEIGHT = 200;
const LEFT = 32;
const BOTTOM = 24;
const TOP = 8;

type LogWords = Translate<keyof typeof logMessages.en>;

/** The chart's text alternative: the total, each series' total and the busiest month. */
function chartDescription(t: LogWords, labels: string[], series: Series[], months: MonthCounts[]): string {
  const total = months.reduce((sum, m) => sum + m.total, 0);
  if (total === 0) return t('chartEmpty');
  const busiest = months.reduce<MonthCounts | null>(
    (best, m) => (best && best.total >= m.total ? best : m),
    null,
  );
  return t('chartDescription', {
    total,
    parts: series.map((s) => `${s.label}: ${s.values.reduce((a, b) => a + b, 0)}`).join('; '),
    month: busiest ? (labels[months.indexOf(busiest)] ?? '') : '',
    count: busiest?.total ?? 0,
  });
}

const seriesColour = (index: number) => `var(--eg-series-${(index % 6) + 1})`;

/** Stacked bars, one per month; role=img with a title and a description, and the numbers as a table. */
function StackedBars(props: { id: string; labels: string[]; series: Series[]; months: MonthCounts[] }) {
  const t = useTranslator(logMessages);
  const { id, labels, series, months } = props;
  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{t('chartTitle')}</title>
        <desc id={`${id}-desc`}>{chartDescription(t, labels, series, months)}</desc>
        <Bars labels={labels} series={series} max={Math.max(1, ...months.map((m) => m.total))} />
      </svg>
      <ul class="legend" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.id}>
            <span class="swatch" style={{ background: seriesColour(index) }} />
            {s.label}
          </li>
        ))}
      </ul>
      <details class="no-print">
        <summary>{t('chartNumbers')}</summary>
        <SummaryTable labels={labels} series={series} />
      </details>
    </>
  );
}

/** The axis, its two values and a stack of bars per month, each series in its colour. */
function Bars(props: { labels: string[]; series: Series[]; max: number }) {
  const { labels, series, max } = props;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const slot = (WIDTH - LEFT) / Math.max(1, labels.length);
  const barWidth = Math.min(48, slot * 0.6);
  const y = (value: number) => (value / max) * plotHeight;
  return (
    <>
      <line class="axis" x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      <text x={LEFT - 6} y={TOP + 10} text-anchor="end">
        {max}
      </text>
      <text x={LEFT - 6} y={HEIGHT - BOTTOM} text-anchor="end">
        0
      </text>
      {labels.map((label, index) => {
        const x = LEFT + slot * index + (slot - barWidth) / 2;
        let base = HEIGHT - BOTTOM;
        return (
          <g key={label}>
            {series.map((s, seriesIndex) => {
              const height = y(s.values[index] ?? 0);
              base -= height;
              return height > 0 ? (
                <rect
                  key={s.id}
                  x={x}
                  y={base}
                  width={barWidth}
                  height={height}
                  style={{ fill: seriesColour(seriesIndex) }}
                />
              ) : null;
            })}
            <text x={x + barWidth / 2} y={HEIGHT - 6} text-anchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </>
  );
}

function SummaryTable(props: { labels: string[]; series: Series[] }) {
  const t = useTranslator(logMessages);
  return (
    <div class="table-scroll">
      <table class="summary-table">
        <thead>
          <tr>
            <th scope="col">{t('month')}</th>
            {props.series.map((s) => (
              <th key={s.id} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.labels.map((label, index) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {props.series.map((s) => (
                <td key={s.id}>{s.values[index] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
