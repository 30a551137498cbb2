import { request } from 'undici';
import { AppError } from '../errors.js';
import { AllowList } from '../net/address.js';
import { parseHttpUrl, pinnedAgent, type Resolver, systemResolver, vetHost } from '../net/fetch.js';

/**
 * Webhook delivery through the notice fetcher's own checks (src/net/fetch.ts): a webhook URL is
 * chosen by whoever creates a watchlist, so leakwatch must not be made to POST into its own network.
 * Every DNS answer is checked, the connection is pinned to the checked address (no DNS rebinding
 * between check and connect), and redirects are not followed.
 */

export type { Resolver };

export interface WebhookOptions {
  /** IPs/CIDRs that may be reached although private (config.fetchAllow). Tests only. */
  allow?: readonly string[];
  timeoutMs?: number;
  resolve?: Resolver;
}

/** Checks that a webhook URL is http(s) without credentials; throws AppError fetch_refused. */
export function parseWebhookUrl(raw: string): URL {
  return parseHttpUrl(raw);
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
  opts: Pick<WebhookOptions, 'allow' | 'resolve' | 'timeoutMs'> & { signal?: AbortSignal } = {},
): Promise<{ url: URL; address: string; family: 4 | 6 }> {
  const url = parseWebhookUrl(raw);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const signal = opts.signal ?? AbortSignal.timeout(timeoutMs);
  const allow = new AllowList(opts.allow ?? []);
  const v = await vetHost(url, allow, opts.resolve ?? systemResolver, signal, timeoutMs);
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
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const signal = AbortSignal.timeout(timeoutMs);
  const { url: u, ...v } = await vetWebhookUrl(url, { ...opts, signal, timeoutMs });
  const agent = pinnedAgent(v);
  try {
    const res = await request(u, {
      method: 'POST',
      dispatcher: agent,
      signal,
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
