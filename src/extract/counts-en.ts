import { factOf } from './fact.js';
import { numbered } from './numbered-groups.js';
import { parseEnNumber, qualifierFor } from './numeral-ja.js';
import type { Segment } from './segment.js';
import type { AffectedUnit, CountStatement, Fact, LeakStatus } from './types.js';

/**
 * English figures and what they count ("approximately 5,000 customers", "the data of 2,300
 * associates"), read from the noun after the figure and the clause around it; counts.ts ranks them
 * with the Japanese ones into the headline.
 */

const EN_NUM = String.raw`\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:million|billion|thousand)|[kKmM](?![a-z]))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundred)(?:\s+(?:million|billion|thousand))?`;
const EN_UNIT = String.raw`people|persons|individuals|customers|users|members|patients|employees|accounts|records|consumers|residents|subscribers|students|clients|donors|guests|visitors|applicants|children|families|households|participants|passengers|pupils|parents|volunteers|policyholders|taxpayers|victims|Americans|Canadians|Britons|Australians|data\s+subjects|cardholders|card\s?holders|cards|card\s+numbers|payment\s+cards|credit\s+cards|e-?mail\s+address(?:es)?|unique\s+e-?mail\s+address(?:es)?|rows|entries`;
// A modifier is never itself a figure: in "December 2019 two authorized users" the year counts nothing.
const EN = numbered(
  String.raw`(?<![\d.,/#\-:$])\b(?<num>${EN_NUM})\s+(?:(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:unique|total|additional|affected|impacted|potentially|current|former|active|registered|individual|customer|user|member|student|patient|of\s+(?:our|its|their|the)|[A-Z][\w.-]*)\s+){0,3}(?<unit>${EN_UNIT})\b`,
  ['num', 'unit'],
);
const EN_COUNT = new RegExp(EN.source, 'gi');
// A news report's revised total ("the number of U.S. consumers affected had jumped from 143 million
// to 145.5 million"): both figures count the unit named before them.
const EN_REVISED = new RegExp(
  String.raw`\b(?:number|count|total|estimate)\s+of\s+(?:[\w.-]+\s+){0,3}?(${EN_UNIT})\b[^.;]{0,80}?\bfrom\s+(${EN_NUM})\s+to\s+(${EN_NUM})(?![\d,]|\.\d)`,
  'gi',
);
const EG = EN.group;
// Whose data it was, read from the preposition that ties a figure to the data ("the name and salary … for
// 2,300 former associates", "order data for twelve of the host's merchant customers"): the noun after the figure counts the owners, whatever the noun is — unless it
// counts time, money or things.
const EN_OWNER = new RegExp(
  String.raw`\b(?:information|data|records?|details|names?|numbers?|balances?)\b[^.;]{0,120}?\b(?:of|for|belonging\s+to|pertaining\s+to|relating\s+to)\s+(?:(?:approximately|about|around|roughly|nearly|almost|over|more\s+than|up\s+to|as\s+many\s+as|some|a\s+total\s+of)\s+)?(${EN_NUM})\s+(?:of\s+(?:the\s+)?\S+\s+)?((?:[a-z-]+\s+){0,3}?)([a-z]+s)\b`,
  'gi',
);
const EN_OWNER_NOT =
  /^(?:years|months|weeks|days|hours|minutes|seconds|times|percent|dollars|cents|pages|files|documents|returns|e-?mails|messages|servers|systems|computers|laptops|devices|locations|states|countries|facilities|hospitals|schools|offices|stores|sites|websites|fields|items|types|categories|versions|copies|boxes|letters|transactions|orders|purchases|payments|claims|cases|tickets|requests|reservations|stays|entries|rows|lines|logs|bytes|gigabytes|terabytes|images|photos|videos)$/i;
const EN_COMPANIES =
  /\b(?:compan|retailer|business|merchant|organi[sz]ation|employer|firm|vendor|partner|district|agenc|institution)/i;
// "one of our employees": a member picked from a set, not a count.
const ONE_OF = /^one\s+of\b/i;
// What an English figure counts, read from its noun phrase and the clause around it. Not the
// affected set: people outside it ("10 million other patients", "three other accounts") — unless
// the sentence speaks to the reader, whose fellow victims they are ("your return and 44 other clients");
const EN_OTHER = /\bother\s+(?:\S+\s+){0,2}\S+$/i;
// mailboxes broken into ("five email accounts", "two employee email accounts"): where the data sat;
const ADDRESSEE = /\b(?:you|your)\b/i;
const EN_MAILBOXES = /\b(?:e-?mail|mail)\s+accounts$/i;
// the size of the organisation ("employs 5,100 teachers and enrolled 61,000 pupils",
// "serves roughly 100,000 students"): the verb of the clause governs the figure;
const EN_POPULATION_VERB =
  /\b(?:employs?|employed|employing|enrol(?:l)?s?|enrol(?:l)?ed|enrol(?:l)?ing|serves?|served|serving|operates?|operated|operating)\s+(?:(?:roughly|about|approximately|nearly|more\s+than|over|some|around|almost|a\s+total\s+of)\s+)?$/i;
// people who looked at the data ("two individuals had accessed the report", "viewed by two individuals"):
// the agent of the access, not whose data it was.
const EN_AGENT_AFTER = /^\s+(?:(?:had|have|has)\s+)?(?:accessed|viewed|opened|gained|obtained|downloaded)\b/i;
const EN_AGENT_BEFORE = /\b(?:viewed|accessed|opened|seen|downloaded)\s+by\s+$/i;
const EN_YEAR = /^(?:19|20)\d\d$/;
const EN_DATE_BEFORE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|(?:in|of|since|during|until|through|from|to)\s+)$/i;
const EN_PEOPLE_NOUN = /^(?:people|persons|individuals|employees|users|members|staff)$/i;

function enUnit(unit: string): AffectedUnit {
  const u = unit.toLowerCase();
  if (/card/.test(u) && !/holder/.test(u)) return 'cards';
  if (/users|accounts|subscribers|members/.test(u)) return 'accounts';
  if (/records|e-?mail|rows|entries/.test(u)) return 'records';
  return 'people';
}

export function statusOf(s: string): LeakStatus | null {
  if (/可能性|おそれ|恐れ|懸念|\bmay\b|\bpotential/i.test(s)) return 'possible';
  if (/確認|判明|流出した|漏えいした|漏洩した|\bconfirmed\b|\bwere\s+(?:accessed|exposed)/i.test(s))
    return 'confirmed';
  return null;
}

/** A figure found in a sentence, before the notice's figures are ranked. */
export interface SentenceCount {
  fact: Fact<CountStatement>;
  at: number;
  notAffected: boolean;
  unique: boolean;
  /** 「380人分」: the data of that many people, not a head count of a population. */
  share?: boolean;
  /** 「会員は約8,000名です」「B校でも4名」: the headline only when the notice states no other figure. */
  populationTopic?: boolean;
  /** 「1人の名前」「30名分」: the figure names whose data it is, whatever else the sentence tells of. */
  owner?: boolean;
}

/** The English figures ("N customers") of sentence `s` of `seg`, added to `inSentence` in order. */
export function enCountsIn(s: string, seg: Segment, inSentence: SentenceCount[]): void {
  EN_COUNT.lastIndex = 0;
  for (let m = EN_COUNT.exec(s); m !== null; m = EN_COUNT.exec(s)) {
    const value = parseEnNumber(m[EG.num]!.replace(/\s+/g, ' '));
    if (value === null || value <= 0) continue;
    // "on the morning of August 1, 2019 sent customers an email": a year, not a figure.
    if (EN_YEAR.test(m[EG.num]!) && EN_DATE_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index)))
      continue;
    const subject = m[EG.unit]!.toLowerCase();
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const notAffected =
      ONE_OF.test(m[0]) ||
      (EN_OTHER.test(m[0]) && !ADDRESSEE.test(s)) ||
      EN_MAILBOXES.test(m[0]) ||
      EN_POPULATION_VERB.test(before) ||
      (EN_PEOPLE_NOUN.test(subject) &&
        (EN_AGENT_AFTER.test(s.slice(m.index + m[0].length)) || EN_AGENT_BEFORE.test(before)));
    const unique = /\b(?:unique|distinct)\b/i.test(m[0]);
    const qualifier = qualifierFor(s.slice(Math.max(0, m.index - 20), m.index), '');
    const value2: CountStatement = {
      count: value,
      unit: enUnit(m[EG.unit]!),
      qualifier,
      subject,
      status: statusOf(s),
    };
    inSentence.push({ fact: factOf(value2, seg, 0.7), at: m.index, notAffected, unique });
  }
  if (/\b(?:of|for|to)\s/i.test(s)) {
    EN_OWNER.lastIndex = 0;
    for (let m = EN_OWNER.exec(s); m !== null; m = EN_OWNER.exec(s)) {
      const noun = m[3]!.toLowerCase();
      // "one of our providers", "one or more stays": a member picked or an open range, not a figure.
      if (EN_OWNER_NOT.test(noun) || /^one$/i.test(m[1]!) || /^or\s/i.test(m[2]!)) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[3]!.length - m[2]!.length);
      if (inSentence.some((c) => c.at === at)) continue;
      const value = parseEnNumber(m[1]!.replace(/\s+/g, ' '));
      if (value === null || value <= 0 || EN_YEAR.test(m[1]!)) continue;
      const statement: CountStatement = {
        count: value,
        unit: EN_COMPANIES.test(noun) || EN_COMPANIES.test(m[2]!.trim()) ? 'companies' : enUnit(noun),
        qualifier: qualifierFor(s.slice(Math.max(0, at - 20), at), ''),
        subject: noun,
        status: statusOf(s),
      };
      inSentence.push({ fact: factOf(statement, seg, 0.6), at, notAffected: false, unique: false });
    }
  }
  if (!/\bfrom\s/i.test(s)) return;
  EN_REVISED.lastIndex = 0;
  for (let m = EN_REVISED.exec(s); m !== null; m = EN_REVISED.exec(s)) {
    for (const raw of [m[2]!, m[3]!]) {
      const value = parseEnNumber(raw.replace(/\s+/g, ' '));
      if (value === null || value <= 0 || inSentence.some((c) => c.fact.value.count === value)) continue;
      const statement: CountStatement = {
        count: value,
        unit: enUnit(m[1]!),
        qualifier: 'exact',
        subject: m[1]!.toLowerCase(),
        status: statusOf(s),
      };
      inSentence.push({
        fact: factOf(statement, seg, 0.6),
        at: m.index + m[0].indexOf(raw),
        notAffected: false,
        unique: false,
      });
    }
  }
}
