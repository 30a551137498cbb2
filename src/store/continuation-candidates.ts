import { type AliasedSelectQueryBuilder, sql } from 'kysely';
import { industryShortKey } from '../incidents/body-news.js';
import {
  type FactsView,
  factsView,
  type IncidentView,
  type ReportView,
  reportView,
} from '../incidents/continuation.js';
import { nameLabels } from '../incidents/host-owner.js';
import {
  leadingNameKeys,
  leadingWordsMatch,
  normalizeOrgName,
  organizationFamilyKey,
} from '../incidents/match.js';
import { registrableDomain } from '../incidents/site.js';
import type { IncidentFacts } from '../incidents/types.js';
import { logger } from '../log.js';
import { forgetFacts, incidentFactsOf, incidentFactsTagged } from './facts-cache.js';
import { incidentNoticeIds, noticeIdList } from './notices.js';
import { type Prepared, prepared } from './prepared.js';
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

/** An incident's comparable facts, computed once while its facts are unchanged. */
function incidentView(facts: IncidentFacts): FactsView {
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
 * Incidents a notice may continue: those of its organisation (or a variant of its name), those with a notice from the
 * same sender (its letterhead's name, however spelt: incidents/sender.ts), and those with a notice published on
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
    /** The address the notice was read from: incidents with a notice read from it (a letter listed twice). */
    url?: string | null;
    /** Report dates the notice refers to (ISO): incidents first published then are read whatever their age. */
    reportDates?: readonly string[];
    /** Group companies the notice names as its own (a parent reporting its subsidiary's incident). */
    groupCompanies?: readonly string[];
    /** The organisations matching familyPattern(organizationName), when already read (PostgreSQL). */
    family?: readonly { id: string; name: string }[];
    /** The owner label of the notice's own site (host-owner.ts hostKey): organisations it names, and sites under it. */
    hostKey?: string | null;
    /** The shortest host label the notice's organisation name gives (host-owner.ts nameLabels): sites it names. */
    nameLabel?: string | null;
    /** Who the notice says it is from (incidents/sender.ts): incidents with a notice from the same sender. */
    sender?: string | null;
    /** Whom its title names (incidents/subject.ts subjectLookupKeys): incidents with a notice whose subject key starts with one. */
    subjects?: readonly string[];
    /** Its exact figures' keys (incidents/exact-figures.ts figureKeys): incidents with a notice stored under one. */
    figures?: readonly string[];
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
      by.family ??
      (upper !== null && isSqlite(tx)
        ? await familyOrganizationsInRange.rows(tx, { from: prefix, to: upper })
        : await familyOrganizations.rows(tx, { pattern: `${prefix}%`, limit: LIMIT }));
    for (const o of orgs)
      if (organizationFamilyKey(o.name) === family || leadingWordsMatch(by.organizationName!, o.name))
        orgIds.add(o.id);
  }
  // A shorter spelling stored before ("Bramble Health" for "Bramble Health System, Inc."): its key is
  // one of the name's leading words, which a prefix range from the longer key cannot reach.
  const leading = by.organizationName ? leadingNameKeys(by.organizationName).filter((k) => k !== family) : [];
  if (leading.length > 0) {
    const orgs = await tx
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('name_key', 'in', leading)
      .limit(LIMIT)
      .execute();
    for (const o of orgs) if (leadingWordsMatch(by.organizationName!, o.name)) orgIds.add(o.id);
  }
  // A Japanese company's short name stored before (サンプル for サンプル計算機株式会社).
  const short = by.organizationName ? industryShortKey(by.organizationName) : null;
  if (short && short !== family) {
    const orgs = await tx.selectFrom('organizations').select('id').where('name_key', '=', short).execute();
    for (const o of orgs) orgIds.add(o.id);
  }
  // The organisations its own host is named after (harrowgate.edu: Harrowgate University), whatever
  // name the notice's text gives or lacks (a later post that says only "we" finds the first).
  if (by.hostKey) {
    const upper = prefixBound(by.hostKey);
    const orgs =
      upper !== null && isSqlite(tx)
        ? await familyOrganizationsInRange.rows(tx, { from: by.hostKey, to: upper })
        : await familyOrganizations.rows(tx, { pattern: `${by.hostKey}%`, limit: LIMIT });
    for (const o of orgs) if (nameLabels(o.name).includes(by.hostKey)) orgIds.add(o.id);
  }
  // The ones first published on a day the notice says an earlier report came out (a large body's
  // old incident that the newest LIMIT would miss): index lookups on (organisation, published).
  const dates = [...new Set(by.reportDates ?? [])];
  // A notice that names no organisation and no site of its own (an update read without its
  // letterhead) is looked up by those dates alone; the decision then asks that it names the
  // candidate's organisation in its text.
  const anonymous = !by.organizationName && !by.site;
  // A site's notices, by the registered domain stored with each (one index lookup, not a scan);
  // reportView() recomputes each report's site exactly below.
  const domain = by.site ? registrableDomain(by.site) : null;
  // Sites under the notice's host label (x.com, x.co.uk, x.wordpress.com for help.x.com) or named
  // by its organisation (harrowgate.edu, harrowgateuniversity.org for Harrowgate University): the
  // same owner's other hosts, by ranges of the indexed registered domain.
  const labels = labelRanges(by.hostKey ?? null, by.nameLabel ?? null);
  const subjects = subjectRanges(by.subjects ?? []);
  const parts: CandidateParts = {
    org: orgIds.size > 0,
    dated: dates.length > 0 && (orgIds.size > 0 || anonymous),
    site: domain !== null,
    url: Boolean(by.url),
    label: labels !== null,
    sender: Boolean(by.sender),
    subject: subjects !== null,
    figure: (by.figures ?? []).length > 0,
  };
  if (
    !parts.org &&
    !parts.dated &&
    !parts.site &&
    !parts.url &&
    !parts.label &&
    !parts.sender &&
    !parts.subject &&
    !parts.figure
  )
    return [];
  // The candidates with their notices' ids, in one statement (one round trip on PostgreSQL).
  const rows = await candidateQuery(parts).rows(tx, {
    orgIds: parts.org ? padded([...orgIds]) : [],
    dates: parts.dated ? padded([...dates]) : [],
    domain: domain ?? '',
    url: by.url ?? '',
    ranges: labels ?? [],
    likes: labels ? [`${labels[0]}%`, `${labels[2]}%`] : [],
    sender: by.sender ?? '',
    subjects: subjects ?? [],
    subjectLikes: subjects ? [subjects[0]!, subjects[2]!].map((k) => `${k.replace(/[%_\\]/g, '')}%`) : [],
    figures: parts.figure ? padded([...by.figures!]) : [],
  });
  const ofOrg = idsWhere(rows, 'of_org');
  const ofUrl = idsWhere(rows, 'of_url');
  // Their facts: from memory when kept under the stored tag, else read (one statement for all).
  const factsOf = new Map<string, IncidentFacts>();
  const unread: string[] = [];
  for (const r of rows) {
    const kept = incidentFactsTagged(r.id, r.facts_tag);
    if (kept) factsOf.set(r.id, kept.facts);
    else unread.push(r.id);
  }
  if (unread.length > 0) {
    const stored = await tx
      .selectFrom('incidents')
      .select(['id', 'facts', 'facts_tag'])
      .where('id', 'in', unread)
      .execute();
    for (const r of stored) factsOf.set(r.id, incidentFactsOf(r.id, r.facts, r.facts_tag));
  }
  const incidents = rows.map((inc) => ({ ...inc, noticeIds: noticeIdList(inc.notice_ids) }));
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
    return {
      id: inc.id,
      sameOrganization: ofOrg.has(inc.id),
      sameUrl: ofUrl.has(inc.id),
      facts: incidentView(factsOf.get(inc.id)!),
      reports: own,
      lastPublished: latestPublished(own, inc.published),
    };
  });
}

/**
 * An `in (…)` list lengthened to the next power of two by repeating its last value, which matches
 * nothing more: each length is a query of its own to compile and prepare (prepared.ts; the bench
 * set's candidate lookups: 77 shapes, 71 with padded lists, the rest by which lookups they hold).
 *
 * @example padded(['a', 'b', 'c']) // => ['a', 'b', 'c', 'c']
 */
function padded(values: string[]): string[] {
  let size = 1;
  while (size < values.length) size *= 2;
  while (values.length < size) values.push(values[values.length - 1]!);
  return values;
}

/**
 * The LIKE pattern of the organisations of a name's family (continuationCandidates' lookup on
 * PostgreSQL) and how many it reads, or null for a name without a family key.
 */
export function familyLookup(organizationName: string): { pattern: string; limit: number } | null {
  const family = organizationFamilyKey(organizationName);
  return family ? { pattern: `${family.replace(/[%_\\]/g, '')}%`, limit: LIMIT } : null;
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
const familyOrganizations = prepared((db, p: { pattern: string; limit: number }) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name'])
    // LIKE rather than a key range: a range's upper bound depends on PostgreSQL's collation.
    .where('name_key', 'like', p.pattern)
    .limit(p.limit),
);
/** Which lookups a notice's candidate query holds (each combination is its own prepared query). */
interface CandidateParts {
  /** The newest incidents of its organisations (`orgIds`). */
  org: boolean;
  /** Incidents first published on the report dates it refers to (`dates`): of its organisations when `org`, else any. */
  dated: boolean;
  /** Incidents with a notice of its site's registered domain (`domain`). */
  site: boolean;
  /** Incidents with a notice read from the notice's address (`url`). */
  url: boolean;
  /** Incidents with a notice whose registered domain lies in one of two ranges (`ranges`: from, to, from, to). */
  label: boolean;
  /** Incidents with a notice of the same sender key (`sender`). */
  sender: boolean;
  /** Incidents with a notice whose subject key lies in one of two ranges (`subjects`: from, to, from, to). */
  subject: boolean;
  /** Incidents with a notice stored under one of its exact figures' keys (`figures`). */
  figure: boolean;
}

/**
 * The subject-key ranges of a notice's lookup keys (each key and every key starting with it), as
 * [from, to, from, to] (one range twice when there is one); null when there is none.
 */
function subjectRanges(keys: readonly string[]): string[] | null {
  const ranges: string[] = [];
  for (const k of keys.slice(0, 2)) {
    const upper = prefixBound(k);
    if (upper !== null) ranges.push(k, upper);
  }
  if (ranges.length === 0) return null;
  return ranges.length === 2 ? [...ranges, ...ranges] : ranges;
}

/**
 * The registered-domain ranges of a notice's host label (`x.` up to `x/`: x.com, x.wordpress.com)
 * and of its organisation's shortest label (every domain starting with it), as [from, to, from, to]
 * (one range twice when there is one); null when there is neither.
 */
function labelRanges(hostLabel: string | null, nameLabel: string | null): string[] | null {
  const ranges: string[] = [];
  const upper = nameLabel ? prefixBound(nameLabel) : null;
  if (nameLabel && upper) ranges.push(nameLabel, upper);
  // The name's range holds the host's when the host label starts with the name's.
  if (hostLabel && !(upper && hostLabel.startsWith(nameLabel!)))
    ranges.push(`${hostLabel}.`, `${hostLabel}/`);
  if (ranges.length === 0) return null;
  return ranges.length === 2 ? [...ranges, ...ranges] : ranges;
}
/** A lookup of candidate ids, as a derived table of the union. */
type IdLookup = () => { as<A extends string>(alias: A): AliasedSelectQueryBuilder<{ id: string }, A> };
type CandidateParams = {
  orgIds: string[];
  dates: string[];
  domain: string;
  url: string;
  /** Registered-domain ranges (labelRanges), and the same as LIKE prefixes (PostgreSQL). */
  ranges: string[];
  likes: string[];
  sender: string;
  /** Subject-key ranges (subjectRanges), and the same as LIKE prefixes (PostgreSQL). */
  subjects: string[];
  subjectLikes: string[];
  /** Exact figures' keys (`#1595`), stored as subject keys. */
  figures: string[];
};
type CandidateRow = {
  id: string;
  facts_tag: string | null;
  published: string | null;
  notice_ids: string | null;
  /** Found as the organisation's (by organisation, or by date among the organisation's). */
  of_org: unknown;
  /** Found by the notice's address. */
  of_url: unknown;
};

const candidateQueries = new Map<string, Prepared<CandidateParams, CandidateRow>>();

/**
 * A notice's candidate incidents in one statement where there were up to four (one round trip on
 * PostgreSQL, each a few statements less on SQLite): the ids found by organisation (newest LIMIT),
 * by report date (DATED_LIMIT) and by site (newest LIMIT) as one union inside `id in (…)` — an
 * index lookup of the primary key per id on either database — each with its facts' tag (not the
 * facts: those are mostly kept in memory) and its notices' ids, in id order (the order the separate lookup of these ids returned them in).
 */
function candidateQuery(parts: CandidateParts): Prepared<CandidateParams, CandidateRow> {
  const key = `${parts.org}:${parts.dated}:${parts.site}:${parts.url}:${parts.label}:${parts.sender}:${parts.subject}:${parts.figure}`;
  let q = candidateQueries.get(key);
  if (!q) {
    q = prepared((db, p: CandidateParams) => {
      const byOrg = () =>
        db
          .selectFrom('incidents')
          .select('id')
          .where('organization_id', 'in', p.orgIds)
          .orderBy('updated_at', 'desc')
          .limit(LIMIT);
      const byDate = () =>
        parts.org
          ? db
              .selectFrom('incidents')
              .select('id')
              .where('organization_id', 'in', p.orgIds)
              .where('published', 'in', p.dates)
              .limit(DATED_LIMIT)
          : db.selectFrom('incidents').select('id').where('published', 'in', p.dates).limit(DATED_LIMIT);
      // The latest incidents whose notices hold this value in one column (the site, the sender).
      const latestWith = (column: 'n.site_domain' | 'n.sender_key', value: string) => () =>
        db
          .selectFrom('notices as n')
          .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
          .select('l.incident_id as id')
          .where(column, '=', value)
          .orderBy('n.created_at', 'desc')
          .limit(LIMIT);
      const bySite = latestWith('n.site_domain', p.domain);
      // The latest incidents whose notices hold a value in one column within two ranges (prefixes).
      const inRanges = (column: 'n.site_domain', ranges: string[], likes: string[]) => () =>
        db
          .selectFrom('notices as n')
          .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
          .select('l.incident_id as id')
          .where((eb) =>
            // PostgreSQL's collation may order punctuation apart from bytes: prefixes by LIKE there.
            isSqlite(db)
              ? eb.or([
                  eb.and([eb(column, '>=', ranges[0]!), eb(column, '<', ranges[1]!)]),
                  eb.and([eb(column, '>=', ranges[2]!), eb(column, '<', ranges[3]!)]),
                ])
              : eb.or([eb(column, 'like', likes[0]!), eb(column, 'like', likes[1]!)]),
          )
          .orderBy('n.created_at', 'desc')
          .limit(LIMIT);
      const byLabel = inRanges('n.site_domain', p.ranges, p.likes);
      // Every subject key of a notice is a row of notice_subjects (migration 0011), not only its first.
      const bySubject = () =>
        db
          .selectFrom('notice_subjects as s')
          .innerJoin('notices as n', 'n.id', 's.notice_id')
          .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
          .select('l.incident_id as id')
          .where((eb) =>
            isSqlite(db)
              ? eb.or([
                  eb.and([eb('s.key', '>=', p.subjects[0]!), eb('s.key', '<', p.subjects[1]!)]),
                  eb.and([eb('s.key', '>=', p.subjects[2]!), eb('s.key', '<', p.subjects[3]!)]),
                ])
              : eb.or([eb('s.key', 'like', p.subjectLikes[0]!), eb('s.key', 'like', p.subjectLikes[1]!)]),
          )
          .orderBy('n.created_at', 'desc')
          .limit(LIMIT);
      const byFigure = () =>
        db
          .selectFrom('notice_subjects as s')
          .innerJoin('incident_notices as l', 'l.notice_id', 's.notice_id')
          .select('l.incident_id as id')
          .where('s.key', 'in', p.figures)
          .orderBy('s.notice_id', 'desc')
          .limit(LIMIT);
      const byUrl = () =>
        db
          .selectFrom('notices as n')
          .innerJoin('incident_notices as l', 'l.notice_id', 'n.id')
          .select('l.incident_id as id')
          .where('n.url', '=', p.url)
          .limit(LIMIT);
      const bySender = latestWith('n.sender_key', p.sender);
      if (!isSqlite(db)) {
        // Each lookup as a derived table, as on SQLite; the organisation's and the address's ids
        // again for `of_org` and `of_url`.
        const ids = (lookups: IdLookup[]) => {
          const [first, ...rest] = lookups.map((l, i) => db.selectFrom(l().as(`c${i}`)).select(`c${i}.id`));
          return rest.reduce((u, s) => u.union(s), first!);
        };
        const own: IdLookup[] = parts.org ? [byOrg, ...(parts.dated ? [byDate] : [])] : [];
        const every: IdLookup[] = [
          ...(parts.org ? [byOrg] : []),
          ...(parts.dated ? [byDate] : []),
          ...(parts.site ? [bySite] : []),
          ...(parts.url ? [byUrl] : []),
          ...(parts.label ? [byLabel] : []),
          ...(parts.sender ? [bySender] : []),
          ...(parts.subject ? [bySubject] : []),
          ...(parts.figure ? [byFigure] : []),
        ];
        return db
          .selectFrom('incidents')
          .select(['id', 'facts_tag', 'published'])
          .select((eb) => [
            incidentNoticeIds(eb, false),
            own.length > 0
              ? eb('id', 'in', ids(own)).as('of_org')
              : sql<boolean>`${sql.lit(false)}`.as('of_org'),
            parts.url
              ? eb('id', 'in', ids([byUrl])).as('of_url')
              : sql<boolean>`${sql.lit(false)}`.as('of_url'),
          ])
          .where('id', 'in', ids(every))
          .orderBy('id');
      }
      // Each lookup as a derived table (SQLite allows no ORDER BY or LIMIT on a member of a UNION),
      // its ids tagged: `own` 1 when it is one of the organisation's (by organisation, or by date
      // among the organisation's), `via_url` 1 when found by the notice's address; an id found by
      // several lookups is one row, tagged when any of them is. One pass over the lookups: `id in (…)`
      // in the select list ran the organisation's lookups a second time (SQLite: 77 → 38 µs CPU a
      // query on the bench's store, issue 17; PostgreSQL keeps that form, not measured there).
      type Tagged = [IdLookup, 0 | 1, 0 | 1];
      const tagged = (lookups: Tagged[]) => {
        const [first, ...rest] = lookups.map(([l, own, viaUrl], i) =>
          db
            .selectFrom(l().as(`c${i}`))
            .select([`c${i}.id`, sql.lit(own).as('own'), sql.lit(viaUrl).as('via_url')]),
        );
        return rest.reduce((u, s) => u.unionAll(s), first!);
      };
      const all: Tagged[] = [
        ...(parts.org ? [[byOrg, 1, 0] as Tagged] : []),
        ...(parts.dated ? [[byDate, parts.org ? 1 : 0, 0] as Tagged] : []),
        ...(parts.site ? [[bySite, 0, 0] as Tagged] : []),
        ...(parts.url ? [[byUrl, 0, 1] as Tagged] : []),
        ...(parts.label ? [[byLabel, 0, 0] as Tagged] : []),
        ...(parts.sender ? [[bySender, 0, 0] as Tagged] : []),
        ...(parts.subject ? [[bySubject, 0, 0] as Tagged] : []),
        ...(parts.figure ? [[byFigure, 0, 0] as Tagged] : []),
      ];
      const found = db
        .selectFrom(tagged(all).as('u'))
        .select((eb) => ['u.id', eb.fn.max('u.own').as('of_org'), eb.fn.max('u.via_url').as('of_url')])
        .groupBy('u.id')
        .as('c');
      return db
        .selectFrom('incidents')
        .innerJoin(found, 'c.id', 'incidents.id')
        .select(['incidents.id', 'incidents.facts_tag', 'incidents.published', 'c.of_org', 'c.of_url'])
        .select((eb) => incidentNoticeIds(eb, true))
        .orderBy('incidents.id');
    });
    candidateQueries.set(key, q);
  }
  return q;
}

// Plain loops, not `.filter(…).map(…)` chains: the arrays those build change elements kind with what
// they hold, and V8 de-optimised continuationCandidates on each new one (docs/ingestion.md, session 20).

/** The ids of the rows whose flag is set. */
function idsWhere<R extends { id: string; of_org: unknown; of_url: unknown }>(
  rows: readonly R[],
  flag: 'of_org' | 'of_url',
): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < rows.length; i++) if (rows[i]![flag]) ids.add(rows[i]!.id);
  return ids;
}

/** The latest of the reports' published dates and the incident's own, or null (dates sort as strings). */
function latestPublished(reports: readonly ReportView[], own: string | null): string | null {
  let latest: string | null = own || null;
  for (let i = 0; i < reports.length; i++) {
    const p = reports[i]!.published;
    if (p !== null && (latest === null || p > latest)) latest = p;
  }
  return latest;
}
