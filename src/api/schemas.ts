import { z } from '@hono/zod-openapi';
import {
  AFFECTED_UNITS,
  CAUSE_KEYS,
  type Cause,
  DATA_CLASSES,
  LEAK_STATUSES,
  MEASURE_KEYS,
  type Measure,
  QUALIFIERS,
  REPORT_STAGES,
} from '../extract/vocab.js';

/**
 * The API's response and parameter shapes, as zod schemas that both type the handlers and describe
 * the OpenAPI document. They mirror src/store/types.ts (the type checker holds the two together: a
 * handler that returns a store value not matching its schema does not compile).
 */

export const DataClassSchema = z.enum(DATA_CLASSES).openapi('DataClass', { example: 'Email addresses' });
export const CauseSchema = z
  .enum(CAUSE_KEYS as [Cause, ...Cause[]])
  .openapi('Cause', { example: 'unauthorized_access' });
export const MeasureSchema = z
  .enum(MEASURE_KEYS as [Measure, ...Measure[]])
  .openapi('Measure', { example: 'password_reset' });
export const ReportStageSchema = z.enum(REPORT_STAGES).openapi('ReportStage');
export const LeakStatusSchema = z.enum(LEAK_STATUSES).openapi('LeakStatus');
const IsoDate = z.string().openapi({ example: '2026-04-01', description: 'YYYY-MM-DD' });
const Timestamp = z.string().openapi({ example: '2026-04-01T09:30:00.000Z', description: 'ISO 8601, UTC' });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string(),
      details: z
        .array(
          z.object({
            code: z.string(),
            path: z.array(z.union([z.string(), z.number()])),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .openapi('Error');

export const EvidenceSchema = z
  .object({
    quote: z.string().openapi({ description: 'The sentence the fact was read from (normalised text)' }),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('Evidence');

export const AffectedSchema = z
  .object({ count: z.number().int(), unit: z.enum(AFFECTED_UNITS), qualifier: z.enum(QUALIFIERS) })
  .openapi('Affected');

const CountStatementSchema = AffectedSchema.extend({
  subject: z.string(),
  status: LeakStatusSchema.nullable(),
});

export const ContactSchema = z
  .object({
    name: z.string().nullable(),
    phones: z.array(z.string()),
    emails: z.array(z.string()),
    urls: z.array(z.string()),
    hours: z.string().nullable(),
  })
  .openapi('Contact');

const ScopeSchema = z.object({
  description: z.string(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  fromTime: z.string().nullable(),
  toTime: z.string().nullable(),
});

export const OrganizationRefSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string() })
  .openapi('OrganizationRef');
export const ServiceRefSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string() })
  .openapi('ServiceRef');

export const IncidentSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    organization: OrganizationRefSchema.nullable(),
    services: z.array(ServiceRefSchema),
    published: IsoDate.nullable(),
    incident_start: IsoDate.nullable(),
    detected: IsoDate.nullable(),
    affected: AffectedSchema.nullable(),
    data_classes: z.array(DataClassSchema),
    causes: z.array(CauseSchema),
    measures: z.array(MeasureSchema),
    leak_status: LeakStatusSchema.nullable(),
    report_stage: ReportStageSchema.nullable(),
    notice_count: z.number().int(),
    source: z.string().openapi({ description: "'notice' or the imported dataset's name" }),
    source_url: z.string().nullable(),
    lang: z.enum(['ja', 'en']).nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('IncidentSummary');

/** A fact of a notice: value, the quoted evidence, and the rule's confidence. */
function noticeFact<T extends z.ZodType>(value: T) {
  return z.object({ value, evidence: EvidenceSchema, confidence: z.number() });
}

/** A merged fact of an incident: the latest value and where it came from. */
function mergedFact<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    evidence: EvidenceSchema.nullable(),
    confidence: z.number(),
    origin: z.enum(['notice', 'import', 'correction']),
    notice_id: z.string().nullable(),
  });
}

const noticeFactsShape = {
  organization: noticeFact(z.string()).nullable(),
  services: z.array(noticeFact(z.string())),
  report_stage: noticeFact(ReportStageSchema).nullable(),
  published: noticeFact(IsoDate).nullable(),
  incident_start: noticeFact(IsoDate).nullable(),
  incident_end: noticeFact(IsoDate).nullable(),
  detected: noticeFact(IsoDate).nullable(),
  contained: noticeFact(IsoDate).nullable(),
  resumed: noticeFact(IsoDate).nullable(),
  regulator_reported: noticeFact(IsoDate).nullable(),
  police_reported: noticeFact(IsoDate).nullable(),
  affected: noticeFact(AffectedSchema).nullable(),
  counts: z.array(noticeFact(CountStatementSchema)),
  data_classes: z.array(noticeFact(DataClassSchema)),
  causes: z.array(noticeFact(CauseSchema)),
  measures: z.array(noticeFact(MeasureSchema)),
  leak_status: noticeFact(LeakStatusSchema).nullable(),
  contact: noticeFact(ContactSchema).nullable(),
  scope: z.array(noticeFact(ScopeSchema)),
};

export const NoticeFactsSchema = z
  .object({ lang: z.enum(['ja', 'en']), ...noticeFactsShape })
  .openapi('NoticeFacts');

export const IncidentFactsSchema = z
  .object({
    organization: mergedFact(z.string()).nullable(),
    services: z.array(mergedFact(z.string())),
    report_stage: mergedFact(ReportStageSchema).nullable(),
    published: mergedFact(IsoDate).nullable(),
    incident_start: mergedFact(IsoDate).nullable(),
    incident_end: mergedFact(IsoDate).nullable(),
    detected: mergedFact(IsoDate).nullable(),
    contained: mergedFact(IsoDate).nullable(),
    resumed: mergedFact(IsoDate).nullable(),
    regulator_reported: mergedFact(IsoDate).nullable(),
    police_reported: mergedFact(IsoDate).nullable(),
    affected: mergedFact(AffectedSchema).nullable(),
    counts: z.array(mergedFact(CountStatementSchema)),
    data_classes: z.array(mergedFact(DataClassSchema)),
    causes: z.array(mergedFact(CauseSchema)),
    measures: z.array(mergedFact(MeasureSchema)),
    leak_status: mergedFact(LeakStatusSchema).nullable(),
    contact: mergedFact(ContactSchema).nullable(),
    scope: z.array(mergedFact(ScopeSchema)),
  })
  .openapi('IncidentFacts');

export const NoticeSummarySchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    lang: z.enum(['ja', 'en']),
    report_stage: ReportStageSchema.nullable(),
    published: IsoDate.nullable(),
    fetched_at: Timestamp,
    content_hash: z.string(),
  })
  .openapi('NoticeSummary');

export const NoticeDetailSchema = NoticeSummarySchema.extend({
  text: z.string().openapi({ description: 'The NFKC-normalised text that evidence offsets refer to' }),
  facts: NoticeFactsSchema,
  incident_id: z.string().nullable(),
}).openapi('NoticeDetail');

export const FactChangeSchema = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    field: z.string(),
    from: z.unknown(),
    to: z.unknown(),
    kind: z.enum(['set', 'changed', 'corrected']),
    notice_id: z.string().nullable(),
    by: z.string().nullable(),
    reason: z.string().nullable(),
    at: Timestamp,
  })
  .openapi('FactChange');

export const IncidentDetailSchema = IncidentSummarySchema.extend({
  facts: IncidentFactsSchema,
  notices: z.array(NoticeSummarySchema),
  history: z.array(FactChangeSchema),
  related: z.array(IncidentSummarySchema),
  contact: ContactSchema.nullable(),
}).openapi('IncidentDetail');

export const SearchHitSchema = z
  .object({ incident: IncidentSummarySchema, matched: z.string(), score: z.number() })
  .openapi('SearchHit');

export const SuggestionSchema = z
  .object({
    kind: z.enum(['organization', 'service']),
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    matched: z.string(),
  })
  .openapi('Suggestion');

export const OrganizationDetailSchema = OrganizationRefSchema.extend({
  aliases: z.array(z.string()),
  services: z.array(ServiceRefSchema),
  incidents: z.array(IncidentSummarySchema),
}).openapi('OrganizationDetail');

export const ServiceListItemSchema = ServiceRefSchema.extend({
  organization: OrganizationRefSchema.nullable(),
}).openapi('ServiceListItem');

export const ServiceDetailSchema = ServiceRefSchema.extend({
  aliases: z.array(z.string()),
  domains: z.array(z.string()),
  organization: OrganizationRefSchema.nullable(),
  incidents: z.array(IncidentSummarySchema),
}).openapi('ServiceDetail');

export const StatsSchema = z
  .object({
    incidents: z.number().int(),
    notices: z.number().int(),
    organizations: z.number().int(),
    people_affected: z.number(),
    by_year: z.array(z.object({ year: z.number().int(), incidents: z.number().int(), affected: z.number() })),
    by_cause: z.array(z.object({ cause: CauseSchema, incidents: z.number().int() })),
    by_data_class: z.array(z.object({ data_class: DataClassSchema, incidents: z.number().int() })),
    by_size: z.array(z.object({ band: z.string(), incidents: z.number().int() })),
  })
  .openapi('Stats');

export const DataClassInfoSchema = z
  .object({
    name: DataClassSchema,
    ja: z.string().openapi({ example: 'メールアドレス' }),
    en: z.string().openapi({ example: 'Email addresses' }),
    incidents: z.number().int(),
  })
  .openapi('DataClassInfo');

/** `{items, total, limit, offset}`: every list the API returns. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(name);
}

/** limit (1–100, default 20) and offset (≥ 0) as query parameters. */
export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 20, description: 'page size' }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .openapi({
      param: { name: 'offset', in: 'query' },
      type: 'integer',
      example: 0,
      description: 'items to skip',
    }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'id or slug', example: 'sample-shoji-2026' }),
});
