import { isMadeTitle } from '../extract/title.js';
import type { FactsView, ReportView } from './continuation.js';
import { dayMarks } from './day-marks.js';
import { headlineOf, trailingDate } from './headline-forms.js';
import { normalizeOrgName } from './match.js';
import { earlierReportRefs, revisedOn } from './report-refs.js';
import { writesAsReporter } from './reporter.js';
import { openingSelfName } from './self-name.js';
import { letterheadSender, noticeSender, senderNameKey } from './sender.js';
import { addressDay, noticeSite, publicBodySite, runSite, siteOf, sourceSite } from './site.js';
import { namedAsSupplier, speakerKind } from './speaker.js';
import {
  datelineDay,
  enLeadName,
  newsLeadName,
  speaksFirstPerson,
  subjectForm,
  subjectNames,
  titleLines,
} from './subject.js';
import { letterheadKey, textFingerprint } from './text-overlap.js';

/**
 * Views of notices and incidents as the continuation decision reads them (what the store hands
 * over): a notice's or a merged incident's comparable facts, and a stored or new notice as a report.
 * Pure.
 */
type V<T> = { value: T } | null | undefined;
/** The facts a notice or a merged incident holds, as far as the decision reads them. */
export interface FactsLike {
  organization?: V<string>;
  incident_start?: V<string>;
  incident_end?: V<string>;
  detected?: V<string>;
  affected?: V<{ count: number }>;
  counts?: { value: { count: number } }[];
  services?: { value: string }[];
  causes?: { value: string }[];
  data_classes?: { value: string }[];
}

/** The comparable facts of a notice or an incident. */
export function factsView(f: FactsLike): FactsView {
  const counts = new Set<number>();
  if (f.affected?.value) counts.add(f.affected.value.count);
  for (const c of f.counts ?? []) counts.add(c.value.count);
  return {
    incidentStart: f.incident_start?.value ?? null,
    incidentEnd: f.incident_end?.value ?? null,
    detected: f.detected?.value ?? null,
    counts: [...counts],
    serviceKeys: (f.services ?? []).map((s) => normalizeOrgName(s.value)),
    causes: (f.causes ?? []).map((c) => c.value),
    dataClasses: (f.data_classes ?? []).map((c) => c.value),
  };
}

/** A stored or new notice as a report. */
export function reportView(notice: {
  text: string;
  url: string | null;
  title: string | null;
  stage: string | null;
  published: string | null;
  facts: FactsLike;
}): ReportView {
  const head = letterheadSender(notice.text);
  const organization = notice.facts.organization?.value ?? null;
  // A title made from the organisation's name (「Xの個人情報漏えい」, "X data breach") is no page's
  // own: two pages about one body's two breaches would quote each other by it.
  const title = notice.title && isMadeTitle(notice.title, organization) ? null : notice.title;
  // A letterhead is no title: two letters of one sender do not quote each other by their names.
  const titled = headlineOf(notice.text, title);
  const headline = head && titled && senderNameKey(titled) === head ? null : titled;
  // A repost's banner line ends with the original's date when the facts did not read one, and a
  // blog post's address its day (/2024/05/09/).
  const published =
    notice.published ?? (headline ? trailingDate(headline) : null) ?? addressDay(notice.text, notice.url);
  const own = noticeSite(notice.text, notice.url);
  const reporter = !(own && publicBodySite(own)) && writesAsReporter(notice.text);
  // Read in the head the store keeps of a notice's text (continuation-candidates.ts), as speaker is.
  const supplierNamed = organization !== null && namedAsSupplier(notice.text.slice(0, 3000), organization);
  const subjects = subjectNames(
    notice.text.slice(0, 4000),
    titleLines(notice.text, notice.title, headline),
    organization,
  );
  // A news article's lead names the body that announced (「X病院(市)は4日、…と発表した」), whatever
  // organisation was read from it (its operator, a school for its board): whom it is about too.
  const lead = reporter ? newsLeadName(notice.text) : null;
  if (lead && !subjects.some((x) => subjectForm(x) === subjectForm(lead))) subjects.push(lead);
  // A news article is about the organisation read from it even when its title names only a service
  // (「「サンプル勤怠」停止、原因は攻撃か」): the later pages about the body find it by that name.
  if (reporter && organization && !subjects.some((x) => subjectForm(x) === subjectForm(organization)))
    subjects.push(organization);
  // …and so does an English lead's subject ("Sample Mart says …", "Sample County was hit by …").
  const enLead = lead ? null : enLeadName(notice.text);
  if (enLead && !subjects.some((x) => subjectForm(x) === subjectForm(enLead))) subjects.push(enLead);
  // A notice without an organisation read that names itself before its 当社 (self-name.ts): its body.
  const self = organization === null ? openingSelfName(notice.text) : null;
  if (self && !subjects.some((x) => subjectForm(x) === subjectForm(self))) subjects.push(self);
  const day = published ?? datelineDay(notice.text);
  // The days it names (day-marks.ts); a lead's day of the month only without a day of its own.
  const { leadDay, ...named } = dayMarks(notice.text);
  const marks = day || leadDay === undefined ? named : { leadDay, ...named };
  const speaker = speakerKind(notice.text);
  // The host it was read from even when that is no evidence of its publisher (blog.x.com): a name's host.
  const address = notice.url ?? /^\s*(https?:\/\/\S+)/.exec(notice.text)?.[1] ?? null;
  const host = address ? siteOf(address) : null;
  return {
    organization,
    // Without a name or an address, by the site it says it runs; a news article, by its source's.
    site: reporter ? sourceSite(notice.text) : (own ?? (organization === null ? runSite(notice.text) : null)),
    headline,
    stage: notice.stage,
    published,
    speaker,
    body: textFingerprint(notice.text),
    letterhead: letterheadKey(notice.text),
    supplierNamed,
    sender: head ?? noticeSender('', organization, supplierNamed),
    ...(head ? { senderOnLetterhead: true } : {}),
    ...(refersBack(notice.text) ? { refersBack: true } : {}),
    revised: published !== null && revisedOn(notice.text, published),
    ...(reporter ? { reporter } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(subjects.length > 0 && speaksFirstPerson(notice.text, speaker) ? { firstPerson: true } : {}),
    ...(host && host !== own ? { host } : {}),
    ...(day ? { day } : {}),
    ...(Object.keys(marks).length > 0 ? { marks } : {}),
  };
}

/** Whether a notice's head refers to an earlier report (a phrase, or a dated reference). */
function refersBack(text: string): boolean {
  const refs = earlierReportRefs(text.slice(0, 4000));
  return refs.phrase !== null || refs.dates.length > 0;
}
