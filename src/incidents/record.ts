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

export const IncidentRecord = z.object({
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
});

export type IncidentRecord = z.infer<typeof IncidentRecord>;
export type IncidentRecordInput = z.input<typeof IncidentRecord>;
