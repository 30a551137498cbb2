/**
 * The name a Japanese notice gives itself in its opening sentence when it then speaks of itself as
 * 当社 or 弊社: 「サンプル計算機は、当社の学習アプリへの不正アクセスにより…」, 「北浜電機(以下「当社」)は、…」.
 * A company's own notice often writes its name without its legal form, so the organisation reader may
 * miss it; the sentence still says who speaks, and a later report, a news article or a client's page
 * that names the body is looked up by it (continuation-views.ts adds it to a page's subjects). Pure.
 */

/** Words a sentence may open with that are no body's name (what happened, when, to whom). */
const NOT_A_NAME =
  /不正|漏え|漏洩|流出|紛失|誤送|誤配|情報|お知らせ|お詫び|おわび|報告|被害|攻撃|感染|ランサム|ウイルス|ウィルス|サイバー|アクセス|メール|セキュリティ|事件|事故|障害|個人|お客様|皆様|このたび|この度|今回|本件|本日|現在|当社|弊社|同社|当該|対象|システム|サーバ|サービス|調査|令和|平成|委託|取引先|[のがをにでへ]|^\d|\d[年月日]/;

/**
 * The opening of a sentence: its subject (a name of 2–24 letters of a name's scripts, its legal form
 * optional before or after), an optional 「(以下「当社」)」, は, then within the sentence 当社 or 弊社.
 */
const SELF_NAMED = new RegExp(
  String.raw`^(?:株式会社|\(株\))?\s?((?=[^、。]{0,23}[\p{Script=Katakana}\p{Script=Han}A-Za-z])[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ーA-Za-z0-9&・]{2,24}?)\s?(?:株式会社|\(株\))?` +
    String.raw`(?:\s?\(以下[^)]{0,12}\))?\s?は、?[^。]{0,60}?(?:当社|弊社)`,
  'u',
);

/**
 * The body a notice's opening sentence names before speaking of itself as 当社/弊社, or null. Only the
 * first sentences of its body count (its title and address lines are skipped); a sentence that names
 * a supplier first (「委託先のX社は、当社の…」) does not open with the name.
 *
 * @example openingSelfName('お知らせ\n北浜計算機は、当社の学習アプリへの不正アクセスについてお知らせします。') // => '北浜計算機'
 */
export function openingSelfName(text: string): string | null {
  const head = text.slice(0, 1500).normalize('NFKC');
  let sentences = 0;
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (!line || /^https?:\/\//.test(line) || !line.includes('。')) continue;
    for (const sentence of line.split('。')) {
      const s = sentence.trim();
      if (!s) continue;
      if (++sentences > 3) return null;
      const m = SELF_NAMED.exec(s);
      if (m && !NOT_A_NAME.test(m[1]!)) return m[1]!;
    }
  }
  return null;
}
