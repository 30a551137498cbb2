// Headlines as the continuation decision reads them: a headline's distinctive part and the core a
// later report would quote (the headline itself and its trailing date: headline-forms.ts). Pure.
import { HEADLINE_DATE } from './headline-forms.js';
import { foldSearch, stripLegalForm } from './match.js';

/**
 * Words every breach notice's title uses: they say nothing about which incident it is (a press
 * release's 報道発表資料 banner and 「…における」 included).
 */
const GENERIC_JA =
  /報道発表資料|記者発表資料|報道資料|における|において|行政文書|文書|所在不明|誤交付|誤発送|誤配信|誤投函|誤廃棄|滅失|個人情報|情報|流出|漏えい|漏洩|漏れ|可能性|おそれ|恐れ|不正アクセス|不正|アクセス|サイバー攻撃|ランサムウェア|被害|発生|事案|事故|紛失|盗難|誤送付|誤送信|誤配付|誤交付|誤掲載|書類|郵便物|メール|お客様|お客さま|弊社|当社|本市|本学|当院|に関する|について|に係る|お知らせ|お詫び|おわび|ご報告|報告|続報|第\S報|最終報|調査結果|更新|掲載|及び|および|ならびに|含む|による|への|[のをとがはにで]|年度|[年月日]/g;
const GENERIC_EN =
  /\b(?:notice|of|data|security|cyber|cybersecurity|privacy|incident|event|breach|update|notification|letter|regarding|re|about|important|information|the|and|to|our|a|an|on|for|personal|unauthori[sz]ed|access|possible|potential|recent)\b/gi;

/**
 * The distinctive part of a headline: generic breach vocabulary, stage markers, dates and
 * separators removed.
 *
 * @example distinctive('事務委託先のシステムへの不正アクセスについて<続報1>') // => '事務委託先システム'
 */
export function distinctive(headline: string, names: readonly (string | null)[] = []): string {
  let h = headline.normalize('NFKC').toLowerCase();
  // The publisher's own name says who, not which incident (a repost's title starts with it).
  for (const name of names) {
    if (!name) continue;
    for (const variant of [name, stripLegalForm(name)])
      if (variant.length >= 2) h = h.split(variant.normalize('NFKC').toLowerCase()).join(' ');
  }
  const s = h
    // A repost's banner (【セキュリティ事件簿#2023-001】) and stage marks ((第2報), <続報1>).
    .replace(/【[^】]*】/g, '')
    .replace(/[(<「][^)>」]*(?:報|掲載|update)[^)>」]*[)>」]/g, '')
    .replace(GENERIC_EN, '')
    .replace(GENERIC_JA, '');
  return foldSearch(s).replace(/[0-9]+/g, '');
}

/**
 * What a later report would quote of a headline: without a repost's banner (【…事件簿#…】), the
 * publisher's name before it and the date after it.
 *
 * @example headlineCore('【事件簿#2024-001】株式会社サンプル 不正アクセスに関するお知らせ 2024年5月9日', ['株式会社サンプル']) // => '不正アクセスに関するお知らせ'
 */
export function headlineCore(headline: string, names: readonly (string | null)[] = []): string {
  let h = headline.normalize('NFKC').replace(/【[^】]*】/g, ' ');
  for (const name of names) if (name && name.length >= 2) h = h.split(name.normalize('NFKC')).join(' ');
  return h.replace(CORE_TRAILING_DATE, '').replace(CORE_LEADING_DATE, '').trim();
}
/** A date closing or opening a headline (「2023 年 5 月 9 日」 as a PDF spaces it, 令和5年5月9日, 2023/5/9). */
const CORE_TRAILING_DATE = new RegExp(String.raw`\s*${HEADLINE_DATE}\s*$`);
const CORE_LEADING_DATE = new RegExp(String.raw`^\s*${HEADLINE_DATE}\s*`);
