import { z } from '@hono/zod-openapi';
import { CauseSchema, DataClassSchema, MeasureSchema } from '../api/schemas.js';
import { SIZE_BANDS } from './bands.js';
import { DURATION_KEYS } from './durations.js';
import { SECTORS } from './sector.js';
import { DIMENSIONS, MIN_SHOWN } from './segments.js';

/** zod schemas of the benchmark API, shown in the OpenAPI document. */
export const SectorSchema = z.enum(SECTORS).openapi('Sector');
const Band = z.enum(SIZE_BANDS).openapi('SizeBand');
const Dist = z
  .object({
    n: z.number().int(),
    median: z.number(),
    p25: z.number(),
    p75: z.number(),
    p90: z.number(),
  })
  .nullable()
  .openapi('DayDistribution');
const Stats = z.object({
  start_to_detection: Dist,
  detection_to_containment: Dist,
  detection_to_notice: Dist,
  notice_to_final: Dist,
});
const Durations = z.object({
  start_to_detection: z.number().nullable(),
  detection_to_containment: z.number().nullable(),
  detection_to_notice: z.number().nullable(),
  notice_to_final: z.number().nullable(),
});
const Ref = z.object({ id: z.string(), slug: z.string(), title: z.string() });
const Bilingual = z.object({ ja: z.string(), en: z.string() });
const Counts = z.object({
  start_to_detection: z.number().int(),
  detection_to_containment: z.number().int(),
  detection_to_notice: z.number().int(),
  notice_to_final: z.number().int(),
});
const Breakdown = z
  .object({
    dimension: z.enum(DIMENSIONS),
    segments: z.array(
      z.object({
        key: z.string().openapi({ description: 'sector, size band, cause, ISO country code, or "unknown"' }),
        label: Bilingual,
        incidents: z.number().int(),
        n: Counts.openapi({ description: 'incidents with each duration known (also where not shown)' }),
        stats: Stats.openapi({ description: `each duration's distribution; null where n < ${MIN_SHOWN}` }),
      }),
    ),
  })
  .openapi('BenchmarkBreakdown');
export const PlacementSchema = z
  .object({
    duration: z.enum(DURATION_KEYS),
    days: z.number(),
    by: z.enum(['cause', 'sector', 'all']),
    segment: z.string().nullable(),
    n: z.number().int(),
    longer: z
      .number()
      .openapi({ description: 'share of the compared incidents that took longer ("faster than")' }),
    same: z.number(),
    shorter: z.number(),
    sentence: Bilingual,
  })
  .openapi('DurationPlacement');
const MeasureShare = z
  .object({
    measure: MeasureSchema,
    label: z.object({ ja: z.string(), en: z.string() }),
    incidents: z.number().int(),
    of: z.number().int(),
    share: z.number(),
    examples: z.array(Ref),
  })
  .openapi('MeasureShare');

export const BenchQuery = z.object({
  cause: CauseSchema.optional(),
  data_class: DataClassSchema.optional(),
  sector: SectorSchema.optional(),
  country: z
    .string()
    .regex(/^([A-Z]{2}|unknown)$/)
    .optional()
    .openapi({ description: 'ISO 3166 alpha-2 country, or "unknown"' }),
  year: z.coerce.number().int().min(1970).max(2100).optional(),
});

export const BenchSummarySchema = z
  .object({
    filter: z.object({
      cause: CauseSchema.optional(),
      dataClass: DataClassSchema.optional(),
      sector: SectorSchema.optional(),
      country: z.string().optional(),
      year: z.number().optional(),
    }),
    n: z.number().int(),
    stats: Stats,
    breakdowns: z.array(Breakdown),
    measures: z.array(MeasureShare),
    by_band: z.array(z.object({ band: z.union([Band, z.literal('unknown')]), incidents: z.number().int() })),
    by_sector: z.array(z.object({ sector: SectorSchema, incidents: z.number().int() })),
    examples: z.array(
      Ref.extend({
        organization: z.string().nullable(),
        published: z.string().nullable(),
        durations: Durations,
      }),
    ),
  })
  .openapi('BenchmarkSummary');

export const BenchmarkDataSchema = z
  .object({
    incident: Ref.extend({
      cause: CauseSchema.nullable(),
      band: Band.nullable(),
      sector: SectorSchema,
      country: z.string().nullable(),
      durations: Durations,
    }),
    comparable: z.object({
      n: z.number().int(),
      by: z.enum(['cause_and_size', 'cause', 'none']),
      cause: CauseSchema.nullable(),
      band: Band.nullable(),
    }),
    stats: Stats,
    sentences: z.object({ ja: z.array(z.string()), en: z.array(z.string()) }),
    placement: z.array(PlacementSchema),
    similar: z.array(
      Ref.extend({ score: z.number(), shared_data_classes: z.array(DataClassSchema), band: Band.nullable() }),
    ),
    measures: z.array(MeasureShare),
  })
  .openapi('IncidentBenchmark');
