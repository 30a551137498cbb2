import { AppError } from '../errors.js';

/** Largest PDF accepted. Notices are one to ten pages; 20 MB leaves room for embedded fonts. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Pages read at most: a notice is short; a 5 000-page PDF is not one. */
export const MAX_PDF_PAGES = 200;

export interface PdfText {
  /** Page texts joined with blank lines; not yet normalised. */
  text: string;
  pages: number;
}

/**
 * Extracts the text of a PDF notice, page by page (pdf.js via unpdf).
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
