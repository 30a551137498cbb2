import { NOT_ORG_JA } from './org-host.js';
import { JA_SUFFIX } from './org-legal.js';
import type { Segment } from './segment.js';
import type { HostKind } from './structure.js';

/**
 * How a Japanese notice names itself: 本県/当市/弊社/本院/当協会, or a sentence opening 「県では、」.
 * The word tells which kind of body issued the notice (a prefecture, a hospital, a company), so
 * the organisation rules can count names of that kind and leave names of another kind (a
 * committee the notice mentions, the university a 本校 belongs to) alone.
 */

// 「本県は」「当市では」: a public body's word for itself. (本町 and 本村 are also place names.)
const SELF_WORD = /(?:本|当)(県|市|区)|当(町|村)/;
const SELF_KIND: Record<string, HostKind> = {
  県: 'prefecture',
  市: 'city',
  区: 'city',
  町: 'town',
  村: 'village',
};

// 「本院」「当学」「弊社」「当協会」: the word a notice uses for itself, and the names it fits.
const SELF_NOUN =
  /(?:本|当|弊)(社|院|学|校|市|区|町|村|県|協会|組合|機構|財団|連盟)(?:[はがのでにをも、]|として|では|より|から|及び|および|並びに)/;
// 「県では、…」 opening a sentence: a prefecture (or city) speaking of itself without 本.
const SELF_BARE = /^(県|市|区|町|村)(?:では|は|が|として)[、,]?/;
const SELF_FITS: Record<string, RegExp> = {
  社: /社$|^(?:株式|有限|合同)会社|(?:株式|有限|合同)会社$/,
  院: /院$|クリニック$|センター$/,
  学: /大学$|学園$|学院$/,
  校: /学校$|高校$|学園$|学院$/,
  市: /市$/,
  区: /区$/,
  町: /町$/,
  村: /村$/,
  県: /県$/,
  協会: /協会$/,
  組合: /組合$/,
  機構: /機構$/,
  財団: /財団$/,
  連盟: /連盟$/,
};

/**
 * Which names fit the word a notice uses for itself in its first sentences, or null.
 *
 * @example selfFit(splitSentences('本院の職員が…'))?.test('見本中央病院') // → true
 */
export function selfFit(segments: Segment[]): RegExp | null {
  for (const seg of segments.slice(0, 40)) {
    const m = SELF_NOUN.exec(seg.text) ?? SELF_BARE.exec(seg.text);
    if (m) return SELF_FITS[m[1]!] ?? null;
  }
  return null;
}

/**
 * The kind of public body a notice calls itself in its first sentences, or null.
 *
 * @example selfKind(splitSentences('本県は、…')) // → 'prefecture'
 */
export function selfKind(segments: Segment[]): HostKind | null {
  for (const seg of segments.slice(0, 40)) {
    const m = SELF_WORD.exec(seg.text);
    if (m) return SELF_KIND[(m[1] ?? m[2])!] ?? null;
  }
  return null;
}

// 「同大学によると」「同大は」「同学では」: a news report's word for the university it tells of.
const SAME_UNIVERSITY = /同(?:大学|大|学)(?=[はがのでにもと、。\s])/u;

/**
 * The kind of body a news report refers back to as 同大学 / 同大 / 同学 (a university), or null:
 * the kind of the body it is about, when the body does not speak for itself.
 *
 * @example referredKind(splitSentences('同大学によると、調査を始めた。')) // → 'university'
 */
export function referredKind(segments: Segment[]): HostKind | null {
  return segments.slice(0, 40).some((seg) => SAME_UNIVERSITY.test(seg.text)) ? 'university' : null;
}

// 「見本市教育委員会といたしましては、このたびの…」: a body that opens a sentence speaking
// in the notice's own voice is its issuer (the school or office a title names is where it happened).
const SPEAKER_JA = new RegExp(
  String.raw`^\s*([\p{Script=Han}\p{Script=Katakana}ー・]{2,20}?(?:${JA_SUFFIX}))(?:といたしましては|としましては|としては)、`,
  'u',
);

/**
 * The body a Japanese notice speaks as (「Xといたしましては、」), or null.
 *
 * @example speakerJa(splitSentences('見本町教育委員会といたしましては、再発防止に努めます。'))?.name // → '見本町教育委員会'
 */
export function speakerJa(segments: Segment[]): { name: string; seg: Segment } | null {
  for (const seg of segments.slice(0, 30)) {
    const m = SPEAKER_JA.exec(seg.text);
    if (m && !NOT_ORG_JA.test(m[1]!)) return { name: m[1]!, seg };
  }
  return null;
}
