import { createHash } from 'node:crypto';
import type { EngineFacts } from '../extract/engine.js';
import {
  candidateKeys,
  type FactsView,
  factsView,
  type NoticeView,
  noticeEvidence,
  type ReportView,
  reportView,
  type TextEvidence,
} from '../incidents/continuation.js';
import { figureKeys } from '../incidents/exact-figures.js';
import { registrableDomain } from '../incidents/site.js';
import { subjectKey, subjectKeys, subjectLookupKeys } from '../incidents/subject.js';
import { noticeTitle } from '../incidents/title.js';
import type { NoticeInput } from '../incidents/types.js';
import type { NoticeRowInput } from '../store/notices.js';

/**
 * What the pipeline derives from a notice alone — its title, site, report, the evidence its text
 * gives the continuation decision, its candidate lookup keys, its facts as JSON — computed next to its
 * extraction (on the extraction worker when there is one, issue 17) so that the writing thread
 * only reads it. Structured-clonable: plain data, strings, arrays and a Set.
 */
export interface NoticePrep {
  title: string | null;
  /** The notice's published date: the caller's, else its facts'. */
  published: string | null;
  siteDomain: string | null;
  report: ReportView;
  facts: FactsView;
  evidence: TextEvidence;
  /** Its candidate lookup keys: report dates it refers to, group companies, its subject's keys, its exact figures' keys. */
  keys: { reportDates: string[]; groupCompanies: string[]; subjects: string[]; figures: string[] };
  /** The key it is stored under for subject lookups (subject.ts subjectKey), or null. */
  subjectKey: string | null;
  /** Every key it is stored under for subject lookups (subject.ts subjectKeys; notice_subjects). */
  subjectKeys: string[];
  /** JSON of the facts, as stored. */
  factsJson: string;
}

/** The input fields a notice's derivation reads. */
export interface PrepInput {
  url?: string | null;
  title?: string | null;
  published?: string | undefined;
}

/** sha256 of the normalised text: the notice's identity (UNIQUE in the store). */
export function contentHash(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

export function prepareNotice(text: string, input: PrepInput, facts: EngineFacts): NoticePrep {
  const published = input.published ?? facts.published?.value ?? null;
  const title = noticeTitle(text, input.title, facts.title?.value, facts.organization?.value);
  const report = reportView({
    text,
    url: input.url ?? null,
    title,
    stage: facts.report_stage?.value ?? null,
    published,
    facts,
  });
  const notice: NoticeView = { ...report, text, facts: factsView(facts) };
  // Its exact figures (exact-figures.ts) are stored and looked up as subject keys of their own form.
  const figures = figureKeys(notice.facts.counts);
  return {
    title,
    published,
    siteDomain: report.site ? registrableDomain(report.site) : null,
    report,
    facts: notice.facts,
    evidence: noticeEvidence(notice),
    keys: { ...candidateKeys(notice), subjects: subjectLookupKeys(report), figures },
    subjectKey: subjectKey(report),
    subjectKeys: [...subjectKeys(report), ...figures],
    factsJson: JSON.stringify(facts),
  };
}

/** The row written for a notice: its input, text and facts with what its preparation read. */
export function noticeRowInput(
  id: string,
  input: NoticeInput,
  text: string,
  hash: string,
  facts: EngineFacts,
  prep: NoticePrep,
  createdAt: string,
): NoticeRowInput {
  const { published, title, siteDomain, factsJson, subjectKey, subjectKeys } = prep;
  // senderKey '': read, and names no one (sender-keys.ts)
  const keys = { senderKey: prep.report.sender ?? '', subjectKey, subjectKeys };
  return { id, input, hash, text, title, facts, factsJson, published, siteDomain, ...keys, createdAt };
}
