/**
 * A Japanese news article about a body's breach, not the body's own notice: it never speaks as the
 * body (no 当社, 本学, 本市 …) and tells what the body said in the third person (「同社によると」
 * 「…と明らかにしました」). Its host is a reporter's, which covers many bodies: it says nothing about
 * who published the notice (src/incidents/continuation.ts). Pure.
 */

/**
 * How a body speaks of itself (and how its staff do: 弊所, 当法人, 本会). 「(本社:大阪市)」「本社・東京都」
 * give a company's head office as its address: no 本社 speaking as "we".
 */
const FIRST_PERSON =
  /(?:当|弊|(?<![(（]\s?)本(?!社\s?[:：・])|我が)(?:社|学|大学|院|病院|市|区|町|村|県|府|庁|店|所|会|法人|機構|組合|協会|団体|園|校|グループ)|私ども|わたくしども/;

/**
 * Telling what another body said: a source named in the third person (「同社によると」「同大学の説明では」)
 * or a sentence closing on its announcement (「…と明らかにしました。」「…ことを発表した。」), and a
 * broadcaster's forms (「X大学によりますと、」「…ということです。」). A body's own
 * article may name the body by its kind alone at a sentence's start (「大学によると、」). A body's own
 * notice names its contractor 同社 too (「同社に確認を指示しました」), and closes on 「…としています」
 * or 「…とのことです」 when it passes a contractor's words on: neither counts.
 */
const REPORTED =
  /同(?:社|大学|大|学|市|区|町|村|県|府|院|病院|機構|法人|協会|組合|団体|グループ|省|庁)(?:によると|によれば|の発表によると|の説明では|の説明によると)|(?:^|[、。\n])(?:大学|病院|会社|学校|法人|協会|機構)(?:側)?(?:によると|によれば)、|(?:と|を|ことを)(?:[^。、「」]{0,12}に)?(?:明らかにし|発表し|公表し)(?:ました|た)(?:。|$)|[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{2,}の(?:発表|公式サイト|プレスリリース)(?:によると|によれば|では)、|[\p{Script=Han}\p{Script=Katakana}ー]{2,}によりますと、|ということです。/mu;

/**
 * Whether a Japanese text reads as a reporter's article about another body (see above): no self-reference
 * in its first 2,000 characters and at least one piece of reported speech, or an opening news lead.
 *
 * @example writesAsReporter('サンプル工業株式会社は5月9日、サーバーが攻撃を受けたと明らかにしました。') // => true
 * @example writesAsReporter('当社のサーバーが攻撃を受けたことを、5月9日に公表しました。') // => false
 */
export function writesAsReporter(text: string): boolean {
  const head = withoutCitedTitles(text.slice(0, 2000));
  if (!/[\u3041-\u30ff]/.test(head)) return false;
  return !FIRST_PERSON.test(head) && (REPORTED.test(head) || LEAD_DAY.test(head.split('。', 1)[0]!));
}

/** A label an article puts before the titles of its sources (「【参考記事】」「出典:」「関連リンク」). */
const SOURCE_LABEL =
  /^[【[<(]?\s*(?:参考(?:記事|資料|リンク|URL)?|出典|引用元|情報源|関連(?:記事|リンク)|ソース|Source)\s*[】\]>):]?\s*$/i;

/**
 * The text without the lines cited under a source label: the quoted title of the body's own notice
 * (「当社ネットワークへの…について」) and its address are the body's words, not the article's.
 */
function withoutCitedTitles(head: string): string {
  const lines = head.split('\n');
  const out: string[] = [];
  let cited = false;
  for (const line of lines) {
    const t = line.trim();
    if (SOURCE_LABEL.test(t)) {
      cited = true;
      continue;
    }
    // A source block ends at its first blank line.
    if (cited && t === '') cited = false;
    if (!cited) out.push(line);
  }
  return out.join('\n');
}

/**
 * A news lead's topic with a bare day of the month (「…X病院は7日、」「Xが4日、」): a body's own notice
 * dates itself in full or says 本日.
 */
const LEAD_DAY =
  /[\p{Script=Han}\p{Script=Katakana}ー](?:[(（〈][^)）〉]{1,20}[)）〉])?(?:は|が)\d{1,2}日(?:午前|午後|朝|夜)?、/u;

/**
 * Whether a notice and an incident's reports are a news article and the notice it retells: the
 * article's stage is the notice's and it comes out days later, so it is no second 第一報, and it is as
 * much a copy of one report as one with a copy's marks. The other way round (the body's notice read
 * after news of it) only when the two share the incident's day or count (retellsFacts): the body's
 * next, different incident is a first report of its own.
 */
export function retellsNotice(
  n: { reporter?: boolean },
  reports: readonly { reporter?: boolean }[],
  reasons: readonly { code: string; weight: number }[],
): boolean {
  if (n.reporter) return true;
  return reports.length > 0 && reports.every((r) => r.reporter) && retellsFacts(reasons);
}

/**
 * Whether a news article and a notice share what only one incident has — its day, or a count of 100 or
 * more (continuation.ts reasons `same_date`, `same_count` +3): the article retells that notice, so
 * nothing is held against it for not saying it continues one.
 */
export function retellsFacts(reasons: readonly { code: string; weight: number }[]): boolean {
  return reasons.some((r) => r.code === 'same_date' || (r.code === 'same_count' && r.weight >= 3));
}
