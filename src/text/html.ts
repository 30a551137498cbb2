import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError, isAppError } from '../errors.js';
import { logger } from '../log.js';
import { decodeEntities } from './entities.js';

const log = logger('text.html');

/** Largest HTML accepted, in characters. Notices are a few hundred KB at most; 5 M is generous. */
export const MAX_HTML_CHARS = 5_000_000;
/**
 * Above this nesting depth (estimated from the raw markup) no DOM is built at all: linkedom slows
 * down and Readability recurses, so a hostile page of 100 000 nested <div>s would hang or overflow
 * the stack. Such a page goes through the linear tag stripper instead.
 */
const MAX_DOM_DEPTH = 2000;
/** Readability is superlinear in depth and element count; beyond these the body walk is used. */
const MAX_READABILITY_DEPTH = 120;
const MAX_READABILITY_ELEMENTS = 15_000;

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
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl']);
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
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

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
    if (estimateDepth(html) > MAX_DOM_DEPTH) return stripTags(html);
    return fromDom(html, opts.url);
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('unprocessable_document', `Cannot read this HTML document: ${(err as Error).message}`, {
      cause: err,
    });
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
  try {
    return parseHTML(wrapIfFragment(html)).document;
  } catch (err) {
    throw new AppError('unprocessable_document', `Cannot read this HTML document: ${(err as Error).message}`, {
      cause: err,
    });
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
  if (shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS && bodyText) {
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
  const useArticle = article !== null && article.text.length > 0 && article.text.length * 3 >= bodyText.length;
  const title = article?.title || metaTitle || firstHeading(document);
  const out: HtmlText = { title: title || null, text: useArticle ? article!.text : bodyText };
  const date = isoDate(published ?? article?.published ?? null);
  if (date) out.published = date;
  return out;
}

/** linkedom needs a document; a bare fragment ("<p>…</p>") gets the missing html/body. */
function wrapIfFragment(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Walks the DOM without recursion (deep nesting cannot overflow the stack). */
export function domToText(root: AnyNode): string {
  const out: string[] = [];
  let pre = 0;
  const stack: { node: AnyNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const data: string = node.nodeValue ?? '';
      out.push(pre > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag: string = (node.localName ?? '').toLowerCase();
    if (exit) {
      if (tag === 'pre') pre--;
      if (PARAGRAPH.has(tag)) out.push('\n\n');
      else if (BLOCK.has(tag)) out.push('\n');
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
    } else if (PARAGRAPH.has(tag)) out.push('\n\n');
    else if (BLOCK.has(tag)) out.push('\n');
    if (tag === 'pre') pre++;
    stack.push({ node, exit: true });
    const kids: AnyNode[] = Array.from(node.childNodes ?? []);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  return tidy(out.join(''));
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

/** A linear estimate of the markup's nesting depth (no DOM is built). */
function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const tag = m[2]!.toLowerCase();
    if (VOID.has(tag) || OPTIONAL_END.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Text of a pathological page without a DOM: drop scripts/styles, tags to breaks, decode entities. */
function stripTags(html: string): HtmlText {
  const titleMatch = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const body = html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(?:p|div|li|tr|h[1-6]|section|article|table|ul|ol|dd|dt|blockquote|pre)\b[^>]*>/gi, '\n')
    .replace(/<(?:td|th)\b[^>]*>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/[ \t\r\f]+/g, (m) => (m.includes('\t') ? '\t' : ' '));
  return {
    title: titleMatch ? cleanLine(decodeEntities(titleMatch[1]!)) || null : null,
    text: tidy(decodeEntities(body)),
  };
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
