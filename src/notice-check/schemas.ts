import { z } from '@hono/zod-openapi';
import { CauseSchema, DataClassSchema, MeasureSchema } from '../api/schemas.js';
import { isIsoDate } from '../peers/durations.js';
import { PlacementSchema } from '../peers/schemas.js';
import { REGIONS } from './regimes/index.js';
import { MAX_DRAFT_CHARS } from './run.js';
import type { Region } from './types.js';

const RegionSchema = z.enum(REGIONS as [Region, ...Region[]]).openapi({ example: 'jp' });
const RegimeEnum = z.enum([
  'appi',
  'gdpr',
  'california',
  'new_york',
  'texas',
  'washington',
  'india_dpdp',
  'korea_pipa',
  'australia_ndb',
]);

/** zod schemas of the notice-check API (request and response), shown in the OpenAPI document. */
const Bilingual = z.object({ ja: z.string(), en: z.string() }).openapi('Bilingual');
const IsoDate = z
  .string()
  .refine(isIsoDate, 'YYYY-MM-DD の実在する日付 / a real YYYY-MM-DD date')
  .openapi({ example: '2026-04-01', description: 'YYYY-MM-DD' });

export const NoticeCheckRequest = z
  .object({
    text: z
      .string()
      .min(1, '下書きが空です / the draft is empty')
      .max(MAX_DRAFT_CHARS, `下書きは${MAX_DRAFT_CHARS}文字まで / at most ${MAX_DRAFT_CHARS} characters`)
      .openapi({ description: 'The draft notice (Japanese or English). Not stored, not logged.' }),
    lang: z
      .enum(['ja', 'en'])
      .optional()
      .openapi({ description: 'Language of the draft; detected when absent.' }),
    detected: IsoDate.optional().openapi({
      description:
        'The day you became aware of the breach; deadlines count from it. Read from the text when absent.',
    }),
    regions: z
      .array(RegionSchema)
      .max(REGIONS.length * 2)
      .optional()
      .openapi({
        description:
          'Where the affected people live: jp, eu, ca, ny, tx, wa, in, kr, au. Default: jp for a Japanese draft, else all.',
      }),
  })
  .openapi('NoticeCheckRequest');

const ItemSchema = z
  .object({
    id: z.string().openapi({ example: 'appi.cause' }),
    label: Bilingual,
    article: z.string().openapi({ example: '規則第8条第1項第4号' }),
    required: z.boolean(),
    present: z.boolean(),
    quote: z.string().nullable(),
    found_by: z.enum(['facts', 'rule']).nullable(),
    hint: Bilingual,
  })
  .openapi('NoticeCheckItem');

const RegimeSchema = z
  .object({
    regime: RegimeEnum,
    region: RegionSchema,
    title: Bilingual,
    source: z.string(),
    effective_from: z.string().nullable(),
    judged_on: z.string(),
    rules_status: z.enum(['in_force', 'not_yet_in_force', 'earlier_rules_not_modelled']),
    note: Bilingual.nullable(),
    items: z.array(ItemSchema),
    individual_item_ids: z.array(z.string()),
    present: z.number().int(),
    required: z.number().int(),
  })
  .openapi('NoticeCheckRegime');

const Ref = z.object({ id: z.string(), slug: z.string(), title: z.string() });

export const NoticeCheckResponse = z
  .object({
    lang: z.enum(['ja', 'en']),
    extractor: z.boolean(),
    detected: z.string().nullable(),
    detected_from: z.enum(['input', 'text']).nullable(),
    today: z.string(),
    facts: z.object({
      causes: z.array(CauseSchema),
      data_classes: z.array(DataClassSchema),
      measures: z.array(MeasureSchema),
      affected: z.number().nullable(),
      published: z.string().nullable(),
    }),
    regions: z.array(RegionSchema),
    regimes: z.array(RegimeSchema),
    appi_reportability: z.object({
      mandatory: z.boolean(),
      triggers: z.array(
        z.object({
          id: z.enum(['sensitive', 'financial', 'malicious', 'over_1000']),
          article: z.string(),
          label: Bilingual,
          met: z.boolean(),
          quote: z.string().nullable(),
        }),
      ),
    }),
    deadlines: z.array(
      z.object({
        id: z.string().openapi({ example: 'texas_attorney_general' }),
        regime: RegimeEnum,
        label: Bilingual,
        basis: Bilingual,
        due: z.string(),
        window_start: z.string().nullable(),
        days_left: z.number().int(),
        standing: z.enum(['open', 'due_today', 'overdue']),
        applies: z.enum(['yes', 'no', 'unknown']),
        condition: Bilingual.nullable(),
      }),
    ),
    suggestions: z.array(
      z.object({
        measure: MeasureSchema,
        label: Bilingual,
        incidents: z.number().int(),
        of: z.number().int(),
        share: z.number(),
        examples: z.array(Ref),
      }),
    ),
    appi_peers: z
      .object({
        draft: z.number().int(),
        of: z.number().int(),
        n: z.number().int(),
        median: z.number(),
        p25: z.number(),
        p75: z.number(),
        fewer: z
          .number()
          .openapi({ description: 'Share of stored notices covering fewer APPI items than the draft' }),
        same: z.number(),
      })
      .nullable()
      .openapi({ description: "The draft's APPI item count beside the stored notices' (same language)" }),
    response_timing: z
      .object({
        detected: z.string(),
        notice: z.string(),
        notice_from: z.enum(['draft', 'today']),
        placement: PlacementSchema,
      })
      .nullable()
      .openapi({
        description:
          'The draft\'s detection → notice days (its notice date, else today) placed among stored incidents of the same cause (else all; n ≥ 20): "faster than N % of …"',
      }),
  })
  .openapi('NoticeCheckResult');
