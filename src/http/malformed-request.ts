import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.js';
import { LANGS } from './i18n.js';
import { siteText } from './messages/index.js';
import { MAX_URL_CHARS } from './middleware.js';

/** What Node's HTTP parser reports, by its error code, as the catalogue's code and a few words. */
const KNOWN: Record<string, [ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: ['headers_too_large', 'request headers too large'],
  ERR_HTTP_REQUEST_TIMEOUT: ['request_timeout', 'request not received in time'],
};

/**
 * What the parser had read when it gave up (Node passes it as `rawPacket`): whether the request line
 * alone was too long (then the URL is the trouble: 414, not 431), and whether a browser asked for a
 * page (Accept: text/html, not under /api). Only the first line and the Accept header are looked at.
 *
 * @example readPacket(Buffer.from('GET /search?q=aaaa…(9 KiB) HTTP/1.1\r\nAccept: text/html\r\n'))
 *          // => { longUrl: true, html: true }
 */
export function readPacket(raw: Buffer | undefined): { longUrl: boolean; html: boolean } {
  if (!raw) return { longUrl: false, html: false };
  const end = raw.indexOf('\r\n');
  const lineLength = end === -1 ? raw.length : end;
  const target = raw.subarray(0, Math.min(lineLength, 64)).toString('latin1').split(' ')[1] ?? '';
  // Headers end at the first empty line; a long request line may leave none in this packet.
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  const html = !target.startsWith('/api') && /\r\naccept:[^\r\n]*text\/html/i.test(head);
  return { longUrl: lineLength > MAX_URL_CHARS, html };
}

/** A small page in both languages (no layout: the request was never routed, so no nonce, no CSS). */
function errorHtml(status: 414 | 431 | 400 | 408): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = LANGS.map((lang) => {
    const title =
      status === 414 || status === 431
        ? siteText(lang, `error_${status}_title`)
        : siteText(lang, 'error_400_title');
    const body =
      status === 414 || status === 431
        ? siteText(lang, `error_${status}_body`)
        : siteText(lang, 'error_4xx_body');
    return `<section lang="${lang}"><h1>${esc(title)}</h1><p>${esc(body)}</p><p><a href="/${lang === 'en' ? '?lang=en' : ''}">${esc(siteText(lang, 'error_back_home'))}</a></p></section>`;
  });
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status} | leakwatch</title></head><body><p>${status}</p>${parts.join('<hr>')}</body></html>`;
}

/**
 * Answers a request Node's HTTP parser could not read (a control character or non-ASCII byte in
 * the request line, a broken header, headers too large, too slow) in the site's one error shape,
 * in JSON with both languages — or, for a browser asking for a page, a small page in both
 * languages — instead of Node's bare "400 Bad Request" or "431" with no body; then closes the
 * connection. A request line longer than MAX_URL_CHARS is answered 414 (the URL is the trouble,
 * not the headers). Nothing of the request is echoed.
 *
 * @example server.on('clientError', answerMalformedRequest)
 */
export function answerMalformedRequest(
  err: Error & { code?: string; rawPacket?: Buffer },
  socket: Duplex,
): void {
  // The client went away, or an answer was already started: nothing can be said.
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  let [code, what] = KNOWN[err.code ?? ''] ?? ['bad_request', 'malformed HTTP request'];
  const packet = readPacket(err.rawPacket);
  if (code === 'headers_too_large' && packet.longUrl) [code, what] = ['uri_too_long', 'URL too long'];
  const status = ERROR_CODES[code];
  const body = packet.html
    ? errorHtml(status as 414 | 431 | 400 | 408)
    : JSON.stringify(
        new AppError(code, `リクエストを読み取れません / Cannot read the request: ${what}`).toJSON(),
      );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `Content-Type: ${packet.html ? 'text/html' : 'application/json'}; charset=UTF-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'X-Content-Type-Options: nosniff\r\n' +
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n" +
      'Connection: close\r\n\r\n' +
      body,
  );
}
