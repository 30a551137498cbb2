import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the URL fetcher may connect to. The fetcher takes URLs from feeds and
 * from users, so without this table a notice URL could make leakwatch read its own cloud metadata
 * service (169.254.169.254), a database on localhost or a router on the office network (SSRF).
 *
 * The rule is an allow-list: only addresses that ipaddr.js classifies as plain 'unicast' (and, for
 * IPv6, inside the global-unicast block 2000::/3) pass. Everything else — private, loopback,
 * link-local, CGNAT, multicast, reserved, unique-local, and every IPv6 form that embeds an IPv4
 * address (mapped, compatible, 6to4, Teredo, NAT64) — is refused with a reason.
 */

export type AddressVerdict = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/** Host names that are refused whatever they resolve to (cloud metadata, loopback names). */
const HOSTILE_NAMES = [/^localhost$/, /\.localhost$/, /^metadata\.google\.internal$/, /^metadata\.goog$/];

const IPV6_GLOBAL = ipaddr.IPv6.parseCIDR('2000::/3');

/** Strips one pair of IPv6 brackets and a trailing dot, lower-cases. */
export function bareHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** True when the host name itself is refused (before any DNS lookup). */
export function hostileName(host: string): string | null {
  const h = bareHost(host);
  for (const re of HOSTILE_NAMES) if (re.test(h)) return `host name ${h} is not allowed`;
  return null;
}

/**
 * Parses an IP address in any notation that a URL parser or an attacker might use (dotted, short
 * "127.1", hexadecimal "0x7f.1", octal "0177.0.0.1", a single integer "2130706433", IPv6 in
 * brackets). Returns null for a host name.
 */
export function parseAddress(host: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const h = bareHost(host);
  if (h.includes(':')) {
    // A zone index (fe80::1%eth0) is never valid in a URL; refuse the whole thing by parsing without it.
    const noZone = h.split('%')[0] ?? h;
    return ipaddr.IPv6.isValid(noZone) ? ipaddr.IPv6.parse(noZone) : null;
  }
  // ipaddr.js accepts the classic inet_aton forms (octal, hex, short, integer).
  if (ipaddr.IPv4.isValid(h)) return ipaddr.IPv4.parse(h);
  return null;
}

function embeddedV4(a: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = a.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const range = a.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4(p[6]!, p[7]!);
  if (p.slice(0, 6).every((x) => x === 0)) return v4(p[6]!, p[7]!); // IPv4-compatible ::a.b.c.d
  if (range === '6to4') return v4(p[1]!, p[2]!);
  // Teredo keeps the client's address inverted in the last 32 bits.
  if (range === 'teredo') return v4(p[6]! ^ 0xffff, p[7]! ^ 0xffff);
  return null;
}

/**
 * Decides whether one IP address may be connected to.
 *
 * @example checkAddress('93.184.215.14') // => { ok: true, address: '93.184.215.14', family: 4 }
 * @example checkAddress('0x7f.1') // => { ok: false, reason: 'loopback address 127.0.0.1' }
 */
export function checkAddress(host: string, allow: AllowList = EMPTY_ALLOW): AddressVerdict {
  const addr = parseAddress(host);
  if (!addr) return { ok: false, reason: `not an IP address: ${host}` };
  const text = addr.toString();
  const family = addr.kind() === 'ipv4' ? 4 : 6;
  if (allow.has(addr)) return { ok: true, address: text, family };
  if (addr instanceof ipaddr.IPv6) {
    if (text === '::') return { ok: false, reason: 'unspecified address ::' };
    if (text === '::1') return { ok: false, reason: 'loopback address ::1' };
    const v4 = embeddedV4(addr);
    if (v4) {
      const inner = v4.range();
      const what = inner === 'unicast' ? 'public' : describeRange(inner);
      return { ok: false, reason: `IPv6 address ${text} embeds ${what} IPv4 address ${v4.toString()}` };
    }
    const range = addr.range();
    if (range !== 'unicast') return { ok: false, reason: `${describeRange(range)} address ${text}` };
    if (!addr.match(IPV6_GLOBAL)) return { ok: false, reason: `reserved address ${text}` };
    return { ok: true, address: text, family };
  }
  const range = addr.range();
  if (range !== 'unicast') return { ok: false, reason: `${describeRange(range)} address ${text}` };
  return { ok: true, address: text, family };
}

function describeRange(range: string): string {
  switch (range) {
    case 'private':
      return 'private';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link-local';
    case 'carrierGradeNat':
      return 'carrier-grade NAT';
    case 'uniqueLocal':
      return 'unique-local (private)';
    case 'unspecified':
      return 'unspecified';
    case 'multicast':
      return 'multicast';
    case 'broadcast':
      return 'broadcast';
    default:
      return `reserved (${range})`;
  }
}

/**
 * Addresses that may be reached although not public — test configuration only (config.fetchAllow,
 * LEAKWATCH_FETCH_ALLOW). Entries are IP addresses or CIDRs; empty by default.
 */
export class AllowList {
  private readonly cidrs: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  constructor(entries: readonly string[] = []) {
    for (const raw of entries) {
      const e = raw.trim();
      if (!e) continue;
      if (e.includes('/')) {
        if (!ipaddr.isValidCIDR(e)) throw new TypeError(`fetch allow-list entry is not a CIDR: ${e}`);
        this.cidrs.push(ipaddr.parseCIDR(e));
      } else {
        const a = parseAddress(e);
        if (!a) throw new TypeError(`fetch allow-list entry is not an IP address or CIDR: ${e}`);
        this.cidrs.push([a, a.kind() === 'ipv4' ? 32 : 128]);
      }
    }
  }

  has(addr: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.cidrs.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
  }

  get size(): number {
    return this.cidrs.length;
  }
}

const EMPTY_ALLOW = new AllowList();
