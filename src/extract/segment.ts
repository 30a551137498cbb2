/**
 * Sentences of a notice with their offsets. Japanese sentences end at 。 (and at line ends, since
 * headings and list items carry no full stop); English ones at . ! ? followed by a space/capital or
 * at line ends. Quotes for evidence are these sentences, trimmed.
 */

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Index of the line the segment starts on (0-based). */
  line: number;
}

const MAX_SEGMENT = 600;
const JA_CHAR = /[\u3041-\u30ff\u4e00-\u9fff、ー]/;
const JA_CONT = /[\u3041-\u30ff\u4e00-\u9fffー]/;
const WANTS_MORE =
  /\s(?:on|in|of|to|and|or|between|from|the|a|an|that|at|by|since|through|until|before|after|for|with|approximately|about)$/;
// An English date cut by a line break after its month or its day ("January\n12, 2018", "January
// 12,\n2018"): the line goes on with the date's next number.
const DATE_CUT =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s\d{1,2}(?:st|nd|rd|th)?,?)?\s?$/;

/**
 * Split normalised text into sentences (never longer than 600 chars, so quotes stay readable).
 *
 * @example splitSentences('第一文。第二文\n見出し').map((s) => s.text) // → ['第一文。', '第二文', '見出し']
 */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let line = 0;
  let segStart = 0;
  let segLine = 0;
  const push = (end: number) => {
    let s = segStart;
    let e = end;
    while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, line: segLine });
    segStart = end;
    segLine = line;
  };
  // 「(以下「事業者」という。)」: a full stop inside brackets does not end the sentence. Brackets
  // left open (a stray '(') stop counting at the line's end or after 80 characters.
  let depth = 0;
  let open = -1;
  let lineStart = 0;
  let lastStop = -1;
  for (let i = 0; i < text.length; i++) {
    // Most characters (kana, kanji, letters) are none of those below: pass them by their code,
    // without making a string of each.
    const code = text.charCodeAt(i);
    if (code > 0x3f && (code < 0x3001 || code > 0x300d)) {
      if (depth > 0 && i - open > 80) depth = 0;
      continue;
    }
    const c = text[i];
    if (c === '(' || c === '「') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === ')' || c === '」') && depth > 0) {
      depth--;
    }
    if (depth > 0 && (c === '\n' || i - open > 80)) depth = 0;
    if (c === '\n') {
      const lineAt = lineStart;
      lineStart = i + 1;
      // A line wrapped mid-sentence (PDF text of English letters) continues the sentence.
      const p = text[i - 1] ?? '';
      const n = text[i + 1] ?? '';
      // So does one ending on a word that needs what follows ("…accounts on\nDecember 18, 2018").
      if (
        (/[a-z,’']/.test(p) && /[a-z(]/.test(n)) ||
        (/[A-Z0-9]/.test(n) && WANTS_MORE.test(text.slice(Math.max(0, i - 14), i))) ||
        (n >= '0' && n <= '9' && DATE_CUT.test(text.slice(Math.max(0, i - 16), i)))
      ) {
        line++;
        continue;
      }
      // A long Japanese line broken mid-sentence (PDF text wrapped at a fixed width) continues too;
      // short lines are headings or list items and end where they end.
      // (Also after an aside in brackets when a particle opens the next line: 「…処理台帳(以下「台帳」
      // という。)\nに編綴された書類」.)
      // (A sentence that opened mid-line, after a 。 on the same line, is as wrapped when the line is
      // long: 「…発送しました。6月5日、受け取った方から連絡が\nあり、…」; so is a date cut after its
      // year or month: 「令和6年\n6月5日」.)
      const long = i - segStart >= 35 || (i - lineAt >= 35 && lastStop >= lineAt);
      if (
        (long && ((JA_CHAR.test(p) && JA_CONT.test(n)) || (p === ')' && /[にをがはのでとへも]/.test(n)))) ||
        ((i - segStart >= 8 || lastStop >= lineAt) &&
          /[年月]/.test(p) &&
          /\d\s?[年月]$/.test(text.slice(i - 4, i)) &&
          /^\d{1,2}\s?[月日]/.test(text.slice(i + 1, i + 5)))
      ) {
        line++;
        continue;
      }
      push(i);
      line++;
      segLine = line;
      segStart = i + 1;
      continue;
    }
    if (c === '。' || c === '!' || c === '?' || c === '?') {
      if (c === '。') lastStop = i;
      if (depth > 0 && c === '。') continue;
      push(i + 1);
      continue;
    }
    if (c === '.') {
      const n = text[i + 1];
      const p = text[i - 1] ?? '';
      // "Inc." "No." "U.S." and decimals are not sentence ends; ". The" is.
      // A year ends a sentence too ("… on April 4, 2021. We discovered …").
      const yearEnd = p >= '0' && p <= '9' && /[\s,](?:19|20)\d\d$/.test(text.slice(Math.max(0, i - 5), i));
      // So does an acronym before a word that opens sentences or a subject and its verb ("… and
      // alerted the FBI. It said …", "… the FBI. The district said …");
      // "U.S. Bank" (dotted letters) is no end.
      if (
        n === ' ' &&
        p >= 'A' &&
        p <= 'Z' &&
        /(?:^|[\s(])[A-Z]{2,6}$/.test(text.slice(Math.max(0, i - 8), i)) &&
        /^ (?:(?:The|We|It|This|Our|They|He|She|These|There|That|Those|On|In|At|As|After|Upon|Since|While|When|If|Please|No|An?|I)\s|[A-Z][\w&-]*\s+(?:said|says|has|have|had|is|was|were|are|will|would|did|does|also)\s)/.test(
          text.slice(i + 1, i + 40),
        )
      ) {
        push(i + 1);
        continue;
      }
      if (n === ' ' && (/[a-z)\]”"’']/.test(p) || yearEnd) && /[A-Z“"(]/.test(text[i + 2] ?? '')) {
        const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
        if (
          !/^(?:Inc|Ltd|Co|Corp|No|Mr|Mrs|Ms|Dr|St|Ave|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(
            word,
          )
        ) {
          push(i + 1);
          continue;
        }
      }
    }
    if (i - segStart > MAX_SEGMENT && (c === '、' || c === ',' || c === ' ')) push(i + 1);
  }
  push(text.length);
  return out;
}

/** Lines of the text with offsets (empty lines dropped). */
export function splitLines(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let line = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && text[s] === ' ') s++;
      while (e > s && text[e - 1] === ' ') e--;
      if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, line });
      start = i + 1;
      line++;
    }
  }
  return out;
}

/**
 * The texts of segments joined by `sep`, as `segments.map((s) => s.text).join(sep)` gives them. A
 * loop, not map/join: an empty or one-element map() result has another array map than a longer one,
 * and the first notice that brought one de-optimised the whole stage that called join() (data
 * classes, leak status, English organisation: recompiled during the bench's measured passes).
 *
 * @example joinTexts([{ text: 'a' }, { text: 'b' }], '\n') // → 'a\nb'
 */
export function joinTexts(segments: readonly { text: string }[], sep: string): string {
  let out = '';
  for (let i = 0; i < segments.length; i++) out = i === 0 ? segments[i]!.text : out + sep + segments[i]!.text;
  return out;
}

/**
 * One segment spanning consecutive lines (a date or heading a page's markup spread over them): their
 * texts joined by newlines, from the first line's start to the last one's end.
 *
 * @example spanOfLines(splitLines('2099年\n3月4日')).text // → '2099年\n3月4日'
 */
export function spanOfLines(run: readonly Segment[]): Segment {
  return {
    text: joinTexts(run, '\n'),
    start: run[0]!.start,
    end: run[run.length - 1]!.end,
    line: run[0]!.line,
  };
}

/** Index of the segment holding offset `pos` (the nearest one when `pos` falls between segments). */
export function segmentIndexAt(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(segments.length - 1, lo));
}

/** Offsets of every line break in `text`, ascending (for lastNewline). */
export function newlineOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/**
 * `text.lastIndexOf('\n', pos)` from newlineOffsets(text), by binary search: the same answer
 * (a negative `pos` reads as 0, as lastIndexOf does) without scanning back over a long line.
 *
 * @example lastNewline(newlineOffsets('ab\ncd\ne'), 4) // → 2
 */
export function lastNewline(nl: number[], pos: number): number {
  const k = Math.max(0, pos);
  let lo = 0;
  let hi = nl.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nl[mid]! <= k) {
      found = nl[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
