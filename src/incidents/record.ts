import { z } from 'zod';
import {
  AFFECTED_UNITS,
  CAUSES,
  DATA_CLASSES,
  LEAK_STATUSES,
  MEASURES,
  QUALIFIERS,
  REPORT_STAGES,
} from '../extract/vocab.js';

/**
 * An incident as structured facts, without a notice text: the format of the starter dataset and of
 * imports (HIBP's catalogue, …). Facts only — names, dates, counts, classes, addresses — never prose
 * copied from a source.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Sectors of the organisation, a closed vocabulary every dataset's organisation type maps to. */
export const SECTORS = [
  'health',
  'government',
  'education',
  'finance',
  'retail',
  'tech',
  'nonprofit',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** How a record was made: a row of a structured dataset, extracted from a notice, compiled by hand. */
export const PROVENANCES = ['dataset', 'extracted', 'compiled'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Where a record's facts were read: the dataset file, its row (1-based data row) and the row's address. */
export const RecordOrigin = z.object({
  dataset: z.string().min(1),
  row: z.number().int().nonnegative().nullable().default(null),
  url: z.string().url().nullable().default(null),
});
export type RecordOrigin = z.infer<typeof RecordOrigin>;

const recordShape = {
  /** Stable key of the record in its dataset, e.g. "hibp:Adobe", "starter:naver-2013". Unique. */
  key: z.string().min(3).max(200),
  /** Dataset the facts come from, e.g. "hibp", "starter". */
  source: z.string().min(1),
  source_url: z.string().url().nullable().default(null),
  lang: z.enum(['ja', 'en']).nullable().default(null),
  country: z.string().length(2).nullable().default(null),
  title: z.string().min(1).nullable().default(null),
  organization: z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    domains: z.array(z.string().min(1)).default([]),
  }),
  services: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
        domains: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  report_stage: z.enum(REPORT_STAGES).nullable().default(null),
  published: IsoDate.nullable().default(null),
  incident_start: IsoDate.nullable().default(null),
  incident_end: IsoDate.nullable().default(null),
  detected: IsoDate.nullable().default(null),
  contained: IsoDate.nullable().default(null),
  affected: z
    .object({
      count: z.number().int().nonnegative(),
      unit: z.enum(AFFECTED_UNITS),
      qualifier: z.enum(QUALIFIERS),
    })
    .nullable()
    .default(null),
  data_classes: z.array(z.enum(DATA_CLASSES)).default([]),
  causes: z
    .array(z.enum(Object.keys(CAUSES) as [keyof typeof CAUSES, ...(keyof typeof CAUSES)[]]))
    .default([]),
  measures: z
    .array(z.enum(Object.keys(MEASURES) as [keyof typeof MEASURES, ...(keyof typeof MEASURES)[]]))
    .default([]),
  leak_status: z.enum(LEAK_STATUSES).nullable().default(null),
  contact: z
    .object({
      name: z.string().nullable().default(null),
      phones: z.array(z.string()).default([]),
      emails: z.array(z.string()).default([]),
      urls: z.array(z.string()).default([]),
      hours: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
  sector: z.enum(SECTORS).nullable().default(null),
  provenance: z.enum(PROVENANCES).nullable().default(null),
  origin: RecordOrigin.nullable().default(null),
};

/** One dataset's record of a breach (no further sources). */
export const SourceRecord = z.object(recordShape);
export type SourceRecord = z.infer<typeof SourceRecord>;

/**
 * A record, optionally with `also`: the other datasets' records of the same breach (joined by
 * src/incidents/resolve.ts). Each keeps its own key and facts; the store merges them into one incident
 * whose fact history shows which record set or changed each value.
 */
export const IncidentRecord = z.object({
  ...recordShape,
  also: z.array(SourceRecord).default([]),
});

export type IncidentRecord = z.infer<typeof IncidentRecord>;
export type IncidentRecordInput = z.input<typeof IncidentRecord>;
