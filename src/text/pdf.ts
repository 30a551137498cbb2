import { constants, inflateSync } from 'node:zlib';
import { AppError } from '../errors.js';
import { readPdfOffThread } from './pdf-thread.js';

/** Largest PDF accepted. Notices are one to ten pages; 20 MB leaves room for embedded fonts. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Pages read at most: a notice is short; a 5 000-page PDF is not one. */
export const MAX_PDF_PAGES = 200;

/**
 * What all of a PDF's compressed streams may inflate to together. A notice with embedded fonts and
 * a logo inflates to a few MB; a 1 MB stream that inflates to 1 GiB (a decompression bomb) drove the
 * ingest to 2.2 GB resident (issue 18). pdf.js has no such cap, so the streams are measured first.
 */
export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;
/** Flate filters applied one over another that are unwrapped when measuring. */
const MAX_FILTER_DEPTH = 4;

export interface PdfText {
  /** Page texts joined with blank lines; not yet normalised. */
  text: string;
  pages: number;
}

/**
 * Extracts the text of a PDF notice, page by page (pdf.js via unpdf). Size, signature and inflated
 * size are checked here; pdf.js then runs in a worker thread (pdf-thread.ts), so that its failures —
 * a promise it leaves rejected without a handler, a runaway parse, memory — end that worker, never
 * the server or the ingest, and surface as `unprocessable_document`.
 *
 * @example await pdfToText(bytes) // => { text: 'Notice of Data Security Incident\n…', pages: 2 }
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  if (!(bytes instanceof Uint8Array)) throw new AppError('bad_request', 'pdfToText expects bytes');
  if (bytes.byteLength > MAX_PDF_BYTES) {
    throw new AppError('payload_too_large', `PDF is larger than ${MAX_PDF_BYTES} bytes`);
  }
  if (!looksLikePdf(bytes)) {
    throw new AppError('unprocessable_document', 'Not a PDF: the file does not start with %PDF-');
  }
  // Before pdf.js sees it: it would inflate every stream whole, however large.
  inflatedSize(bytes);
  return readPdfOffThread(bytes);
}

/**
 * The pdf.js part of `pdfToText`, run inside the PDF worker (pdf-worker.ts) — call `pdfToText`,
 * which checks size, signature and inflated size first and contains pdf.js's failures.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes ownership of (detaches) the buffer it is given; pass a copy.
  const data = new Uint8Array(bytes);
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    doc = await getDocumentProxy(data, { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        'payload_too_large',
        `PDF has ${doc.numPages} pages (at most ${MAX_PDF_PAGES} are read)`,
      );
    }
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(
        lines
          .map((l) => l.replace(/[ \t]+$/g, ''))
          .join('\n')
          .trim(),
      );
      page.cleanup();
    }
    return { text: pages.filter(Boolean).join('\n\n'), pages: doc.numPages };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'unprocessable_document',
      `Cannot read this PDF: ${(err as Error).message ?? String(err)}`,
      {
        cause: err,
      },
    );
  } finally {
    await doc?.destroy().catch(() => {});
  }
}

/** True when the bytes start with the PDF signature (allowing a little junk before it, as readers do). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Total size of a PDF's streams once inflated (Flate, also stacked), measured without ever holding
 * more than the cap; throws `payload_too_large` as soon as the total passes `cap`. Streams that are
 * not zlib data (images, fonts in other filters, plain content) count as their raw size.
 *
 * @example inflatedSize(makePdf([['hello']])) // => 37
 */
export function inflatedSize(bytes: Uint8Array, cap = MAX_PDF_INFLATED_BYTES): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  let total = 0;
  let at = 0;
  for (;;) {
    const kw = text.indexOf('stream', at);
    if (kw < 0) break;
    at = kw + 6;
    if (text.startsWith('end', kw - 3)) continue;
    let start = kw + 6;
    if (text[start] === '\r') start++;
    if (text[start] !== '\n' && text[start - 1] !== '\r') continue;
    if (text[start] === '\n') start++;
    const endKw = text.indexOf('endstream', start);
    const end = endKw < 0 ? buf.length : endKw;
    at = end;
    let data: Buffer = buf.subarray(start, end);
    let size = data.length;
    for (let depth = 0; depth < MAX_FILTER_DEPTH && data.length > 1 && isZlibHeader(data); depth++) {
      try {
        data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: cap - total + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') tooLarge(cap);
        break; // not flate after all, or damaged: pdf.js decides what to make of it
      }
      size = data.length;
    }
    total += size;
    if (total > cap) tooLarge(cap);
  }
  return total;
}

/** A zlib stream header (RFC 1950 §2.2): deflate method, a window ≤ 32 KiB, and a valid check. */
function isZlibHeader(b: Buffer): boolean {
  const cmf = b[0]!;
  const flg = b[1]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function tooLarge(cap: number): never {
  throw new AppError(
    'payload_too_large',
    `PDF のストリームが展開すると大きすぎます (上限 ${cap / 1024 / 1024} MiB) / The PDF's streams inflate to more than ${cap / 1024 / 1024} MiB`,
  );
}
