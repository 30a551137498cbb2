import { readFile } from 'node:fs/promises';
import type { NoticeInput } from '../incidents/types.js';
import { loadDocument } from '../text/document.js';
import { looksLikePdf } from '../text/pdf.js';
import { assertFileSize } from './targets.js';

/**
 * A file of `leakwatch ingest` as a notice input: its size checked, read, decoded (text, HTML or
 * PDF). Run in the calling thread, or on an extraction worker (extract-pool.ts readFiles, issue 17:
 * reading and decoding a folder's files cost the writing thread about a tenth of its time).
 */
export async function readFileNotice(path: string, maxBytes: number): Promise<NoticeInput> {
  return noticeFromBytes(path, await readFileBytes(path, maxBytes));
}

/**
 * readFileNotice on a worker: a PDF comes back as its bytes, to be read by the calling thread's PDF
 * reader (src/text/pdf-thread.ts keeps pdf.js in a thread of its own).
 */
export async function readFileNoticeUnlessPdf(
  path: string,
  maxBytes: number,
): Promise<NoticeInput | { pdf: Uint8Array }> {
  const bytes = await readFileBytes(path, maxBytes);
  return looksLikePdf(bytes) ? { pdf: bytes } : noticeFromBytes(path, bytes);
}

async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  await assertFileSize(path, maxBytes);
  return new Uint8Array(await readFile(path));
}

/** A file's bytes as a notice input (its document's text, title and published date). */
export async function noticeFromBytes(path: string, bytes: Uint8Array): Promise<NoticeInput> {
  const doc = await loadDocument({ bytes, name: path });
  return {
    text: doc.text,
    title: doc.title,
    via: 'file',
    fetchedAt: new Date().toISOString(),
    ...(doc.published ? { published: doc.published } : {}),
  };
}
