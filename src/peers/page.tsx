import { dataClassLabel } from '../extract/data-class-labels.js';
import { CAUSE_KEYS, CAUSES, DATA_CLASSES } from '../extract/vocab.js';
import { TableWrap } from '../http/components/table-wrap.js';
import type { PageCtx } from '../http/context.js';
import { formatDate, type Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import { SIZE_BAND_LABELS } from './bands.js';
import { BreakdownSection, DurationSwitch } from './breakdown-section.js';
import { DURATION_KEYS, type DurationKey } from './durations.js';
import { peersText } from './messages.js';
import { SECTOR_LABELS, SECTORS } from './sector.js';
import { countryLabel, MIN_SHOWN } from './segments.js';
import { SpreadTable } from './spread-table.js';
import type { BenchSummary } from './types.js';

type FilterName = 'cause' | 'data_class' | 'sector' | 'country' | 'year';

/** One filter of the form: a select labelled with its own name's message, "any" first. */
function Select(props: { name: FilterName; value: string; options: [string, string][]; lang: Lang }) {
  const id = `bf-${props.name}`;
  return (
    <p>
      <label for={id}>{peersText(props.lang, props.name)}</label>
      <br />
      <select id={id} name={props.name}>
        <option value="">{peersText(props.lang, 'any')}</option>
        {props.options.map(([v, l]) => (
          <option value={v} selected={v === props.value}>
            {l}
          </option>
        ))}
      </select>
    </p>
  );
}

/** /benchmarks: filters, the distribution of response times, common measures, sizes and sectors. */
export function BenchmarksPage(
  props: PageCtx & {
    summary: BenchSummary;
    years: number[];
    countries: string[];
    apiUrl: string;
    /** The duration the breakdowns show, and the address of this page showing another. */
    duration: DurationKey;
    hrefFor: (d: DurationKey) => string;
  },
) {
  const { lang, summary: s } = props;
  const f = s.filter;
  const days = (n: number) => peersText(lang, 'days', { n });
  const filters: [FilterName, string, [string, string][]][] = [
    ['cause', f.cause ?? '', CAUSE_KEYS.map((k) => [k, CAUSES[k][lang]])],
    ['data_class', f.dataClass ?? '', DATA_CLASSES.map((d) => [d, dataClassLabel(d, lang)])],
    ['sector', f.sector ?? '', SECTORS.map((k) => [k, SECTOR_LABELS[k][lang]])],
    ['country', f.country ?? '', props.countries.map((c) => [c, countryLabel(c)[lang]])],
    ['year', f.year === undefined ? '' : String(f.year), props.years.map((y) => [String(y), String(y)])],
  ];
  return (
    <Layout
      lang={lang}
      title={peersText(lang, 'title')}
      nonce={props.nonce}
      path={props.path}
      current="/benchmarks"
    >
      <h1>{peersText(lang, 'title')}</h1>
      <p class="lead">{peersText(lang, 'lead')}</p>
      <p class="muted">{peersText(lang, 'for_companies')}</p>
      <form method="get" action="/benchmarks" class="panel" aria-label={peersText(lang, 'filter')}>
        <div class="two-col">
          {filters.map(([name, value, options]) => (
            <Select name={name} value={value} lang={lang} options={options} />
          ))}
        </div>
        <p class="actions">
          <button type="submit">{peersText(lang, 'apply')}</button>
        </p>
      </form>
      <p>
        <strong>{peersText(lang, 'n_incidents', { n: s.n })}</strong>
      </p>
      <section aria-labelledby="bm-durations">
        <h2 id="bm-durations">{peersText(lang, 'durations')}</h2>
        <SpreadTable
          lang={lang}
          firstCol="col_duration"
          rows={DURATION_KEYS.map((k) => ({ label: peersText(lang, k), dist: s.stats[k] }))}
        />
      </section>
      <section aria-labelledby="bm-breakdowns">
        <h2 id="bm-breakdowns">{peersText(lang, 'breakdowns')}</h2>
        <p>
          {peersText(lang, 'breakdowns_lead', { duration: peersText(lang, props.duration), min: MIN_SHOWN })}
        </p>
        <DurationSwitch lang={lang} current={props.duration} hrefFor={props.hrefFor} />
        {s.breakdowns.map((b) => (
          <BreakdownSection lang={lang} breakdown={b} duration={props.duration} />
        ))}
        <p class="muted">{peersText(lang, 'sector_source')}</p>
      </section>
      <section aria-labelledby="bm-measures">
        <h2 id="bm-measures">{peersText(lang, 'measures')}</h2>
        {s.measures.length === 0 ? (
          <p class="muted">{peersText(lang, 'none')}</p>
        ) : (
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">{peersText(lang, 'col_measure')}</th>
                  <th scope="col" class="num">
                    {peersText(lang, 'col_share')}
                  </th>
                  <th scope="col">{peersText(lang, 'examples')}</th>
                </tr>
              </thead>
              <tbody>
                {s.measures.slice(0, 15).map((m) => (
                  <tr>
                    <th scope="row">{m.label[lang]}</th>
                    <td class="num">
                      {peersText(lang, 'share', { k: m.incidents, n: m.of, pct: Math.round(m.share * 100) })}
                    </td>
                    <td>
                      {m.examples.map((e, i) => (
                        <>
                          {i > 0 ? ', ' : ''}
                          <a href={`/incidents/${encodeURIComponent(e.slug)}`}>{e.title}</a>
                        </>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      <div class="two-col">
        <section aria-labelledby="bm-bands">
          <h2 id="bm-bands">{peersText(lang, 'by_band')}</h2>
          <ul class="plain-list">
            {s.by_band.map((b) => (
              <li>
                {b.band === 'unknown' ? peersText(lang, 'unknown_band') : SIZE_BAND_LABELS[b.band][lang]}:{' '}
                {b.incidents}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="bm-sectors">
          <h2 id="bm-sectors">{peersText(lang, 'by_sector')}</h2>
          <ul class="plain-list">
            {s.by_sector.map((b) => (
              <li>
                {SECTOR_LABELS[b.sector][lang]}: {b.incidents}
              </li>
            ))}
          </ul>
          <p class="muted">{peersText(lang, 'sector_source')}</p>
        </section>
      </div>
      {s.examples.length ? (
        <section aria-labelledby="bm-examples">
          <h2 id="bm-examples">{peersText(lang, 'examples')}</h2>
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">{peersText(lang, 'col_incident')}</th>
                  <th scope="col">{peersText(lang, 'col_published')}</th>
                  <th scope="col" class="num">
                    {peersText(lang, 'detection_to_notice')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.examples.map((e) => (
                  <tr>
                    <th scope="row">
                      <a href={`/incidents/${encodeURIComponent(e.slug)}`}>{e.title}</a>
                    </th>
                    <td>{formatDate(e.published, lang)}</td>
                    <td class="num">
                      {e.durations.detection_to_notice === null ? '—' : days(e.durations.detection_to_notice)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
      <p class="muted">{peersText(lang, 'api', { url: props.apiUrl })}</p>
    </Layout>
  );
}
