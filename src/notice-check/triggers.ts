import type { Cause, DataClass, IsoDate, NoticeFacts } from '../extract/types.js';
import * as P from './patterns.js';
import { WEB_SKIMMING } from './regimes/patterns.js';
import { clip, findAffirmed } from './text.js';
import type { AppiReportability, AppiTrigger } from './types.js';

/** 規則第7条第1号: data classes that are 要配慮個人情報 (health, race, creed …). */
const SENSITIVE_CLASSES: ReadonlySet<DataClass> = new Set<DataClass>([
  'Personal health data',
  'HIV statuses',
  'Races',
  'Ethnicities',
  'Religions',
  'Political views',
]);

/** 規則第7条第2号: data whose misuse may cause financial damage (card numbers, bank accounts). */
const FINANCIAL_CLASSES: ReadonlySet<DataClass> = new Set<DataClass>([
  'Credit cards',
  'Credit card CVV',
  'Bank account numbers',
  'PINs',
]);

/**
 * 規則第7条第3号: causes that mean the leak was or may have been done for an improper purpose
 * (attacks, theft, insiders). A plain loss or a misdirected email is not.
 */
const MALICIOUS_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'unauthorized_access',
  'sql_injection',
  'vulnerability_exploit',
  'credential_stuffing',
  'phishing',
  'malware',
  'ransomware',
  'insider',
]);

/**
 * 規則第7条第3号 as amended on 2023-12-27, in force 2024-04-01: the improper-purpose case also covers
 * personal information the business is about to acquire — data typed into a tampered form (web
 * skimming) before it reaches the business. Before that day such a leak was not of 個人データ.
 */
export const APPI_SKIMMING_FROM = '2024-04-01';

const SKIMMING_CAUSE: ReadonlySet<Cause> = new Set<Cause>(['web_skimming']);

/**
 * Reads people counts written in Japanese or English: 「1万589件」→ 10589, "1,234 customers" → 1234,
 * "2.5 million" → 2500000. Returns every count found.
 */
export function countsInText(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /(?<![\d,，])(\d{1,15}(?:[,，]\d{3}){0,6})\s{0,3}万\s{0,3}(\d{1,15}(?:[,，]\d{3}){0,6})?\s{0,3}(件|名|人)/g,
  )) {
    out.push(Number(m[1]!.replace(/[,，]/g, '')) * 10_000 + Number((m[2] ?? '0').replace(/[,，]/g, '')));
  }
  for (const m of text.matchAll(/(?<![\d万,，.])(\d{1,15}(?:[,，]\d{3}){0,6})\s{0,3}(件|名|人)/g)) {
    out.push(Number(m[1]!.replace(/[,，]/g, '')));
  }
  for (const m of text.matchAll(
    /\b(\d{1,15}(?:,\d{3}){0,6}(?:\.\d{1,6})?)\s{0,3}(million|thousand)?\s{1,3}(individuals|people|persons|customers|users|accounts|records|patients|members|employees|residents|consumers|clients|students)\b/gi,
  )) {
    const mult = m[2]?.toLowerCase() === 'million' ? 1e6 : m[2]?.toLowerCase() === 'thousand' ? 1e3 : 1;
    out.push(Math.round(Number(m[1]!.replace(/,/g, '')) * mult));
  }
  return out;
}

/**
 * Whether the draft describes a case the PPC must be told about (個人情報保護法第26条, 規則第7条),
 * as far as the text tells. Each trigger quotes the sentence that met it.
 *
 * @example appiReportability(['カード番号が流出したおそれがあります。'], null).mandatory // => true
 */
export function appiReportability(
  sentences: string[],
  facts: NoticeFacts | null,
  judgedOn: IsoDate = APPI_SKIMMING_FROM,
): AppiReportability {
  const fromFacts = <T>(
    list: { value: T; evidence: { quote: string } }[] | undefined,
    set: ReadonlySet<T>,
  ) => {
    const f = list?.find((x) => set.has(x.value));
    return f?.evidence.quote.trim() ? clip(f.evidence.quote.trim()) : null;
  };
  // Keywords count only where their clause does not deny them (「カード情報は含まれておりません」).
  const sensitive = fromFacts(facts?.data_classes, SENSITIVE_CLASSES) ?? findAffirmed(sentences, P.SENSITIVE);
  const financial = fromFacts(facts?.data_classes, FINANCIAL_CLASSES) ?? findAffirmed(sentences, P.FINANCIAL);
  // Web skimming counts only under the rules in force from 2024-04-01; the other improper-purpose
  // words are read in sentences that are not about a skimmed form.
  const skimmingCovered = judgedOn >= APPI_SKIMMING_FROM;
  const notSkimming = sentences.filter((s) => !WEB_SKIMMING.some((re) => re.test(s)));
  const skimming = skimmingCovered
    ? (fromFacts(facts?.causes, SKIMMING_CAUSE) ?? findAffirmed(sentences, WEB_SKIMMING))
    : null;
  const malicious =
    fromFacts(facts?.causes, MALICIOUS_CAUSES) ?? findAffirmed(notSkimming, P.MALICIOUS) ?? skimming;

  let over: string | null = null;
  const affected = facts?.affected;
  if (affected && affected.value.count > 1000 && affected.value.unit !== 'companies') {
    over = clip(affected.evidence.quote.trim() || String(affected.value.count));
  } else {
    over = sentences.find((s) => countsInText(s).some((n) => n > 1000)) ?? null;
    if (over) over = clip(over);
  }

  const triggers: AppiTrigger[] = [
    {
      id: 'sensitive',
      article: '規則第7条第1号',
      label: { ja: '要配慮個人情報が含まれる', en: 'Sensitive (要配慮) personal information involved' },
      met: sensitive !== null,
      quote: sensitive,
    },
    {
      id: 'financial',
      article: '規則第7条第2号',
      label: {
        ja: '不正に利用されることにより財産的被害が生じるおそれ (クレジットカード番号等)',
        en: 'Risk of financial damage if misused (card numbers, bank accounts)',
      },
      met: financial !== null,
      quote: financial,
    },
    {
      id: 'malicious',
      article: skimmingCovered ? '規則第7条第3号 (2024年4月1日改正後)' : '規則第7条第3号 (2024年3月31日まで)',
      label: skimmingCovered
        ? {
            ja: '不正の目的をもって行われたおそれ (不正アクセス・盗難・持ち出し、取得しようとしている情報のウェブスキミング等)',
            en: 'Possibly done for an improper purpose (unauthorised access, theft, insider, or web skimming of data being collected)',
          }
        : {
            ja: '不正の目的をもって行われたおそれ (不正アクセス・盗難・持ち出し等; 取得前の情報は対象外)',
            en: 'Possibly done for an improper purpose (unauthorised access, theft, insider; data not yet acquired not covered)',
          },
      met: malicious !== null,
      quote: malicious,
    },
    {
      id: 'over_1000',
      article: '規則第7条第4号',
      label: { ja: '本人の数が1,000人を超える', en: 'More than 1,000 people concerned' },
      met: over !== null,
      quote: over,
    },
  ];
  return { mandatory: triggers.some((t) => t.met), triggers };
}
