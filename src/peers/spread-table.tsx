import { TableWrap } from '../http/components/table-wrap.js';
import type { Lang } from '../http/i18n.js';
import { peersText } from './messages.js';
import type { Distribution } from './stats.js';

const COLUMNS = ['short_n', 'short_p25', 'short_median', 'short_p75', 'short_p90'] as const;

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
            {COLUMNS.map((k) => (
              <th scope="col" class="num">
                {peersText(lang, k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ label, dist: d }) => (
            <tr>
              <th scope="row">{label}</th>
              {d ? (
                [d.n, fmt(d.p25), fmt(d.median), fmt(d.p75), fmt(d.p90)].map((v) => <td class="num">{v}</td>)
              ) : (
                <td colspan={COLUMNS.length} class="muted">
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
