import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../errors.js';
import { DATA_CLASS_JA } from '../extract/data-class-labels.js';
import { DATA_CLASSES } from '../extract/vocab.js';
import type { Feature } from '../http/types.js';
import { PUBLIC_API_CORS, publicCors } from './cors.js';
import { leanLane } from './lean-lane.js';
import { MicroCache } from './micro-cache.js';
import { pageLinks } from './pagination.js';
import {
  CauseSchema,
  DataClassInfoSchema,
  DataClassSchema,
  ErrorSchema,
  IdParam,
  IncidentDetailSchema,
  IncidentSummarySchema,
  NoticeDetailSchema,
  OrganizationDetailSchema,
  OrganizationRefSchema,
  PageQuery,
  pageOf,
  SearchHitSchema,
  ServiceDetailSchema,
  ServiceListItemSchema,
  StatsSchema,
  SuggestionSchema,
} from './schemas.js';
import { SearchQuery, searchOnLane } from './search-lane.js';

/**
 * The public read-only JSON API under /api/v1. Every route is declared with createRoute so that
 * parameters are validated by zod (bad input → the app's one error JSON, 400) and the route appears
 * in the OpenAPI document at /api/openapi.json. Handlers only validate, call the IncidentReader, reply.
 */

const TAG_INCIDENTS = 'Incidents';
const TAG_DIRECTORY = 'Organizations and services';
const TAG_SEARCH = 'Search';

/** A JSON response described by a schema. */
function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
const errors = { 400: json(ErrorSchema, 'Invalid parameter'), 404: json(ErrorSchema, 'Not found') };
const badRequest = { 400: json(ErrorSchema, 'Invalid parameter') };

const UpdatedSince = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/,
    'ISO 8601 date or date-time',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')
  .transform((s) => new Date(s).toISOString());

export const listIncidentsRoute = createRoute({
  method: 'get',
  path: '/api/v1/incidents',
  tags: [TAG_INCIDENTS],
  summary: 'List incidents',
  description:
    'Incidents, newest first, filtered by organisation, service, data class, cause, year or update time.',
  request: {
    query: PageQuery.extend({
      organization: z.string().min(1).max(200).optional().openapi({ description: 'organisation id or slug' }),
      service: z.string().min(1).max(200).optional().openapi({ description: 'service id or slug' }),
      data_class: DataClassSchema.optional(),
      cause: CauseSchema.optional(),
      year: z.coerce.number().int().min(1970).max(2100).optional().openapi({ example: 2026 }),
      updated_since: UpdatedSince.optional().openapi({
        type: 'string',
        example: '2026-04-01T00:00:00Z',
        description: 'only incidents updated after this time',
      }),
    }),
  },
  responses: {
    200: json(pageOf(IncidentSummarySchema, 'IncidentPage'), 'A page of incidents'),
    ...badRequest,
  },
});

export const getIncidentRoute = createRoute({
  method: 'get',
  path: '/api/v1/incidents/{id}',
  tags: [TAG_INCIDENTS],
  summary: 'One incident',
  description:
    'Merged facts with their evidence, the notices, the history of fact changes, related incidents.',
  request: { params: IdParam },
  responses: { 200: json(IncidentDetailSchema, 'The incident'), ...errors },
});

export const getNoticeRoute = createRoute({
  method: 'get',
  path: '/api/v1/notices/{id}',
  tags: [TAG_INCIDENTS],
  summary: 'One notice',
  description:
    'The normalised text of a notice and the facts extracted from it (evidence offsets refer to text).',
  request: { params: IdParam },
  responses: { 200: json(NoticeDetailSchema, 'The notice'), ...errors },
});

export const listOrganizationsRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations',
  tags: [TAG_DIRECTORY],
  summary: 'List organisations',
  request: { query: PageQuery },
  responses: {
    200: json(pageOf(OrganizationRefSchema, 'OrganizationPage'), 'A page of organisations'),
    ...badRequest,
  },
});

export const getOrganizationRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations/{id}',
  tags: [TAG_DIRECTORY],
  summary: 'One organisation, its aliases, services and incidents',
  request: { params: IdParam },
  responses: { 200: json(OrganizationDetailSchema, 'The organisation'), ...errors },
});

export const listServicesRoute = createRoute({
  method: 'get',
  path: '/api/v1/services',
  tags: [TAG_DIRECTORY],
  summary: 'List services',
  request: { query: PageQuery },
  responses: { 200: json(pageOf(ServiceListItemSchema, 'ServicePage'), 'A page of services'), ...badRequest },
});

export const getServiceRoute = createRoute({
  method: 'get',
  path: '/api/v1/services/{id}',
  tags: [TAG_DIRECTORY],
  summary: 'One service, its aliases, domains and incidents',
  request: { params: IdParam },
  responses: { 200: json(ServiceDetailSchema, 'The service'), ...errors },
});

export const searchRoute = createRoute({
  method: 'get',
  path: '/api/v1/search',
  tags: [TAG_SEARCH],
  summary: 'Search incidents',
  description:
    'Japanese-aware search over organisation and service names (kanji, kana, romaji, English, domains) and notice text.',
  request: {
    query: SearchQuery,
  },
  responses: {
    200: json(pageOf(SearchHitSchema, 'SearchPage'), 'Matching incidents, best first'),
    ...badRequest,
  },
});

export const suggestRoute = createRoute({
  method: 'get',
  path: '/api/v1/suggest',
  tags: [TAG_SEARCH],
  summary: 'Suggest organisations and services',
  description: 'For type-ahead: names whose spelling, reading or domain matches the beginning of q.',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(100).openapi({ example: 'さんぷる' }),
      limit: z.coerce.number().int().min(1).max(20).default(10).openapi({ example: 10 }),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(SuggestionSchema) }).openapi('Suggestions'), 'Suggestions'),
    ...badRequest,
  },
});

export const dataClassesRoute = createRoute({
  method: 'get',
  path: '/api/v1/data-classes',
  tags: [TAG_INCIDENTS],
  summary: 'Data classes with labels and incident counts',
  description:
    "Have I Been Pwned's data class names, leakwatch's Japanese labels, and how many incidents involve each.",
  responses: {
    200: json(
      z.object({ items: z.array(DataClassInfoSchema) }).openapi('DataClassList'),
      'Every data class, most frequent first',
    ),
  },
});

export const statsRoute = createRoute({
  method: 'get',
  path: '/api/v1/stats',
  tags: [TAG_INCIDENTS],
  summary: 'Totals and breakdowns',
  responses: { 200: json(StatsSchema, 'Totals by year, cause, data class and size') },
});

/** Public read-only data: cacheable for a minute by browsers and proxies. */
function cacheable(c: Context): void {
  c.header('Cache-Control', 'public, max-age=60');
}

const NOUNS = {
  incident: '事案',
  notice: 'お知らせ',
  organization: '組織',
  service: 'サービス',
} as const;

function notFound(what: keyof typeof NOUNS, id: string): AppError {
  return new AppError('not_found', `${NOUNS[what]}が見つかりません / ${what} not found: ${id}`);
}

/**
 * Sets Link rel=next/prev for a paginated response. Links use the configured public URL, not the
 * request's host, which behind a reverse proxy is the internal address.
 */
function linkPage(c: Context, base: string, page: { total: number; limit: number; offset: number }): void {
  const url = new URL(c.req.url);
  const link = pageLinks(`${base}${url.pathname}${url.search}`, page);
  if (link) c.header('Link', link);
}

/** The routes of this file, whose answers are the same for everyone (see MicroCache). */
export const CACHED_PATHS = [
  '/api/v1/incidents',
  '/api/v1/incidents/:id',
  '/api/v1/notices/:id',
  '/api/v1/organizations',
  '/api/v1/organizations/:id',
  '/api/v1/services',
  '/api/v1/services/:id',
  '/api/v1/search',
  '/api/v1/suggest',
  '/api/v1/data-classes',
  '/api/v1/stats',
];

/**
 * The API's answer cache, on the lean lane (see lean-lane.ts): mounted ahead of every other
 * middleware (see features.ts), a hit replays a whole answer the full chain made, with a fresh
 * request id and the client's budget spent; a miss, or a client over budget, goes the full way.
 * Only this file's public routes: other features under /api/v1 may answer per user.
 */
export const apiCacheFeature: Feature = (app, deps) => {
  const lane = leanLane(deps);
  const cache = new MicroCache({
    ttlMs: deps.config.apiCacheMs,
    maxEntries: 1000,
    perRequest: (c) => lane.perRequest(c),
  });
  // A running server replays hits from Node's request, ahead of Hono; the middleware fills the
  // cache (and replays in-process requests).
  lane.replays(cache);
  searchOnLane(lane, cache, deps);
  const middleware = cache.middleware();
  for (const path of CACHED_PATHS) app.use(path, middleware);
};

/** Mounts CORS for /api/* and the /api/v1 routes. */
export const apiFeature: Feature = (app, { reader, config }) => {
  const base = config.publicUrl.replace(/\/$/, '');
  // Public, read-only data: any origin may GET it; no cookies or credentials cross origins.
  app.use('/api/*', publicCors(PUBLIC_API_CORS));

  app.openapi(listIncidentsRoute, async (c) => {
    const q = c.req.valid('query');
    const empty = { items: [], total: 0, limit: q.limit, offset: q.offset };
    let organizationId: string | undefined;
    let serviceId: string | undefined;
    if (q.organization) {
      const org = await reader.getOrganization(q.organization);
      if (!org) return c.json(empty, 200);
      organizationId = org.id;
    }
    if (q.service) {
      const svc = await reader.getService(q.service);
      if (!svc) return c.json(empty, 200);
      serviceId = svc.id;
    }
    const page = await reader.listIncidents({
      limit: q.limit,
      offset: q.offset,
      ...(organizationId ? { organizationId } : {}),
      ...(serviceId ? { serviceId } : {}),
      ...(q.data_class ? { dataClass: q.data_class } : {}),
      ...(q.cause ? { cause: q.cause } : {}),
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.updated_since ? { updatedSince: q.updated_since } : {}),
    });
    cacheable(c);
    linkPage(c, base, page);
    return c.json(page, 200);
  });

  app.openapi(getIncidentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await reader.getIncident(id);
    if (!incident) throw notFound('incident', id);
    cacheable(c);
    return c.json(incident, 200);
  });

  app.openapi(getNoticeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const notice = await reader.getNotice(id);
    if (!notice) throw notFound('notice', id);
    cacheable(c);
    return c.json(notice, 200);
  });

  app.openapi(listOrganizationsRoute, async (c) => {
    const page = await reader.listOrganizations(c.req.valid('query'));
    cacheable(c);
    linkPage(c, base, page);
    return c.json(page, 200);
  });

  app.openapi(getOrganizationRoute, async (c) => {
    const { id } = c.req.valid('param');
    const org = await reader.getOrganization(id);
    if (!org) throw notFound('organization', id);
    cacheable(c);
    return c.json(org, 200);
  });

  app.openapi(listServicesRoute, async (c) => {
    const page = await reader.listServices(c.req.valid('query'));
    cacheable(c);
    linkPage(c, base, page);
    return c.json(page, 200);
  });

  app.openapi(getServiceRoute, async (c) => {
    const { id } = c.req.valid('param');
    const service = await reader.getService(id);
    if (!service) throw notFound('service', id);
    cacheable(c);
    return c.json(service, 200);
  });

  app.openapi(searchRoute, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    const page = await reader.searchIncidents(q, { limit, offset });
    cacheable(c);
    linkPage(c, base, page);
    return c.json(page, 200);
  });

  app.openapi(suggestRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    const items = await reader.suggest(q, limit);
    cacheable(c);
    return c.json({ items }, 200);
  });

  app.openapi(dataClassesRoute, async (c) => {
    const stats = await reader.stats();
    const counts = new Map(stats.by_data_class.map((d) => [d.data_class, d.incidents]));
    const items = DATA_CLASSES.map((name) => ({
      name,
      ja: DATA_CLASS_JA[name],
      en: name,
      incidents: counts.get(name) ?? 0,
    }));
    items.sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name));
    cacheable(c);
    return c.json({ items }, 200);
  });

  app.openapi(statsRoute, async (c) => {
    const stats = await reader.stats();
    cacheable(c);
    return c.json(stats, 200);
  });
};
