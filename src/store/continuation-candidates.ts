import { factsView, type IncidentView, reportView } from '../incidents/continuation.js';
import { organizationFamilyKey } from '../incidents/match.js';
import { registrableDomain } from '../incidents/site.js';
import type { IncidentFacts } from '../incidents/types.js';
import { logger } from '../log.js';
import type { Tx } from './tx.js';

const _log = logger('ingest.continuation');

/** Most candidates read per notice (newest first), by organisation and by site each. */
const LIMIT = 20;

/**
 * Incidents a notice may continue: those of its organisation (or a variant of its name), and those with a notice published on
 * the same own web site or registered domain (found by the address in the notice's URL or at the head of its text), each
 * with its merged facts and its notices as reports. Queries only; the decision is
 * src/incidents/continuation.ts.
 */
export async function continuationCandidates(
  tx: Tx,
  by: { organizationId: string | null; organizationName: string | null; site: string | null },
): Promise<IncidentView[]> {
  // The organisation and its variants (堺市 / 堺市役所, サンプル / サンプルホールディングス).
  const orgIds = new Set<string>(by.organizationId ? [by.organizationId] : []);
  const family = by.organizationName ? organizationFamilyKey(by.organizationName) : '';
  if (family) {
    const orgs = await tx
      .selectFrom('organizations')
      .select(['id', 'name'])
      // LIKE rather than a key range: a range's upper bound depends on PostgreSQL's collation.
      .where('name_key', 'like', `${family.replace(/[%_\\]/g, '')}%`)
      .limit(LIMIT)
      .execute();
    for (const o of orgs) if (organizationFamilyKey(o.name) === family) orgIds.add(o.id);
  }
  const byOrg =
    orgIds.size > 0
      ? await tx
          .selectFrom('incidents')
          .select('id')
          .where('organization_id', 'in', [...orgIds])
          .orderBy('updated_at', 'desc')
          .limit(LIMIT)
          .execute()
      : [];
  // A site's notices, by the registered domain stored with each (one index lookup, not a scan);
  // reportView() recomputes each report's site exactly below.
  const domain = by.site ? registrableDomain(by.site) : null;
  const bySite = domain
    ? await tx
        .selectFrom('notices as n')
        .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
        .select('l.incident_id as id')
        .where('n.site_domain', '=', domain)
        .orderBy('n.created_at', 'desc')
        .limit(LIMIT)
        .execute()
    : [];
  const ofOrg = new Set(byOrg.map((r) => r.id));
  const ids = [...new Set([...ofOrg, ...bySite.map((r) => r.id)])];
  if (ids.length === 0) return [];
  const incidents = await tx
    .selectFrom('incidents')
    .select(['id', 'facts', 'published'])
    .where('id', 'in', ids)
    .execute();
  const notices = await tx
    .selectFrom('incident_notices as l')
    .innerJoin('notices as n', 'n.id', 'l.notice_id')
    // The head of each text is enough: its site is on the first line, its headline in the first lines.
    .select((eb) => [
      'l.incident_id',
      eb.fn<string>('substr', ['n.text', eb.val(1), eb.val(4000)]).as('text'),
      'n.url',
      'n.title',
      'n.report_stage',
      'n.published',
      'n.facts',
    ])
    .where('l.incident_id', 'in', ids)
    .execute();
  return incidents.map((inc) => {
    const reports = notices
      .filter((n) => n.incident_id === inc.id)
      .map((n) =>
        reportView({
          text: n.text,
          url: n.url,
          title: n.title,
          stage: n.report_stage,
          published: n.published,
          facts: JSON.parse(n.facts) as IncidentFacts,
        }),
      );
    const dates = reports.map((r) => r.published).filter((d): d is string => d !== null);
    if (inc.published) dates.push(inc.published);
    return {
      id: inc.id,
      sameOrganization: ofOrg.has(inc.id),
      facts: factsView(JSON.parse(inc.facts) as IncidentFacts),
      reports,
      lastPublished: dates.sort().at(-1) ?? null,
    };
  });
}
