/**
 * The modality of the clause that speaks of the leak, one sentence at a time: the features of the
 * Japanese leak-status model (status-model.ts).
 *
 * A Japanese notice's conclusion sits in the predicate of the sentence that names the leak: hedged
 * (流出…可能性, 漏えい…おそれ), judged unlikely (「可能性は低い」), denied or not
 * seen so far (流出…確認されていない, 漏えい…ございません), or stated (流出…しました,
 * 漏えい…判明, 流出…確認). Character n-grams of the whole notice read the same wording
 * wherever it stands, and mostly the organisation's and the service's names; the modality of these
 * few sentences, and which of them comes first and last (a later finding settles an early hedge),
 * carry the conclusion. Leave-one-set-out over the Japanese development sets: the model alone 0.627
 * with n-grams → 0.802 with these features (docs/extraction.md, session status5).
 */

export type ClauseModality = 'hedge' | 'low' | 'denied' | 'stated' | 'other';

// A word of the leak itself (not of the attack): 流出, 漏えい, data taken, viewed or carried off.
const LEAK_JA = /流出|漏え?い|漏洩|窃取|閲覧され|不正取得|盗まれ|持ち出/;
const HEDGE_JA =
  /(?:可能性|おそれ|恐れ|懸念|疑い)(?!(?:は|も)?(?:極めて|非常に)?(?:低|な[いく]|ございません|ありません))/;
const LOW_JA = /可能性(?:は|も)?(?:極めて|非常に)?(?:低|な[いく]|ございません|ありません)/;
const DENIED_JA =
  /確認(?:され|でき)?(?:て(?:い|お)(?:ない|りません|ません|らず)|ませんでした|なかった)|ございません|ありません|なかった/;
const STATED_JA = /した|された|しました|されました|していた|が発生|が判明|を確認/;

/**
 * The modality of a Japanese sentence that names the leak, or null when it names none.
 *
 * @example clauseModalityJa('架空会員の氏名も外へ流出した可能性あり。') // → 'hedge'
 */
export function clauseModalityJa(s: string): ClauseModality | null {
  if (!LEAK_JA.test(s)) return null;
  if (LOW_JA.test(s)) return 'low';
  if (HEDGE_JA.test(s)) return 'hedge';
  if (DENIED_JA.test(s)) return 'denied';
  if (STATED_JA.test(s)) return 'stated';
  return 'other';
}

/**
 * The clause features of a Japanese notice: each modality seen (`c:hedge`), the first and the last
 * (`c:first:stated`, `c:last:denied`), or `c:none` when no sentence names the leak.
 *
 * @example [...clauseFeaturesJa(['名簿が流出した恐れあり。', '調べた結果、名簿の流出を確認した。'])]
 * // → ['c:hedge', 'c:stated', 'c:first:hedge', 'c:last:stated']
 */
export function clauseFeaturesJa(sentences: readonly string[]): Set<string> {
  const seen: ClauseModality[] = [];
  for (const s of sentences) {
    const m = clauseModalityJa(s);
    if (m !== null) seen.push(m);
  }
  const out = new Set<string>();
  for (const m of seen) out.add(`c:${m}`);
  if (seen.length === 0) out.add('c:none');
  else {
    out.add(`c:first:${seen[0]}`);
    out.add(`c:last:${seen[seen.length - 1]}`);
  }
  return out;
}
