import fc from 'fast-check';
import { isAppError } from '../src/errors.js';
import { extract } from '../src/extract/index.js';
import { parseFeed } from '../src/text/feed.js';
import { makePdf } from '../src/text/fixtures/pdf.js';
import { htmlToText } from '../src/text/html.js';
import { pdfToText } from '../src/text/pdf.js';

/**
 * Fuzzes the text stage and extraction: 100 000 random and hostile inputs through htmlToText, parseFeed
 * and pdfToText, and another 100 000 through extract(). Each input has a time box (BOX_MS); the figures say how many inputs threw something
 * other than an AppError, how many ran past the box, and the slowest input.
 *
 * A synchronous parser cannot be interrupted from the same thread, so the box is measured, not
 * enforced: an input that truly hung would stop the run (which is itself the finding).
 */
const TOTAL = Number(process.env.LEAKWATCH_FUZZ_N ?? 100_000);
const BOX_MS = 2000;
const SEED = 20310412;

const htmlParts = fc.constantFrom(
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<br>',
  '<li>',
  '<ul>',
  '<table><tr><td>',
  '</td><td>',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  '<',
  '>',
  '"',
  "'",
  '<title>',
  '<meta charset="shift_jis">',
  '<a href="javascript:x">',
  '<svg><foreignObject>',
  '\u0000',
  'お知らせ',
  '不正アクセス',
  '<pre>',
  '</pre>',
  '<time datetime="2031-99-99">',
  '<meta property="article:published_time" content="x">',
);
const feedParts = fc.constantFrom(
  '<?xml version="1.0"?>',
  '<feed>',
  '</feed>',
  '<entry>',
  '</entry>',
  '<link href="',
  '"/>',
  '<rss>',
  '<channel>',
  '<item>',
  '</item>',
  '<rdf:RDF>',
  '<!DOCTYPE x [',
  ']>',
  '<!ENTITY a "&a;&a;">',
  '&a;',
  '<![CDATA[',
  ']]>',
  '<__proto__>',
  '<constructor>',
  '<title>',
  '</title>',
  '<link>',
  '</link>',
  'javascript:',
  'https://example.jp/n',
  '<pubDate>',
  '<dc:date>',
  '&amp;',
  '&#x0;',
);
const html = fc
  .array(fc.oneof(htmlParts, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), {
    maxLength: 80,
  })
  .map((a) => a.join(''));
const feed = fc
  .array(fc.oneof(feedParts, fc.string({ maxLength: 15 })), { maxLength: 60 })
  .map((a) => a.join(''));

/** Patterns that made parsers quadratic or deep-recursive somewhere (each repeated to ~2 M chars). */
const PATHOLOGICAL = [
  '<div>',
  '<a',
  '<',
  '<1',
  '</ ',
  '&lt;',
  '&amp;',
  '<!--',
  '<script>',
  '<title>',
  '<p>x</p>',
  '<a>&',
  '<table><tr><td>',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY a "b">',
];

export async function run(): Promise<Record<string, number>> {
  const nPdf = Math.floor(TOTAL * 0.03);
  const nFeed = Math.floor(TOTAL * 0.37);
  const nHtml = TOTAL - nPdf - nFeed;
  let bad = 0;
  let overBox = 0;
  let maxMs = 0;
  let done = 0;
  const t0 = performance.now();
  const maxBy: Record<'html' | 'feed' | 'pdf' | 'extract', number> = { html: 0, feed: 0, pdf: 0, extract: 0 };
  const time = async (kind: 'html' | 'feed' | 'pdf' | 'extract', f: () => unknown) => {
    const s = performance.now();
    try {
      await f();
    } catch (err) {
      if (!isAppError(err)) {
        bad++;
        if (bad <= 5) console.error('fuzz: non-AppError:', (err as Error)?.message);
      }
    }
    const ms = performance.now() - s;
    if (ms > maxMs) maxMs = ms;
    if (ms > maxBy[kind]) maxBy[kind] = ms;
    if (ms > BOX_MS) overBox++;
    done++;
  };
  for (let off = 0; off < nHtml; off += 5000) {
    for (const h of fc.sample(html, { numRuns: Math.min(5000, nHtml - off), seed: SEED + off })) {
      await time('html', () => htmlToText(h));
    }
  }
  for (let off = 0; off < nFeed; off += 5000) {
    for (const x of fc.sample(feed, { numRuns: Math.min(5000, nFeed - off), seed: SEED + 7 + off })) {
      await time('feed', () => parseFeed(x, 'https://example.jp/feed'));
    }
  }
  // Extraction never throws at all (it is pure and total): another TOTAL inputs, half markup-like, half
  // arbitrary code points including lone surrogates and control characters.
  const anyText = fc.oneof(html, fc.string({ unit: 'binary', maxLength: 3000 }));
  for (let off = 0; off < TOTAL; off += 5000) {
    for (const t of fc.sample(anyText, { numRuns: Math.min(5000, TOTAL - off), seed: SEED + 21 + off })) {
      await time('extract', () => extract(t));
    }
  }
  const base = makePdf([['Example Widgets notice', 'line two'], ['page two']]);
  const flips = fc.tuple(
    fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    }),
    fc.nat(base.length),
  );
  for (const [fl, cut] of fc.sample(flips, { numRuns: nPdf, seed: SEED + 13 })) {
    const bytes = base.slice(0, Math.max(9, cut));
    for (const [i, v] of fl) if (i >= 8 && i < bytes.length) bytes[i] = v;
    await time('pdf', () => pdfToText(bytes));
  }
  const seconds = (performance.now() - t0) / 1000;
  // Large hostile documents just under the size cap: each is timed on its own.
  let pathologicalMax = 0;
  for (const unit of PATHOLOGICAL) {
    const input = unit.repeat(Math.floor(1_990_000 / unit.length));
    const s = performance.now();
    try {
      htmlToText(input);
    } catch (err) {
      if (!isAppError(err)) bad++;
    }
    try {
      parseFeed(input, 'https://example.jp/feed');
    } catch (err) {
      if (!isAppError(err)) bad++;
    }
    pathologicalMax = Math.max(pathologicalMax, performance.now() - s);
  }
  return {
    fuzz_inputs: done,
    fuzz_non_apperror: bad,
    fuzz_over_box: overBox,
    fuzz_box_ms: BOX_MS,
    fuzz_max_ms: Math.round(maxMs),
    fuzz_max_ms_html: Math.round(maxBy.html),
    fuzz_max_ms_feed: Math.round(maxBy.feed),
    fuzz_max_ms_pdf: Math.round(maxBy.pdf),
    fuzz_max_ms_extract: Math.round(maxBy.extract),
    fuzz_inputs_per_s: Math.round(done / seconds),
    fuzz_pathological_docs: PATHOLOGICAL.length,
    fuzz_pathological_max_ms: Math.round(pathologicalMax),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((r) => console.log(r));
}
