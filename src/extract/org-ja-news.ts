import { factOf as fact } from './fact.js';
import { NOT_ORG_JA } from './org-host.js';
import type { Segment } from './segment.js';
import type { NoticeStructure } from './structure.js';
import type { Fact } from './types.js';

/**
 * Japanese news and repost forms the organisation readers (org.ts) see through: a listed company's
 * securities code after its name, and a repost's title that names whose message it copies. Pure.
 */

// A listed company's securities code after its name in a news report (「X<1234>は」「X〈6503〉は12日」
// 「X(東証プライム:1234)が」): no part of the name, and no break between the name and its particle.
const SECURITY_CODE =
  /(?<=[\p{L}\p{N}])\s?[<＜〈(（]\s?(?:東証(?:プライム|スタンダード|グロース|[12一二]部)?\s?[::・]?\s?)?\d{4}[A-Z]?\s?[>＞〉)）](?=\s?(?:は|が|、|の|\s))/gu;

/** Segments with the securities codes after names left out (the news lead reader's view). */
export function withoutSecurityCodes(segments: Segment[]): Segment[] {
  return segments.map((g) => {
    SECURITY_CODE.lastIndex = 0;
    return SECURITY_CODE.test(g.text) ? { ...g, text: g.text.replace(SECURITY_CODE, '') } : g;
  });
}

// A repost's title that names whose message it is (「Xからのメール」「Xよりお知らせ」) over a body that
// speaks as 当社/弊社/本市…, which never names itself: the sender is X.
const SENDER_TITLE =
  /^([\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&.-]{2,30}?)(?:から|より)の?\s?(?:メール|お知らせ|ご案内|ご連絡|連絡|通知|お詫び|重要なお知らせ)/u;

const SELF_SPEECH =
  /当社|弊社|本市|当市|本県|当県|本町|当町|当院|本院|本学|当学|本校|当校|当法人|当協会|当組合|当行|当金庫|当館/;

/** The sender a title names for a body that only calls itself 当社 (a last resort), or null. */
export function senderTitleJa(
  lines: Segment[],
  segments: Segment[],
  structure?: NoticeStructure,
): Fact<string> | null {
  // The page's title, else its first line (an address line aside).
  const title =
    structure?.title ?? lines.slice(0, 3).find((l) => l.text.trim() && !/^\s*https?:\/\//.test(l.text));
  if (!title || title.text.length > 40) return null;
  const m = SENDER_TITLE.exec(title.text.trim());
  if (!m || !segments.slice(0, 30).some((g) => SELF_SPEECH.test(g.text))) return null;
  const name = m[1]!;
  if (NOT_ORG_JA.test(name) || /^[本同当弊貴]/.test(name)) return null;
  return fact(name, { text: title.text, start: title.start, end: title.end, line: 0 }, 0.4);
}
