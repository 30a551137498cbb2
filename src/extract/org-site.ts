import type { Segment } from './segment.js';

/**
 * The issuer a notice's own web page names outside its text: a page title carries the site's
 * name beside the notice's heading (「メール誤送信のお詫び | 見本ネットワーク」). It is read only
 * when the text itself names no issuer, and only on a page that speaks for the body that owns it.
 */

// Address labels that name no one: the web's and Japan's registry words.
const GENERIC_LABEL =
  /^(?:www\d?|web|m|sp|com|net|org|info|biz|jp|co|or|ne|ac|ad|go|gr|lg|ed|html|news|blog|press|corp|group|global|official|shop|store)$/;

/**
 * The labels of a host that may spell its owner's name.
 *
 * @example nameLabels('www.mihon-radio.co.jp') // → ['mihonradio']
 */
export function nameLabels(host: string | null): string[] {
  const out: string[] = [];
  if (!host) return out;
  // A loop, not filter/map/filter: an empty map() result has another array map, and the first host
  // with no name label de-optimised the English organisation reader.
  for (const label of host.toLowerCase().split('.')) {
    if (GENERIC_LABEL.test(label)) continue;
    const l = label.replace(/[^a-z0-9]/g, '');
    if (l.length >= 3) out.push(l);
  }
  return out;
}

// 「見出し | サイト名」「見出し : サイト名」「見出し - サイト名」: a page title's two halves.
const TITLE_SEPARATOR = /\s[|:\-–—]\s|\s?[|｜]\s?/u;
// The notice's heading: it says what the page is about.
const HEADING_END =
  /(?:について|につきまして|お詫び|おわび|お知らせ|ご報告|ご連絡|ご案内|に関して|発生|被害|漏えい|漏洩|流出)(?:\s?[((][^))]{0,12}[))])?$/u;
// The words of a site's own name: no sentence (no 。), no heading word.
const SITE_NAME = /^[^。、]{2,60}$/u;
// 「当社」「弊社」「当団体」「本学」: the page speaks for the body that owns the site.
export const FIRST_PERSON =
  /(?:当|弊|本)(?:社|団体|法人|協会|組合|財団|機構|会|院|学|校|園|館|センター|クラブ|グループ|店|事務所|事務局)(?:[はがのでにをもへ、]|として|では|より|から)/;

/**
 * The site's name from a page title 「heading | site」 at the top of the notice, or null. A long
 * site name is a motto and a name (「世界をつなぐ国際協力NGO 見本フレンズ」): its last word that is
 * not in Latin letters is the name.
 *
 * @example siteNameOf(lines('https://mihon.example.org/n/1\nメール誤送信のお詫び : 見本フレンズ\n…'))?.name // → '見本フレンズ'
 */
export function siteNameOf(lines: Segment[]): { name: string; line: Segment } | null {
  for (const line of lines.slice(0, 3)) {
    const text = line.text.trim();
    if (text.length > 120 || /^https?:/.test(text) || !TITLE_SEPARATOR.test(text)) continue;
    const parts = text.split(TITLE_SEPARATOR).map((p) => p.trim());
    if (parts.length !== 2) continue;
    const [a, b] = parts as [string, string];
    const site = HEADING_END.test(a) && !HEADING_END.test(b) ? b : null;
    if (!site || !SITE_NAME.test(site)) continue;
    if (site.length <= 20) return { name: site, line };
    const words = site.split(/\s+/).filter((w) => /[^\x20-\x7e]/.test(w) && !/[をにがはで]$/.test(w));
    const name = words[words.length - 1];
    if (name && name.length >= 2 && name.length <= 30) return { name, line };
  }
  return null;
}
