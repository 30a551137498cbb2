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
  if (trustProxy) {
    const xff = c.req.header('x-forwarded-for');
    const last = xff?.split(',').pop()?.trim();
    if (last && ipaddr.isValid(last)) return normalise(last);
  }
  try {
    const addr = getConnInfo(c).remote.address;
    if (addr && (normalised.has(addr) || ipaddr.isValid(addr))) return normalise(addr);
  } catch {
    // No Node socket behind this request (app.request() in tests): fall through.
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
