/**
 * What every chart drawn on the server with Observable Plot needs after drawing: Plot writes a
 * <style> element and may write style attributes, which the site's CSP (style-src 'self') blocks, so
 * they are removed and the look comes from site.css (`.chart` rules); the SVG gets role="img", a
 * <title> and a <desc> (set as DOM text, serialised escaped by linkedom), and no fixed size.
 *
 * @example finishPlotSvg(Plot.plot({ document, … }), document, { id: 'c', title: '年別', desc: '…' })
 */
export function finishPlotSvg(
  svg: SVGSVGElement | HTMLElement,
  document: Document,
  opts: { id: string; title: string; desc: string },
): string {
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

/**
 * Drawing a chart with Plot takes ~30 ms; figures change only when incidents do. A small cache of
 * SVG by a key of everything drawn (labels, values, title), oldest entry dropped first.
 */
export function svgCache(max = 64): (key: string, draw: () => string) => string {
  const cache = new Map<string, string>();
  return (key, draw) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const svg = draw();
    cache.set(key, svg);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return svg;
  };
}
