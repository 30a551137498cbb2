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
  const u = parseWebhookUrl(url);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const signal = AbortSignal.timeout(timeoutMs);
  const allow = new AllowList(opts.allow ?? []);
  const agent = pinnedAgent(await vetHost(u, allow, opts.resolve ?? systemResolver, signal, timeoutMs));
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
