import { raw } from 'hono/html';
import type { Lang } from '../http/i18n.js';
import { rangeChart } from './chart.js';
import { DURATION_KEYS, type DurationKey } from './durations.js';
import { peersText } from './messages.js';
import { type Breakdown, MIN_SHOWN } from './segments.js';
import { SpreadTable } from './spread-table.js';

/** Links that choose which duration the breakdowns show (the other filters kept). */
export function DurationSwitch(props: {
  lang: Lang;
  current: DurationKey;
  hrefFor: (d: DurationKey) => string;
}) {
  const { lang } = props;
  return (
    <nav aria-label={peersText(lang, 'breakdown_duration')}>
      <p>
        {peersText(lang, 'breakdown_duration')}:{' '}
        {DURATION_KEYS.map((d, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            {d === props.current ? (
              <strong aria-current="true">{peersText(lang, d)}</strong>
            ) : (
              <a href={props.hrefFor(d)}>{peersText(lang, d)}</a>
            )}
          </>
        ))}
      </p>
    </nav>
  );
}

/**
 * One dimension's breakdown of one duration: a range chart (Observable Plot SVG drawn on the
 * server) and a table of n, p25, median, p75 and p90, for segments with n ≥ MIN_SHOWN; the others
 * named with their n below.
 */
export function BreakdownSection(props: { lang: Lang; breakdown: Breakdown; duration: DurationKey }) {
  const { lang, breakdown: b, duration } = props;
  const id = `bm-by-${b.dimension.replace('_', '-')}`;
  const title = peersText(lang, `by_dim_${b.dimension}`);
  const shown = b.segments.filter((s) => s.stats[duration] !== null);
  const hidden = b.segments.filter((s) => s.stats[duration] === null && s.n[duration] > 0);
  const svg = shown.length
    ? rangeChart({
        id: `${id}-chart`,
        title: `${title} — ${peersText(lang, duration)}`,
        desc: peersText(lang, 'chart_desc', { title, duration: peersText(lang, duration) }),
        unit: peersText(lang, 'unit_days'),
        rows: shown.map((s) => ({ label: s.label[lang], ...s.stats[duration]! })),
      })
    : null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      {svg ? (
        <div class="chart-block">
          <figure class="chart">{raw(svg)}</figure>
          <SpreadTable
            lang={lang}
            firstCol="col_segment"
            rows={shown.map((s) => ({ label: s.label[lang], dist: s.stats[duration] }))}
          />
        </div>
      ) : (
        <p class="muted">{peersText(lang, 'nothing_shown', { min: MIN_SHOWN })}</p>
      )}
      {hidden.length ? (
        <p class="muted">
          {peersText(lang, 'hidden_segments', {
            min: MIN_SHOWN,
            list: hidden
              .map((s) => `${s.label[lang]} (n=${s.n[duration]})`)
              .join(lang === 'ja' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </section>
  );
}
