import { z } from 'zod';
import { DATA_CLASSES, type DataClass } from '../extract/vocab.js';
import { normalizeOrgName } from '../incidents/match.js';
import type { IncidentReader } from '../incidents/types.js';
import { MAX_TARGETS } from './store.js';

/** How many service boxes the form shows (more can be typed into one box, separated by commas). */
export const SERVICE_BOXES = 5;

/**
 * The data classes the form offers first, in plain words (the label table's wording): what people
 * ask about when they worry. Every other class sits behind "more".
 */
export const COMMON_DATA_CLASSES: readonly DataClass[] = [
  'Names',
  'Email addresses',
  'Physical addresses',
  'Phone numbers',
  'Dates of birth',
  'Passwords',
  'Credit cards',
  'Bank account numbers',
  'Government issued IDs',
];

const listOf = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/**
 * The follow form as posted; every field bounded. `service` is one box each; `services` (one per
 * line) is the older textarea, still read so that a saved form or a script keeps working.
 */
export const WatchForm = z.object({
  service: listOf.pipe(z.array(z.string().max(200)).max(MAX_TARGETS)).catch([]),
  services: z.string().max(2000).catch(''),
  data_classes: listOf.pipe(z.array(z.string().max(100)).max(DATA_CLASSES.length)).catch([]),
  email: z.string().trim().max(254).catch(''),
  webhook: z.string().trim().max(2000).catch(''),
  feed: z.string().max(10).optional().catch(undefined),
});
export type WatchForm = z.infer<typeof WatchForm>;

export const EMPTY_FORM: WatchForm = {
  service: [],
  services: '',
  data_classes: [],
  email: '',
  webhook: '',
  feed: undefined,
};

export function isDataClass(s: string): s is DataClass {
  return (DATA_CLASSES as readonly string[]).includes(s);
}

/**
 * The service names typed into the form, each once, in order: boxes and the older textarea, split
 * on new lines and commas (ASCII and Japanese). One more than the limit is kept so that the limit
 * is reported rather than silently applied.
 *
 * @example serviceNames({ ...EMPTY_FORM, service: ['サンプルモール', ' ', 'A, B'] }) // ['サンプルモール', 'A', 'B']
 */
export function serviceNames(f: Pick<WatchForm, 'service' | 'services'>): string[] {
  const all = [...f.service, f.services]
    .flatMap((s) => s.split(/[\n,、，]/))
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(all)].slice(0, MAX_TARGETS + 1);
}

/** What a typed name resolved to: the services or the organisation to follow, and how to show them. */
export type Resolved =
  | { kind: 'service'; typed: string; ids: string[]; label: string }
  /** An organisation: followed for all its incidents, whether or not the record has its services. */
  | { kind: 'organization'; typed: string; id: string; label: string }
  | { kind: 'unknown'; typed: string };

/**
 * Resolves one typed name with the site's own lookups: a service by id or slug, an organisation by id
 * or slug, else the first suggestion (`reader.suggest`: kana, romaji and English spellings find the
 * same name). A suggested organisation is followed as itself — every incident of it, including a
 * company with no service in the record.
 *
 * @example await resolveName(reader, 'さんぷるもーる') // { kind: 'service', ids: ['019b…'], label: 'サンプルモール', … }
 * @example await resolveName(reader, 'サンプル商事') // { kind: 'organization', id: '019b…', label: '株式会社サンプル商事', … }
 */
export async function resolveName(reader: IncidentReader, typed: string): Promise<Resolved> {
  const direct = await reader.getService(typed);
  if (direct) return { kind: 'service', typed, ids: [direct.id], label: direct.name };
  const org = await reader.getOrganization(typed);
  if (org) return { kind: 'organization', typed, id: org.id, label: org.name };
  const hits = await reader.suggest(typed, 5);
  const first = hits[0];
  if (!first) return { kind: 'unknown', typed };
  if (first.kind === 'organization') return { kind: 'organization', typed, id: first.id, label: first.name };
  // Every service of that very name (two companies' 「LINE」): the person means the name they use.
  const key = normalizeOrgName(first.name);
  const same = hits.filter((h) => h.kind === 'service' && normalizeOrgName(h.name) === key);
  return { kind: 'service', typed, ids: same.map((h) => h.id), label: first.name };
}
