import {
  type FactsView,
  factsView,
  type IncidentView,
  type ReportView,
  reportView,
} from '../incidents/continuation.js';
import { normalizeOrgName, organizationFamilyKey } from '../incidents/match.js';
import { registrableDomain } from '../incidents/site.js';
import type { IncidentFacts } from '../incidents/types.js';
import { logger } from '../log.js';
import { forgetFacts, incidentFactsOf } from './facts-cache.js';
import { incidentNoticeIds, noticeIdList } from './notices.js';
import { prepared } from './prepared.js';
import { isSqlite, type Tx } from './tx.js';

const _log = logger('ingest.continuation');

/** Reports of stored notices by notice id (see rememberReport). */
const reports = new Map<string, ReportView>();
/** Reports kept at most; past it the oldest half is dropped (a notice is then read again). */
const MAX_REPORTS = 100_000;

/**
 * Keeps a stored notice's report for later candidate lookups: a notice's row never changes (its id
 * is never reused), so its report is computed once. The pipeline hands over the report of each
 * notice it stores; a notice rolled back with its SAVEPOINT leaves an entry no incident refers to.
 */
export function rememberReport(noticeId: string, report: ReportView): void {
  if (reports.size >= MAX_REPORTS) {
    let drop = MAX_REPORTS / 2;
    for (const id of reports.keys()) {
      if (drop-- <= 0) break;
      reports.delete(id);
    }
  }
  reports.set(noticeId, report);
}

/** Forgets every remembered report (tests: candidates as a fresh process reads them). */
export function forgetReports(): void {
  reports.clear();
  forgetFacts();
}

/** Comparable facts of incidents, by their merged facts (which facts-cache.ts keeps while unchanged). */
const views = new WeakMap<IncidentFacts, FactsView>();

/** An incident's comparable facts from its stored JSON, computed once while the facts are unchanged. */
function incidentView(incidentId: string, json: string): FactsView {
  const facts = incidentFactsOf(incidentId, json);
  let view = views.get(facts);
  if (!view) {
    view = factsView(facts);
    views.set(facts, view);
  }
  return view;
}

/** Most candidates read per notice (newest first), by organisation and by site each. */
const LIMIT = 20;
/** Most candidates read per notice by the report dates it refers to. */
const DATED_LIMIT = 10;

/**
 * Incidents a notice may continue: those of its organisation (or a variant of its name), and those with a notice published on
 * the same own web site or registered domain (found by the address in the notice's URL or at the head of its text), each
 * with its merged facts and its notices as reports. Queries only; the decision is
 * src/incidents/continuation.ts.
 */
export async function continuationCandidates(
  tx: Tx,
  by: {
    organizationId: string | null;
    organizationName: string | null;
    site: string | null;
    /** Report dates the notice refers to (ISO): incidents first published then are read whatever their age. */
    reportDates?: readonly string[];
    /** Group companies the notice names as its own (a parent reporting its subsidiary's incident). */
    groupCompanies?: readonly string[];
  },
): Promise<IncidentView[]> {
  // The organisation and its variants (堺市 / 堺市役所, サンプル / サンプルホールディングス).
  const orgIds = new Set<string>(by.organizationId ? [by.organizationId] : []);
  const groupKeys = (by.groupCompanies ?? []).map(normalizeOrgName).filter((k) => k.length >= 2);
  if (groupKeys.length > 0) {
    const orgs = await tx
      .selectFrom('organizations')
      .select('id')
      .where('name_key', 'in', groupKeys)
      .execute();
    for (const o of orgs) orgIds.add(o.id);
  }
  const family = by.organizationName ? organizationFamilyKey(by.organizationName) : '';
  if (family) {
    const prefix = family.replace(/[%_\\]/g, '');
    const upper = prefixBound(prefix);
    // SQLite does not use an index for LIKE (its LIKE ignores ASCII case; the key column does not):
    // a key range does, where a LIKE scans every organisation for every notice ingested.
    const orgs =
      upper !== null && isSqlite(tx)
        ? await familyOrganizationsInRange.rows(tx, { from: prefix, to: upper })
        : await familyOrganizations.rows(tx, { pattern: `${prefix}%` });
    for (const o of orgs) if (organizationFamilyKey(o.name) === family) orgIds.add(o.id);
  }
  const byOrg = orgIds.size > 0 ? await recentOfOrganizations.rows(tx, { orgIds: [...orgIds] }) : [];
  // The ones first published on a day the notice says an earlier report came out (a large body's
  // old incident that the newest LIMIT would miss): index lookups on (organisation, published).
  const dates = [...new Set(by.reportDates ?? [])];
  // A notice that names no organisation and no site of its own (an update read without its
  // letterhead) is looked up by those dates alone; the decision then asks that it names the
  // candidate's organisation in its text.
  const anonymous = !by.organizationName && !by.site;
  const byDate =
    (orgIds.size > 0 || anonymous) && dates.length > 0
      ? orgIds.size > 0
        ? await datedOfOrganizations.rows(tx, { orgIds: [...orgIds], dates })
        : await dated.rows(tx, { dates })
      : [];
  // A site's notices, by the registered domain stored with each (one index lookup, not a scan);
  // reportView() recomputes each report's site exactly below.
  const domain = by.site ? registrableDomain(by.site) : null;
  const bySite = domain ? await ofSite.rows(tx, { domain }) : [];
  const ofOrg = new Set([...byOrg, ...(orgIds.size > 0 ? byDate : [])].map((r) => r.id));
  const ids = [...new Set([...ofOrg, ...byDate.map((r) => r.id), ...bySite.map((r) => r.id)])];
  if (ids.length === 0) return [];
  // The candidates with their notices' ids, in one statement.
  const incidents = (await incidentsByIds.rows(tx, { ids })).map((inc) => ({
    ...inc,
    noticeIds: noticeIdList(inc.notice_ids),
  }));
  // Each candidate's notices as reports. A stored notice never changes, so its report is read once
  // per process (or handed over by the pipeline when it stores the notice): the texts and facts of
  // notices already seen are not read again (measured: the largest statement of a bulk ingest).
  const known = new Map<string, ReportView>();
  const unseen: string[] = [];
  for (const inc of incidents) {
    for (const id of inc.noticeIds) {
      const r = reports.get(id);
      if (r) known.set(id, r);
      else unseen.push(id);
    }
  }
  for (let i = 0; i < unseen.length; i += 500) {
    const rows = await tx
      .selectFrom('notices')
      // The head of each text is enough: its site is on the first line, its headline in the first lines.
      .select((eb) => [
        'id',
        eb.fn<string>('substr', ['text', eb.val(1), eb.val(4000)]).as('text'),
        'url',
        'title',
        'report_stage',
        'published',
        'facts',
      ])
      .where('id', 'in', unseen.slice(i, i + 500))
      .execute();
    for (const n of rows) {
      const report = reportView({
        text: n.text,
        url: n.url,
        title: n.title,
        stage: n.report_stage,
        published: n.published,
        facts: JSON.parse(n.facts) as IncidentFacts,
      });
      known.set(n.id, report);
      rememberReport(n.id, report);
    }
  }
  return incidents.map((inc) => {
    const own = inc.noticeIds.map((id) => known.get(id)!);
    const dates = own.map((r) => r.published).filter((d): d is string => d !== null);
    if (inc.published) dates.push(inc.published);
    return {
      id: inc.id,
      sameOrganization: ofOrg.has(inc.id),
      facts: incidentView(inc.id, inc.facts),
      reports: own,
      lastPublished: dates.sort().at(-1) ?? null,
    };
  });
}

/**
 * The least string above every string that starts with `prefix` (its last character's successor),
 * in SQLite's binary (UTF-8 byte) order; null when there is none to take simply.
 *
 * @example prefixBound('サンプル') // => 'サンプレ'
 */
function prefixBound(prefix: string): string | null {
  const last = prefix.charCodeAt(prefix.length - 1);
  // Empty, a surrogate (astral characters' UTF-8 order is not their UTF-16 order) or U+FFFF.
  if (!(last >= 0) || (last >= 0xd800 && last <= 0xdfff) || last === 0xffff) return null;
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
const familyOrganizationsInRange = prepared((db, p: { from: string; to: string }) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('name_key', '>=', p.from)
    .where('name_key', '<', p.to)
    .limit(LIMIT),
);
const familyOrganizations = prepared((db, p: { pattern: string }) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name'])
    // LIKE rather than a key range: a range's upper bound depends on PostgreSQL's collation.
    .where('name_key', 'like', p.pattern)
    .limit(LIMIT),
);
const recentOfOrganizations = prepared((db, p: { orgIds: string[] }) =>
  db
    .selectFrom('incidents')
    .select('id')
    .where('organization_id', 'in', p.orgIds)
    .orderBy('updated_at', 'desc')
    .limit(LIMIT),
);
const datedOfOrganizations = prepared((db, p: { orgIds: string[]; dates: string[] }) =>
  db
    .selectFrom('incidents')
    .select('id')
    .where('organization_id', 'in', p.orgIds)
    .where('published', 'in', p.dates)
    .limit(DATED_LIMIT),
);
const dated = prepared((db, p: { dates: string[] }) =>
  db.selectFrom('incidents').select('id').where('published', 'in', p.dates).limit(DATED_LIMIT),
);
const ofSite = prepared((db, p: { domain: string }) =>
  db
    .selectFrom('notices as n')
    .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
    .select('l.incident_id as id')
    .where('n.site_domain', '=', p.domain)
    .orderBy('n.created_at', 'desc')
    .limit(LIMIT),
);
const incidentsByIds = prepared((db, p: { ids: string[] }) =>
  db
    .selectFrom('incidents')
    .select(['id', 'facts', 'published'])
    .select((eb) => incidentNoticeIds(eb, isSqlite(db)))
    .where('id', 'in', p.ids),
);
