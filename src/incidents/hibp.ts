import { z } from 'zod';
import { DATA_CLASSES, type DataClass } from '../extract/vocab.js';
import type { IncidentRecordInput } from './record.js';

/**
 * Have I Been Pwned's breach catalogue (API v3 `/breaches`) as incident records. Facts only —
 * name, domain, dates, count, data classes — never the Description's prose.
 */
export const HibpBreach = z.object({
  Name: z.string().min(1),
  Title: z.string().min(1),
  Domain: z.string().nullish(),
  BreachDate: z.string().nullish(),
  AddedDate: z.string().nullish(),
  ModifiedDate: z.string().nullish(),
  PwnCount: z.number().int().nonnegative(),
  Description: z.string().nullish(),
  DataClasses: z.array(z.string()).default([]),
  IsVerified: z.boolean().default(true),
  IsFabricated: z.boolean().default(false),
  IsSensitive: z.boolean().default(false),
  IsRetired: z.boolean().default(false),
  IsSpamList: z.boolean().default(false),
  IsMalware: z.boolean().default(false),
  IsStealerLog: z.boolean().default(false),
});
export type HibpBreach = z.infer<typeof HibpBreach>;

const KNOWN_CLASSES = new Set<string>(DATA_CLASSES);

function isoDate(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
}

/**
 * One HIBP breach → IncidentRecord (key `hibp:<Name>`; HIBP's Name kept as an alias). BreachDate
 * is when the breach happened; AddedDate (when HIBP published it) stands in for disclosure. An
 * unverified breach is a 'possible' leak, a fabricated one has no leak status; stealer logs and
 * malware lists are cause 'malware'.
 *
 * @example hibpToRecord({ Name: 'Adobe', Title: 'Adobe', Domain: 'adobe.com', PwnCount: 152445165, … }).key // => 'hibp:Adobe'
 */
export function hibpToRecord(input: z.input<typeof HibpBreach>): IncidentRecordInput {
  const b = HibpBreach.parse(input);
  const domain = b.Domain?.trim() || null;
  const aliases = b.Name !== b.Title ? [b.Name] : [];
  return {
    key: `hibp:${b.Name}`,
    source: 'hibp',
    source_url: `https://haveibeenpwned.com/PwnedWebsites#${encodeURIComponent(b.Name)}`,
    lang: null,
    country: null,
    title: b.Title,
    organization: { name: b.Title, aliases, domains: domain ? [domain] : [] },
    services: [],
    report_stage: null,
    published: isoDate(b.AddedDate),
    incident_start: isoDate(b.BreachDate),
    affected: { count: b.PwnCount, unit: 'accounts', qualifier: 'exact' },
    data_classes: b.DataClasses.filter((c): c is DataClass => KNOWN_CLASSES.has(c)),
    causes: b.IsMalware || b.IsStealerLog ? ['malware'] : [],
    measures: [],
    leak_status: b.IsFabricated ? null : b.IsVerified ? 'confirmed' : 'possible',
    contact: null,
  };
}
