import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

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
export function barChart(opts: {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  horizontal?: boolean;
}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const bars = opts.bars;
  const longest = Math.max(
    1,
    ...bars.map((b) => [...b.label].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  // Counts of people run into the hundreds of millions: SI ticks (300M) keep the axis narrow.
  const big = Math.max(0, ...bars.map((b) => b.value)) >= 100_000;
  const svg = opts.horizontal
    ? Plot.plot({
        document,
        style: null,
        width: 560,
        height: Math.max(120, bars.length * 26 + 40),
        marginLeft: Math.min(300, 12 + longest * 6.2),
        marginRight: 30,
        x: { grid: true, label: null, tickFormat: big ? '~s' : undefined },
        y: { label: null, domain: bars.map((b) => b.label) },
        marks: [
          Plot.barX(bars, { x: 'value', y: 'label', className: 'plot-bar' }),
          Plot.text(bars, {
            x: 'value',
            y: 'label',
            text: (d: Bar) => String(d.value),
            dx: 4,
            textAnchor: 'start',
          }),
          Plot.ruleX([0]),
        ],
      })
    : Plot.plot({
        document,
        style: null,
        width: 560,
        height: 260,
        x: { label: null, type: 'band', domain: bars.map((b) => b.label) },
        y: { grid: true, label: null, tickFormat: big ? '~s' : undefined },
        marginLeft: big ? 48 : 36,
        marks: [Plot.barY(bars, { x: 'label', y: 'value', className: 'plot-bar' }), Plot.ruleY([0])],
      });
  for (const el of Array.from(svg.querySelectorAll('style'))) el.remove();
  for (const el of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) el.removeAttribute('style');
  // Plot labels its groups with aria-label; inside role="img" those are prohibited (axe) and unread.
  for (const el of Array.from(svg.querySelectorAll('[aria-label]'))) el.removeAttribute('aria-label');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${opts.id}-title ${opts.id}-desc`);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${opts.id}-title`);
  title.textContent = opts.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${opts.id}-desc`);
  desc.textContent = opts.desc;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}
