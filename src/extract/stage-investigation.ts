/**
 * The state of the investigation as one Japanese sentence tells it, read from the predicate of the clause
 * whose subject or object is the investigation: still running (“the investigation is ongoing”, “we
 * are still investigating”, 「流出の有無を確認しております」「被害などを調べている」), or finished
 * with its result (「外部業者の解析の結果…形跡はないと確認しました」). A report stage
 * follows from it (stage.ts): a notice whose investigation still runs is a first report; one that
 * gives an outside investigation's result is a final one.
 *
 * What the clause is about decides, not a word list of whole phrases: the investigation noun or verb
 * and its aspect (progressive, present; perfective, past) within the same clause. Past narration
 * (“while the investigation was ongoing”, 「調査しておりましたところ」), a condition or a promise
 * (“once the investigation is complete”, 「判明した場合」), and an investigation that a delay must not
 * disturb (“so as not to impede the investigation”) say nothing of its state now.
 *
 * Japanese only. An English reader of the same kind (“the investigation is ongoing”, “we are still
 * investigating”; branch h/stage6) read its own sentences well but cost precision where the labels
 * follow the corpus convention, which leaves an English letter's running investigation unstaged:
 * held-out CA AG sets I–M 1 → 14 spurious "first", batch-1 precision 0.870 → 0.800, a fresh English set
 * one more spurious, with no English stage gained (docs/extraction.md, session 20).
 */

export type InvestigationState = 'ongoing' | 'concluded';

// Japanese.

// An investigating verb (調査, 調べ, 解析, 究明, 精査, 捜査) in the progressive or with 中/継続/進め:
// 「調査を進めております」「被害などを調べている」「解析を行っているところです」「捜査中」.
const INV_VERB_JA = /調査|調べ|解析|究明|精査|捜査|フォレンジック/;
const PROGRESSIVE_JA =
  /(?:調査|調べ|解析|究明|精査|捜査)(?:中(?!止|断)|(?:を|は|が)?(?:引き続き|鋭意|現在)?(?:継続|続行)(?:中|して(?:い|お)|し、)|(?:を|は|が)?(?:引き続き|鋭意|現在)?(?:進め|行っ|実施し|始め|はじめ)て(?:い|お)(?:る|り(?!まし)|ます)|し?て(?:い|お)(?:る|り(?!まし)|ます)|を急いで)/;
// 確認 reads as running only with an open question as its object (「流出の有無を確認しております」
// 「状況を確認中」): 「不正アクセスを確認しております」 is a fact confirmed, not a check under way.
const OPEN_CHECK_JA =
  /(?:有無|範囲|詳細|原因|全容|全貌|状況|経緯|影響|件数|規模|実態|経路|内容)(?:等|など)?(?:を|について|に関して|の)(?:[^。]{0,12}?)確認(?:中|を(?:進め|行っ)て(?:い|お)(?:る|り(?!まし)|ます)|して(?:い|お)(?:る|り(?!まし)|ます))|確認と対策を(?:行っ|進め)て(?:い|お)(?:る|り(?!まし)|ます)/;
// Past narration, a condition, or a recurring check (「点検を継続して実施する」 is a measure).
const NOT_NOW_JA =
  /(?:おりました|いました|ていた|てきた|てまいりました)(?:ところ|が|。|、)|場合|次第|予定|まで(?:の間)?|継続して(?:実施|行)/;

function runningJa(s: string): boolean {
  const m =
    (INV_VERB_JA.test(s) ? PROGRESSIVE_JA.exec(s) : null) ??
    (s.includes('確認') ? OPEN_CHECK_JA.exec(s) : null);
  if (!m) return false;
  // The running predicate itself must not be past narration nor conditional.
  const tail = s.slice(m.index, m.index + m[0].length + 12);
  return !NOT_NOW_JA.test(tail);
}

// An investigation by an outside party, carried out, with its result stated in the past
// (「外部業者に頼んだ解析の結果、…形跡はないと確認しました」「専門の会社に
// よる調査の結果、…が判明しました」): the investigation is over and this notice gives its result.
const OUTSIDE_INV_JA =
  /(?:第三者|外部|専門|フォレンジック|調査会社|調査機関|セキュリティ(?:専門)?(?:会社|企業|ベンダー|事業者))[^。]{0,30}?(?:調査|解析)(?:を(?:実施|行)(?:し|い|った結果)|の結果|した結果|を行ったところ|により|によって)/;
const RESULT_PAST_JA =
  /(?:確認|判明|特定)(?:いた)?(?:し|され)(?:まし)?た(?!ら|場合)|(?:認められ|確認され)(?:ませんでした|なかった)|ことが(?:わかり|分かり)ました/;

function concludedJa(s: string): boolean {
  const m = OUTSIDE_INV_JA.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  return RESULT_PAST_JA.test(rest) && !/中間|速報|現時点|現段階|現在までに/.test(s);
}

/**
 * The state of the investigation in one sentence, or null when the sentence does not tell it.
 *
 * @example investigationState('外部業者の解析の結果、名簿が持ち出された形跡はないと確認しました。') // → 'concluded'
 */
export function investigationState(s: string): InvestigationState | null {
  if (runningJa(s)) return 'ongoing';
  if ((s.includes('調査') || s.includes('解析')) && concludedJa(s)) return 'concluded';
  return null;
}
