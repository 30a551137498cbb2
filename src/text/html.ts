import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError, isAppError } from '../errors.js';
import { logger } from '../log.js';
import { decodeEntities } from './entities.js';

const log = logger('text.html');

/** Largest HTML accepted, in characters. Notice pages are a few hundred KB; linkedom needs ~10 s for 2 M of worst-case markup. */
export const MAX_HTML_CHARS = 2_000_000;
/**
 * Above this nesting depth (estimated from the raw markup) no DOM is built at all: linkedom slows
 * down and Readability recurses, so a hostile page of 100 000 nested <div>s would hang or overflow
 * the stack. Such a page goes through the linear tag stripper instead.
 */
const MAX_DOM_DEPTH = 2000;
/**
 * linkedom splits text at every character reference and stray "<" and slows down superlinearly
 * with the number of pieces (1 M of them took minutes). Real pages have a few thousand at most.
 */
const MAX_DOM_TEXT_LOAD = 50_000;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Character references and stray "<" in raw markup. */
function textLoad(html: string): number {
  let n = 0;
  for (let i = html.indexOf('&'); i >= 0; i = html.indexOf('&', i + 1)) n++;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    const tagStart = isLetter(c) || c === 33 || c === 63 || (c === 47 && isLetter(html.charCodeAt(i + 2))); // letter, "!", "?", "/x"
    if (!tagStart) n++;
  }
  return n;
}

/** Readability is superlinear in depth and element count; beyond these the body walk is used. */
const MAX_READABILITY_DEPTH = 120;
const MAX_READABILITY_ELEMENTS = 15_000;
/**
 * Readability serialises the DOM again and again; text full of "<" or "&" (which linkedom escapes
 * slowly) makes that take seconds. Real notices have a handful of such characters.
 */
const MAX_READABILITY_ESCAPES = 1000;

function countEscapable(s: string): number {
  let n = 0;
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) n++;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) n++;
  return n;
}

export interface HtmlText {
  title: string | null;
  /** Extracted text with line breaks kept; not yet normalised (see text/normalize.ts). */
  text: string;
  /** The page's own publication date (YYYY-MM-DD) when it declares one in metadata. */
  published?: string;
}

/** Elements whose content is never notice text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'svg',
  'math',
  'head',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'form',
]);
/** Blocks that end with a blank line. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
]);
/** Blocks that start and end a line. */
const BLOCK = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'li',
  'tr',
  'dt',
  'dd',
  'hr',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'center',
  'fieldset',
  'legend',
  'body',
  'html',
]);
/** Elements whose end tag may be left out: not counted when estimating depth. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rt',
  'rp',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Extracts the main text of an HTML page: Readability's article when it finds one that carries most
 * of the page's text, otherwise the whole body (without scripts, styles and navigation). Block
 * elements, <br>, list items and table rows become line breaks; table cells are separated by tabs.
 *
 * @example htmlToText('<title>お知らせ</title><p>第一報</p><p>不正アクセス</p>')
 * // => { title: 'お知らせ', text: '第一報\n\n不正アクセス' }
 */
export function htmlToText(html: string, opts: { url?: string } = {}): HtmlText {
  if (typeof html !== 'string') throw new AppError('bad_request', 'htmlToText expects a string');
  if (html.length > MAX_HTML_CHARS) {
    throw new AppError('payload_too_large', `HTML document is larger than ${MAX_HTML_CHARS} characters`);
  }
  try {
    if (estimateDepth(html) > MAX_DOM_DEPTH || textLoad(html) > MAX_DOM_TEXT_LOAD) return stripTags(html);
    return fromDom(html, opts.url);
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError(
      'unprocessable_document',
      `Cannot read this HTML document: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: linkedom's DOM types are not the lib.dom ones
type AnyNode = any;

/**
 * Parses HTML into a linkedom document, refusing what would be too big or too deeply nested to
 * handle safely (payload_too_large / unprocessable_document).
 */
export function parseHtmlDocument(html: string): AnyNode {
  if (typeof html !== 'string') throw new AppError('bad_request', 'Expected HTML as a string');
  if (html.length > MAX_HTML_CHARS) {
    throw new AppError('payload_too_large', `HTML document is larger than ${MAX_HTML_CHARS} characters`);
  }
  if (estimateDepth(html) > MAX_DOM_DEPTH) {
    throw new AppError('unprocessable_document', `HTML is nested more than ${MAX_DOM_DEPTH} levels deep`);
  }
  if (textLoad(html) > MAX_DOM_TEXT_LOAD) {
    throw new AppError('unprocessable_document', 'HTML has too many character references or stray "<"');
  }
  try {
    return parseHTML(wrapIfFragment(html)).document;
  } catch (err) {
    throw new AppError(
      'unprocessable_document',
      `Cannot read this HTML document: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}

function fromDom(html: string, _url: string | undefined): HtmlText {
  const { document } = parseHTML(wrapIfFragment(html));
  const metaTitle = cleanLine(document.querySelector('title')?.textContent ?? '') || null;
  const published = publishedFromMeta(document);
  const body: AnyNode = document.body ?? document.documentElement;
  const bodyText = body ? domToText(body) : '';
  const shape = body ? measure(body) : { depth: 0, elements: 0 };

  let article: { title: string | null; text: string; published: string | null } | null = null;
  if (
    bodyText &&
    shape.depth <= MAX_READABILITY_DEPTH &&
    shape.elements <= MAX_READABILITY_ELEMENTS &&
    countEscapable(bodyText) <= MAX_READABILITY_ESCAPES
  ) {
    try {
      const parsed = new Readability(document as unknown as Document, {
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
      }).parse();
      if (parsed?.content) {
        const { document: doc2 } = parseHTML(`<html><body>${parsed.content}</body></html>`);
        article = {
          title: parsed.title ? cleanLine(parsed.title) : null,
          text: domToText(doc2.body),
          published: parsed.publishedTime ?? null,
        };
      }
    } catch (err) {
      log.debug({ err: (err as Error).message }, 'readability failed; using body text');
    }
  }
  // Readability sometimes keeps only one block of a notice (e.g. drops a table of leaked data
  // classes); take its article only when it holds at least a third of the body's text.
  const useArticle =
    article !== null && article.text.length > 0 && article.text.length * 3 >= bodyText.length;
  const title = article?.title || metaTitle || firstHeading(document);
  const out: HtmlText = { title: title || null, text: useArticle ? article!.text : bodyText };
  const date = isoDate(published ?? article?.published ?? null);
  if (date) out.published = date;
  return out;
}

/**
 * Prepares markup for linkedom: a "<" that cannot start a tag is text (as in browsers), written as
 * &lt; because linkedom is quadratic on stray "<" (3 M of them took minutes); and a bare fragment
 * ("<p>…</p>") gets the missing html/body.
 */
function wrapIfFragment(raw: string): string {
  const html = raw.replace(/<(?![a-zA-Z!?]|\/[a-zA-Z])/g, '&lt;');
  return /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Walks the DOM without recursion (deep nesting cannot overflow the stack). */
export function domToText(root: AnyNode): string {
  const out: string[] = [];
  let pre = 0;
  const stack: { node: AnyNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      // Control characters U+0001/U+0002 are the break markers below; none belongs in notice text.
      const data: string = (node.nodeValue ?? '').replace(/[\u0001\u0002]/g, '');
      out.push(pre > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag: string = (node.localName ?? '').toLowerCase();
    if (exit) {
      if (tag === 'pre') pre--;
      if (PARAGRAPH.has(tag)) out.push(PARA_BREAK);
      else if (BLOCK.has(tag)) out.push(LINE_BREAK);
      continue;
    }
    if (DROP.has(tag)) continue;
    if (node.nodeType === 1) {
      if (node.hasAttribute?.('hidden') || node.getAttribute?.('aria-hidden') === 'true') continue;
      const role = node.getAttribute?.('role');
      if (role === 'navigation') continue;
    }
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    if (tag === 'td' || tag === 'th') out.push('\t');
    else if (tag === 'img') {
      // An image's alt text is sometimes the only place a heading is written.
      const alt = node.getAttribute?.('alt');
      if (alt) out.push(` ${alt} `);
      continue;
    } else if (PARAGRAPH.has(tag)) out.push(PARA_BREAK);
    else if (BLOCK.has(tag)) out.push(LINE_BREAK);
    if (tag === 'pre') pre++;
    stack.push({ node, exit: true });
    const kids: AnyNode[] = Array.from(node.childNodes ?? []);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  return tidy(collapseBreaks(out.join('')));
}

/*
 * Block boundaries are written as markers first and resolved at the end, so that the end of one
 * block and the start of the next make one line break (two list items → one newline), and any
 * paragraph-level boundary among them makes one blank line. <br> is a literal newline.
 */
const LINE_BREAK = '\u0001';
const PARA_BREAK = '\u0002';

function collapseBreaks(s: string): string {
  return s.replace(/[ \t]*[\u0001\u0002][\u0001\u0002 \t]*/g, (run) =>
    run.includes(PARA_BREAK) ? '\n\n' : '\n',
  );
}

/** Trims every line, drops leading cell tabs, keeps at most one blank line between blocks. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ *\t */g, '\t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function measure(root: AnyNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [AnyNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (const child of Array.from<AnyNode>(node.children ?? [])) stack.push([child, d + 1]);
  }
  return { depth, elements };
}

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * A linear tag scanner (no backtracking regex: a page of 100 000 "<a" without a ">" must not take
 * quadratic time). Yields tags in order; comments and <script>/<style> bodies are skipped, and
 * scanning stops where no tag can follow (no more ">").
 */
function* scanTags(html: string): Generator<Tag> {
  const lower = html.toLowerCase();
  let i = 0;
  let nextGt = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return;
      i = close + 3;
      continue;
    }
    if (nextGt < lt) nextGt = html.indexOf('>', lt);
    if (nextGt < 0) return;
    let j = lt + 1;
    const closing = html[j] === '/';
    if (closing) j++;
    const nameStart = j;
    while (j < html.length && /[a-zA-Z0-9-]/.test(html[j]!) && (j > nameStart || /[a-zA-Z]/.test(html[j]!)))
      j++;
    if (j === nameStart) {
      i = lt + 1;
      continue;
    }
    const name = lower.slice(nameStart, j);
    const tag: Tag = { start: lt, end: nextGt + 1, name, closing, selfClosing: html[nextGt - 1] === '/' };
    yield tag;
    i = tag.end;
    if (!closing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) return;
      i = close;
    }
  }
}

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'xmp']);

/** A linear estimate of the markup's nesting depth (no DOM is built). */
function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const t of scanTags(html)) {
    if (VOID.has(t.name) || OPTIONAL_END.has(t.name) || t.selfClosing) continue;
    if (t.closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const STRIP_BLOCK = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
  'blockquote',
  'pre',
]);
const STRIP_DROP = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'xmp']);

/** Text of a pathological page without a DOM: drop scripts/styles, tags to breaks, decode entities. */
function stripTags(html: string): HtmlText {
  const parts: string[] = [];
  let title: string | null = null;
  let pos = 0;
  let dropUntil: string | null = null;
  for (const t of scanTags(html)) {
    if (dropUntil === null) parts.push(html.slice(pos, t.start));
    else if (t.closing && t.name === dropUntil) dropUntil = null;
    pos = t.end;
    if (dropUntil !== null) continue;
    if (!t.closing && STRIP_DROP.has(t.name)) {
      if (t.name === 'title' && title === null) {
        const close = html.toLowerCase().indexOf('</title', t.end);
        if (close > 0) title = cleanLine(decodeEntities(html.slice(t.end, close))) || null;
      }
      dropUntil = t.name;
      continue;
    }
    if (t.name === 'br') parts.push('\n');
    else if (STRIP_BLOCK.has(t.name)) parts.push('\n');
    else if (!t.closing && (t.name === 'td' || t.name === 'th')) parts.push('\t');
  }
  if (dropUntil === null) parts.push(html.slice(pos));
  const body = parts.join('').replace(/[ \t\r\f]+/g, (m) => (m.includes('\t') ? '\t' : ' '));
  return { title, text: tidy(decodeEntities(body)) };
}

function cleanLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstHeading(document: AnyNode): string | null {
  const h = document.querySelector('h1') ?? document.querySelector('h2');
  return h ? cleanLine(h.textContent ?? '') || null : null;
}

function publishedFromMeta(document: AnyNode): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[itemprop="datePublished"]',
  ];
  for (const sel of selectors) {
    const v = document.querySelector(sel)?.getAttribute('content');
    if (v) return v;
  }
  const t = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return t ?? null;
}

function isoDate(v: string | null): string | null {
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`
    ? null
    : `${m[1]}-${m[2]}-${m[3]}`;
}

export { charsetFromContentType, decodeHtml } from './charset.js';
