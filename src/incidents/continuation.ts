import { addBodyNews, type Others } from './body-news.js';
import {
  causesDiffer,
  dayBefore,
  isLater,
  nearDays,
  referredReport,
  textEvidence,
  UNSPECIFIC_CAUSES,
  withinSpan,
} from './continuation-evidence.js';
import * as lists from './continuation-lists.js';
import type { DayMarks } from './day-marks.js';
import { figureIdentity } from './exact-figures.js';
import {
  cachedForm,
  dice,
  domainOf,
  headlineOf,
  sharedSeries,
  trailingDate,
  unitOf,
} from './headline-forms.js';
import { distinctive, headlineCore } from './headlines.js';
import { hostIsNamed, namedHosts, sameOwnerLabel } from './host-owner.js';
import { foldSearch, normalizeOrgName } from './match.js';
import {
  daysBetween,
  earlierReportRefs,
  groupCompanies,
  LATER_REPORT_TITLE,
  nearReportDate,
  type ReportDate,
  reportRefsBeside,
} from './report-refs.js';
import { retellsFacts, retellsNotice } from './reporter.js';
import { lettersReferBack } from './sender.js';
import { thirdPartyHost } from './site.js';
import { namedAsContractor, PUBLISHER_KINDS, type SpeakerKind, speaksAsSubject } from './speaker.js';
import { copyWindows, MIN_SHARED_WINDOWS, sharedText } from './text-overlap.js';

export {
  candidateKeys,
  noticeEvidence,
  seedEvidence,
  type TextEvidence,
} from './continuation-evidence.js';
export { type FactsLike, factsView, reportView } from './continuation-views.js';
export {
  distinctive,
  earlierReportRefs,
  groupCompanies,
  headlineCore,
  headlineOf,
  namedAsContractor,
  type ReportDate,
  trailingDate,
};

/**
 * Is a new notice a later report of an incident already stored? The decision is a score with its
 * reasons, so that a join can be explained ("same site, quotes the title of the report of
 * 2015-09-13"). Two kinds of evidence:
 *
 * - identity — the same organisation (by any spelling) or the same own web site; without it there
 *   is no candidate at all;
 * - continuation — the notice refers to an earlier report (「5月9日にお知らせした」, 第一報,
 *   "as we previously reported"), quotes or closely repeats its title, names itself a later report
 *   (続報, 第2報, 最終報, 調査結果), or shares what only one incident has: a dated event, an exact
 *   count, a service, a specific cause.
 *
 * One organisation has unrelated incidents too (a city's two misdeliveries months apart), so the
 * identity never joins on its own: continuation must reach CONTINUATION_THRESHOLD. Pure.
 */

/** What the decision reads from one report (a notice). */
export interface ReportView {
  /** normalizeOrgName-comparable name, or null. */
  organization: string | null;
  /** Own web site (src/incidents/site.ts), or null. */
  site: string | null;
  /** The notice's headline, or null. */
  headline: string | null;
  stage: string | null;
  published: string | null;
  /** What kind of body speaks (本市 → city, 当社 → company …), or null when it does not say. */
  speaker?: SpeakerKind | null;
  /** Sampled windows of its body (src/incidents/text-overlap.ts), to tell copies of one text. */
  body?: Uint32Array;
  /** Who its letterhead says it is from (text-overlap.ts letterheadKey), or null. */
  letterhead?: string | null;
  /** Who it says it is from (sender.ts noticeSender: its letterhead's name, else its organisation's), or null. */
  sender?: string | null;
  /** It refers to an earlier report (a phrase or a dated reference, report-refs.ts), read in its head. */
  refersBack?: boolean;
  /** Its sender was read from its letterhead (the letter's own), not from a name in its text. */
  senderOnLetterhead?: boolean;
  /** Its organisation is named only as a supplier of the body that speaks (namedAsSupplier): a client's notice. */
  supplierNamed?: boolean;
  /** Its published date is one the page says it was updated on (revisedOn): its first version came earlier. */
  revised?: boolean;
  /** A news article about the body (reporter.ts): it retells a notice already out, it starts no incident. */
  reporter?: boolean;
  /** The names its title gives that its text uses as names (subject.ts subjectNames): whom it is about. */
  subjects?: string[];
  /** Its published date, else its dateline's day (subject.ts datelineDay), or null. */
  day?: string | null;
  /** Without a day: the days it names without a year (day-marks.ts), for pages about one body. */
  marks?: DayMarks;
  /** A page with subjects that speaks as a body (subject.ts speaksFirstPerson). */
  firstPerson?: boolean;
  /** The host it was read from when that is not its site (a blog host, a news host): names are matched to it. */
  host?: string;
}

/** The new notice: a report plus what only it needs (its text and facts). */
export interface NoticeView extends ReportView {
  /** The normalised notice text (references and quoted titles are looked for in it). */
  text: string;
  facts: FactsView;
}

/** The facts the decision compares (a notice's, or an incident's merged facts). */
export interface FactsView {
  incidentStart: string | null;
  /** The incident's last day: a later report that widens the window back keeps its end. */
  incidentEnd?: string | null;
  detected: string | null;
  /** Affected count and every stated count. */
  counts: number[];
  /** normalizeOrgName of each service. */
  serviceKeys: string[];
  causes: string[];
  dataClasses: string[];
}

/** An incident that may continue: its merged facts and its reports. */
export interface IncidentView {
  id: string;
  /** The store found it by the notice's organisation (same organisation row). */
  sameOrganization: boolean;
  sameUrl?: boolean; // … or by the notice's address: one file read twice is a copy from 12 windows, +3, no penalty
  facts: FactsView;
  /** Its notices (empty for an imported incident). */
  reports: ReportView[];
  /** Latest published date among its reports (or the imported record's). */
  lastPublished: string | null;
}

export type ReasonCode =
  | 'same_organization'
  | 'same_site'
  | 'same_url'
  | 'other_site'
  | 'same_domain'
  | 'same_owner'
  | 'same_sender'
  | 'names_host'
  | 'other_speaker'
  | 'other_letterhead'
  | 'quotes_title'
  | 'refers_to_report_of'
  | 'refers_to_earlier_report'
  | 'followed_by_reference'
  | 'title_names_later_report'
  | 'opening_names_update'
  | 'later_stage'
  | 'similar_title'
  | 'same_series'
  | 'other_unit'
  | 'same_date'
  | 'same_count'
  | 'same_service'
  | 'same_cause'
  | 'same_data_classes'
  | 'same_text'
  | 'names_group_company'
  | 'names_organization'
  | 'same_subject'
  | 'names_subject'
  | 'speaks_as_body'
  | 'near_in_time'
  | 'refers_to_other_report'
  | 'dates_far_apart'
  | 'another_first_report'
  | 'nothing_says_continued'
  | 'years_apart'
  | 'recent_report'
  | 'undated_reference'
  | 'same_body_news';

export interface Reason {
  code: ReasonCode;
  /** Identity or continuation evidence. */
  kind: 'identity' | 'continuation';
  weight: number;
  /** What matched, for people: a date, a count, a quoted title. */
  detail?: string;
}

export interface ContinuationScore {
  incidentId: string;
  identity: number;
  continuation: number;
  joins: boolean;
  reasons: Reason[];
}

/** What marks a notice as another copy of one report when nothing in it says it continues one. */
const COPY_MARKS: ReadonlySet<ReasonCode> = new Set([
  'similar_title',
  'same_count',
  'same_service',
  'same_text',
]);

/** What marks a notice as a later report of an incident: its stage, its title, a dated reference. */
const LATER_MARKS: ReadonlySet<ReasonCode> = new Set([
  'title_names_later_report',
  'opening_names_update',
  'later_stage',
  'refers_to_report_of',
]);

/** Continuation evidence a join needs (identity alone never joins). */
export const CONTINUATION_THRESHOLD = 3;

/** Most days between two pages about one named body that count as near in time (near_in_time). */
const NEAR_DAYS = 120;

/**
 * A page no body publishes as its own: a reporter's, or one on a site of its own that neither
 * speaks as a body nor bears its organisation's (Latin) name: a news site's article.
 */
function outsidePage(r: ReportView): boolean {
  if (r.reporter) return true;
  // A letter or an excerpt without a site of its own (a copy on a regulator's host) may well be
  // the body's own; and only a name in Latin letters tells whether a host bears it.
  if (!r.site || !r.organization || r.speaker || r.firstPerson || !/^[\x20-\x7e’]+$/.test(r.organization))
    return false;
  return !hostIsNamed(r.site, r.organization);
}

/** Distinctive parts shorter than this are too generic to compare. */
const MIN_DISTINCTIVE = 6;

// ---------------------------------------------------------------------------------------------
// The decision.

/**
 * Scores how likely `n` continues incident `c`, with the reasons. Identity: same organisation +1,
 * same own site +2 (same registered domain +1); another own site −3. Organisation names that
 * differ are not held against a join: names are often misread (a signature's 市長, a contractor).
 * Continuation: quoting an earlier report's title +4, referring to a report of a date one of its reports was published on +4,
 * any other reference to an earlier report +2, a title or an opening update heading naming a later report +2 (a later stage read
 * elsewhere +1), a closely similar distinctive title +2, a shared incident date +2, a shared count of
 * 100 or more +3 (10–99: +1), a shared service +2, a shared specific cause +1, three or more shared
 * data classes +1; incident dates all more than 60 days apart −2, another 第一報 −3, nothing on
 * either side saying the incident continued −1 (−3 when the two were published more than 30 days
 * apart), a dated reference only to days far from all its reports −2, naming the candidate's
 * organisation as one's subsidiary +2 identity (and no penalty for another site or speaker); within 180 days of its last report +1, more than 400
 * days after it −3 unless the notice refers to it.
 *
 * @example scoreContinuation(finalReport, incident) // => { joins: true, reasons: [{ code: 'same_site', … }, { code: 'quotes_title', … }] }
 */
export function scoreContinuation(n: NoticeView, c: IncidentView, others: Others = []): ContinuationScore {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, kind: Reason['kind'], weight: number, detail?: string) =>
    reasons.push(detail === undefined ? { code, kind, weight } : { code, kind, weight, detail });

  // Identity.
  const { refs, folded, groupKeys, orgIsContractor, head, own, opening, subject } = textEvidence(n);
  // The same body: most of the shorter text's windows are in one of its reports.
  let shared = { share: 0, size: 0 };
  // Two senders whose letters paste one vendor's paragraph are not copies of one letter.
  if (n.body && n.body.length >= MIN_SHARED_WINDOWS)
    for (const r of c.reports) {
      if (n.letterhead && r.letterhead && n.letterhead !== r.letterhead) continue;
      const s = r.body ? sharedText(n.body, r.body) : shared;
      if (s.size >= MIN_SHARED_WINDOWS && s.share > shared.share) shared = s;
    }
  const copy = shared.share >= 0.9 && shared.size >= (c.sameUrl ? MIN_SHARED_WINDOWS : copyWindows(n.text));
  // A notice that names its organisation only as its contractor (「当社が業務を委託している株式会社X」)
  // was read for want of its own name: the contractor's other clients share it, so it identifies nobody.
  // Nor does a name that the candidate's own reports give only to their supplier (a vendor read as
  // the publisher of its clients' notices): the vendor's own notice is another publisher's.
  const clientsOnly = c.reports.length > 0 && c.reports.every((r) => r.supplierNamed);
  if (c.sameOrganization && !orgIsContractor && !clientsOnly)
    add('same_organization', 'identity', 1, n.organization ?? undefined);
  if (c.sameUrl) add('same_url', 'identity', 1);
  // One sender by its letterhead or its name, however spelt ("U.S. Bank" / "U.S. Bank, N.A."), when
  // no organisation row joined them (a letter whose organisation was not read, or read otherwise).
  if (!c.sameOrganization && !orgIsContractor && n.sender && c.reports.some((r) => r.sender === n.sender))
    add('same_sender', 'identity', 1, n.sender);
  // A notice without an organisation of its own whose sentence opens with the candidate's as its
  // subject (an update read without its letterhead: "Maple Sample Pharmacy is providing an update",
  // 「株式会社サンプルは、」); a contractor or partner named inside a sentence identifies nobody.
  if (!n.organization && !c.sameOrganization) {
    const named = c.reports.find((r) => r.organization && speaksAsSubject(head, r.organization));
    if (named) add('names_organization', 'identity', 1, named.organization!);
  }
  // A parent reporting its subsidiary's incident: another publisher, on its own site, yet the same incident.
  const group =
    groupKeys.size > 0
      ? c.reports.find((r) => r.organization && groupKeys.has(normalizeOrgName(r.organization)))
      : undefined;
  if (group) add('names_group_company', 'identity', 2, group.organization!);
  const sites = lists.reportSites(c.reports);
  // Pages of different hosts whose titles name one body (a news article, a blog's repost, the body's
  // own page, whose host may bear the name instead): one body's breach told by several publishers,
  // whatever organisation was read from each. At least one of them must not speak as a body itself
  // (本市, "we"): two bodies' own notices naming one contractor are two publishers' notices.
  const about = orgIsContractor ? null : lists.subjectAbout(n, c.reports);
  // One organisation's numbered series of titles: one publisher's, from whichever host (a page gateway).
  const stem = c.sameOrganization ? sharedSeries(n.headline, c.reports) : null;
  // The notice's organisation names the host of one of the incident's reports (Harrowgate University,
  // harrowgate.edu), whose own name was not read or read otherwise: one publisher. A name the notice
  // gives only to its supplier names the vendor's host, not the notice's publisher.
  const name = n.organization ?? subject;
  const namesHost =
    !c.sameOrganization &&
    !(n.site && [...sites].some((x) => domainOf(x) === domainOf(n.site!))) &&
    !orgIsContractor &&
    name !== null &&
    [...sites].some((x) => hostIsNamed(x, name));
  if (namesHost) add('names_host', 'identity', 1, name!);
  // Another own site is another publisher (two cities whose notices name one contractor); a site
  // under the same registered domain (news.example.co.jp, example.co.jp) is the same publisher.
  const sameHost =
    n.site !== null &&
    [...sites].some((x) => x === n.site || domainOf(x) === domainOf(n.site!) || sameOwnerLabel(x, n.site!));
  if (about && !sameHost && !c.sameOrganization && !group) add('same_subject', 'identity', 2, about);
  if (n.site && sites.has(n.site)) add('same_site', 'identity', 2, n.site);
  else if (n.site && [...sites].some((x) => domainOf(x) === domainOf(n.site!)))
    add('same_domain', 'identity', 1, domainOf(n.site));
  // Hosts with one owner label (x.org, x.wordpress.com) are one publisher's.
  else if (n.site && [...sites].some((x) => sameOwnerLabel(x, n.site!)))
    add('same_owner', 'identity', 1, `${n.site} ~ ${[...sites].join(', ')}`);
  // One organisation's letter with the same body on another site is a copy (a news or mirror host),
  // and so is its post on a host that, unlike its other one, does not bear its name; hosts that all
  // bear its name (help.x.com, xlending.com) are its own.
  else if (
    n.site &&
    sites.size > 0 &&
    !group &&
    !about &&
    stem === null &&
    !(
      (c.sameOrganization &&
        (copy || thirdPartyHost(n.site, sites, n.organization) || namedHosts(n.site, sites, c.reports))) ||
      // A name read from the text that names the candidate's host is no sign that this host is a
      // third party's copy (another body's page about a vendor names the vendor).
      (namesHost && (copy || namedHosts(n.site, sites, c.reports)))
    )
  )
    add('other_site', 'identity', -3, `${n.site} ≠ ${[...sites].join(', ')}`);
  // A city and a prefecture (or a company) naming one contractor are two publishers. A hospital
  // and its university or city (当院 / 本学 / 本市) may speak for one another, so those never count.
  const speakers = lists.publisherSpeakers(c.reports);
  if (!group && n.speaker && PUBLISHER_KINDS.has(n.speaker) && speakers.size > 0 && !speakers.has(n.speaker))
    add('other_speaker', 'identity', -3, `${n.speaker} ≠ ${[...speakers].join(', ')}`);

  // Letters under two senders' letterheads (two clients reprinting one vendor's letter) are two notices.
  const heads = lists.letterheads(c.reports);
  if (!group && n.letterhead && heads.length > 0 && !heads.includes(n.letterhead))
    add('other_letterhead', 'identity', -2, `${n.letterhead} ≠ ${heads.join(', ')}`);

  // References to earlier reports.
  const cf0 = c.facts;
  const quoted = c.reports.find((r) => {
    if (!r.headline || r.headline === n.headline) return false;
    const orgs = [r.organization, n.organization];
    const core = cachedForm('core', r.headline, orgs, () => foldSearch(headlineCore(r.headline!, orgs)));
    return (
      cachedForm('own', r.headline, [], () => distinctive(r.headline!)).length >= MIN_DISTINCTIVE / 2 &&
      core.length >= 10 &&
      folded.includes(core)
    );
  });
  if (quoted) add('quotes_title', 'continuation', 4, quoted.headline!);
  const published = lists.publishedDates(c.reports);
  const dated = referredReport(refs.dates, published, c.reports);
  // A reference dated to a day none of this incident's dated reports was published on points at
  // another report (the same organisation's other breach), so it is no support here.
  // …unless one of its reports is undated and the day lies within the incident's span: that report, maybe.
  const undatedWithin =
    c.reports.some((r) => r.published === null) &&
    refs.dates.some((d) => withinSpan(d, cf0.incidentStart ?? cf0.detected, c.lastPublished));
  const { dates: reportDays, phrase } = reportRefsBeside(refs, n.facts); // its own incident's days are no reports'
  const datedElsewhere = !dated && reportDays.length > 0 && published.length > 0 && !undatedWithin;
  // A day or two off (a report posted after midnight, or dated in its letterhead the day before).
  const near = dated ? undefined : refs.dates.find((d) => published.some((p) => nearReportDate(d, p, 3)));
  const revisedSince = c.reports.some((r) => r.revised && refs.dates.some((d) => dayBefore(d, r.published!)));
  if (dated) add('refers_to_report_of', 'continuation', 4, `${dated.y ?? '?'}-${dated.m}-${dated.d}`);
  else if ((phrase && !quoted && !datedElsewhere) || (near && !quoted))
    add('refers_to_earlier_report', 'continuation', 2, phrase ?? `${near!.m}-${near!.d}`);
  // Every report it refers to was published on a day far from all of this incident's reports: it
  // follows another report (the same body's other incident, whose first report is not stored).
  // …unless it came out before a page of the incident was revised: that page's first version, maybe.
  else if (datedElsewhere && !quoted && !near && !revisedSince) {
    const d = reportDays[0]!;
    add('refers_to_other_report', 'continuation', -2, `${d.y ?? '?'}-${d.m}-${d.d}`);
  }

  // The other way round: a first letter read after its sender's letters that refer back to it.
  const followed =
    !quoted && !dated && !near && !refs.phrase && refs.dates.length === 0 && lettersReferBack(n, c.reports);
  if (followed) add('followed_by_reference', 'continuation', 2);

  // The notice's own report stage.
  const titledLater = Boolean(n.headline && LATER_REPORT_TITLE.test(n.headline));
  if (titledLater)
    add('title_names_later_report', 'continuation', 2, LATER_REPORT_TITLE.exec(n.headline!)![0]);
  // A page's dated update entry under its unchanged title ("Update Tuesday 13 July").
  else if (opening) add('opening_names_update', 'continuation', 2, opening);
  else if (isLater(n.stage)) add('later_stage', 'continuation', 1, n.stage!);

  // Similar titles (distinctive words only: two 「個人情報を含む書類の誤送付について」 say nothing).
  const ownUnit = n.headline ? unitOf(n.headline) : null;
  const otherUnit = ownUnit ? lists.otherUnitOf(ownUnit, c.reports) : undefined;
  const sameUnit = ownUnit !== null && c.reports.some((r) => r.headline && unitOf(r.headline) === ownUnit);
  if (otherUnit && !sameUnit && !quoted) add('other_unit', 'continuation', -2, `${ownUnit} ≠ ${otherUnit}`);
  if (own.length >= MIN_DISTINCTIVE && !quoted && !(otherUnit && !sameUnit)) {
    const best = c.reports.reduce<{ r: ReportView | null; s: number }>(
      (acc, r) => {
        const orgs = [r.organization, n.organization];
        const other = r.headline
          ? cachedForm('own', r.headline, orgs, () => distinctive(r.headline!, orgs))
          : '';
        const s = other.length >= MIN_DISTINCTIVE ? dice(own, other) : 0;
        return s > acc.s ? { r, s } : acc;
      },
      { r: null, s: 0 },
    );
    if (best.r && best.s >= 0.5) add('similar_title', 'continuation', 2, best.r.headline!);
  }
  if (stem && !reasons.some((r) => r.code === 'similar_title' || r.code === 'quotes_title'))
    add('same_series', 'continuation', 2, stem);

  // Shared facts.
  const nf = n.facts;
  const cf = c.facts;
  const datePairs: [string | null, string | null][] = [
    [nf.incidentStart, cf.incidentStart],
    [nf.detected, cf.detected],
    [nf.incidentStart, cf.detected],
    [nf.detected, cf.incidentStart],
    [nf.incidentEnd ?? null, cf.incidentEnd ?? null],
  ];
  const known = datePairs.filter((p): p is [string, string] => p[0] !== null && p[1] !== null);
  const sameDate = known.find(([a, b]) => a === b);
  if (sameDate) add('same_date', 'continuation', 2, sameDate[0]);
  else if (known.length > 0 && known.every(([a, b]) => daysBetween(a, b) > 60))
    add('dates_far_apart', 'continuation', -2, `${known[0]![0]} / ${known[0]![1]}`);
  const count = lists.largestSharedCount(nf.counts, cf.counts);
  if (count !== undefined) add('same_count', 'continuation', count >= 100 ? 3 : 1, String(count));
  const service = nf.serviceKeys.find((k) => cf.serviceKeys.includes(k));
  if (service) add('same_service', 'continuation', 2, service);
  const cause = nf.causes.find((x) => !UNSPECIFIC_CAUSES.has(x) && cf.causes.includes(x));
  if (cause) add('same_cause', 'continuation', 1, cause);
  if (shared.share >= 0.65)
    add(
      'same_text',
      'continuation',
      copy ? (c.sameUrl ? 3 : 2) : 1,
      `${Math.round(shared.share * 100)} % of ${shared.size} windows`,
    );
  // Two pages about one named body (same_subject) dated within months of each other, whose facts do
  // not conflict (their incident dates, their specific causes): publishers' accounts of one breach.
  // Not among one organisation's own notices (same_organization, same_sender): a body's two mishaps
  // of one week are two incidents there, as the rules above decide; nor across two of its units.
  // A page of another publisher (a news article: no body speaks, its host does not bear the name) is
  // no notice of the organisation's own, though its organisation was read as the body it tells of.
  // So is a news page beside the sender's own notice (one sender, but not two notices of its own).
  const outside = outsidePage(n) || c.reports.some((r) => outsidePage(r));
  const nearAllowed =
    !reasons.some(
      (r) =>
        ['dates_far_apart', 'other_unit', 'names_group_company'].includes(r.code) ||
        (r.code === 'same_sender' && !outside),
    ) &&
    (outside || !c.sameOrganization);
  const nearBy = about && nearAllowed ? nearDays(n, c.reports) : null;
  const otherCause = causesDiffer(nf.causes, cf.causes);
  // Undated pages (news without a dateline) by the day they name: a month-day both give (+3, as
  // near as two dated pages), else a lead's 「13日」 on the day of the month of the other's (+1: one
  // day in thirty, so other shared facts must say the rest).
  const marks =
    about && (nearBy === null || nearBy > NEAR_DAYS) && !otherCause && nearAllowed
      ? lists.sharedDayMarks(n, c.reports)
      : [];
  const marked = marks.find((x) => x.kind === 'month_day') ?? marks[0];
  if (nearBy !== null && nearBy <= NEAR_DAYS && !otherCause)
    add('near_in_time', 'continuation', 3, `${Math.round(nearBy)} days`);
  else if (marked) add('near_in_time', 'continuation', marked.kind === 'month_day' ? 3 : 1, marked.detail);
  const classes = lists.sharedItems(nf.dataClasses, cf.dataClasses);
  if (classes.length >= 3) add('same_data_classes', 'continuation', 1, classes.join(', '));
  // Against.
  const referred =
    Boolean(quoted || dated || near || followed || (phrase && (!datedElsewhere || revisedSince))) ||
    (copy && c.sameUrl);
  const retold = retellsNotice(n, c.reports, reasons); // news of a notice: no second 第一報 (reporter.ts)
  // A second 第一報 starts another incident (not a copy, nor the first report's page with an addendum
  // on top); a notice whose stage was not read only lacks support.
  if (
    !referred &&
    !copy &&
    !retold &&
    n.stage === 'first' &&
    !opening &&
    c.reports.some((r) => r.stage === 'first')
  )
    add('another_first_report', 'continuation', -3);
  else if (
    !referred &&
    !reasons.some((r) => r.code === 'near_in_time') &&
    !isLater(n.stage) &&
    !titledLater &&
    !opening &&
    !c.reports.some((r) => isLater(r.stage) || (r.headline && LATER_REPORT_TITLE.test(r.headline)))
  ) {
    // Two first reports a month or more apart are two incidents (a city's misdeliveries of one kind
    // of letter, told under one title); a copy of one report comes out within days of it.
    const nearest = n.published ? lists.nearestDays(n.published, published) : Number.POSITIVE_INFINITY;
    // Near in time, only a copy's own marks (its title, a count, a service) say it is one report told
    // twice; a shared day and cause alone fit two mishaps one body announced together.
    const copyMarks = reasons.some((r) => COPY_MARKS.has(r.code));
    if (Number.isFinite(nearest) && nearest > 30)
      add('nothing_says_continued', 'continuation', -3, `${Math.round(nearest)} days apart`);
    else if (!(retold && retellsFacts(reasons)))
      add('nothing_says_continued', 'continuation', copyMarks || retold ? -1 : -2);
  }
  const last = c.lastPublished;
  const gap = n.published && last ? daysBetween(n.published, last) : null;
  if (gap !== null && gap <= 180) add('recent_report', 'continuation', 1, `${last} → ${n.published}`);
  // Pages that print no date (news-room posts read without their dateline) cannot be near in time;
  // a reference back on the same publisher's site stands for it, as nothing says they are far apart.
  else if (
    gap === null &&
    reasons.some((r) => r.code === 'refers_to_earlier_report' || r.code === 'followed_by_reference') &&
    (reasons.some((r) => r.code === 'same_site' || r.code === 'same_domain' || r.code === 'same_owner') ||
      // …and so does one sender's letterhead on both letters.
      (n.senderOnLetterhead && c.reports.some((r) => r.senderOnLetterhead && r.sender === n.sender))) &&
    !reasons.some((r) => r.code === 'dates_far_apart')
  )
    add('undated_reference', 'continuation', 1);
  else if (gap !== null && gap > 400 && !dated && !quoted)
    add('years_apart', 'continuation', -3, `${last} → ${n.published}`);

  // A title quoted by a notice that neither calls itself a later report nor shares a date with the
  // incident is a body's stock heading used again (two offices' 「…における個人情報の漏えいについて」).
  const q = reasons.find((r) => r.code === 'quotes_title');
  if (q && reasons.some((r) => r.code === 'dates_far_apart') && !reasons.some((r) => LATER_MARKS.has(r.code)))
    q.weight = 2;
  // News of the organisation's only recent incident: it says the incident continued (body-news.ts).
  addBodyNews(reasons, { notice: n, incident: c, reasons, outsidePage, otherCause, others, orgIsContractor });
  const figured = figureIdentity(reasons, folded, n, c.reports); // no identity read, yet one exact figure
  if (figured) add(figured.code, 'identity', 1, figured.name);
  const identity = lists.weightOf(reasons, 'identity');
  const continuation = lists.weightOf(reasons, 'continuation');
  return {
    incidentId: c.id,
    identity,
    continuation,
    joins: identity > 0 && continuation >= CONTINUATION_THRESHOLD,
    reasons,
  };
}

/**
 * The incident a notice continues — the best-scoring candidate that joins — with every candidate's
 * score (for logs and explanations); null when none joins.
 */
export function pickContinuation(
  n: NoticeView,
  candidates: IncidentView[],
): { incidentId: string | null; scores: ContinuationScore[] } {
  // Newest first, so that of two equal scores the more recent incident wins.
  const last = (c: IncidentView) => c.lastPublished ?? '';
  const ordered = [...candidates].sort((a, b) => (last(b) < last(a) ? -1 : last(b) > last(a) ? 1 : 0));
  const scores: ContinuationScore[] = [];
  for (let i = 0; i < ordered.length; i++) scores.push(scoreContinuation(n, ordered[i]!, ordered));
  let best: ContinuationScore | null = null;
  for (const s of scores) {
    if (!s.joins) continue;
    if (!best || s.identity + s.continuation > best.identity + best.continuation) best = s;
  }
  return { incidentId: best?.incidentId ?? null, scores };
}
