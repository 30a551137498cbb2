import { distinctive } from './continuation.js';

/** Words a notice's heading carries (お知らせ, ご報告, お詫び, "Notice of …"). */
const TITLE_WORDS = /お知らせ|ご報告|報告|お詫び|について|に関して|notice|incident|breach|update/i;

/**
 * Whether a title names nothing but the genre ("Notice of Data Security Incident",
 * 「個人情報漏えいに関するお知らせ」): on a list of incidents such titles cannot be told apart.
 *
 * @example isStockTitle('Notice of Data Security Incident') // => true
 * @example isStockTitle('架空商事 オンラインストアへの不正アクセスについて') // => false
 */
export function isStockTitle(title: string): boolean {
  return distinctive(title) === '';
}

/**
 * The short title of a notice: the one the extractor read from its structure (never a web address,
 * a blog header or a repost's prefix; joined when it wraps; made from the facts when unusable), else
 * the caller's (a feed entry's or an HTML page's title), else the first of its opening lines that
 * reads like a heading (Japanese notices often open with the company name, then the heading).
 * A title that names only the genre ("Notice of Data Security Incident") is prefixed with the
 * organisation the facts name, so that a list of incidents can be told apart.
 *
 * @example noticeTitle('https://example.jp/n\n架空市 誤送信について', null, '架空市 誤送信について') // => '架空市 誤送信について'
 * @example noticeTitle('', null, 'Notice of Data Security Incident', 'Example Widgets Inc.') // => 'Example Widgets Inc.: Notice of Data Security Incident'
 */
export function noticeTitle(
  text: string,
  given: string | null | undefined,
  extracted?: string | null | undefined,
  organization?: string | null | undefined,
): string | null {
  const title = plainTitle(text, given, extracted);
  const org = organization?.trim();
  if (!title || !org || title.includes(org) || !isStockTitle(title)) return title;
  const ja = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title);
  return `${org}${ja ? '：' : ': '}${title}`.slice(0, 200);
}

function plainTitle(
  text: string,
  given: string | null | undefined,
  extracted: string | null | undefined,
): string | null {
  if (extracted?.trim()) return extracted.trim().slice(0, 200);
  if (given?.trim()) return given.trim().slice(0, 200);
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#\s]+/, '').trim())
    .filter(Boolean)
    .slice(0, 6)
    .filter((l) => l.length <= 120);
  return lines.find((l) => TITLE_WORDS.test(l)) ?? lines[0] ?? null;
}
