import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ErrorSchema } from '../api/schemas.js';
import { pageCtx } from '../http/context.js';
import { renderPage } from '../http/render.js';
import type { AppDeps, AppEnv, Feature } from '../http/types.js';
import { benchmarkChoices, benchmarkFor, benchmarkSummary } from './benchmark.js';
import { DURATION_KEYS, type DurationKey } from './durations.js';
import { BenchmarksPage } from './page.js';
import { BenchmarkDataSchema, BenchQuery, BenchSummarySchema } from './schemas.js';
import type { BenchFilter } from './types.js';

const TAG = 'Company tools';
const bad = {
  400: { description: 'Invalid parameter', content: { 'application/json': { schema: ErrorSchema } } },
};

export const benchmarksRoute = createRoute({
  method: 'get',
  path: '/api/v1/benchmarks',
  tags: [TAG],
  summary: 'Response-time benchmarks',
  description:
    "Days from incident start to detection, detection to containment, detection to first public notice and first notice to final report (n, p25, median, p75, p90) over the incidents matching the filters, and the same broken down by sector, size band (affected count), cause and country: every segment gives each duration's n, and its distribution only where n ≥ 20. Also the measures most often announced, sizes and sectors. Sector: the source dataset's organisation type or industry (HHS: health; PRC; WA; the JP list), else guessed from the organisation name (市, 県, 大学, 病院, 株式会社, Inc …).",
  request: { query: BenchQuery },
  responses: {
    200: { description: 'Benchmarks', content: { 'application/json': { schema: BenchSummarySchema } } },
    ...bad,
  },
});

export const incidentBenchmarkRoute = createRoute({
  method: 'get',
  path: '/api/v1/benchmarks/incidents/{id}',
  tags: [TAG],
  summary: 'One incident against comparable incidents',
  description:
    'The incident’s response durations against incidents of the same cause and size band, with sentences (JA/EN); `placement`: each known duration as a percentile among incidents of the same cause (else sector, else all; only where n ≥ 20) — "disclosed faster than 64 % of …"; similar incidents (same cause, overlapping data classes, similar size) and the measures others announced after the same cause.',
  request: {
    params: z.object({ id: z.string().min(1).max(200).openapi({ description: 'incident id or slug' }) }),
  },
  responses: {
    200: { description: 'The benchmark', content: { 'application/json': { schema: BenchmarkDataSchema } } },
    404: { description: 'No such incident', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

function toFilter(q: z.infer<typeof BenchQuery>): BenchFilter {
  return { cause: q.cause, dataClass: q.data_class, sector: q.sector, country: q.country, year: q.year };
}

async function benchmarksPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const parsed = BenchQuery.safeParse(
    Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== '')),
  );
  // An unknown filter value (an old link) shows everything rather than an error page.
  const filter = parsed.success ? toFilter(parsed.data) : {};
  const summary = await benchmarkSummary(deps.db, filter);
  const { years, countries } = await benchmarkChoices(deps.db);
  const asked = c.req.query('duration');
  const duration: DurationKey = DURATION_KEYS.find((k) => k === asked) ?? 'detection_to_notice';
  const apiQuery = new URL(c.req.url).searchParams;
  for (const k of ['lang', 'duration']) apiQuery.delete(k);
  const apiUrl = `/api/v1/benchmarks${apiQuery.size ? `?${apiQuery}` : ''}`;
  const hrefFor = (d: DurationKey) => {
    const u = new URL(c.req.url);
    u.searchParams.set('duration', d);
    return `/benchmarks${u.search}#bm-breakdowns`;
  };
  return renderPage(
    c,
    <BenchmarksPage
      {...pageCtx(c)}
      summary={summary}
      years={years}
      countries={countries}
      apiUrl={apiUrl}
      duration={duration}
      hrefFor={hrefFor}
    />,
  );
}

/** /benchmarks (page), GET /api/v1/benchmarks and GET /api/v1/benchmarks/incidents/{id}. */
export const benchmarksFeature: Feature = (app, deps) => {
  app.openapi(benchmarksRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(await benchmarkSummary(deps.db, toFilter(q)), 200);
  });
  app.openapi(incidentBenchmarkRoute, async (c) => {
    return c.json(await benchmarkFor(deps.db, c.req.valid('param').id), 200);
  });
  app.get('/benchmarks', (c) => benchmarksPage(c, deps));
};
