/**
 * What the all-pages sweep measures inside a page. `probeLayout` runs in the browser
 * (page.evaluate(probeLayout)): it must be self-contained — no imports, no closures.
 */
export interface LayoutProbe {
  /** document width and window width, CSS px. */
  docWidth: number;
  winWidth: number;
  /** Elements wider than the window that are not inside a box that scrolls sideways. */
  sticksOut: string[];
  /** Table cells whose content is wider or taller than the cell (clipped or spilling out). */
  overflowingCells: string[];
  /** Text broken a character or two per line (a squeezed column: "Y/a/h/o/o"). */
  brokenText: string[];
  /** snake_case vocabulary keys in visible text outside code/pre (e.g. unauthorized_access). */
  rawCodes: string[];
  /** Rows the site navigation takes (items grouped by their top edge). */
  navRows: number;
}

export function probeLayout(): LayoutProbe {
  const winWidth = document.documentElement.clientWidth;
  const docWidth = document.documentElement.scrollWidth;
  const describe = (el: Element): string => {
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${text}"`;
  };
  const scrollsSideways = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
    }
    return false;
  };
  // checkVisibility also sees content hidden by a closed <details> (content-visibility).
  const visible = (el: Element): boolean =>
    el.checkVisibility({
      contentVisibilityAuto: false,
      visibilityProperty: true,
    } as CheckVisibilityOptions) && el.getClientRects().length > 0;

  const sticksOut: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= winWidth + 1 || !visible(el)) continue;
    if (el.closest('.visually-hidden, .skip-link') || scrollsSideways(el)) continue;
    // Report the outermost offender only.
    const parent = el.parentElement;
    if (parent && parent.getBoundingClientRect().right > winWidth + 1 && !scrollsSideways(parent)) continue;
    sticksOut.push(`${describe(el)} right=${Math.round(r.right)}`);
  }

  const overflowingCells: string[] = [];
  for (const cell of Array.from(document.querySelectorAll('td, th'))) {
    if (!visible(cell)) continue;
    if (cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1)
      overflowingCells.push(`${describe(cell)} ${cell.scrollWidth}>${cell.clientWidth}`);
  }

  const brokenText: string[] = [];
  const rawCodes: string[] = [];
  const skip = 'code, pre, samp, kbd, script, style, noscript, datalist, template, textarea, .notice-text';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').trim();
    const el = n.parentElement;
    if (!el || text.length < 4 || el.closest(skip) || !visible(el)) continue;
    for (const m of text.matchAll(/(?<![\w/.=?&-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.(-])/g))
      rawCodes.push(`${m[0]} in ${describe(el)}`);
    range.selectNodeContents(n);
    const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    const chars = [...text.replace(/\s/g, '')].length;
    if (lines >= 3 && chars / lines <= 2.5)
      brokenText.push(`${describe(el)} ${chars} chars on ${lines} lines`);
  }

  const navTops = Array.from(document.querySelectorAll('.site-nav li'))
    .filter(visible)
    .map((li) => Math.round(li.getBoundingClientRect().top));
  const navRows = new Set(navTops).size;
  return { docWidth, winWidth, sticksOut, overflowingCells, brokenText, rawCodes, navRows };
}

/**
 * The probe as a script for page.evaluate. tsx and vitest may compile with esbuild's keepNames,
 * which wraps inner functions in a `__name` helper the page does not have: give it one.
 */
export const PROBE_SCRIPT = `(() => { const __name = (f) => f; return (${probeLayout.toString()})(); })()`;
