import { factOf } from './fact.js';
import type { Segment } from './segment.js';
import type { Fact, LeakStatus } from './types.js';

/**
 * How far a negation, a hedge or an open question reaches in an English sentence about the data.
 *
 * status.ts reads leak status from frames that start at an evidence word or end at a participle;
 * on pages nobody tuned it for it often finds no frame at all and the word model guesses. This
 * reader parses the clause instead:
 *
 * 1. the act: a verb of reaching data (accessed, taken, stolen, exfiltrated, exposed, leaked,
 *    hacked, jeopardized …) as a passive ("records have been hacked"), a participle after its noun
 *    ("the information accessed included …", "had their information stolen"), an active verb with its
 *    object ("the intruder removed files"), an unaccusative ("data leaked") or a noun with its
 *    complement ("the theft of 43 gigabytes of data", "no unauthorized access … to patient records");
 * 2. its patient: the head of the subject or object (words up to the first preposition or
 *    participle): the data ("information", "records", "files" …), or a container (a laptop, a
 *    network), whose fate says nothing about the data's;
 * 3. what governs it, nearest first: a negation of the clause itself ("no patient data was
 *    jeopardized", "was not accessed", "did not take") denies it; a lack of evidence or a negated
 *    belief over it ("no evidence that …", "does not believe …") denies it more weakly — unless the
 *    negation's focus is a reason after the act ("not stolen because of the data": the theft stands);
 *    "cannot rule out", a modal or an adverb of likelihood hedges it; whether/if/to determine leave
 *    it open; a concessive clause ("although the attackers reached county data, …") yields to its
 *    main clause.
 *
 * A denial of misuse ("no evidence of misuse", "not shared or sold") has misuse as its act, not access:
 * it says nothing here. A denial about one kind of data (cards, Social Security numbers) or about
 * "other" data leaves the rest open.
 *
 * The notice's conclusion (scopeLeakStatusEn): a firm denial in a main clause, else an act stated in a
 * main clause, else a hedge, else a lack of evidence, else an act stated in a concession or as a
 * noun's attribute.
 */

export type ScopePolarity = 'stated' | 'hedged' | 'denied' | 'no_evidence';

export interface ScopeReading {
  polarity: ScopePolarity;
  /** In a concessive clause (although/while/though …) or a participle before its noun. */
  weak: boolean;
  /** A verb saying only that the data was caught up (affected, impacted, involved, compromised). */
  vague: boolean;
  /** "cannot rule out". */
  ruleOut: boolean;
  /** A hedge of likelihood ("likely", "it appears"), which notices use for findings. */
  soft?: boolean;
  /** Offset of the act in the sentence. */
  at: number;
}

// Verbs of reaching data, in the forms that carry voice: participles and simple pasts.
const ACT_PART =
  'accessed|acquired|viewed|taken|took|stolen|stole|exfiltrated|copied|downloaded|obtained|exposed|compromised|breached|leaked|hacked|removed|released|published|retrieved|jeopardi[sz]ed|affected|impacted|involved|disclosed|captured|harvested|extracted|seen';
const VAGUE_ACT = /^(?:affected|impacted|involved|compromised|breached|jeopardi[sz]ed)$/i;
// Verbs whose subject is what moves ("data leaked", "information could have leaked").
const UNACCUSATIVE = /^(?:leaked)$/i;
const ACT_NOUN =
  'access|acquisition|theft|exfiltration|exposure|breach|leak(?:age)?|disclosure|compromise|viewing';
// Base forms, read as verbs after "to", a modal or "did not" ("was able to remove files").
const ACT_BASE = 'access|acquire|view|take|steal|exfiltrate|copy|download|obtain|remove|retrieve|expose|leak';
const ACT_RE = new RegExp(
  `\\b(?:(${ACT_PART})|(${ACT_BASE})(?<=\\b(?:able\\s+to|managed\\s+to|not|n['’]t|never|did|could|may|might|would|will|can)\\s(?:${ACT_BASE}))|(${ACT_NOUN})|(fraudulent(?:ly)?\\s+(?:filed|used|opened|made|charged|submitted|obtained)|filed\\s+fraudulent))\\b`,
  'gi',
);
/** A cheap test that a sentence may hold an act (every ACT_RE match holds one of these). */
const ACT_HINT = new RegExp(`\\b(?:${ACT_PART}|${ACT_BASE}|${ACT_NOUN}|fraudulent(?:ly)?|filed)\\b`, 'i');

const DATA_HEAD =
  /\b(?:information|info|data|records|files|details|documents|spreadsheets?|PII|PHI|numbers|e-?mails|credentials|passwords|charts|database|databases)\b/i;
const CONTAINER_HEAD =
  /\b(?:laptops?|computers?|devices?|drives?|disks?|servers?|systems?|networks?|accounts?|sites?|websites?|mailbox(?:es)?|phones?|bags?|cars?|vehicles?|equipment|environment|platform|portal)\b/i;
// A denial about one kind of data, or about data other than the data in question.
const PARTIAL_HEAD =
  /\b(?:financial|credit|debit|card|cards|payment|bank(?:ing)?|social\s+security|SSNs?|passwords?|driver'?s|other|additional|further|more|most)\b/i;
// Where the head of a noun phrase ends: a preposition, a participle, a relative word, a comma.
const HEAD_END =
  /\s(?:of|in|on|at|for|from|with|within|containing|contained|held|stored|belonging|about|regarding|concerning|related|that|which|who|whose|by|to|as|under|during|including|such|has|have|had|was|were|is|are|will|may|might|could|would|included|includes|include|contained|contains|remains?|remained|(?:and|or)\s+(?:all|the|that|it|we|our|their|its|your|there|this|no))\b|,|\(|\s[–—-]\s/i;
// A quantifier before "of" ("some of the information", "none of your data"): the head comes after it.
const QUANTIFIER_OF =
  /(?:^|\s)(?:some|all|any|none|most|part|portion|much|many|one|each|certain|parts|portions|copies|a\s+copy|a\s+portion|a\s+set|a\s+number|an?\s+(?:small\s+|limited\s+)?amount|(?:(?:about|approximately|around|nearly|over|more\s+than|up\s+to)\s+)?[\d.,]+\s+(?:\w+\s+)?)\s*of\s+/i;

// Where a clause ends inside a sentence: a semicolon or colon, "but", a dash, or ", and"/", so" with a
// new subject.
const CLAUSE_BREAK =
  /;|:\s|\bbut\b|\s[–—]\s|,\s+(?:and|so|yet)\s+(?=(?:no|the|we|it|they|our|this|there|he|she|officials?|[A-Z]\w+)\b)/g;
// A concession ends at the comma before its main clause's subject.
const CONCESSION_END =
  /,\s(?=(?:we|i|our|the|it|they|there|this|he|she|officials?|[A-Z][\w.&'’-]+\s+(?:said|says|is|was|has|have|had|will|did))\b)/;
const CONCESSIVE_START =
  /^\s*(?:(?:[\w’'-]+\s+){0,3})?(?:although|though|while|whereas|even\s+though|despite)\b/i;

// Governing frames, matched at the end of the text before the clause's subject (nearest wins).
const FRAME =
  /\b(?:(?<ruleout>(?:cannot|can\s?not|can['’]t|could\s+not|unable\s+to|not\s+able\s+to|(?:do|does|did)(?:\s+not|n['’]t))\s+(?:yet\s+|completely\s+|fully\s+|definitively\s+|entirely\s+)?(?:rule\s+out|exclude|be\s+ruled\s+out))|(?<open>whether|if|unclear|uncertain|(?:is|are|was|were|remains?|remained)\s+(?:still\s+|currently\s+|as\s+yet\s+)?unknown|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?know|(?:determine|determining|identify|identifying|investigate|investigating|assess|assessing|verify|ascertain|make\s+sure|ensure|to\s+see|to\s+learn|to\s+find\s+out|(?<!\bable\s)to\s+confirm)(?!\s+that\b)|(?:cannot|can\s?not|could\s+not|unable\s+to)\s+(?:yet\s+)?(?:confirm|say|determine|verify|tell)|(?:have|has|had|did|do|does)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:determined|determine|confirmed|confirm|established|verified|concluded)|what,?\s+if\s+any|in\s+the\s+event|should)|(?<lack>no\s+(?:[\w-]+\s+){0,2}?(?:evidence|indications?|signs?|traces?|reason(?:\s+to\s+(?:believe|suspect|think))?|proof|knowledge)|not\s+(?:[\w-]+\s+){0,3}?(?:evidence|indications?|signs?)|(?:do|does|did|have|has|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:find|found|identify|identified|detect|detected|see|seen|believe|think|expect|anticipate|suspect)|(?:^|\s)not\s+(?:believed|thought|expected)|unlikely|not\s+aware|without\s+any\s+(?:evidence|indication)|absence\s+of\s+(?:[\w-]+\s+)?(?:evidence|indications?))|(?<hedge>(?<!\b(?:[Ii]n|[Oo]f|[Ss]ince|[Oo]n|[Uu]ntil|[Ll]ate|[Ee]arly|[Mm]id)[\s-])may(?!\s+\d)|might|could|possibl[ey]|potential(?:ly)?|likely|believed?|believes|suspect(?:s|ed)?|suspicion|appears?|seems?|allege[sd]?|allegedly|claim(?:s|ed)?|reportedly|fears?|feared|risk|possibility))\b[^.;]*$/i;

// Hedges of likelihood: notices state findings with them ("the attacker likely exfiltrated data").
const SOFT_HEDGE = /^(?:likely|appears?|seems?|believe[ds]?|believed|probably)$/i;
// A negation of the act's own clause: in the auxiliary chain before the participle.
const AUX_NEG =
  /\b(?:not|never)\s+(?:(?:yet|ever|been|be|have|actually|in\s+fact)\s+)*$|n['’]t\s+(?:(?:yet|ever|been|be|have|actually)\s+)*$/i;
const AUX_MODAL =
  /\b(?:may|might|could|would|possibly|potentially|likely|probably|reportedly|allegedly|believed\s+to|thought\s+to|suspected\s+to|appears?\s+to|seems?\s+to)\s+(?:(?:have|had|be|been|also|not|actually|already|improperly|able|to|\w+ly)\s+)*$/i;
const BE_BEFORE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|never|also|actually|already|all|ever|yet|in\s+fact|\w+ly)\s+)*$/i;
const AUX_CHAIN =
  /(?:\b(?:has|have|had|may|might|could|would|will|should|must|can|cannot|did|does|do|is|are|was|were|be|been|being|not|never|also|actually|already|yet|ever|possibly|potentially|likely|probably|reportedly|allegedly|\w+ly|n['’]t)\s+)+$/i;
// Where the subject of a clause begins: after a complementizer or relative word.
const SUBJECT_START =
  /\b(?:that|which|whether|if|who|because|when|after|since|until|said|says|stated|announced|confirmed|reported|added)\s+/gi;
// A reason after the act: a negation before it reaches the reason, not the act ("was not stolen
// because of the information on it").
const REASON_AFTER =
  /^\s+(?:\w+\s+){0,3}?(?:because|due\s+to|for\s+(?:the|its|their)\s+(?:data|information|contents?))\b/i;
// A participle before its noun follows a determiner, an adverb, a preposition or nothing ("the stolen
// data", "potentially accessed information"); after a noun it is a verb ("the party accessed files").
const ATTRIBUTIVE_BEFORE =
  /(?:^|\b(?:the|a|an|any|some|such|this|these|those|their|your|its|our|all|of|in|from|with|by|no|\w+ly)\s+)$/i;
// The data noun phrase before a participle that follows it.
const NP_BEFORE =
  /(?:\b(?:the|their|your|its|our|his|her|some|any|certain|all|no|this|these|those|such)\s+)?(?:[\w'’-]+\s+){0,3}?(?:information|info|data|records|files|details|documents|numbers|PII|PHI)\s+$/i;
// What holds the data ("a laptop containing patient data"): a participle after it goes with the holder.
const HOLDER = /\b(?:containing|contained|holding|with|that\s+(?:held|holds|contained|contains|stored))\s+/i;
const HOLDER_END = new RegExp(`${HOLDER.source}$`, 'i');
// A second verb coordinated with an act before it.
const COORDINATED = new RegExp(`\\b(?:${ACT_PART})\\s*(?:,\\s*|\\s+(?:or|and|and\\/or)\\s+|\\/)$`, 'i');
// A finite auxiliary or "to" before a participle makes it a verb, not an attribute ("may have illegally accessed").
const FINITE_BEFORE = /\b(?:has|have|had|may|might|could|would|will|did|to)\s+(?:\w+ly\s+)*$/i;
// Verbs that say only that the data was caught up in the incident.
const CAUGHT_UP = /^(?:affected|impacted|involved)$/i;
// Misuse, not access: not an act here ("misused", "used", "sold", "shared").
const AFTER_OBJECT_END =
  /[,;.:(]|\s(?:and|but|which|that|who|from|during|between|on|in|at|after|before|by|when|while)\s/i;

interface Np {
  kind: 'data' | 'container' | 'none';
  negated: boolean;
  partial: boolean;
}

/** The head of a noun phrase (words before the first preposition, participle or comma). */
function readNp(np: string, forward = false): Np {
  let t = np.replace(QUANTIFIER_OF, (q) => (/^\s*none\b/i.test(q) ? ' no ' : ' '));
  const end = t.search(HEAD_END);
  let head = end >= 0 ? t.slice(0, end) : t;
  // An object or complement: its head comes within its first words.
  if (forward) head = head.split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  t = head;
  const negated =
    /(?:^|\s)(?:no(?!\s+(?:fewer|less|more|later|longer)\b)|neither|nor)\b/i.test(t) ||
    /\bno\s+(?:[\w'’-]+\s+){0,4}$/i.test(t.replace(/\S+\s*$/, ''));
  const lastWords = t.trim().split(/\s+/).slice(-4).join(' ');
  const kind = DATA_HEAD.test(lastWords)
    ? CONTAINER_HEAD.test(lastWords.split(/\s+/).pop() ?? '')
      ? 'container'
      : 'data'
    : CONTAINER_HEAD.test(lastWords)
      ? 'container'
      : 'none';
  return { kind, negated, partial: PARTIAL_HEAD.test(t) };
}

/** The frame governing a clause whose subject starts at the end of `before`. */
function frameOf(
  before: string,
): { polarity: ScopePolarity | 'open'; ruleOut: boolean; soft: boolean } | null {
  // The nearest frame: the match that starts last.
  let best: { polarity: ScopePolarity | 'open'; ruleOut: boolean; soft: boolean } | null = null;
  let bestEnd = -1;
  let bestStart = -1;
  const tail = before.slice(-160);
  for (const [name, re] of FRAME_PARTS) {
    re.lastIndex = 0;
    for (let x = re.exec(tail); x !== null; x = re.exec(tail)) {
      const end = x.index + x[0].length;
      // The nearest frame ends last; of two ending together ("no reason to believe", "believe"),
      // the longer.
      if (end > bestEnd || (end === bestEnd && x.index < bestStart)) {
        bestEnd = end;
        bestStart = x.index;
        best = {
          polarity:
            name === 'ruleout' || name === 'hedge' ? 'hedged' : name === 'lack' ? 'no_evidence' : 'open',
          ruleOut: name === 'ruleout',
          soft: name === 'hedge' && SOFT_HEDGE.test(x[0]),
        };
      }
    }
  }
  return best;
}

const FRAME_PARTS: [string, RegExp][] = (['ruleout', 'open', 'lack', 'hedge'] as const).map((name) => {
  const src = FRAME.source;
  const start = src.indexOf(`(?<${name}>`);
  let depth = 0;
  let i = start;
  for (; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) break;
  }
  return [name, new RegExp(`\\b${src.slice(start, i + 1)}\\b`, 'gi')];
});

/**
 * Whether a negation ending at `end` reaches a reason after the act rather than the act ("does not
 * think the tablet was taken because of the records on it": the theft stands).
 *
 * @example negationOnReasonEn('the laptop was not stolen because of its contents', 25) // → true
 */
export function negationOnReasonEn(s: string, end: number): boolean {
  return REASON_AFTER.test(s.slice(end, end + 60));
}

/** The clauses of a sentence: [start, end) offsets, with whether each is a concession. */
function clausesOf(s: string): { start: number; end: number; concessive: boolean }[] {
  const cuts: number[] = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m !== null; m = CLAUSE_BREAK.exec(s)) cuts.push(m.index + m[0].length);
  cuts.push(s.length);
  const out: { start: number; end: number; concessive: boolean }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const text = s.slice(start, end);
    if (CONCESSIVE_START.test(text)) {
      const comma = text.search(CONCESSION_END);
      if (comma > 0) {
        out.push({ start, end: start + comma, concessive: true });
        out.push({ start: start + comma + 2, end, concessive: false });
        continue;
      }
    }
    out.push({ start, end, concessive: false });
  }
  return out;
}

/** The subject before `at` in the clause [cStart, at): after the last complementizer. */
function subjectStart(s: string, cStart: number, at: number): number {
  let from = cStart;
  SUBJECT_START.lastIndex = cStart;
  for (let m = SUBJECT_START.exec(s); m !== null && m.index < at; m = SUBJECT_START.exec(s))
    from = m.index + m[0].length;
  return from;
}

/**
 * Every act on the data in an English sentence, with what governs it.
 *
 * @example readScopeEn('No patient data was jeopardized.')[0]?.polarity // → 'denied'
 */
export function readScopeEn(s: string, seen?: { open: number; container: number }): ScopeReading[] {
  if (!ACT_HINT.test(s)) return [];
  const out: ScopeReading[] = [];
  for (const c of clausesOf(s)) {
    const clause = s.slice(0, c.end);
    ACT_RE.lastIndex = c.start;
    for (let m = ACT_RE.exec(clause); m !== null; m = ACT_RE.exec(clause)) {
      const at = m.index;
      const word = m[0];
      let pre = s.slice(c.start, at);
      // "may have accessed or acquired", "accessed/downloaded": a second verb shares the first's auxiliaries.
      const coord = COORDINATED.exec(pre);
      if (coord) pre = pre.slice(0, coord.index);
      const after = s.slice(at + word.length, c.end);
      let np: Np;
      // Misuse stated as done ("fraudulently filed tax returns" with the data): the data was in
      // someone's hands. Misuse denied or hedged says nothing about access and is not read.
      if (m[4] !== undefined) {
        const frame = frameOf(s.slice(c.start, at));
        if (frame === null && !AUX_NEG.test(pre) && !AUX_MODAL.test(pre) && !c.concessive)
          out.push({ polarity: 'stated', weak: false, vague: false, ruleOut: false, at });
        continue;
      }
      let localNeg = false;
      let localModal = false;
      let subjFrom: number;
      let postNominalAct = false;
      if (m[1] !== undefined || m[2] !== undefined) {
        const be = BE_BEFORE.test(pre);
        const chain = AUX_CHAIN.exec(pre);
        const auxStart = chain ? at - chain[0].length : at;
        const auxText = chain ? chain[0] : '';
        // "information accessed included", "had their information stolen": a participle right after its noun.
        const postNominal =
          !be && /\b(?:information|info|data|records|files|details|documents|numbers|PII|PHI)\s+$/i.test(pre);
        const attributive =
          !be &&
          m[1] !== undefined &&
          !coord &&
          ATTRIBUTIVE_BEFORE.test(pre) &&
          !FINITE_BEFORE.test(pre) &&
          DATA_HEAD.test(after.slice(0, 40).split(/[,;.]/)[0] ?? '') &&
          /^\s+(?:[\w-]+\s+){0,3}?(?:information|info|data|records|files|details|documents|numbers|PII|PHI)\b/i.test(
            after,
          );
        postNominalAct = postNominal && !UNACCUSATIVE.test(word);
        if (postNominal) {
          // The frame is read before the noun phrase ("tenants who might have had their details stolen").
          const npm = NP_BEFORE.exec(pre);
          subjFrom = at - (npm?.[0].length ?? 0);
          const conj = /^(?:or|and|nor)\s+/i.exec(s.slice(subjFrom, at));
          if (conj) subjFrom += conj[0].length;
          // "a laptop containing health data stolen from …": the participle goes with the container.
          if (HOLDER.test(s.slice(subjFrom, at)) || HOLDER_END.test(s.slice(c.start, subjFrom))) {
            if (seen) seen.container++;
            continue;
          }
          np = readNp(s.slice(subjFrom, at));
          const head = s.slice(c.start, subjFrom);
          localModal = AUX_MODAL.test(head);
          // "no files were lost or any records taken": a gapped verb shares the negation.
          localNeg = /\b(?:no|not|never|n['’]t)\b[^.;]*\b(?:or|nor)\s+$/i.test(head);
        } else if (be || UNACCUSATIVE.test(word)) {
          subjFrom = subjectStart(s, c.start, auxStart);
          np = readNp(s.slice(subjFrom, auxStart));
        } else if (attributive && !/\b(?:has|have|had)\s+$/i.test(pre)) {
          // "the stolen data", "potentially accessed information": an act presupposed by a noun.
          subjFrom = at;
          np = readNp(after, true);
          if (np.kind === 'data' && !CAUGHT_UP.test(word)) {
            const modal =
              /\b(?:potential(?:ly)?|possibl[ey]|may|might|could|allegedly|suspected)\s+(?:\w+\s+)?$/i.test(
                pre,
              );
            out.push({
              polarity: modal ? 'hedged' : 'stated',
              weak: true,
              vague: VAGUE_ACT.test(word),
              ruleOut: false,
              at,
            });
          }
          continue;
        } else {
          // Active: the object after the verb; "no one"/"nobody" or a negated auxiliary deny it.
          const obj = after.slice(0, (after.search(AFTER_OBJECT_END) + 1 || after.length + 1) - 1);
          np = readNp(obj, true);
          // "copied from a compromised email account": an attribute of a container says nothing.
          if (np.kind === 'container' && ATTRIBUTIVE_BEFORE.test(pre) && !FINITE_BEFORE.test(pre)) continue;
          subjFrom = subjectStart(s, c.start, auxStart);
          if (/^\s*(?:no\s+one|nobody|none)\b/i.test(s.slice(subjFrom, auxStart))) localNeg = true;
        }
        localNeg ||= AUX_NEG.test(auxText) || np.negated;
        localModal ||= AUX_MODAL.test(auxText) || AUX_MODAL.test(pre.slice(-40));
      } else {
        // A noun: its complement names the patient ("access to patient records", "theft of data").
        const comp =
          /^\s*(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?)?(?:to|of|from)\s+(.{0,80})/i.exec(
            after,
          );
        if (comp === null) continue;
        np = readNp(comp[1]!, true);
        if (np.kind !== 'data') {
          if (seen && np.kind === 'container') seen.container++;
          continue;
        }
        const det = pre.slice(-50);
        // Access is an act only when unauthorised or gained ("restore access to the records" is not).
        if (
          /^access$/i.test(word) &&
          !/\b(?:unauthori[sz]ed|improper|illegal|illicit|unlawful|malicious|external|outside|gain(?:ed|ing)?|obtain(?:ed|ing)?)\s+(?:[\w-]+\s+){0,2}$/i.test(
            det,
          )
        )
          continue;
        localNeg =
          /\b(?:no|without)\s+(?:(?:[\w-]+\s+){0,3})?$/i.test(det) &&
          !/\b(?:evidence|indications?|signs?|reason)\s+of\s+(?:[\w-]+\s+){0,3}$/i.test(det);
        localModal =
          /\b(?:potential(?:ly)?|possible|suspected|alleged|may|might|could)\s+(?:[\w-]+\s+){0,2}$/i.test(
            det,
          );
        subjFrom =
          at -
          (/(?:\b(?:an?|the|any|no|some)\s+)?(?:(?:unauthori[sz]ed|actual|potential|possible|further|illegal|improper|external)\s+)*$/i.exec(
            pre,
          )?.[0].length ?? 0);
        np = { ...np, negated: false };
      }
      if (np.kind !== 'data') {
        if (seen && np.kind === 'container') seen.container++;
        continue;
      }
      const frame = frameOf(s.slice(c.start, subjFrom));
      const vague = VAGUE_ACT.test(word) || (m[3] !== undefined && /^(?:breach|compromise)$/i.test(word));
      let polarity: ScopePolarity | 'open';
      let ruleOut = false;
      let soft = false;
      if (localNeg) {
        // A denial whose focus is a reason after the act ("not stolen because of the data") leaves the act.
        if (REASON_AFTER.test(after)) polarity = 'stated';
        // A denial believed or claimed ("believes that no data has been exfiltrated") is a softer denial;
        // one that cannot be ruled out is a hedge.
        else
          polarity =
            frame?.polarity === 'open'
              ? 'open'
              : frame?.ruleOut
                ? 'hedged'
                : frame?.polarity === 'hedged' || frame?.polarity === 'no_evidence'
                  ? 'no_evidence'
                  : 'denied';
        if (polarity === 'denied' && np.partial) continue;
      } else if (localModal) {
        soft =
          /\b(?:likely|probably|appears?\s+to|seems?\s+to|believed\s+to)\b/i.test(pre.slice(-40)) &&
          !/\b(?:may|might|could)\b/i.test(pre.slice(-40));
        polarity =
          frame?.polarity === 'open' ? 'open' : frame?.polarity === 'no_evidence' ? 'no_evidence' : 'hedged';
      } else if (frame) {
        polarity = frame.polarity;
        ruleOut = frame.ruleOut;
        soft = frame.soft;
        if (polarity === 'no_evidence' && REASON_AFTER.test(after)) polarity = 'stated';
        if (polarity === 'no_evidence' && np.partial) continue;
      } else polarity = 'stated';
      if (polarity === 'open') {
        if (seen) seen.open++;
        continue;
      }
      // "involved", "affected", "impacted" state nothing about access; denied, they deny it.
      if (polarity !== 'denied' && polarity !== 'no_evidence' && CAUGHT_UP.test(word)) {
        if (seen) seen.open++;
        continue;
      }
      out.push({
        polarity,
        weak: c.concessive || (postNominalAct && polarity !== 'denied'),
        vague,
        ruleOut,
        soft,
        at,
      });
    }
  }
  return out;
}

/**
 * The leak status an English notice concludes, read from the scope of negations and hedges over the
 * acts on its data; null when no sentence has an act on the data.
 *
 * @example scopeLeakStatusEn([{ text: 'Electronic records have been hacked.', start: 0, end: 36, line: 0 }])?.value // → 'confirmed'
 */
export function scopeLeakStatusEn(segments: readonly Segment[]): Fact<LeakStatus> | null {
  let firm: Segment | null = null;
  let stated: Segment | null = null;
  let statedVague: Segment | null = null;
  let hedged: Segment | null = null;
  let ruleOut: Segment | null = null;
  let lack: Segment | null = null;
  let weakStated: Segment | null = null;
  for (const seg of segments) {
    for (const r of readScopeEn(seg.text)) {
      if (r.polarity === 'denied' && !r.weak) firm ??= seg;
      else if (r.polarity === 'stated' && !r.weak && !r.vague) stated ??= seg;
      else if (r.polarity === 'stated' && !r.weak) statedVague ??= seg;
      else if (r.polarity === 'hedged') {
        hedged ??= seg;
        if (r.ruleOut) ruleOut ??= seg;
      } else if (r.polarity === 'no_evidence') lack ??= seg;
      else if (r.polarity === 'stated') weakStated ??= seg;
    }
  }
  if (ruleOut) return factOf('possible', ruleOut, 0.45);
  if (firm) return factOf('not_found', firm, 0.45);
  if (stated) return factOf('confirmed', stated, 0.45);
  if (hedged) return factOf('possible', hedged, 0.45);
  if (statedVague) return factOf('confirmed', statedVague, 0.45);
  if (lack) return factOf('not_found', lack, 0.45);
  if (weakStated) return factOf('confirmed', weakStated, 0.45);
  return null;
}

/**
 * Whether an English sentence states an act on the data: true when it does (a hedge of likelihood
 * counts), false when it has acts but each is on a container, hedged, denied or left open (not
 * strict: only when no act is on the data at all), null when it has none this reader knows.
 *
 * @example statedOnDataEn('Laptop containing patient data stolen from clinic') // → false
 */
export function statedOnDataEn(s: string, strict = true): boolean | null {
  const seen = { open: 0, container: 0 };
  const readings = readScopeEn(s, seen);
  if (readings.some((r) => r.polarity === 'stated' || (r.polarity === 'hedged' && r.soft))) return true;
  // Not strict: false only when every act is on a container or left open (no word on the data at all).
  if (!strict) return readings.length === 0 && (seen.open > 0 || seen.container > 0) ? false : null;
  return readings.length > 0 || seen.open > 0 || seen.container > 0 ? false : null;
}

/**
 * The first sentence that states an act on the data in a main clause, unhedged and not as a noun's
 * attribute (nor only "compromised"), or null.
 *
 * @example statedActEn([{ text: 'Certain files were downloaded.', start: 0, end: 30, line: 0 }])?.start // → 0
 */
export function statedActEn(segments: readonly Segment[]): Segment | null {
  for (const seg of segments)
    if (readScopeEn(seg.text).some((r) => r.polarity === 'stated' && !r.weak && !r.vague)) return seg;
  return null;
}
