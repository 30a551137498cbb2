import { TableWrap } from '../http/components/table-wrap.js';
import type { Lang } from '../http/i18n.js';
import { peersText } from './messages.js';
import type { Distribution } from './stats.js';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One row of a spread table: its label and its distribution (null: too few to show). */
export interface SpreadRow {
  label: string;
  dist: Distribution | null;
}

/**
 * A table of day counts, one row per duration or segment: n, p25, median, p75 and p90 (fractions to
 * one decimal); a row without a distribution says so across the five columns.
 */
export function SpreadTable(props: {
  lang: Lang;
  firstCol: 'col_duration' | 'col_segment';
  rows: SpreadRow[];
}) {
  const { lang } = props;
  return (
    <TableWrap>
      <table class="spread">
        <caption>{peersText(lang, 'unit_days')}</caption>
        <thead>
          <tr>
            <th scope="col">{peersText(lang, props.firstCol)}</th>
            <th scope="col" class="num">
              {peersText(lang, 'short_n')}
            </th>
            <th scope="col" class="num">
              {peersText(lang, 'short_p25')}
            </th>
            <th scope="col" class="num">
              {peersText(lang, 'short_median')}
            </th>
            <th scope="col" class="num">
              {peersText(lang, 'short_p75')}
            </th>
            <th scope="col" class="num">
              {peersText(lang, 'short_p90')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ label, dist: d }) => (
            <tr>
              <th scope="row">{label}</th>
              {d ? (
                <>
                  <td class="num">{d.n}</td>
                  <td class="num">{fmt(d.p25)}</td>
                  <td class="num">{fmt(d.median)}</td>
                  <td class="num">{fmt(d.p75)}</td>
                  <td class="num">{fmt(d.p90)}</td>
                </>
              ) : (
                <td colspan={5} class="muted">
                  {peersText(lang, 'none')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
