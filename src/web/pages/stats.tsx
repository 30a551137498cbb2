import type { Context } from 'hono';
import { raw } from 'hono/html';
import { dataClassLabel } from '../data-classes.js';
import { causeLabel } from '../format.js';
import { formatNumber, type Lang } from '../i18n.js';
import { Layout } from '../layout.js';
import { t } from '../messages/index.js';
import { renderPage } from '../render.js';
import type { AppDeps, AppEnv } from '../types.js';
import { type Bar, barChart } from './chart.js';
import { pageCtx } from './context.js';

/**
 * One chart with its figures as a table beside it. The SVG is the only raw HTML on the site: it is
 * built from numbers and leakwatch's own labels, serialised (escaped) by linkedom.
 */
function ChartBlock(props: {
  lang: Lang;
  id: string;
  title: string;
  col: string;
  valueCol: string;
  bars: Bar[];
  horizontal?: boolean;
}) {
  const { lang } = props;
  if (props.bars.length === 0) {
    return (
      <section aria-labelledby={`${props.id}-h`}>
        <h2 id={`${props.id}-h`}>{props.title}</h2>
        <p class="muted">{t(lang, 'stats_empty')}</p>
      </section>
    );
  }
  const svg = barChart({
    id: props.id,
    title: props.title,
    desc: t(lang, 'stats_chart_desc', { title: props.title }),
    bars: props.bars,
    horizontal: props.horizontal ?? false,
  });
  return (
    <section aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <div class="chart-block">
        <figure class="chart">{raw(svg)}</figure>
        <div class="table-wrap">
          <table>
            <caption>{t(lang, 'stats_table')}</caption>
            <thead>
              <tr>
                <th scope="col">{props.col}</th>
                <th scope="col" class="num">
                  {props.valueCol}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.bars.map((b) => (
                <tr>
                  <th scope="row">{b.label}</th>
                  <td class="num">{formatNumber(b.value, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/** Years in order with the empty ones filled in (the stats page names those gaps instead of drawing them). */
export function fillYears(rows: { year: number; incidents: number; affected: number }[]) {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const first = sorted[0]?.year;
  const last = sorted[sorted.length - 1]?.year;
  if (first === undefined || last === undefined || last - first > 200) return sorted;
  const out: { year: number; incidents: number; affected: number }[] = [];
  for (let y = first; y <= last; y++)
    out.push(sorted.find((r) => r.year === y) ?? { year: y, incidents: 0, affected: 0 });
  return out;
}

/** Which sources each year's figures come from, and the years no source covers. */
function Coverage(props: { lang: Lang; years: { year: number; sources: string[] }[]; gaps: number[] }) {
  const { lang } = props;
  if (props.years.length === 0) return null;
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">{t(lang, 'stats_coverage_title')}</h2>
      <p class="muted">{t(lang, 'stats_coverage_note')}</p>
      {props.gaps.length > 0 ? (
        <p>{t(lang, 'stats_no_source_years', { years: props.gaps.join(', ') })}</p>
      ) : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'stats_year')}</th>
              <th scope="col">{t(lang, 'stats_sources')}</th>
            </tr>
          </thead>
          <tbody>
            {props.years.map((y) => (
              <tr>
                <th scope="row">{String(y.year)}</th>
                <td>{y.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** `/stats`: incidents and people affected per year, by cause, by data class, by size band. */
export async function statsPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const s = await deps.reader.stats();
  // Only years some source covers: a gap is named below, never drawn as a zero bar.
  const years = [...s.by_year].sort((a, b) => a.year - b.year);
  const gaps = fillYears(years)
    .filter((y) => !years.some((c) => c.year === y.year))
    .map((y) => y.year);
  const causes = [...s.by_cause].sort((a, b) => b.incidents - a.incidents);
  const classes = [...s.by_data_class].sort((a, b) => b.incidents - a.incidents).slice(0, 15);
  return renderPage(
    c,
    <Layout
      lang={lang}
      title={t(lang, 'stats_title')}
      description={t(lang, 'stats_description')}
      nonce={nonce}
      path={path}
    >
      <h1>{t(lang, 'stats_title')}</h1>
      <p>{t(lang, 'stats_description')}</p>
      <p class="stat-totals">
        {t(lang, 'stats_totals', {
          incidents: s.incidents,
          notices: s.notices,
          organizations: s.organizations,
          people: s.people_affected,
        })}
      </p>
      {s.accounts_affected > 0 ? (
        <p class="stat-totals">{t(lang, 'stats_accounts', { accounts: s.accounts_affected })}</p>
      ) : null}
      <ChartBlock
        lang={lang}
        id="by-year"
        title={t(lang, 'stats_by_year')}
        col={t(lang, 'stats_year')}
        valueCol={t(lang, 'stats_incidents')}
        bars={years.map((y) => ({ label: String(y.year), value: y.incidents }))}
      />
      <ChartBlock
        lang={lang}
        id="by-year-affected"
        title={t(lang, 'stats_by_year_affected')}
        col={t(lang, 'stats_year')}
        valueCol={t(lang, 'stats_affected')}
        bars={years.map((y) => ({ label: String(y.year), value: y.affected }))}
      />
      <Coverage lang={lang} years={years} gaps={gaps} />
      <ChartBlock
        lang={lang}
        id="by-cause"
        title={t(lang, 'stats_by_cause')}
        col={t(lang, 'stats_cause')}
        valueCol={t(lang, 'stats_incidents')}
        bars={causes.map((x) => ({ label: causeLabel(x.cause, lang), value: x.incidents }))}
        horizontal
      />
      <ChartBlock
        lang={lang}
        id="by-data-class"
        title={t(lang, 'stats_by_data_class')}
        col={t(lang, 'stats_data_class')}
        valueCol={t(lang, 'stats_incidents')}
        bars={classes.map((x) => ({ label: dataClassLabel(x.data_class, lang), value: x.incidents }))}
        horizontal
      />
      <ChartBlock
        lang={lang}
        id="by-size"
        title={t(lang, 'stats_by_size')}
        col={t(lang, 'stats_size')}
        valueCol={t(lang, 'stats_incidents')}
        bars={s.by_size.map((x) => ({
          label: x.band === 'unknown' ? t(lang, 'size_unknown') : x.band,
          value: x.incidents,
        }))}
        horizontal
      />
    </Layout>,
  );
}
