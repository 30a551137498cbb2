import type { NoticeFacts } from '../extract/types.js';
import { normalizeOrgName } from './match.js';
import type { IncidentFacts } from './types.js';

/**
 * Related incidents: when a vendor, payment provider or cloud service is breached, each of its
 * customers publishes its own notice naming the vendor (「委託先である株式会社〇〇の決済システム」).
 * Those incidents are linked through the third-party names their cause evidence mentions.
 */

/** Company or system names quoted in a sentence: 「…」/『…』, 株式会社X / X株式会社, "X Inc.". */
export function namesInSentence(sentence: string): string[] {
  const s = sentence.normalize('NFKC');
  const out: string[] = [];
  for (const m of s.matchAll(/[「『]([^」』]{2,40})[」』]/g)) out.push(m[1]!);
  // Company names run over katakana, kanji and Latin; hiragana (particles) ends them.
  const run = '[\\u30a0-\\u30ff\\u4e00-\\u9fafA-Za-z0-9&・.]';
  for (const m of s.matchAll(new RegExp(`(?:株式会社|有限会社|合同会社)(${run}{2,30})`, 'g')))
    out.push(m[0]!);
  for (const m of s.matchAll(new RegExp(`(${run}{2,30})(?:株式会社|有限会社|合同会社)`, 'g')))
    out.push(m[0]!);
  for (const m of s.matchAll(
    /\b([A-Z][A-Za-z0-9&-]*(?:\s+[A-Z][A-Za-z0-9&-]*){0,4}),?\s+(?:Inc|LLC|Ltd|Limited|Corporation|Corp|GmbH|plc)\b\.?/g,
  )) {
    out.push(m[0]!);
  }
  return out;
}

/** One upstream (third-party) name of an incident: as written, and its matching key. */
export interface UpstreamName {
  name: string;
  key: string;
}

/**
 * The third parties an incident blames: names in the evidence of its `third_party` cause, and the
 * incident's services named in that same sentence. Empty unless a cause is third_party.
 *
 * @example upstreamNames(facts, 'サンプル商事') // => [{ name: '株式会社ペイサンプル', key: 'ペイサンプル' }]
 */
export function upstreamNames(
  facts: IncidentFacts | NoticeFacts,
  ownOrganization: string | null,
): UpstreamName[] {
  const own = ownOrganization ? normalizeOrgName(ownOrganization) : null;
  const quotes: string[] = [];
  for (const c of facts.causes) {
    if (c.value === 'third_party' && c.evidence?.quote) quotes.push(c.evidence.quote);
  }
  if (quotes.length === 0) return [];
  const names: string[] = [];
  for (const q of quotes) {
    names.push(...namesInSentence(q));
    for (const s of facts.services) if (q.includes(s.value)) names.push(s.value);
  }
  const seen = new Map<string, string>();
  for (const n of names) {
    const key = normalizeOrgName(n);
    if (key.length < 2 || key === own || seen.has(key)) continue;
    seen.set(key, n.trim());
  }
  return [...seen].map(([key, name]) => ({ name, key }));
}
