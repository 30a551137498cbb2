import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.js';

/**
 * Refuses request bodies over `maxBytes` with 413 in the AppError JSON shape, before a handler reads
 * them: by Content-Length when declared, else while streaming (chunked uploads are counted too).
 *
 * @example app.use('*', requestSizeLimit(1024 * 1024))
 */
export function requestSizeLimit(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const err = new AppError(
        'payload_too_large',
        `リクエストが大きすぎます(上限 ${maxBytes} バイト) / Request body over ${maxBytes} bytes`,
      );
      c.header('Connection', 'close');
      return c.json(err.toJSON(), 413);
    },
  });
  // GET, HEAD and OPTIONS carry no body worth limiting; skipping them spares the hot read paths the
  // cost of materialising the request body stream.
  return (c, next) => {
    const m = c.req.method;
    if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS') return next();
    return limit(c, next);
  };
}
