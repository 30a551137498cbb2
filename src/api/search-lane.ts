import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../http/types.js';
import type { LeanLane } from './lean-lane.js';
import type { MicroCache } from './micro-cache.js';
import { pageLinks } from './pagination.js';
import { PageQuery } from './schemas.js';
import { searchPageBytes } from './search-json.js';

/** The search API's query: the route's (routes.ts) and the lean lane's, one schema. */
export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(200).openapi({ example: 'サンプル', description: '1–200 characters' }),
});

/** The answer headers of the search API, as the chain gives them (besides security and CORS). */
const CONTENT = { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' };

/**
 * The search API on the lean lane: in a running server, an anonymous GET /api/v1/search with a
 * valid query is answered straight from Node's request — the same page, JSON and headers as the
 * route in routes.ts, the answer kept in the API's answer cache as the chain would keep it.
 * Anything unusual (an invalid query, a repeated parameter) goes the full way, and the chain
 * answers it.
 *
 * Why: every search with a new query used to pay the whole middleware chain and Hono's round trip
 * on top of the search itself; with the name index the search costs less than they do (measured
 * with `npm run bench -- web`, uncached search API; figures in README).
 */
export function searchOnLane(lane: LeanLane, cache: MicroCache, deps: AppDeps): void {
  const base = deps.config.publicUrl.replace(/\/$/, '');
  lane.queryRoute('/api/v1/search', (params, target) => {
    const raw: Record<string, string> = {};
    for (const [key, value] of params) {
      if (key in raw) return null;
      raw[key] = value;
    }
    const parsed = SearchQuery.safeParse(raw);
    if (!parsed.success) return null;
    const { q, limit, offset } = parsed.data;
    return async () => {
      const page = await deps.reader.searchIncidents(q, { limit, offset });
      const headers: Record<string, string> = { ...lane.fixedHeaders, ...CONTENT };
      const link = pageLinks(`${base}${target}`, page);
      if (link) headers.link = link;
      const answer = { body: searchPageBytes(page), headers };
      cache.keepAnswer(target, answer);
      return answer;
    };
  });
}
