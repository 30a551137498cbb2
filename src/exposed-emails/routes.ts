import { createRoute, z } from '@hono/zod-openapi';
import { leanLane } from '../api/lean-lane.js';
import { ErrorSchema } from '../api/schemas.js';
import { AppError } from '../errors.js';
import type { AppDeps, Feature } from '../http/types.js';
import { checkPage } from './check-page.js';
import { emailCheckText } from './messages.js';
import { formatRangeBytes } from './padding.js';
import { lookupRange } from './store.js';

/**
 * Range answers may be cached by browsers and shared caches for a while: a range holds hashes of
 * many people and no cookie, and a list import showing up 10 minutes late is harmless.
 */
export const RANGE_CACHE_CONTROL = 'public, max-age=600';
const RANGE_CONTENT_TYPE = 'text/plain; charset=UTF-8';

const rangeRoute = createRoute({
  method: 'get',
  path: '/api/v1/range/{prefix}',
  tags: ['Affected accounts'],
  summary: 'Hashes of affected accounts in one k-anonymity range',
  description: [
    'k-anonymity lookup of email-address hashes from affected-account lists. Hash the normalised',
    'address (NFKC, trim, lower-case; see docs/email-check.md) with SHA-256 and send only the first',
    '5 hex characters. The answer is text/plain, one `SUFFIX:incident-id,incident-id` line per stored',
    'hash whose SHA-256 starts with the prefix (SUFFIX = the other 59 hex characters, lower-case),',
    'in random order. Every answer is padded with random lines of the same shape (random suffix, random',
    'id that names no incident) to at least 64 lines, then to a multiple of 32, so that its size does',
    'not reveal the range. Padding is always on: the `Add-Padding` header of the HIBP range API is',
    'accepted and ignored.',
  ].join(' '),
  request: {
    params: z.object({
      prefix: z
        .string()
        .regex(/^[0-9a-fA-F]{5}$/, emailCheckText('en', 'range_bad_prefix'))
        .openapi({ example: 'ff8d9', description: 'first 5 hex characters of the SHA-256' }),
    }),
  },
  responses: {
    200: {
      description: 'Suffixes in the range with their incidents, padded',
      content: {
        'text/plain': {
          schema: z.string().openapi({ example: '819fc0e…:019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d\n' }),
        },
      },
    },
    400: {
      description: 'Not exactly 5 hex characters',
      content: { 'application/json': { schema: ErrorSchema } },
    },
  },
});

/** The text/plain body of the range answer for a valid 5-hex prefix: stored hashes, padded. */
async function rangeBody(db: AppDeps['db'], prefix: string): Promise<Buffer<ArrayBuffer>> {
  return formatRangeBytes(await lookupRange(db, prefix));
}

/**
 * The range API on the lean lane (see src/api/lean-lane.ts), ahead of the middleware chain and, in a
 * running server, answered straight from Node's request: an anonymous GET with a valid prefix is
 * answered there; anything else (a bad prefix, a cookie, a client over budget) goes on to the route
 * below, which answers it in full.
 */
export const rangeLeanFeature: Feature = (app, deps) => {
  app.use(
    '/api/v1/range/:prefix',
    leanLane(deps).route(
      /^\/api\/v1\/range\/([0-9a-fA-F]{5})$/,
      { 'Content-Type': RANGE_CONTENT_TYPE, 'Cache-Control': RANGE_CACHE_CONTROL },
      (match) => rangeBody(deps.db, match[1]!),
    ),
  );
};

/** The range API and the /check page. */
export const accountsFeature: Feature = (app, deps) => {
  // Anything else under /range (no prefix, extra segments) is a bad prefix too, not a missing page.
  // Middleware rather than a route, so that the OpenAPI document lists the one real route only.
  app.use('/api/v1/range/*', async (c, next) => {
    if (!/^\/api\/v1\/range\/[^/]+$/.test(c.req.path))
      throw new AppError('bad_request', emailCheckText('en', 'range_bad_prefix'));
    await next();
  });
  app.openapi(rangeRoute, async (c) => {
    const { prefix } = c.req.valid('param');
    const body = (await rangeBody(deps.db, prefix)).toString('latin1');
    return c.text(body, 200, { 'Cache-Control': RANGE_CACHE_CONTROL });
  });
  app.get('/check', (c) => checkPage(c, deps));
};
