import { createHash } from 'node:crypto';
import { z } from 'zod';
import { extract } from '../extract/index.js';
import { stripLegalForm } from '../incidents/match.js';
import type { IncidentRecordInput } from '../incidents/record.js';
import { normalizeText } from '../text/normalize.js';
import type { ParseResult } from './common.js';

/**
 * Japanese breach notices as published (jp_notice_excerpts.jsonl: url, title, text, posted,
 * source_kind) → records built with leakwatch's own extraction (provenance 'extracted'). Only the
 * extracted facts are kept — names, dates, counts, classes, causes — never the notice's sentences; the
 * title is written here from the organisation's name. Pure (hashing is for the key only).
 *
 * A text is kept when it reads as a personal-data breach notice: extraction finds an organisation
 * and at least one breach fact (a count, a data class, a cause or a leak status), and the page is not
 * a disciplinary notice (懲戒処分) unless it speaks of personal data leaking.
 */
export const NoticeExcerpt = z.object({
  url: z.string().url(),
  title: z.string().nullish(),
  text: z.string().min(1),
  posted: z.string().nullish(),
  source_kind: z.string().nullish(),
});

const DISCIPLINARY = /懲戒処分/;
const PERSONAL_DATA_LEAK = /個人情報[^。]{0,40}(漏えい|漏洩|流出|紛失|誤送|閲覧)/;

/** Why a notice is not kept, or null when it is. */
export function notBreachNotice(
  title: string,
  text: string,
  facts: ReturnType<typeof extract>,
): string | null {
  if (DISCIPLINARY.test(title + text.slice(0, 300)) && !PERSONAL_DATA_LEAK.test(text))
    return 'disciplinary notice without a personal-data leak';
  if (!facts.organization) return 'no organisation found';
  const breachFacts =
    (facts.affected ? 1 : 0) + facts.data_classes.length + facts.causes.length + (facts.leak_status ? 1 : 0);
  if (breachFacts === 0) return 'no breach facts found';
  return null;
}

/**
 * Names that do not identify an organisation: a bare legal form or kind of school ("学校法人",
 * "都立高等学校", "決済サービス会社"), a cut fragment ("・旅客鉄道…", a list number before the name), or a
 * heading taken as a name ("…について").
 */
export function unnamedOrganisation(name: string): boolean {
  const n = name.normalize('NFKC').trim();
  if (n.length > 30 || /^[・･、,0-9]/.test(n) || /について|における|に関する|セキュリティ事件簿/.test(n))
    return true;
  const bare = stripLegalForm(n);
  if (bare.length < 2) return true;
  return /^(当社|弊社|本学|本市|当院|本校|教育庁|教育委員会|(健診|検診)?センター|.{0,8}会社)$|^(市立|都立|県立|府立|道立|区立|町立|村立)?(小学校|中学校|高等学校|高校|学校|病院|大学|学校法人|法人)$/.test(
    bare,
  );
}

export function parseJpNotices(text: string, dataset = 'jp_notice_excerpts.jsonl'): ParseResult {
  const out: ParseResult = { records: [], skipped: [] };
  const seen = new Set<string>();
  text
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line, i) => {
      const row = i + 1;
      let n: z.infer<typeof NoticeExcerpt>;
      try {
        n = NoticeExcerpt.parse(JSON.parse(line));
      } catch {
        out.skipped.push({ row, reason: 'not a notice excerpt (url, text)' });
        return;
      }
      const body = normalizeText(n.text);
      const posted = /^\d{4}-\d{2}-\d{2}$/.test(n.posted ?? '') ? (n.posted as string) : undefined;
      const facts = extract(body, { lang: 'ja', url: n.url, published: posted });
      const why = notBreachNotice(n.title ?? '', body, facts);
      if (why) {
        out.skipped.push({ row, reason: why });
        return;
      }
      const org = facts.organization!.value.trim();
      if (unnamedOrganisation(org)) {
        out.skipped.push({ row, reason: `organisation not named (${org.slice(0, 20)})` });
        return;
      }
      const key = `jp-notice:${createHash('sha256').update(n.url).digest('hex').slice(0, 12)}`;
      if (seen.has(key)) {
        out.skipped.push({ row, reason: 'same address as an earlier row' });
        return;
      }
      seen.add(key);
      const published = facts.published?.value ?? posted ?? null;
      const record: IncidentRecordInput = {
        key,
        source: 'jp-notice',
        source_url: n.url,
        lang: 'ja',
        country: 'JP',
        title: `${org}の個人情報に関する事案${published ? ` (${published.slice(0, 4)})` : ''}`,
        organization: { name: org },
        services: facts.services.map((s) => ({ name: s.value })),
        report_stage: facts.report_stage?.value ?? null,
        published,
        incident_start: facts.incident_start?.value ?? null,
        incident_end: facts.incident_end?.value ?? null,
        detected: facts.detected?.value ?? null,
        contained: facts.contained?.value ?? null,
        affected: facts.affected?.value ?? null,
        data_classes: [...new Set(facts.data_classes.map((f) => f.value))],
        causes: [...new Set(facts.causes.map((f) => f.value))],
        measures: [...new Set(facts.measures.map((f) => f.value))],
        leak_status: facts.leak_status?.value ?? null,
        provenance: 'extracted',
        origin: { dataset, row, url: n.url },
      };
      out.records.push(record);
    });
  return out;
}
