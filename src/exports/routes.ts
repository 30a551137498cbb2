import { createRoute, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { CauseSchema, DataClassSchema, ErrorSchema } from '../api/schemas.js';
import { AppError } from '../errors.js';
import type { Feature } from '../http/types.js';
import { logger } from '../log.js';
import { EXPORT_FORMATS, exportIncidents } from './export.js';

const log = logger('exports');

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  veris: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/export',
  tags: ['Company tools'],
  summary: 'Export incidents (JSON, CSV, VERIS)',
  description:
    'Every incident matching the filters, streamed: a JSON array of incidents, RFC 4180 CSV (formula-safe cells; `bom=1` adds a UTF-8 BOM for Excel), or a JSON array of VERIS-shaped records (actor, action, asset, attribute, timeline).',
  request: {
    query: z.object({
      format: z.enum(EXPORT_FORMATS).default('json'),
      bom: z
        .enum(['0', '1', 'true', 'false'])
        .optional()
        .transform((v) => v === '1' || v === 'true')
        .openapi({ type: 'string', description: 'CSV only: prefix a UTF-8 BOM' }),
      cause: CauseSchema.optional(),
      data_class: DataClassSchema.optional(),
      year: z.coerce.number().int().min(1970).max(2100).optional(),
      organization: z.string().min(1).max(200).optional().openapi({ description: 'organisation id or slug' }),
    }),
  },
  responses: {
    200: {
      description: 'The export',
      content: {
        'application/json': { schema: z.array(z.record(z.string(), z.unknown())) },
        'text/csv': { schema: z.string() },
      },
    },
    400: { description: 'Invalid parameter', content: { 'application/json': { schema: ErrorSchema } } },
    404: { description: 'Unknown organisation', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

/** GET /api/v1/export: the export, streamed page by page so that large sets never sit in memory. */
export const exportsFeature: Feature = (app, deps) => {
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    let organizationId: string | undefined;
    if (q.organization) {
      const org = await deps.reader.getOrganization(q.organization);
      if (!org) throw new AppError('not_found', `No organisation ${q.organization}`);
      organizationId = org.id;
    }
    const ext = q.format === 'csv' ? 'csv' : q.format === 'veris' ? 'veris.json' : 'json';
    c.header('Content-Type', CONTENT_TYPES[q.format]);
    c.header('Content-Disposition', `attachment; filename="leakwatch-incidents.${ext}"`);
    c.header('Cache-Control', 'no-cache');
    return stream(
      c,
      async (s) => {
        const chunks = exportIncidents(deps, {
          format: q.format,
          bom: q.bom ?? false,
          publicUrl: deps.config.publicUrl,
          filter: { cause: q.cause, dataClass: q.data_class, year: q.year, organizationId },
        });
        for await (const chunk of chunks) await s.write(chunk);
      },
      async (err, s) => {
        // Headers are gone: all that can be done is to log and cut the stream short.
        log.error({ err: err.message }, 'export failed while streaming');
        await s.close();
      },
    );
  });
};
