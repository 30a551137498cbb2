import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { Agent, request } from 'undici';
import { AppError } from '../errors.js';
import { AllowList, checkAddress, hostileName, parseAddress } from '../sources/address.js';

/**
 * Webhook delivery with the same address rules as the notice fetcher (src/sources/address.ts): a
 * webhook URL is chosen by whoever creates a watchlist, so leakwatch must not be made to POST into
 * its own network. Every DNS answer is checked, the connection is pinned to the checked address
 * (no DNS rebinding between check and connect), and redirects are not followed.
 */

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a: LookupAddress) => ({
    address: a.address,
    family: a.family,
  }));

export interface WebhookOptions {
  /** IPs/CIDRs that may be reached although private (config.fetchAllow). Tests only. */
  allow?: readonly string[];
  timeoutMs?: number;
  resolve?: Resolver;
}

/** Checks that a webhook URL is http(s) without credentials; throws AppError fetch_refused. */
export function parseWebhookUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AppError('fetch_refused', 'Webhook URL is not a valid URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new AppError('fetch_refused', 'Webhook URL must be http or https');
  }
  if (u.username || u.password)
    throw new AppError('fetch_refused', 'Webhook URLs with credentials are not allowed');
  u.hash = '';
  return u;
}

async function vet(u: URL, allow: AllowList, resolve: Resolver): Promise<{ address: string; family: 4 | 6 }> {
  const host = u.hostname;
  const named = hostileName(host);
  if (named) throw new AppError('fetch_refused', named);
  if (parseAddress(host)) {
    const v = checkAddress(host, allow);
    if (!v.ok) throw new AppError('fetch_refused', v.reason);
    return v;
  }
  let answers: { address: string; family: number }[];
  try {
    answers = await resolve(host);
  } catch (err) {
    throw new AppError('fetch_failed', `DNS lookup of ${host} failed: ${(err as Error).message}`);
  }
  if (answers.length === 0) throw new AppError('fetch_failed', `${host} has no address`);
  let first: { address: string; family: 4 | 6 } | null = null;
  for (const a of answers) {
    const v = checkAddress(a.address, allow);
    if (!v.ok) throw new AppError('fetch_refused', `${host} resolves to a ${v.reason}`);
    first ??= v;
  }
  return first!;
}

/**
 * The check delivery makes (parseWebhookUrl, then every DNS answer against the fetcher's address
 * rules), made when a watchlist is created too, so that an internal target is refused at once rather
 * than stored and refused at every delivery. Throws AppError fetch_refused / fetch_failed.
 *
 * @example await vetWebhookUrl('http://10.0.0.1/hook') // throws fetch_refused
 */
export async function vetWebhookUrl(
  raw: string,
  opts: Pick<WebhookOptions, 'allow' | 'resolve'> = {},
): Promise<{ url: URL; address: string; family: 4 | 6 }> {
  const url = parseWebhookUrl(raw);
  const v = await vet(url, new AllowList(opts.allow ?? []), opts.resolve ?? systemResolver);
  return { url, address: v.address, family: v.family };
}

/**
 * POSTs a JSON body to a webhook; resolves on a 2xx answer, throws AppError otherwise (the job
 * runner retries with backoff).
 *
 * @example await postWebhook('https://hooks.example.com/lw', body, { 'X-Leakwatch-Signature': sig })
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  opts: WebhookOptions = {},
): Promise<{ status: number }> {
  const { url: u, ...v } = await vetWebhookUrl(url, opts);
  const lookup = (
    _hostname: string,
    options: { all?: boolean } | number | undefined,
    cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    if (typeof options === 'object' && options?.all) cb(null, [{ address: v.address, family: v.family }]);
    else cb(null, v.address, v.family);
  };
  const agent = new Agent({ connect: { lookup: lookup as never, timeout: 10_000 }, connections: 1 });
  try {
    const res = await request(u, {
      method: 'POST',
      dispatcher: agent,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      headers: { 'content-type': 'application/json', 'user-agent': 'leakwatch/0.1 (alerts)', ...headers },
      body,
    }).catch((err: unknown) => {
      throw new AppError('fetch_failed', `Webhook ${u.host}: ${(err as Error).message}`, { cause: err });
    });
    await res.body.dump().catch(() => {});
    if (res.statusCode < 200 || res.statusCode >= 300) {
      throw new AppError('fetch_failed', `Webhook ${u.host} answered HTTP ${res.statusCode}`);
    }
    return { status: res.statusCode };
  } finally {
    agent.close().catch(() => {});
  }
}
