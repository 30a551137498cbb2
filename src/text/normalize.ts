/**
 * Text normalisation applied before extraction. Evidence offsets always refer to the string this
 * returns, so callers that store evidence must store this text too.
 *
 * Why NFKC: PDF text layers of Japanese notices often carry CJK compatibility radicals (⽉ U+2F49
 * instead of 月) and full-width digits/letters (２０２４年５月) — NFKC folds both to their ordinary
 * forms, so one set of patterns covers every source.
 */

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
};

// Block-level tags become line breaks so that list items and table cells stay on their own lines.
const BLOCK_TAG =
  /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|dt|dd|dl|blockquote|pre|hr)\b[^<>]{0,2000}>/gi;
const SCRIPT_OPEN = /<(script|style|noscript)\b[^<>]{0,2000}>/gi;
// A mail-merge field written in double angle brackets ("<<Field(text)>>", left in letters posted
// as sent) holds the letter's words, not markup: kept.
const ANY_TAG = /(?<!<)<\/?[A-Za-z][^<>]{0,2000}>(?!>)/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Any horizontal whitespace other than a plain space (tabs, NBSP left after entities, etc.).
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const MULTI_SPACE = / {2,}/g;
const TRAILING_SPACE = / +\n/g;
const LEADING_SPACE = /\n +/g;
const MANY_NEWLINES = /\n{3,}/g;
const LOOKS_HTML = /<!--|<\/?[A-Za-z][^<>]{0,200}>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/;

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return ' ';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/**
 * Drop comments and script/style bodies with indexOf scans (linear even when a closing tag is
 * missing, where a lazy regex would rescan the rest of the text from every opening tag).
 */
function removeRawBlocks(s: string): string {
  let out = '';
  let i = 0;
  const lower = s.toLowerCase();
  let c = -2;
  let m: RegExpExecArray | null = null;
  let mChecked = false;
  while (i < s.length) {
    // Positions are cached and only searched again once the cursor has passed them.
    if (c !== -1 && c < i) c = lower.indexOf('<!--', i);
    if (!mChecked || (m && m.index < i)) {
      SCRIPT_OPEN.lastIndex = i;
      m = SCRIPT_OPEN.exec(s);
      mChecked = true;
    }
    const sIdx = m ? m.index : -1;
    if (c < 0 && sIdx < 0) break;
    if (c >= 0 && (sIdx < 0 || c < sIdx)) {
      out += s.slice(i, c);
      const end = lower.indexOf('-->', c + 4);
      if (end < 0) return `${out} `;
      out += ' ';
      i = end + 3;
    } else if (m) {
      out += s.slice(i, sIdx);
      const close = lower.indexOf(`</${m[1]!.toLowerCase()}`, sIdx + m[0].length);
      if (close < 0) return `${out} `;
      const gt = lower.indexOf('>', close);
      out += ' ';
      i = gt < 0 ? s.length : gt + 1;
    }
  }
  return out + s.slice(i);
}

/** Remove HTML leftovers (tags, comments, scripts) and decode entities, keeping block breaks as lines. */
export function stripHtmlLeftovers(s: string): string {
  if (!LOOKS_HTML.test(s)) return s;
  return removeRawBlocks(s).replace(BLOCK_TAG, '\n').replace(ANY_TAG, '').replace(ENTITY, decodeEntity);
}

/**
 * NFKC-normalise a notice and tidy it for extraction: HTML leftovers removed, entities decoded,
 * odd whitespace collapsed, line structure kept.
 *
 * @example normalizeText('２０２４年５⽉&nbsp;２１日<br>発表') // → '2024年5月 21日\n発表'
 */
export function normalizeText(raw: string): string {
  let s = raw.normalize('NFKC');
  s = s.replace(/\r\n?/g, '\n');
  const stripped = stripHtmlLeftovers(s);
  // Decoded entities may themselves be full-width or compatibility characters.
  if (stripped !== s) s = stripped.normalize('NFKC');
  return s
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACE, ' ')
    .replace(MULTI_SPACE, ' ')
    .replace(TRAILING_SPACE, '\n')
    .replace(LEADING_SPACE, '\n')
    .replace(MANY_NEWLINES, '\n\n')
    .trim();
}
