import type { IncidentView, NoticeView, Reason, ReportView } from './continuation.js';
import { causesDiffer } from './continuation-evidence.js';
import { normalizeOrgName, organizationFamilyKey } from './match.js';
import { daysBetween } from './report-refs.js';

/**
 * News of one organisation's breach told over weeks (a university's first article, a follow-up a
 * month later with a revised count, an undated repost): each page names the organisation, none
 * refers to the others or repeats their titles, so the continuation rules find nothing to join them
 * by. What joins them is that the organisation has one recent incident and nothing in the pages says
 * this is another one. The rule reads only news (a page no body publishes as its own, see
 * continuation.ts `outsidePage`): a body's own two notices of one month are often two mishaps, as the
 * other rules decide. Pure.
 */

/** Most days between the news page and the incident's nearest report: weeks, not months. */
export const BODY_NEWS_DAYS = 42;

/** The span when the page says the organisation told of the breach before (NEWS_RECALLS). */
const RECALLED_DAYS = 120;

/**
 * A news page telling that the organisation announced the breach before: "the university had
 * disclosed", "first reported the attack last month", 「…と発表していた」, 既報, 「昨年10月に発表した」.
 */
const NEWS_RECALLS =
  /\b(?:had|first|initially|previously|earlier)\s+(?:announced|disclosed|reported|confirmed|revealed)\b|\b(?:announced|disclosed|confirmed|revealed|reported)\s+(?:the|a|its)\s+(?:data\s+)?(?:breach|incident|attack|hack)\s+(?:last|earlier\s+this)\s+(?:week|month)\b|(?:発表|公表|公開)していた|明らかにしていた|既報|(?:昨年|先月|前月|昨秋|昨夏|昨春|昨冬)(?:\d{1,2}月)?(?:\d{1,2}日)?に?(?:発表|公表)した/i;

/** Days a page's incident may start after the incident's last report and still be that incident's. */
const START_SLACK_DAYS = 7;

/** What says the page tells of another incident, or of another body's (a subsidiary's, a unit's). */
const CONFLICTS: ReadonlySet<string> = new Set([
  'dates_far_apart',
  'other_unit',
  'another_first_report',
  'refers_to_other_report',
  'years_apart',
  'other_speaker',
  'other_letterhead',
  'names_group_company',
]);

/** Facts only one incident has, shared by the page and the incident. */
const SHARED_FACTS: ReadonlySet<string> = new Set([
  'same_date',
  'same_count',
  'same_service',
  'same_cause',
  'same_data_classes',
]);

/** Shared facts an undated page needs: with no day to bound it, the facts must say which breach. */
const UNDATED_SHARED_FACTS = 2;

/** The candidates a notice is scored against (pickContinuation). */
export type Others = readonly IncidentView[];

export interface BodyNewsInput {
  notice: NoticeView;
  incident: IncidentView;
  /** The reasons scored so far (continuation.ts). */
  reasons: readonly Reason[];
  /** Whether a page is news, no body's own (continuation.ts `outsidePage`). */
  outsidePage: (r: ReportView) => boolean;
  /** The notice names its organisation only as its contractor or vendor (continuation-evidence.ts). */
  orgIsContractor: boolean;
  /** The two give specific causes and share none. */
  otherCause: boolean;
  /** Every candidate incident (the incident itself among them or not). */
  others: Others;
}

/**
 * Adds `same_body_news` +3 to the reasons when bodyNews finds the page news of the incident, and
 * takes back what it answers: nothing said the incident continued (nothing_says_continued), and the
 * news hosts differ (other_site: neither is the organisation's own site, see bodyNews).
 */
export function addBodyNews(reasons: Reason[], x: BodyNewsInput): void {
  const found = bodyNews(x);
  if (found === null) return;
  for (const code of ['nothing_says_continued', 'other_site']) {
    const i = reasons.findIndex((r) => r.code === code);
    if (i >= 0) reasons.splice(i, 1);
  }
  // A short name beside the full one (サンプル / サンプル計算機) is the organisation the store's rows missed.
  if (found.variant) {
    const other = x.incident.reports.find((r) => r.organization)!.organization!;
    const detail = `${x.notice.organization} ~ ${other}`;
    reasons.push({ code: 'same_organization', kind: 'identity', weight: 1, detail });
  }
  reasons.push({ code: 'same_body_news', kind: 'continuation', weight: 3, detail: found.detail });
}

/**
 * Whether a news page about an organisation tells of the incident, its only recent one: the same
 * organisation (its organisation row, not a contractor's name), a day within BODY_NEWS_DAYS of the
 * incident's reports (RECALLED_DAYS when it says the breach was announced before; undated, two shared
 * specific facts, the recalled announcement one of them), news hosts on both sides if their hosts
 * differ, an incident window that does not start after the incident's last report, no cause or date
 * that differs, and no other incident of the organisation within a year. Returns what it matched
 * (for the reason's detail) and whether the names only are variants (sameName), or null.
 *
 * @example bodyNews({ notice: article, incident: first, reasons, outsidePage, otherCause: false, orgIsContractor: false, others: [] })
 * // => { detail: '12 days', variant: false }
 */
export function bodyNews(x: BodyNewsInput): { detail: string; variant: boolean } | null {
  const { notice: n, incident: c, reasons } = x;
  if (x.otherCause || !(x.outsidePage(n) || c.reports.some(x.outsidePage))) return null;
  // Two news hosts are no two publishers' own sites (other_site): only news on both sides may join.
  if (reasons.some((r) => r.code === 'other_site') && !newsOnly(x)) return null;
  const variant = !c.sameOrganization && !x.orgIsContractor && nameVariant(n.organization, c.reports);
  if (!variant && !reasons.some((r) => r.code === 'same_organization' && r.weight > 0)) return null;
  if (reasons.some((r) => CONFLICTS.has(r.code))) return null;
  if (!c.reports.some((r) => r.organization && sameName(n.organization, r.organization))) return null;
  if (otherBodies(n, c.reports)) return null;
  const days = c.reports.map((r) => r.day ?? r.published).filter((d): d is string => Boolean(d));
  const day = n.day ?? n.published;
  if (!startsWithin(n, c, day, days)) return null;
  // Another incident of the organisation that is recent too: the page may tell of either — unless
  // its specific cause is not the page's (a setting left open a year before a ransomware attack).
  const ofBody = (o: IncidentView) =>
    o.sameOrganization || o.reports.some((r) => sameName(n.organization, r.organization));
  const rival = (o: IncidentView) =>
    o !== c && o.id !== c.id && ofBody(o) && recent(o, day) && !causesDiffer(n.facts.causes, o.facts.causes);
  if (x.others.some(rival)) return null;
  const recalls = NEWS_RECALLS.exec(n.text.slice(0, 3000))?.[0];
  if (day && days.length > 0) {
    const gap = Math.min(...days.map((d) => daysBetween(day, d)));
    const span = recalls ? RECALLED_DAYS : BODY_NEWS_DAYS;
    return gap <= span
      ? { detail: `${Math.round(gap)} days${recalls ? `, ${recalls}` : ''}`, variant }
      : null;
  }
  const shared: string[] = reasons.filter((r) => SHARED_FACTS.has(r.code)).map((r) => r.code);
  if (recalls) shared.push(recalls);
  // Two data classes in common count as one fact here (same_data_classes wants three).
  const classes = n.facts.dataClasses.filter((k) => c.facts.dataClasses.includes(k));
  if (classes.length >= 2 && !shared.includes('same_data_classes')) shared.push('two data classes');
  return shared.length >= UNDATED_SHARED_FACTS ? { detail: shared.join(', '), variant } : null;
}

/**
 * Words a Japanese company's full name ends in that its short name leaves out (「サンプル計算機」 is
 * 「サンプル」 in a headline). The legal form (株式会社, Inc.) is already gone in normalizeOrgName.
 */
const INDUSTRY_SUFFIX =
  /(?:計算機|電機|電気|電子|工業|産業|製作所|商事|物産|化学|製薬|建設|通信|精機|興業|技研|システムズ|システム)$/;

/**
 * The normalizeOrgName key of a Japanese company's short name (サンプル計算機株式会社 → サンプル), for
 * the store to find the incidents stored under it; null when the name ends in no industry word or
 * what is left is shorter than three characters.
 *
 * @example industryShortKey('サンプル計算機株式会社') // => 'サンプル'
 */
export function industryShortKey(name: string): string | null {
  const key = normalizeOrgName(name);
  const m = INDUSTRY_SUFFIX.exec(key);
  return m && m.index >= 3 ? key.slice(0, m.index) : null;
}

/**
 * One organisation's name either way: the same key, the same family (サンプルホールディングス /
 * サンプル), or a short name and the full one with its industry word (サンプル / サンプル計算機).
 * Not a name with another word of its own ("Sample University" / "Sample University Hospital": a
 * subsidiary, the store's family lookup notwithstanding).
 *
 * @example sameName('サンプル計算機株式会社', 'サンプル') // => true
 */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [x, y] = [normalizeOrgName(a), normalizeOrgName(b)];
  if (x === y || organizationFamilyKey(a) === organizationFamilyKey(b)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const m = INDUSTRY_SUFFIX.exec(long);
  return short.length >= 2 && m !== null && long.slice(0, m.index) === short;
}

/**
 * The notice's organisation is another spelling of every organisation the incident's reports name
 * (sameName), a short name of three characters or more: 「富士」 is too short to say which company.
 */
function nameVariant(name: string | null, reports: readonly ReportView[]): boolean {
  if (!name || normalizeOrgName(name).length < 3) return false;
  const named = reports.filter((r) => r.organization);
  return named.length > 0 && named.every((r) => sameName(name, r.organization));
}

/**
 * The titles name other bodies besides the organisation, and none in common: each client's news of
 * its contractor's breach (「A県 委託先Xにランサムウェア攻撃」, 「B市 委託先Xで流出」), whichever
 * of the two names was read as the organisation.
 */
function otherBodies(n: ReportView, reports: readonly ReportView[]): boolean {
  const org = n.organization ? normalizeOrgName(n.organization) : '';
  const others = (r: ReportView) =>
    (r.subjects ?? [])
      .map(normalizeOrgName)
      .filter((k) => k.length >= 2 && !(org.includes(k) || k.includes(org)));
  const own = others(n);
  const theirs = reports.flatMap(others);
  return (
    own.length > 0 &&
    theirs.length > 0 &&
    !own.some((a) => theirs.some((b) => a.includes(b) || b.includes(a)))
  );
}

/** The notice and every report of the incident are news pages. */
export function newsOnly(x: Pick<BodyNewsInput, 'notice' | 'incident' | 'outsidePage'>): boolean {
  return x.outsidePage(x.notice) && x.incident.reports.length > 0 && x.incident.reports.every(x.outsidePage);
}

/**
 * The page's incident does not begin after the incident's last report, nor the incident's after the
 * page: a breach that starts after an organisation reported one is its next.
 */
function startsWithin(n: NoticeView, c: IncidentView, day: string | null, days: readonly string[]): boolean {
  const own = n.facts.incidentStart ?? n.facts.detected;
  const last = [...days, c.lastPublished ?? ''].filter(Boolean).sort().at(-1);
  if (own && last && own > last && daysBetween(own, last) > START_SLACK_DAYS) return false;
  const theirs = c.facts.incidentStart ?? c.facts.detected;
  return !(theirs && day && theirs > day && daysBetween(theirs, day) > START_SLACK_DAYS);
}

/** An incident reported within a year of the day, or one whose day is not known. */
function recent(o: IncidentView, day: string | null): boolean {
  if (!day || !o.lastPublished) return true;
  return daysBetween(day, o.lastPublished) <= 365;
}
