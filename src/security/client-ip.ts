import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';

/**
 * The client's address for rate limits and the audit log's IP hash. X-Forwarded-For is read only when
 * `trustProxy` is set, and then only its rightmost entry (the one our proxy appended); entries to the
 * left are whatever the client sent. Addresses are normalised (IPv4-mapped IPv6 → IPv4) so that one
 * client cannot count as two. 'unknown' when there is no socket (in-process test requests).
 *
 * @example clientIp(c, false) // '203.0.113.7'
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  return clientIpFrom(trustProxy ? c.req.header('x-forwarded-for') : undefined, socketAddressOf(c));
}

/** The address of the socket behind a request, or undefined when there is none (app.request() in tests). */
export function socketAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * clientIp from its two inputs, for callers that hold Node's request rather than Hono's context:
 * the X-Forwarded-For header (pass it only when the proxy is trusted) and the socket's address.
 *
 * @example clientIpFrom(undefined, '::ffff:203.0.113.7') // '203.0.113.7'
 */
export function clientIpFrom(forwardedFor: string | undefined, socketAddress: string | undefined): string {
  const last = forwardedFor?.split(',').pop()?.trim();
  if (last && ipaddr.isValid(last)) return normalise(last);
  if (socketAddress && (normalised.has(socketAddress) || ipaddr.isValid(socketAddress))) {
    return normalise(socketAddress);
  }
  return 'unknown';
}

// Normalised forms of recent addresses: parsing one costs more than the rest of a cached API answer's
// rate-limit bookkeeping. Bounded; cleared whole when full.
const normalised = new Map<string, string>();

function normalise(addr: string): string {
  let out = normalised.get(addr);
  if (out === undefined) {
    out = ipaddr.process(addr).toString();
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(addr, out);
  }
  return out;
}
