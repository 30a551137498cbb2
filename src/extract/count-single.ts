import { factOf } from './fact.js';
import type { Segment } from './segment.js';
import type { CountStatement, Fact } from './types.js';

/**
 * One person's papers gone astray (「Aさんの受給資格者証を誤ってBさんに交付」「申請者Aの免許証を
 * 申請者B宛に送付」): the notice names the person by a letter instead of a figure, and the affected
 * set is that one person (GUIDE: people whose data was exposed; set D's labels give 1).
 *
 * Read only when the notice states no figure: the first sentence that names whose papers they were
 * (a letter-designated person followed by の) decides. One letter there → 1; two or more letters
 * whose papers they were (「AにBの書類を、BにAの書類を」) or letters joined by 及び/と (「Bさん及び
 * Cさんの」) → no answer, since the pair may or may not both be exposed. A letter before 宛先/あて
 * names where the papers went, not whose they were.
 */

// A person marked by a letter: 「Aさん」「B氏」「C様」「申請者A」「求職者B」 — a letter after a role
// noun ending in 者/員/生 or before an honorific; 「A社」「B事業所」「A区」 are not people.
const PERSON_LETTER =
  /(?:(?<=者|員|生|児童|患者)([A-ZＡ-Ｚ])(?:さん|氏|様)?|(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])([A-ZＡ-Ｚ])(?:さん|氏|様))(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?<rest>の(?:宛先|あて先|宛て?|あて|住所あて|自宅|宅|もと|元|ところ)?|(?:及び|および|と|、|・|並びに)(?=[^。]{0,6}[A-ZＡ-Ｚ](?:さん|氏|様)?の))?/g;
// A character every match of PERSON_LETTER holds or follows (its look-behind's last, or its honorific's first).
const PERSON_HINT = /[者員生童さ氏様]/;
// 「(以下「A」という。)」: a definition aside, read past.
const DEFINITION = /[(（]\s*以下[^()（）]{0,40}[)）]\s*/g;
// The sentence must tell of papers or data sent, handed or shown to the wrong person, or lost.
const ASTRAY =
  /誤(?:って|り)[^。]{0,30}?(?:送付|交付|郵送|送信|配付|配布|発送|手交|手渡|封入|混入|掲載|投函)|誤送|誤交付|誤配|誤投函|混入|紛失|漏え?い|漏洩|流出/;

/** The sentence ends: a full stop last, and no bracket left open (「(以下「証」という。」 goes on). */
function closed(s: string): boolean {
  if (!/。\s*$/.test(s)) return false;
  let depth = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth === 0;
}

export function singlePersonCount(segments: Segment[]): Fact<CountStatement> | null {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!/[A-ZＡ-Ｚ]/.test(seg.text)) continue;
    // A PDF line break may end the sentence early: read on to its full stop (at most 3 more lines).
    let joinedText = seg.text;
    for (let j = i + 1; j < segments.length && j <= i + 3 && !closed(joinedText); j++)
      joinedText += segments[j]!.text;
    // Every match stands after 者/員/生/童 or before さん/氏/様: without one of those characters (an
    // English sentence) there is nothing to read, and the text need not be copied without spaces.
    if (!PERSON_HINT.test(joinedText)) continue;
    const s = joinedText.replace(/\s+/g, '').replace(DEFINITION, '');
    const owners = new Set<string>();
    let joined = false;
    PERSON_LETTER.lastIndex = 0;
    for (let m = PERSON_LETTER.exec(s); m !== null; m = PERSON_LETTER.exec(s)) {
      const rest = m.groups!.rest;
      if (rest === undefined) continue;
      if (rest !== 'の') {
        if (!rest.startsWith('の')) joined = true;
        continue;
      }
      owners.add((m[1] ?? m[2])!);
    }
    if (owners.size === 0 && !joined) continue;
    if (joined || owners.size !== 1 || !ASTRAY.test(s)) return null;
    return factOf<CountStatement>(
      { count: 1, unit: 'people', qualifier: 'exact', subject: s.slice(0, 40), status: null },
      seg,
      0.5,
    );
  }
  return null;
}
