import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.js';

/** What Node's HTTP parser reports, by its error code, as the catalogue's code and a few words. */
const KNOWN: Record<string, [ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: ['headers_too_large', 'request headers too large'],
  ERR_HTTP_REQUEST_TIMEOUT: ['request_timeout', 'request not received in time'],
};

/**
 * Answers a request Node's HTTP parser could not read (a control character or non-ASCII byte in
 * the request line, a broken header, headers too large, too slow) in the site's one error shape,
 * in JSON with both languages, instead of Node's bare "400 Bad Request" with no body; then closes
 * the connection. Nothing of the request is echoed.
 *
 * @example server.on('clientError', answerMalformedRequest)
 */
export function answerMalformedRequest(err: Error & { code?: string }, socket: Duplex): void {
  // The client went away, or an answer was already started: nothing can be said.
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [code, what] = KNOWN[err.code ?? ''] ?? ['bad_request', 'malformed HTTP request'];
  const status = ERROR_CODES[code];
  const body = JSON.stringify(
    new AppError(code, `リクエストを読み取れません / Cannot read the request: ${what}`).toJSON(),
  );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=UTF-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'X-Content-Type-Options: nosniff\r\n' +
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n" +
      'Connection: close\r\n\r\n' +
      body,
  );
}
