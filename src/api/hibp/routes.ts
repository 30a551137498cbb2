import { createRoute, z } from '@hono/zod-openapi';
import { DATA_CLASSES } from '../../extract/vocab.js';
import type { Feature } from '../../http/types.js';
import { DataClassSchema } from '../schemas.js';
import { BreachCatalogue } from './catalogue.js';

/**
 * Have I Been Pwned API v3's public, key-less breach endpoints, with HIBP's paths, parameter names,
 * field names and status codes, so that HIBP clients can use leakwatch as their base URL
 * (`https://<host>/api/v3`). Account and paste searches are not offered: leakwatch holds no
 * breached addresses.
 */

const TAG = 'Have I Been Pwned v3 compatible';

export const BreachSchema = z
  .object({
    Name: z.string().openapi({ example: 'Sample_Shoji_2026' }),
    Title: z.string(),
    Domain: z.string(),
    BreachDate: z.string().openapi({ example: '2026-03-01' }),
    AddedDate: z.string().openapi({ example: '2026-04-01T09:30:00Z' }),
    ModifiedDate: z.string(),
    PwnCount: z.number().int(),
    Description: z.string().openapi({ description: 'HTML (escaped text generated from the facts)' }),
    LogoPath: z.string(),
    DataClasses: z.array(DataClassSchema),
    IsVerified: z.boolean(),
    IsFabricated: z.boolean(),
    IsSensitive: z.boolean(),
    IsRetired: z.boolean(),
    IsSpamList: z.boolean(),
    IsMalware: z.boolean(),
    IsSubscriptionFree: z.boolean(),
    IsStealerLog: z.boolean(),
  })
  .openapi('HibpBreach');

function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export const breachesRoute = createRoute({
  method: 'get',
  path: '/api/v3/breaches',
  tags: [TAG],
  summary: 'All breaches (HIBP GET /breaches)',
  request: {
    query: z.object({
      domain: z.string().max(253).optional().openapi({ example: 'example.com', description: 'exact domain' }),
      IsSpamList: z
        .enum(['true', 'false', 'True', 'False'])
        .optional()
        .openapi({ description: 'true: only spam lists (leakwatch has none), false: only non-spam lists' }),
    }),
  },
  responses: {
    200: json(z.array(BreachSchema), 'Every breach, full objects (HIBP does not truncate this one)'),
  },
});

export const breachRoute = createRoute({
  method: 'get',
  path: '/api/v3/breach/{name}',
  tags: [TAG],
  summary: 'One breach by Name (HIBP GET /breach/{name})',
  request: {
    params: z.object({
      name: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'name', in: 'path' } }),
    }),
  },
  responses: {
    200: json(BreachSchema, 'The breach'),
    404: { description: 'No breach of that name (empty body, like HIBP)' },
  },
});

export const latestBreachRoute = createRoute({
  method: 'get',
  path: '/api/v3/latestbreach',
  tags: [TAG],
  summary: 'The most recently added breach (HIBP GET /latestbreach)',
  responses: { 200: json(BreachSchema, 'The breach'), 404: { description: 'No breaches yet' } },
});

export const dataClassesRoute = createRoute({
  method: 'get',
  path: '/api/v3/dataclasses',
  tags: [TAG],
  summary: 'All data class names (HIBP GET /dataclasses)',
  responses: { 200: json(z.array(z.string()), 'Data class names, alphabetical') },
});

export const logoRoute = createRoute({
  method: 'get',
  path: '/api/logo.svg',
  tags: [TAG],
  summary: 'The generic logo every LogoPath points to',
  responses: { 200: { description: 'SVG image', content: { 'image/svg+xml': { schema: z.string() } } } },
});

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="10" fill="#334155"/>
<path d="M20 28v-6a12 12 0 0 1 24 0v6" fill="none" stroke="#f8fafc" stroke-width="5"/>
<rect x="14" y="28" width="36" height="26" rx="4" fill="#f8fafc"/>
<path d="M32 36v8" stroke="#b91c1c" stroke-width="5" stroke-linecap="round"/>
<circle cx="32" cy="49" r="2.6" fill="#b91c1c"/>
</svg>`;

/** HIBP's answers are cacheable; its clients poll /breaches. */
const CACHE = 'public, max-age=300';

export const hibpFeature: Feature = (app, { db, reader, config }) => {
  const catalogue = new BreachCatalogue(db, reader, `${config.publicUrl.replace(/\/$/, '')}/api/logo.svg`);

  app.openapi(breachesRoute, async (c) => {
    const { domain, IsSpamList } = c.req.valid('query');
    let breaches = await catalogue.all();
    // No leakwatch incident is a spam list, so IsSpamList=true filters everything out.
    if (IsSpamList?.toLowerCase() === 'true') breaches = [];
    if (domain) breaches = breaches.filter((b) => b.Domain.toLowerCase() === domain.toLowerCase());
    c.header('Cache-Control', CACHE);
    return c.json(breaches, 200);
  });

  app.openapi(breachRoute, async (c) => {
    const breach = await catalogue.byName(c.req.valid('param').name);
    if (!breach) return c.body(null, 404);
    c.header('Cache-Control', CACHE);
    return c.json(breach, 200);
  });

  app.openapi(latestBreachRoute, async (c) => {
    const all = await catalogue.all();
    let latest = all[0];
    for (const b of all) if (latest && b.AddedDate > latest.AddedDate) latest = b;
    if (!latest) return c.body(null, 404);
    c.header('Cache-Control', CACHE);
    return c.json(latest, 200);
  });

  app.openapi(dataClassesRoute, (c) => {
    c.header('Cache-Control', CACHE);
    return c.json([...DATA_CLASSES], 200);
  });

  app.openapi(logoRoute, (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(LOGO, 200, { 'Content-Type': 'image/svg+xml' });
  });
};
