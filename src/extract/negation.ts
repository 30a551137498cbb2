/**
 * Clause-level denial checks shared by the lexicon rules: a keyword is denied when its own clause
 * says so after it (Japanese: 「カード情報は含まれておりません」) or, in English, when a negator stands
 * shortly before it ("no Social Security numbers were exposed") or a negated verb follows.
 */

const NEG_AFTER_JA =
  /(?:いない|いません|おりません|ございません|ありません|されません|できません|しません|せん。|含まず|なし|無し|対象外|一切|ではな|(?:は|も)ない|ておらず|なかった)/;
const NOT_NEG_JA =
  /(?:かもしれません|かも知れません|申し訳(?:ございません|ありません)|のない(?:よう|ように)|ご不便|ご迷惑|許され(?:る(?:もの|こと)?では(?:なく|ない|ありません|ございません)|ない|ません)|弁解の余地も(?:なく|ない|ありません|ございません)|(?:より|ほか|しか)(?:ありません|ございません|ない))/g;
const NEG_BEFORE_EN =
  /\b(?:no|not(?!\s+only)|never|neither|nor|without|none of)\b(?!\.\s?\d)(?!\s+(?:evidence|indication|reason|sign|information\s+to\s+suggest|longer|later|more than|less than|further|limited\s+to))/i;
// ("Local No. 104" is a number, not a denial.)
// ("was not delayed" denies a delay, not the keyword before it; "did not occur until May" says when, not what.)
const NEG_AFTER_EN =
  /\b(?:(?:was|were|has|have|had|is|are|did|does|do)\s+not(?!\s+(?:been\s+)?delayed)(?!\s+(?:authori[sz]ed|permitted|entitled|intended|meant|supposed)\b)(?!\s+(?:occur|begin|start|happen)\w*\b)|weren't|wasn't|hasn't|haven't|didn't|doesn't|don't|never|not\s+(?:been\s+)?(?:exposed|accessed|affected|involved|included|compromised|stored|impacted))\b/i;
// Clause ends: concessives, 。, a ※ note, and a continuative comma (「…記録されており、」「また、」,
// 「ご連絡をさせていただき、」「変更し、」: a verb stem after kana) that starts a new predicate.
const CLAUSE_END_JA =
  /ものの|が、|ですが|けれど|ただし|一方|、なお|ところ、|結果、|(?:おり|あり|され|して|また)、|(?<=[きしちびみりぎえけせねべめれげ])(?<!より)、|。|※|\n/;
// ("including, but not limited to, names" opens a list; its "but" ends no clause.)
const CLAUSE_BREAK_EN =
  /[;:]|\b(?:but(?!\s+not\s+limited\s+to)|however|although|while|whereas|because|as a result|when|until)\b/i;
const OWN_SUBJECT_DENIAL_EN =
  /\b(?:you|they|he|she)\s+(?:do|does|did|have|has|had|are|were|was|is)\s+not\b|\b(?:you|they|he|she)\s+(?:don['’]t|didn['’]t|haven['’]t|hasn['’]t|aren['’]t|weren['’]t|wasn['’]t|isn['’]t)\b/i;
const SUBORDINATE_BEFORE_EN = /\b(?:although|while|whereas|because|when|until)\s*$/i;

/** True when the Japanese clause after `from` denies what precedes it. */
export function negatedJa(sentence: string, from: number): boolean {
  let rest = sentence.slice(from);
  const cut = rest.search(CLAUSE_END_JA);
  if (cut >= 0) rest = rest.slice(0, cut);
  rest = rest.replace(NOT_NEG_JA, '');
  return NEG_AFTER_JA.test(rest);
}

/** True when an English keyword at [at, from) is denied by its clause. */
export function negatedEn(sentence: string, at: number, from: number): boolean {
  const parts = sentence.slice(0, at).split(CLAUSE_BREAK_EN);
  let last = parts[parts.length - 1] ?? '';
  // "While we have no evidence that …, we are writing to you": the subordinate clause ends at its
  // comma; the keyword stands in the main clause after it.
  // (Only a main clause that opens with its subject: "…, we are"; a list's comma is no clause end.)
  const main = last.lastIndexOf(', ');
  if (
    parts.length > 1 &&
    main >= 0 &&
    SUBORDINATE_BEFORE_EN.test(sentence.slice(0, at - last.length)) &&
    /^(?:we|i|our\s+\w+|they)\s/i.test(last.slice(main + 2))
  )
    last = last.slice(main + 2);
  // "…, it has not been recovered, and we are notifying …": a coordinate clause with its own subject
  // after ", and" / ", so" is not denied by the clause before it.
  const co = last.search(/,\s+(?:and|so)\s+(?:we|i|our\s+\w+|they)\s[^,]*$/i);
  if (co >= 0) last = last.slice(co + 2);
  const near = last.slice(-80);
  if (NEG_BEFORE_EN.test(near) && !/\b(?:including|included|such as)\b/i.test(near)) return true;
  let after = sentence.slice(from);
  const c = after.search(CLAUSE_BREAK_EN);
  if (c >= 0) after = after.slice(0, c);
  // "sent … to a company you do not work for": a denial with a subject of its own is its clause's.
  const own = after.search(OWN_SUBJECT_DENIAL_EN);
  if (own >= 0) after = after.slice(0, own);
  return NEG_AFTER_EN.test(after.slice(0, 120));
}

const HAS_JA = /[ぁ-んァ-ヶ一-龥]/;

/** Denial check choosing the Japanese or English rule by the keyword's script. */
export function negated(sentence: string, at: number, from: number): boolean {
  const kw = sentence.slice(at, from);
  return HAS_JA.test(kw) ? negatedJa(sentence, from) : negatedEn(sentence, at, from);
}

// "we do not collect Social Security numbers, driver's licenses, passport numbers …": a denial that
// heads a list reaches every item of it, however long the list runs.
const LIST_NEGATOR =
  /\b(?:no|not|never|neither|nor|without|none\s+of)\b(?!\s+(?:evidence|indication|reason|sign|longer|later|more|less|further|way|limitation|limited|authori[sz]ation|permission|consent|(?:your\s+)?knowledge)\b)/gi;
const LIST_VERB_FIRST =
  /^\s*(?:(?:collect|include|involve|contain|store|maintain|retain|keep|hold|obtain|access|affect|expose|compromise|request|ask\s+for)\w*\s+)?(?:any\s+)?/i;
const NOT_A_LIST =
  /[.;:!?]|\b(?:was|were|is|are|has|have|had|may|might|could|would|will|did|does|do|includ\w*|contain\w*|involv\w*|affect\w*|expos\w*|accessed|compromis\w*|but|however|although|while|which|that|who|only|except|other\s+than)\b/i;

/** True when an English keyword at `at` is an item of a list that a denial heads. */
export function deniedListEn(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 240), at);
  let end = -1;
  LIST_NEGATOR.lastIndex = 0;
  for (const m of before.matchAll(LIST_NEGATOR)) end = (m.index ?? 0) + m[0].length;
  if (end < 0) return false;
  const tail = before.slice(end).replace(LIST_VERB_FIRST, '');
  return /,|\b(?:or|and)\b/.test(tail) && !NOT_A_LIST.test(tail);
}
