import { extname } from 'node:path';
import { AppError } from '../errors.js';
import { decodeHtml } from './charset.js';
import { looksLikePdf, pdfToText } from './pdf.js';

/** Largest plain-text notice accepted. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type DocumentKind = 'text' | 'html' | 'pdf';

export interface LoadedDocument {
  kind: DocumentKind;
  title: string | null;
  /** Raw extracted text (the store normalises it). */
  text: string;
  published?: string;
  pages?: number;
}

/** File extensions ingest treats as notices. */
export const NOTICE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.pdf']);

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);
/** Types that say nothing about the content: decide by magic bytes and extension instead. */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Reads a notice from bytes: plain text, HTML (main text via Readability) or PDF, chosen by the
 * PDF signature, then the content type, then HTML-looking markup, then the file extension.
 *
 * @example await loadDocument({ bytes, name: 'notice.pdf' }) // => { kind: 'pdf', title: null, text: '…', pages: 2 }
 * @example await loadDocument({ bytes, contentType: 'image/png' }) // throws AppError unsupported_media_type
 */
export async function loadDocument(input: {
  bytes: Uint8Array;
  contentType?: string | null;
  name?: string | null;
  url?: string;
}): Promise<LoadedDocument> {
  const { bytes } = input;
  const header = input.contentType ?? '';
  const media = header.split(';')[0]!.trim().toLowerCase();
  const ext = input.name ? extname(input.name).toLowerCase() : '';
  const kind = chooseKind(bytes, media, ext);
  if (kind === 'pdf') {
    const r = await pdfToText(bytes);
    return { kind, title: null, text: r.text, pages: r.pages };
  }
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new AppError('payload_too_large', `Document is larger than ${MAX_TEXT_BYTES} bytes`);
  }
  const decoded = decodeHtml(bytes, header);
  if (kind === 'html') {
    // Loaded on the first HTML document (linkedom and Readability): a folder of text files, or an
    // extraction worker that reads them (issue 17), never loads them.
    const { htmlToText } = await import('./html.js');
    const r = htmlToText(decoded, input.url ? { url: input.url } : {});
    return { kind, ...r };
  }
  if (looksBinary(decoded)) {
    throw new AppError('unsupported_media_type', `${input.name ?? 'Document'} looks binary, not text`);
  }
  return { kind: 'text', title: firstLineTitle(decoded), text: decoded.replace(/\r\n?/g, '\n') };
}

function chooseKind(bytes: Uint8Array, media: string, ext: string): DocumentKind {
  if (looksLikePdf(bytes)) return 'pdf';
  if (media === 'application/pdf') {
    throw new AppError('unprocessable_document', 'Declared as PDF but does not start with %PDF-');
  }
  if (HTML_TYPES.has(media)) return 'html';
  if (TEXT_TYPES.has(media)) return 'text';
  if (!VAGUE_TYPES.has(media))
    throw new AppError('unsupported_media_type', `Cannot read documents of type ${media}`);
  if (looksLikeHtml(bytes)) return 'html';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.pdf')
    throw new AppError('unprocessable_document', 'A .pdf file that does not start with %PDF-');
  if (ext === '' || ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  throw new AppError('unsupported_media_type', `Cannot read ${ext} files (text, HTML and PDF only)`);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return /^(\xef\xbb\xbf)?(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/.test(head);
}

function looksBinary(s: string): boolean {
  const sample = s.slice(0, 4096);
  let odd = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c === 0 || c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

/** A plain-text notice's first line is its heading when it is short (e.g. 「…に関するお知らせ」). */
function firstLineTitle(text: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/^#+\s*/, '').trim();
    if (!t) continue;
    if (/^https?:\/\//.test(t)) continue; // a source address on the first line is not a title
    return t.length <= 150 ? t : null;
  }
  return null;
}
