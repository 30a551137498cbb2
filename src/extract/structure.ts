import { type Segment, segmentIndexAt } from './segment.js';

/**
 * The layout of a notice, read from its lines: the source address a saved page starts with, site
 * chrome (breadcrumbs, 「ここから本文です」, page numbers), the title (a repost's 【…事件簿…】 prefix
 * and trailing date removed, a title wrapped over two lines joined), headings with the kind of
 * section they open (経緯, 原因, 漏えいした情報, 対応, 再発防止, お問い合わせ; "What Happened" …),
 * and label–value lines (「発生日:…」「更新日 令和…」). Pure and linear in the number of lines.
 */

export type SectionKind =
  | 'summary'
  | 'timeline'
  | 'cause'
  | 'data'
  | 'response'
  | 'prevention'
  | 'contact'
  | 'advice'
  | 'previous'
  | 'other';

/** What kind of organisation a notice's own web address names (a 市 for city.*.lg.jp …). */
export type HostKind = 'city' | 'town' | 'village' | 'prefecture' | 'university' | 'school' | 'agency';

export interface Heading {
  /** Index into `lines`. */
  index: number;
  text: string;
  kind: SectionKind;
}

export interface LabelValue {
  index: number;
  label: string;
  value: string;
  /** Offset of the value in the text. */
  valueStart: number;
}

export interface TitleLine {
  /** Readable title: repost prefix, trailing date and decoration removed, wrapped halves joined. */
  text: string;
  start: number;
  end: number;
  /** Indices into `lines` the title was read from. */
  indices: number[];
  /** The title was a blog repost's (【セキュリティ事件簿#…】): dates in it are the blog's. */
  repost: boolean;
}

export interface NoticeStructure {
  lines: Segment[];
  /** The address of the page the notice was saved from (its first line), if any. */
  url: string | null;
  /** The notice's own host: an archive's (megalodon.jp/ref/…/www.city…) inner host wins. */
  host: string | null;
  hostKind: HostKind | null;
  /** Lines that are page chrome, not notice text (indices into `lines`). */
  chrome: Set<number>;
  title: TitleLine | null;
  headings: Heading[];
  labels: LabelValue[];
  /** For each line, the kind of the section it stands in (null before any heading). */
  sectionOf: (SectionKind | null)[];
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/;
// The page's host, and a host archived inside the path (megalodon.jp/ref/…/www.city.example.lg.jp/…).
const HOSTS_IN_URL =
  /https?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})|\/((?:[a-z0-9-]+\.)+(?:jp|com|net|org|edu|gov|uk|us|info))(?=[/:])/gi;
const CHROME_JA =
  /^(?:ここから本文(?:です)?。?|本文(?:へ|ここから)?|ページ番号(?:を入力)?[::]?\s?[A-Z0-9]*|印刷(?:用)?ページ(?:表示)?.*|メインメニュー.*|現在(?:位置|地)(?:\s.*)?|ホーム\s?>.*|トップページ\s?>.*|ページの(?:本文|先頭)(?:です)?。?.*|(?:本文|メニュー)(?:を|へ)(?:スキップ|飛ばして).*|\d{4}年度\s?トピックス|•?\s?\d{4}年度\s?トピックス|NEWS|News|ニュース|トピックス|お知らせ|新着情報|プレスリリース|ニュース・プレスリリース|記者発表資料|報道資料|報道発表資料|資料提供|病院から|お客様各位|各位|関係者各位|株主各位|×|\[PR\].*|【重要(?:なお知らせ)?】|#+\s?.*\(\w{3}\s\d{1,2},\s\d{4}\)|Skip to (?:main )?content|Home|Menu|Share|Print)$/;
const BREADCRUMB = /\s[>>]\s.*\s[>>]\s|^(?:ホーム|トップページ|Home)\s?[>>]/;
const DATE_ONLY =
  /^[\s()()・•]*(?:(?:最終)?更新日(?:付|時)?|掲載日|公開日|公表日|発表日|日付|Date|Updated|Posted)?\s?[::]?\s*(?:(?:19|20)\d{2}[年./-]\s?\d{1,2}[月./-]\s?\d{1,2}日?|(?:令和|平成|昭和)\s?(?:元|\d{1,2})\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|[A-Z][a-z]+\.?\s\d{1,2},?\s\d{4})(?:\s?\([^)]{1,6}\))?\s*(?:更新|公開|発表|掲載|お知らせ|提供.*|\/.*)?[\s()()]*$/;
const REPOST_PREFIX = /^【[^】]{0,30}(?:事件簿|インシデント)[^】]{0,30}】\s?/;
const DECORATION_PREFIX =
  /^(?:(?:報道発表資料|記者発表資料|報道資料|プレスリリース|ニュースリリース|お知らせ|重要なお知らせ)\s|【(?:重要|重要なお知らせ|お知らせ|お詫び|おわび|更新|追記|[0-9/]{3,5}追記)】|<(?:お詫び|重要)>|[#•\s]+|[((][^()()]{0,16}\d[^()()]{0,16}[))]|(?:19|20)\d{2}[年./-]\d{1,2}[月./-]\d{1,2}日?\s)\s?/;
/** Lines that open a section or a list item: a heading or a bullet, not a title. */
const LIST_MARK =
  /^(?:[0-9]{1,2}[.．、\s)]|\([0-9]{1,2}\)|[①-⑳]|[■◆◇●○□▼▽★☆▪・※]|<[^>]{1,12}>$|【事案|問\s?\d|[IVX]{1,4}\.)/;
const TRAILING_DATE = /\s(?:(?:19|20)\d{2}[年./-]\s?\d{1,2}[月./-]?.*|(?:19|20)\d{6}.*|\d{4}-\d{3,4}.*)$/;
const TITLE_WORDS_JA =
  /について|お知らせ|お詫び|おわび|ご報告|報告|事案|流出|漏えい|漏洩|漏れ|不正アクセス|紛失|誤送|誤配|盗難|サイバー攻撃|ウイルス|ウィルス|感染|被害|不具合|障害|誤記載|誤掲載|送付/;
const TITLE_WORDS_EN =
  /\b(?:notice|notification|incident|breach|security|cyber|update|unauthori[sz]ed|ransomware|privacy|letter|data|information)\b/i;
// Below the first line, a title must say it is one (「…について」「…のお知らせ」「…(お詫び)」).
const TITLE_STRONG_JA =
  /について|に関する|お知らせ|お詫び|おわび|ご報告|報告(?!書)|(?:事案|事故|流出|漏えい|漏洩)$/;
const TITLE_END_JA = /(?:について|お知らせ|お詫び|おわび|ご報告|報告|[))」】>]|事案)$/;
const SENTENCE_OPENER =
  /^(?:この(?:たび|度)|今般|先般|平素|日頃|当社|弊社|本市|当院|本学|当協会|当組合|We\s|Our\s|On\s|In\s|Dear\b|This\s)/;

const HEADING_MARK =
  /^(?:[0-9]{1,2}[.．、\s)]|\([0-9]{1,2}\)|（[0-9]{1,2}）|[①-⑳]|[■◆◇●○□▼▽★☆▪]|【|<|＜|第[一二三四五六七八九十]+[章節]|[IVX]{1,4}\.|[A-Z]\.)/;
const SUB_ITEM = /^(?:[○●◆◇□■▪・]|[①-⑳]|\([0-9]{1,2}\)|（[0-9]{1,2}）)/;
const SECTION_WORDS: [SectionKind, RegExp][] = [
  ['previous', /前回|過去の事案|以前の/],
  ['prevention', /再発(?:の)?防止|今後の(?:対策|対応|取り?組み)|防止(?:策|対策)|改善策/],
  ['contact', /問(?:い)?合(?:わ)?せ|窓口|連絡先|For\s+More\s+Information|Contact/i],
  ['timeline', /経緯|経過|時系列|発覚までの|Timeline|What\s+Happened/i],
  ['cause', /原因/],
  [
    'data',
    /(?:漏えい|漏洩|流出|紛失|誤送付|誤送信)(?:した|の可能性(?:が|の)ある|したおそれのある)?(?:個人)?情報|対象(?:となる)?(?:情報|者|件数|の方)|個人情報の(?:内容|項目)|件数|What\s+Information\s+Was\s+Involved|Information\s+Involved/i,
  ],
  ['response', /対応|対策|措置|What\s+(?:We\s+Are|Are\s+We)\s+Doing|Steps\s+We|Mitigation|Actions?\s+Taken/i],
  ['advice', /お願い|ご注意|What\s+You\s+Can\s+Do|Steps\s+You\s+Can/i],
  ['summary', /概要|事案|事故|経過|What\s+Happened|Summary/i],
];
const LABEL_HINT = /[::]|日|件/;
const LABEL_VALUE =
  /^[\s・\-*•■◆○●]*(?:\(?[0-9]{1,2}\)?[.\s]?)?((?:最終)?更新日(?:付|時)?|掲載日|公開日|公表日|発表日|発生日(?:時)?|発覚日|判明日|発見日|覚知日|対象件数|件数|発生(?:の)?日時|侵入(?:の)?日時|対象期間|発生期間|[^\s::。、]{2,12}した日|[^\s::。、]{2,12}日時?)\s?[::]?\s?(.+)$/;

/** Host of the notice's own page: the innermost host of an archive address. */
export function hostOf(url: string): string | null {
  let last: string | null = null;
  HOSTS_IN_URL.lastIndex = 0;
  for (let m = HOSTS_IN_URL.exec(url); m !== null; m = HOSTS_IN_URL.exec(url))
    last = (m[1] ?? m[2]!).toLowerCase();
  if (!last) return null;
  // A cache's dashed copy of a host (www-pref-niigata-lg-jp.cache.example.jp).
  const dashed = /^([a-z0-9-]+-(?:lg|ac|go|ed|or|co)-jp)\./.exec(last);
  return dashed ? dashed[1]!.replace(/-/g, '.') : last;
}

/**
 * The kind of organisation a Japanese public host names. Only the general patterns of the
 * registries (city.*.lg.jp, pref.*.jp, *.ac.jp, *.go.jp, *.ed.jp): the name itself is taken from
 * the text, since a romanised city name cannot be turned back into kanji without a table.
 *
 * @example hostKind('www.city.sakai.lg.jp') // → 'city'
 */
export function hostKind(host: string | null): HostKind | null {
  if (!host) return null;
  if (/(?:^|\.)city\.|\.city\.|^city-/.test(host)) return 'city';
  if (/(?:^|\.)town\./.test(host)) return 'town';
  if (/(?:^|\.)vill(?:age)?\./.test(host)) return 'village';
  if (/(?:^|\.)pref\./.test(host)) return 'prefecture';
  if (/\.ac\.jp$/.test(host)) return 'university';
  if (/\.ed\.jp$/.test(host)) return 'school';
  if (/\.go\.jp$/.test(host)) return 'agency';
  return null;
}

function sectionKind(text: string): SectionKind {
  for (const [kind, re] of SECTION_WORDS) if (re.test(text)) return kind;
  return 'other';
}

/** Whether a line reads as a heading: short, no full stop, numbered/marked or a known section word. */
function headingOf(text: string): SectionKind | null {
  // 「2. 原因」: the full stop of a list number is not a sentence's end.
  if (text.length > 40 || /。|\.\s|[,、]\s?$/.test(text.replace(/^(?:[0-9]{1,2}|[IVX]{1,4})\.\s/, '')))
    return null;
  const marked = HEADING_MARK.test(text);
  if (!marked && text.length > 16 && !/^(?:What|For)\s/i.test(text)) return null;
  const kind = sectionKind(text);
  if (marked && text.length <= 30) return kind;
  if (kind !== 'other' && text.length <= 16 && !/[はがをにで]$/.test(text)) return kind;
  if (/^What\s|^For\s+More\s+Information/i.test(text) && text.length <= 40) return kind;
  return null;
}

function isChrome(text: string): boolean {
  return CHROME_JA.test(text) || BREADCRUMB.test(text) || DATE_ONLY.test(text) || /^\d{1,4}$/.test(text);
}

/** Title text with a repost prefix, decoration and a blog's trailing date removed. */
function cleanTitle(text: string): { text: string; repost: boolean } {
  let t = text;
  const repost = REPOST_PREFIX.test(t);
  t = t.replace(REPOST_PREFIX, '');
  for (let k = 0; k < 3 && DECORATION_PREFIX.test(t); k++) t = t.replace(DECORATION_PREFIX, '');
  if (repost) t = t.replace(TRAILING_DATE, '');
  return { text: t.trim(), repost };
}

/** `first`: the first line of the notice proper (after address and chrome), where titles stand. */
function titleLike(text: string, lang: 'ja' | 'en', first: boolean): boolean {
  if (text.length < 4 || text.length > 120) return false;
  if (URL_LINE.test(text) || /https?:\/\//.test(text)) return false;
  if (SENTENCE_OPENER.test(text)) return false;
  if (LIST_MARK.test(text)) return false;
  // A section heading (「概要と経緯について」) is not the notice's title.
  if (sectionKind(text) !== 'other' && text.length <= 16) return false;
  if (lang === 'ja') {
    // A sentence of the body (titles carry no full stop) is not a title.
    if (/。/.test(text) || (text.match(/[、,]/g)?.length ?? 0) > 2 || text.length > 80) return false;
    if (/^(?:なお|ただし|また|※)/.test(text) || /(?:ます|ません|ました|でした|[、,])$/.test(text))
      return false;
    return TITLE_WORDS_JA.test(text) && (first || TITLE_STRONG_JA.test(text));
  }
  // Wrapped PDF text starts in lower case; a sentence ends with a full stop.
  if (!/^[A-Z0-9“"]/.test(text) || /[.!?:]$|[.!?]\s/.test(text)) return false;
  return TITLE_WORDS_EN.test(text) && text.split(/\s+/).length <= 16;
}

/**
 * Read the structure of a notice from its lines.
 *
 * @example readStructure(splitLines('https://www.city.example.lg.jp/a.html\n個人情報の誤送付について\n1 概要\n…'), 'ja').title?.text // → '個人情報の誤送付について'
 */
export function readStructure(lines: Segment[], lang: 'ja' | 'en'): NoticeStructure {
  const chrome = new Set<number>();
  let url: string | null = null;
  const first = lines[0];
  if (first && URL_LINE.test(first.text)) {
    url = first.text;
    chrome.add(0);
  }
  const host = url ? hostOf(url) : null;
  const headings: Heading[] = [];
  const labels: LabelValue[] = [];
  const sectionOf: (SectionKind | null)[] = new Array(lines.length).fill(null);
  let current: SectionKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (i < 12 && isChrome(text)) chrome.add(i);
    const h = headingOf(text);
    if (h) {
      headings.push({ index: i, text, kind: h });
      // 「○ 送信先の限定」 under 「再発防止策」: a bulleted item naming no section of its own is a
      // point of the section it is listed in.
      if (!(h === 'other' && current !== null && SUB_ITEM.test(text))) current = h;
    }
    sectionOf[i] = current;
    if (text.length <= 80 && LABEL_HINT.test(text)) {
      const lv = LABEL_VALUE.exec(text);
      if (lv) {
        const value = lv[2]!.trim();
        labels.push({ index: i, label: lv[1]!, value, valueStart: line.end - value.length });
      }
    }
  }
  return {
    lines,
    url,
    host,
    hostKind: hostKind(host),
    chrome,
    title: findTitle(lines, chrome, lang),
    headings,
    labels,
    sectionOf,
  };
}

function findTitle(lines: Segment[], chrome: Set<number>, lang: 'ja' | 'en'): TitleLine | null {
  const limit = Math.min(lines.length, 10);
  let seen = 0;
  for (let i = 0; i < limit; i++) {
    if (chrome.has(i)) continue;
    const raw = lines[i]!;
    const { text, repost } = cleanTitle(raw.text);
    seen++;
    if (!titleLike(text, lang, seen === 1)) continue;
    let out = text;
    let start = raw.start;
    let end = raw.end;
    const indices = [i];
    // A title wrapped over two lines: the second half starts mid-phrase (「…に関する\nお知らせ」) or
    // the first half does not end the way titles end.
    const prev = lines[i - 1];
    if (
      lang === 'ja' &&
      prev &&
      !chrome.has(i - 1) &&
      prev.text.length <= 60 &&
      !/[。.]$/.test(prev.text) &&
      /^(?:する|した|に関|に係|の|について|お知らせ|お詫び|ご報告|及び|および|並びに)/.test(text) &&
      !TITLE_END_JA.test(prev.text)
    ) {
      out = cleanTitle(prev.text).text + text;
      start = prev.start;
      indices.unshift(i - 1);
    } else {
      const next = lines[i + 1];
      if (
        lang === 'ja' &&
        next &&
        !TITLE_END_JA.test(text) &&
        next.text.length <= 40 &&
        !/。/.test(next.text) &&
        TITLE_END_JA.test(next.text) &&
        !isChrome(next.text)
      ) {
        out = text + next.text;
        end = next.end;
        indices.push(i + 1);
      }
    }
    return { text: out, start, end, indices, repost };
  }
  return null;
}

/**
 * The kind of section the text at `offset` stands in (null before any heading, or with no structure).
 * Sentences number raw lines, empty ones included; `sectionOf` is indexed by non-empty line.
 *
 * @example sectionAt(readStructure(splitLines('2. 原因\n設定の誤り'), 'ja'), 8) // → 'cause'
 */
export function sectionAt(structure: NoticeStructure | undefined, offset: number): SectionKind | null {
  if (!structure || structure.lines.length === 0) return null;
  return structure.sectionOf[segmentIndexAt(structure.lines, offset)] ?? null;
}
