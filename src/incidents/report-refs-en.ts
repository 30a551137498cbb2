/**
 * How English later reports say that the incident is already known, without a date or a title:
 * "We want to give you an update on the incident", "Our review of the files taken during the
 * ransomware attack in March is now complete", "Last week we emailed all members about …", "the
 * security incident we told customers about earlier this month". Read from a notice's opening
 * sentences (or anywhere, for a past message to the people concerned). Pure.
 */

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** An update on the incident the notice is about, as this notice gives it. */
const UPDATE_ON =
  /\b(?:an?|our|the|this|another)\s+(?:(?:second|third|fourth|fifth|further|latest|new|brief|quick|short|next|final|\d(?:st|nd|rd|th))\s+)?(?:progress\s+)?update\s+(?:on|about|regarding|to|in)\s+(?:the|our|this)\b/i;
/** A promise of an update ("we will provide an update on the incident") is no update given. */
const PROMISE =
  /\b(?:will|shall|'ll|would|plan to|intend to|continue to|expect to|as soon as|when we|once we|check|look out|watch)\b/i;

/** The incident named as one already known: "the ransomware attack", "the February cyber attack". */
const KNOWN = new RegExp(
  String.raw`\bthe\s+((?:(?:recent|ongoing|reported|${MONTH}(?:'s)?|(?:19|20)\d{2}|cyber|cyber-?security|security|data|ransomware|it|network|systems?|email|phishing|malware)\s+){0,3})(?:incident|attack|breach|cyberattack|cyber-attack|intrusion)\b([^.!?]{0,80})`,
  'gi',
);
/**
 * What, beside it, says it happened before this notice: a month without its day ("in March"), last
 * week, "since last week", "recent", a relative clause of what it did or of an earlier telling.
 */
const BEFORE_NOW = new RegExp(
  String.raw`^(?:\s+(?:in|during|since|from)\s+(?:early\s+|late\s+|mid-)?${MONTH}\b(?!\.?\s+\d)|[^.!?]{0,40}?\b(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|since\s+last)\b|\s+(?:that|which)\s+(?:has\s+)?(?:began|begun|started|affected|disrupted|hit)\b|\s+(?:that\s+)?we\s+(?:first\s+)?(?:told|informed|notified|alerted|wrote|emailed|reported|announced|disclosed)\b)`,
  'i',
);

/** A past message to the people concerned: "Last week we emailed all members", "we previously wrote to you", "the incident we told customers about". */
const TOLD_BEFORE =
  /\b(?:(?:last|earlier\s+this|this\s+past)\s+(?:week|month)|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:we|I)\s+(?:emailed|e-mailed|wrote\s+to|contacted|notified|informed|told|alerted|messaged|posted|shared)\b(?!\s+(?:the\s+)?(?:police|fbi|law\s+enforcement|authorities|regulators?|information\s+commissioner))|\b(?:we|I)\s+(?:have\s+)?(?:previously|recently|already|earlier)\s+(?:emailed|e-mailed|wrote\s+to|written\s+to|contacted|notified|informed|told|alerted|messaged)\s+(?:you|our|all|every|customers|members|users|students|staff|patients|clients|employees|residents)\b|\b(?:incident|attack|breach|issue)\s+(?:that\s+)?we\s+(?:first\s+)?(?:told|informed|notified|alerted|emailed|wrote\s+to)\s+(?:you|our|all|customers|members|users|students|staff|patients|clients|employees)\b[a-z ]{0,30}?\babout\b/i;

/**
 * A news writer's account of the body's own earlier telling, in the third person: "the breach it
 * disclosed last month", "Sample Mart previously reported that …", "Initially, Sample Mart said …".
 */
const CAP_MONTH = MONTH.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const TOLD_BY_BODY = new RegExp(
  String.raw`\b(?:(?:[Ii]t|[Tt]he\s+(?:company|firm|retailer|bank|agency|county|city|district|hospital|university|school|insurer|council|organi[sz]ation))\s+(?:had\s+|has\s+)?(?:first\s+|previously\s+|initially\s+|originally\s+)?(?:disclosed|announced|reported|revealed)\s+(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|in\s+(?:early\s+|late\s+|mid-)?${CAP_MONTH}\b(?!\.?\s+\d))|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:had\s+)?(?:previously|initially|originally)\s+(?:said|reported|announced|disclosed|estimated|stated)|(?:[Ii]nitially|[Oo]riginally|[Pp]reviously),\s+(?:it|the\s+company|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:had\s+)?(?:said|reported|announced|disclosed|estimated|stated))\b`,
);

/**
 * The incident told as one the reader already knows of: "As you know, we recently experienced a
 * network intrusion", "As you may be aware, our office was burglarized" (not "As you know, we value
 * your trust": the sentence must speak of the incident).
 */
const AS_YOU_KNOW =
  /\bas you (?:may |might |will |probably )?(?:know|recall|be aware|are aware|have heard)\b,?[^.!?]{0,160}?\b(?:incident|attack|cyberattack|cyber-attack|breach|intrusion|compromise|burglar\w*|theft|stolen|ransomware)\b/i;

/** The first two sentences of a notice's body: its address, title and date lines left out. */
export function openingSentences(text: string): string {
  const lines = text.slice(0, 1500).split('\n');
  const body: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    // An address, a heading or a dateline (no sentence end, short) comes before the body.
    if (body.length === 0 && (/^https?:\/\/\S*$/.test(line) || (line.length < 90 && !/[.!?]$/.test(line))))
      continue;
    body.push(line);
    if (body.join(' ').length > 400) break;
  }
  const sentences = body.join(' ').split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.slice(0, 2).join(' ');
}

/**
 * The words of an English notice that say the incident was told of before (see the module note),
 * or null.
 *
 * @example referredBack('Update\nLast week we emailed all members about the attack.') // => 'Last week we emailed'
 */
export function referredBack(text: string): string | null {
  const head = text.slice(0, 3000);
  const told = TOLD_BEFORE.exec(head) ?? AS_YOU_KNOW.exec(head) ?? TOLD_BY_BODY.exec(head);
  if (told) return told[0];
  const opening = openingSentences(text);
  if (!opening) return null;
  const update = UPDATE_ON.exec(opening);
  if (update && !PROMISE.test(opening.slice(Math.max(0, update.index - 40), update.index))) return update[0];
  for (const m of opening.matchAll(KNOWN)) {
    const words = m[1] ?? '';
    // "the February cyber attack", "the 2024 cyberattack": a time before this notice.
    const namedMonth = new RegExp(`(?:${MONTH}(?:'s)?|(?:19|20)\\d{2})\\s`, 'i').test(words);
    if (namedMonth || /\brecent\b/i.test(words) || BEFORE_NOW.test(m[2] ?? '')) return m[0].trim();
  }
  return null;
}

/** Words a body's name ends with (what kind of body it is, or its legal form). */
const NAME_END =
  '(?:University|College|School|Schools|District|Library|Libraries|Bank|Council|Hospital|Health|Healthcare|Clinic|Lending|Credit Union|Insurance|Foundation|Trust|Society|Institute|Group|Inc\\.?|LLC|Ltd\\.?|plc|Corporation|Company)';
/** A capitalised name that opens a sentence of the notice's opening as its subject. */
const SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]\s+)((?:[A-Z][A-Za-z&'-]+\s+){0,4}${NAME_END})(?:,?\s+(?:today|has|have|is|was|wants|want|gave|gives|announced|said|says|discovered|found|learned|experienced|became|recently|would|will|continues|posted|issued|shares|released))\b`,
);

/**
 * The name of the body an English notice's opening speaks as ("Tillbury University today gave an
 * update …"): what a later report that the organisation reader missed is looked up by. Null when
 * no sentence of the opening starts so.
 *
 * @example openingSubject('Statement\nTillbury University today gave an update.') // => 'Tillbury University'
 */
export function openingSubject(text: string): string | null {
  const opening = openingSentences(text);
  const m = SUBJECT.exec(opening);
  return m ? m[1]!.replace(/^(?:The|Our|On|In|At)\s+/, '') : null;
}
