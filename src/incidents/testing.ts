import { emptyNoticeFacts } from '../extract/index.js';
import type { Fact, NoticeFacts } from '../extract/types.js';
import { type FactsView, factsView, type IncidentView, type NoticeView, reportView } from './continuation.js';
import { IncidentRecord } from './record.js';

/**
 * Test helpers: NoticeFacts built directly (fictional companies only), so that merging and storage
 * can be tested without the extraction engine.
 */
export function fact<T>(
  value: T,
  quote = String(typeof value === 'object' ? JSON.stringify(value) : value),
): Fact<T> {
  return { value, evidence: { quote, start: 0, end: quote.length }, confidence: 0.9 };
}

/** A NoticeFacts with every field empty except those given. */
export function noticeFacts(partial: Partial<NoticeFacts> = {}): NoticeFacts {
  return { ...emptyNoticeFacts('ja'), ...partial };
}

/** An ingestion engine whose extract() returns the facts registered for a text. */
export function fakeEngine(table: Map<string, NoticeFacts> = new Map()) {
  return {
    table,
    normalize: (raw: string) => raw.normalize('NFKC').replace(/\r\n?/g, '\n').trim(),
    extract: (text: string) => {
      const f = table.get(text);
      if (!f) throw new Error(`fakeEngine: no facts registered for text starting ${text.slice(0, 20)}`);
      return f;
    },
    /** Registers facts for a text (normalised like normalize() does) and returns the text. */
    add(text: string, f: NoticeFacts): string {
      table.set(text.normalize('NFKC').replace(/\r\n?/g, '\n').trim(), f);
      return text;
    },
  };
}

/** A compiled Japanese record of a (fictional) organisation, its aliases, and nothing else. */
export function orgRecord(key: string, name: string, aliases: string[] = []): IncidentRecord {
  return IncidentRecord.parse({
    key,
    source: 'jp-history',
    lang: 'ja',
    country: 'JP',
    title: `${name}の事案 (2010)`,
    organization: { name, aliases },
    provenance: 'compiled',
  });
}

/** A fictional notice as the continuation decision sees it: its report view, text and facts. */
export function noticeView(text: string, facts: NoticeFacts, url: string | null = null): NoticeView {
  const view = reportView({
    text,
    url,
    title: null,
    stage: facts.report_stage?.value ?? null,
    published: facts.published?.value ?? null,
    facts,
  });
  return { ...view, text, facts: factsView(facts) };
}

/** An incident of one stored notice. */
export function incidentOfOne(r: NoticeView, sameOrganization = true): IncidentView {
  return { id: 'i1', sameOrganization, facts: r.facts, reports: [r], lastPublished: r.published };
}

/** A continuation FactsView with nothing known, overridden by `p` (views written by hand in tests). */
export function factsViewOf(p: Partial<FactsView> = {}): FactsView {
  return {
    incidentStart: null,
    detected: null,
    counts: [],
    serviceKeys: [],
    causes: [],
    dataClasses: [],
    ...p,
  };
}
