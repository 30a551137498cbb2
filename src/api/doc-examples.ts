import type { IncidentReader, IncidentSummary } from '../incidents/types.js';
import { breachName } from './hibp/breach.js';

/**
 * Values for the API reference's examples, taken from the store the site serves, so that every
 * example answers 200 there (a slug written into the OpenAPI document exists in no real store).
 * Keyed by path template, then parameter name: `id` means an incident in one path, a notice or an
 * organisation in another.
 */
export interface DocExamples {
  params: Record<string, Record<string, string>>;
  /** JSON bodies of POST operations, by path template. */
  bodies: Record<string, unknown>;
  /** Paths that need a value from the store which this store does not hold (no notice yet …). */
  unavailable: string[];
}

/** The paths whose examples must name something in the store (an id, a slug, a Name, a term). */
export const STORE_BACKED_PATHS = [
  '/api/v1/incidents/{id}',
  '/api/v1/notices/{id}',
  '/api/v1/organizations/{id}',
  '/api/v1/services/{id}',
  '/api/v1/search',
  '/api/v1/suggest',
  '/api/v3/breach/{name}',
  '/api/v1/benchmarks/incidents/{id}',
];

/**
 * A draft for POST /api/v1/notice-check: invented, in our own words. English, so that it reads the
 * same under either UI language.
 */
export const NOTICE_CHECK_EXAMPLE = {
  text:
    'On 2 March 2026 we found that an outside party had reached the customer database of our web shop. ' +
    'Names and e-mail addresses of up to 1,200 customers may have been exposed. We have closed the gap, ' +
    'reported the matter to the authority and set up a help desk.',
  detected: '2026-03-02',
  regions: ['jp'],
};

/**
 * A company name without its legal form, as people type it ("株式会社サンプル商事" → "サンプル商事",
 * "Example Widgets Inc." → "Example Widgets").
 */
export function withoutLegalForm(name: string): string {
  const short = name
    .replace(
      /^(?:株式会社|有限会社|合同会社|\(株\)|（株）)\s*|\s*(?:株式会社|有限会社|合同会社|\(株\)|（株）)$/g,
      '',
    )
    .replace(/,?\s+(?:Inc|Ltd|LLC|Corp|Co|Corporation|Limited|K\.K)\.?$/i, '')
    .trim();
  return short || name;
}

/** Candidates looked at for an incident with a notice and a name that search finds. */
const CANDIDATES = 20;

/**
 * Picks one incident (preferring one built from a notice, whose HIBP Name is its own) and derives
 * every example from it and its organisation, service and first notice; a search term and a
 * suggestion prefix are kept only when the store answers them.
 *
 * @example await docExamples(reader)
 *          // => { params: { '/api/v1/incidents/{id}': { id: 'sample-shoji-2026' }, … }, bodies: { … } }
 */
export async function docExamples(reader: IncidentReader): Promise<DocExamples> {
  const params: DocExamples['params'] = {};
  const bodies: DocExamples['bodies'] = { '/api/v1/notice-check': NOTICE_CHECK_EXAMPLE };
  const page = await reader.listIncidents({ limit: CANDIDATES });
  const items = page.items;
  const withNotice = items.filter((i) => i.notice_count > 0 && i.source === 'notice');
  const inc: IncidentSummary | undefined =
    withNotice[0] ?? items.find((i) => !/hibp/i.test(i.source)) ?? items[0];
  const done = () => ({ params, bodies, unavailable: STORE_BACKED_PATHS.filter((p) => !params[p]) });
  if (!inc) return done();
  params['/api/v1/incidents/{id}'] = { id: inc.slug };
  params['/api/v1/benchmarks/incidents/{id}'] = { id: inc.slug };
  params['/api/v3/breach/{name}'] = { name: breachName(inc, null) };
  const noticeOf = withNotice[0] ?? items.find((i) => i.notice_count > 0);
  const notice = noticeOf ? (await reader.getIncident(noticeOf.id))?.notices[0] : undefined;
  if (notice) params['/api/v1/notices/{id}'] = { id: notice.id };
  const org = (withNotice[0]?.organization ? withNotice[0] : items.find((i) => i.organization))?.organization;
  if (org) params['/api/v1/organizations/{id}'] = { id: org.slug };
  const service = items.find((i) => i.services.length > 0)?.services[0];
  if (service) params['/api/v1/services/{id}'] = { id: service.slug };
  const name = org ? withoutLegalForm(org.name) : undefined;
  if (name && (await reader.searchIncidents(name, { limit: 1 })).items.length > 0)
    params['/api/v1/search'] = { q: name };
  // The shortest prefix (two characters or more) of a service's or the organisation's name that the
  // suggestions answer, as a person starts typing.
  const typed = service?.name ?? name;
  for (const n of typed ? [2, 3, 4, [...typed].length] : []) {
    const q = [...typed!].slice(0, n).join('');
    if ((await reader.suggest(q, 1)).length > 0) {
      params['/api/v1/suggest'] = { q };
      break;
    }
  }
  return done();
}
