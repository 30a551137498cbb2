import type { Context } from 'hono';
import { raw } from 'hono/html';
import { dataClassLabel } from '../../extract/data-class-labels.js';
import { TableWrap } from '../../http/components/table-wrap.js';
import { pageCtx } from '../../http/context.js';
import { causeLabel } from '../../http/format.js';
import { formatCompact, formatNumber, type Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import { type Bar, barChart } from './chart.js';

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
        <p class="muted">{siteText(lang, 'stats_empty')}</p>
      </section>
    );
  }
  const svg = barChart({
    id: props.id,
    title: props.title,
    desc: siteText(lang, 'stats_chart_desc', { title: props.title }),
    bars: props.bars,
    horizontal: props.horizontal ?? false,
    lang,
  });
  return (
    <section aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <div class="chart-block">
        <figure class="chart">{raw(svg)}</figure>
        <TableWrap>
          <table>
            <caption>{siteText(lang, 'stats_table')}</caption>
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
        </TableWrap>
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
      <h2 id="coverage-h">{siteText(lang, 'stats_coverage_title')}</h2>
      <p class="muted">{siteText(lang, 'stats_coverage_note')}</p>
      {props.gaps.length > 0 ? (
        <p>{siteText(lang, 'stats_no_source_years', { years: props.gaps.join(', ') })}</p>
      ) : null}
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{siteText(lang, 'stats_year')}</th>
              <th scope="col">{siteText(lang, 'stats_sources')}</th>
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
      </TableWrap>
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
      title={siteText(lang, 'stats_title')}
      description={siteText(lang, 'stats_description')}
      nonce={nonce}
      path={path}
    >
      <h1>{siteText(lang, 'stats_title')}</h1>
      <p>{siteText(lang, 'stats_description')}</p>
      <p class="stat-totals">
        {siteText(lang, 'stats_totals', {
          incidents: s.incidents,
          notices: s.notices,
          organizations: s.organizations,
          people: s.people_affected,
        })}
      </p>
      {s.accounts_affected > 0 ? (
        <p class="stat-totals">{siteText(lang, 'stats_accounts', { accounts: s.accounts_affected })}</p>
      ) : null}
      <ChartBlock
        lang={lang}
        id="by-year"
        title={siteText(lang, 'stats_by_year')}
        col={siteText(lang, 'stats_year')}
        valueCol={siteText(lang, 'stats_incidents')}
        bars={years.map((y) => ({ label: String(y.year), value: y.incidents }))}
      />
      <ChartBlock
        lang={lang}
        id="by-year-affected"
        title={siteText(lang, 'stats_by_year_affected')}
        col={siteText(lang, 'stats_year')}
        valueCol={siteText(lang, 'stats_affected')}
        bars={years.map((y) => ({ label: String(y.year), value: y.affected }))}
      />
      <Coverage lang={lang} years={years} gaps={gaps} />
      <ChartBlock
        lang={lang}
        id="by-cause"
        title={siteText(lang, 'stats_by_cause')}
        col={siteText(lang, 'stats_cause')}
        valueCol={siteText(lang, 'stats_incidents')}
        bars={causes.map((x) => ({ label: causeLabel(x.cause, lang), value: x.incidents }))}
        horizontal
      />
      <ChartBlock
        lang={lang}
        id="by-data-class"
        title={siteText(lang, 'stats_by_data_class')}
        col={siteText(lang, 'stats_data_class')}
        valueCol={siteText(lang, 'stats_incidents')}
        bars={classes.map((x) => ({ label: dataClassLabel(x.data_class, lang), value: x.incidents }))}
        horizontal
      />
      <ChartBlock
        lang={lang}
        id="by-size"
        title={siteText(lang, 'stats_by_size')}
        col={siteText(lang, 'stats_size')}
        valueCol={siteText(lang, 'stats_incidents')}
        bars={s.by_size.map((x) => ({
          label: sizeBandLabel(x.band, lang),
          value: x.incidents,
        }))}
        horizontal
      />
    </Layout>,
  );
}

/**
 * A size band in words, with 万 in Japanese: '100k–1M' → '10万〜100万' / '100,000 to 1 million'.
 *
 * @example sizeBandLabel('<1k', 'ja') // '1,000未満'
 */
export function sizeBandLabel(band: string, lang: Lang): string {
  if (band === 'unknown') return siteText(lang, 'size_unknown');
  const n = (s: string) => Number(s.replace(/k$/i, '000').replace(/M$/, '000000'));
  const f = (v: number) =>
    lang === 'ja'
      ? formatCompact(v, lang)
      : v >= 1_000_000
        ? `${v / 1_000_000} million`
        : formatNumber(v, lang);
  let m = /^<(\w+)$/.exec(band);
  if (m) return lang === 'ja' ? `${f(n(m[1]!))}未満` : `under ${f(n(m[1]!))}`;
  m = /^≥(\w+)$/.exec(band);
  if (m) return lang === 'ja' ? `${f(n(m[1]!))}以上` : `${f(n(m[1]!))} or more`;
  m = /^(\w+)–(\w+)$/.exec(band);
  if (m) return lang === 'ja' ? `${f(n(m[1]!))}〜${f(n(m[2]!))}` : `${f(n(m[1]!))} to ${f(n(m[2]!))}`;
  return band;
}
