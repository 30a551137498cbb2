/**
 * The state of the investigation as one sentence tells it, read from the predicate of the clause
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
 */

export type InvestigationState = 'ongoing' | 'concluded';

// English.

// The investigation as a noun (subject or object of the clause).
const INV_NOUN_EN =
  /\b(?:investigation|inquiry|probe|forensic\s+(?:work|review|analysis|examination)|review\s+of\s+the\s+(?:incident|attack|matter|affected)|(?:the|our|its|this|a)\s+review)\b/i;
// Its predicate in the present, still running: “is ongoing”, “remains under way”, “is in its early stages”.
const RUNNING_PRED_EN =
  /^[^.;:]{0,60}?\b(?:is|are|remains?|continues?\s+to\s+be)\s+(?:still\s+|currently\s+|now\s+|very\s+much\s+)?(?:ongoing|under\s*way|continuing|in\s+progress|active|open|in\s+(?:its|the)\s+(?:early|initial|preliminary)\s+stages?)\b/i;
// An attribute that says the same: “an ongoing investigation”, “the early stages of the investigation”.
const RUNNING_ATTR_EN =
  /\b(?:ongoing|continuing|active|open|pending)\s+(?:(?:internal|external|forensic|criminal|law\s+enforcement|independent|thorough|comprehensive)\s+){0,2}(?:investigation|inquiry|probe)\b|\b(?:early|initial|preliminary)\s+stages?\s+of\s+(?:the|our|its|this|an?)\s+(?:[\w-]+\s+)?(?:investigation|inquiry|review)\b/i;
// An investigating verb in the present progressive or with “continue” (its subject is the
// organisation, its experts or the police alike)
// (“we are still investigating”, “the district continues to work with … to facilitate the
// investigation”, “continuing to investigate the incident”), or the matter “under investigation”.
const RUNNING_VERB_EN =
  /\b(?:(?:is|are|'re|remains?)\s+(?:still\s+|currently\s+|now\s+|actively\s+|also\s+)?(?:investigating|reviewing\s+(?:the|this|what)|examining|looking\s+into|working\s+to\s+(?:determine|identify|understand|assess|confirm|establish)|assessing\s+(?:the|what|whether|how))|(?:continu(?:e|es|ing)|remains?)\s+to\s+(?:investigate|review\s+the\s+(?:incident|matter)|look\s+into|work\s+(?:with|alongside)\b[^.;]{0,80}?\binvestigat|assess\s+the\s+(?:full\s+)?(?:extent|scope|impact))|continu(?:e|es|ing)\s+(?:our|its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:investigation|review|inquiry|probe)|(?:still|currently|remains?|is|are)\s+under\s+(?:active\s+)?investigation|(?:still|continue|continues|continuing)\s+(?:investigating|working\s+to\s+(?:determine|identify|understand|assess)))\b/i;
// The investigation has not yet settled what it set out to learn.
const NOT_YET_EN =
  /\b(?:investigation|forensic\s+(?:work|review|analysis)|review)\b[^.;]{0,40}?\b(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:determined?|identif(?:y|ied)|established?|confirmed?)\b|\b(?:(?:is|are|remains?)\s+(?:still\s+)?not\s+yet\s+(?:known|clear|determined)|(?:is|it.s)\s+(?:still\s+)?too\s+(?:early|soon)\s+to\s+(?:say|tell|know|determine))\b/i;
// A state that is past, conditional, promised, or one a delay must not disturb.
const NOT_NOW_EN =
  /\b(?:delay(?:ed|ing)?|(?:notification\s+)?hold|postpon\w*|imped\w*|interfer\w*|jeopardi[sz]\w*|hinder\w*|obstruct\w*|compromis(?:e|ing)\s+(?:the|an|its)\s+(?:ongoing\s+)?investigation)\b/i;
const CONDITION_BEFORE_EN =
  /\b(?:once|when|until|after|upon|if|before|as\s+soon\s+as|whether)\b[^.;]{0,50}$/i;

const EN_GATE =
  /investigat|forensic|review|inquir|probe|looking\s+into|working\s+to|continu|not\s+yet|too\s+(?:early|soon)/i;

function runningEn(s: string): boolean {
  let at = -1;
  const attr = RUNNING_ATTR_EN.exec(s);
  if (attr) at = attr.index;
  else {
    const verb = RUNNING_VERB_EN.exec(s);
    if (verb) at = verb.index;
    else {
      const noun = INV_NOUN_EN.exec(s);
      if (noun && RUNNING_PRED_EN.test(s.slice(noun.index + noun[0].length))) at = noun.index;
    }
  }
  if (at < 0) return NOT_YET_EN.test(s);
  return !CONDITION_BEFORE_EN.test(s.slice(0, at)) && !NOT_NOW_EN.test(s);
}

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
 * @example investigationState('Our review of the matter remains under way.', 'en') // → 'ongoing'
 * @example investigationState('外部業者の解析の結果、名簿が持ち出された形跡はないと確認しました。', 'ja') // → 'concluded'
 */
export function investigationState(s: string, lang: 'ja' | 'en'): InvestigationState | null {
  if (lang === 'en') {
    if (!EN_GATE.test(s)) return null;
    return runningEn(s) ? 'ongoing' : null;
  }
  if (runningJa(s)) return 'ongoing';
  if ((s.includes('調査') || s.includes('解析')) && concludedJa(s)) return 'concluded';
  return null;
}
