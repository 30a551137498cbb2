import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishPlotSvg, svgCache } from '../http/plot-svg.js';

/** One row of a range chart: a segment's label, its n and the spread of its days. */
export interface RangeRow {
  label: string;
  n: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

export interface RangeChartOptions {
  id: string;
  title: string;
  desc: string;
  /** The x axis's label ("日" / "days"). */
  unit: string;
  rows: RangeRow[];
}

const cached = svgCache();

/**
 * Spread of days per segment, drawn on the server with Observable Plot as accessible SVG: a bar from
 * the 25th to the 75th percentile, a tick at the median and a dot at the 90th percentile, one row
 * per segment. Labels sit above their bars, not in a left margin, so that long Japanese segment
 * names stay readable when the chart is scaled to a 390 px phone.
 *
 * @example rangeChart({ id: 'bm-sector', title: '業種別', desc: '…', unit: '日', rows: [{ label: '医療 (n=165)', … }] })
 */
export function rangeChart(opts: RangeChartOptions): string {
  return cached(JSON.stringify(opts), () => drawRangeChart(opts));
}

function drawRangeChart(opts: RangeChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = opts.rows.map((r) => ({ ...r, text: `${r.label} (n=${r.n})` }));
  const svg = Plot.plot({
    document,
    style: null,
    width: 420,
    height: rows.length * 38 + 40,
    marginLeft: 8,
    marginRight: 16,
    marginTop: 4,
    marginBottom: 34,
    x: { label: opts.unit, labelAnchor: 'right', labelArrow: 'none', grid: true, nice: true, zero: true },
    y: { axis: null, label: null, domain: rows.map((r) => r.text), paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(rows, {
        x1: 'p25',
        x2: 'p75',
        y: 'text',
        className: 'plot-range',
        insetTop: 19,
        insetBottom: 3,
      }),
      Plot.tickX(rows, { x: 'median', y: 'text', className: 'plot-median', insetTop: 17, insetBottom: 1 }),
      Plot.dot(rows, { x: 'p90', y: 'text', dy: 8, r: 3, className: 'plot-p90' }),
      Plot.text(rows, { x: 0, y: 'text', text: 'text', textAnchor: 'start', dy: -8, fontSize: 13 }),
    ],
  });
  return finishPlotSvg(svg, document, opts);
}
