import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatCompact, type Lang } from '../../http/i18n.js';
import { finishPlotSvg, svgCache } from '../../http/plot-svg.js';

export interface Bar {
  label: string;
  value: number;
}

/**
 * A bar chart rendered on the server as accessible SVG with Observable Plot over a linkedom
 * document. Plot writes a <style> element and may write style attributes; the site's CSP
 * (style-src 'self') would block both, so they are removed and the look comes from site.css
 * (`.chart` rules). Labels are set as DOM text and serialised (escaped) by linkedom.
 *
 * @example barChart({ id: 'by-year', title: '年別の事案数', desc: '…', bars: [{ label: '2013', value: 4 }] })
 */
export function barChart(opts: ChartOptions): string {
  return cached(JSON.stringify(opts), () => renderBarChart(opts));
}

const cached = svgCache();

interface ChartOptions {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  horizontal?: boolean;
  /** Axis numbers in the page's language: 5億 in Japanese, 500M in English. */
  lang?: Lang;
}

function renderBarChart(opts: ChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const bars = opts.bars;
  // Counts of people run into the hundreds of millions: short ticks (3億 / 300M) keep the axis narrow.
  const lang = opts.lang ?? 'ja';
  const big = Math.max(0, ...bars.map((b) => b.value)) >= 100_000;
  const svg = opts.horizontal
    ? // Labels sit above their bars, not in a left margin: long Japanese cause names then stay
      // readable on a phone, where the chart is scaled to the screen width.
      Plot.plot({
        document,
        style: null,
        width: 420,
        height: bars.length * 38 + 10,
        marginLeft: 4,
        marginRight: 48,
        marginTop: 4,
        marginBottom: 6,
        x: { axis: null, label: null },
        y: { axis: null, label: null, domain: bars.map((b) => b.label), paddingInner: 0, paddingOuter: 0 },
        marks: [
          Plot.barX(bars, { x: 'value', y: 'label', className: 'plot-bar', insetTop: 19, insetBottom: 3 }),
          Plot.text(bars, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -8, fontSize: 13 }),
          Plot.text(bars, {
            x: 'value',
            y: 'label',
            text: (d: Bar) => formatCompact(d.value, lang),
            dx: 4,
            dy: 8,
            textAnchor: 'start',
            fontSize: 12,
          }),
          Plot.ruleX([0]),
        ],
      })
    : Plot.plot({
        document,
        style: null,
        width: 420,
        height: 240,
        x: {
          label: null,
          type: 'band',
          domain: bars.map((b) => b.label),
          // At most about eight labels fit under the bars on a phone; the table has every one.
          ticks: bars.map((b) => b.label).filter((_, i) => i % Math.ceil(bars.length / 8) === 0),
        },
        y: { grid: true, label: null, tickFormat: big ? (v: number) => formatCompact(v, lang) : undefined },
        marginLeft: big ? 48 : 36,
        marks: [Plot.barY(bars, { x: 'label', y: 'value', className: 'plot-bar' }), Plot.ruleY([0])],
      });
  return finishPlotSvg(svg, document, opts);
}
