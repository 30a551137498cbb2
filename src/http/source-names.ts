import { safeHref } from './context.js';
import type { Lang } from './i18n.js';

/**
 * Plain names for where an imported incident's facts come from, and the public page to check them:
 * people never see the internal dataset ids (`hibp`, `jp-security-announcements` …). Datasets with a
 * public list link to it; the others link to the record's own address (the organisation's
 * announcement, a press report), when there is one.
 */
const SOURCES: Record<string, { ja: string; en: string; href?: string }> = {
  hibp: {
    ja: 'Have I Been Pwned',
    en: 'Have I Been Pwned',
    href: 'https://haveibeenpwned.com/PwnedWebsites',
  },
  prc: {
    ja: 'Privacy Rights Clearinghouse(米国の漏えい事案の年表)',
    en: 'Privacy Rights Clearinghouse (chronology of US data breaches)',
    href: 'https://privacyrights.org/data-breaches',
  },
  hhs: {
    ja: '米国保健福祉省 公民権局の漏えい報告一覧',
    en: 'US Department of Health and Human Services, Office for Civil Rights breach portal',
    href: 'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf',
  },
  'ca-ag': {
    ja: 'カリフォルニア州司法長官の漏えい通知一覧',
    en: "California Attorney General's list of breach notices",
    href: 'https://oag.ca.gov/privacy/databreach/list',
  },
  'wa-ag': {
    ja: 'ワシントン州司法長官の漏えい通知一覧',
    en: "Washington State Attorney General's data breach notifications",
    href: 'https://www.atg.wa.gov/data-breach-notifications',
  },
  'jp-security-announcements': {
    ja: '国内の漏えい公表をまとめた一覧(元の公表にリンク)',
    en: 'a curated list of Japanese breach announcements (linked to the announcement)',
  },
  'jp-notice': {
    ja: '公表されたお知らせから自動で読み取った事実',
    en: 'facts read automatically from the published notice',
  },
  'jp-history': {
    ja: '国内の過去の事案の報道・記録',
    en: 'press reports and records of past incidents in Japan',
  },
  'world-history': { ja: '海外の主な事案の記録', en: 'records of major incidents worldwide' },
  corpus: { ja: '注釈付きの公表事例', en: 'an annotated public report' },
  starter: { ja: 'leakwatch に同梱の記録', en: "leakwatch's bundled records" },
};

export interface SourceInfo {
  name: string;
  /** The dataset's public page, else the record's own address; null when neither is known. */
  href: string | null;
}

/**
 * @example sourceInfo('hibp', 'https://haveibeenpwned.com/PwnedWebsites#Adobe', 'ja')
 * // { name: 'Have I Been Pwned', href: 'https://haveibeenpwned.com/PwnedWebsites#Adobe' }
 */
export function sourceInfo(source: string, sourceUrl: string | null | undefined, lang: Lang): SourceInfo {
  const known = SOURCES[source];
  const own = safeHref(sourceUrl);
  // A record's own address on the dataset's site (an anchor of the HIBP list) is the more precise link.
  const onSite = own && known?.href && new URL(own).host === new URL(known.href).host ? own : null;
  return {
    name: known ? known[lang] : lang === 'ja' ? '取り込んだデータ' : 'imported data',
    href: onSite ?? known?.href ?? own,
  };
}
