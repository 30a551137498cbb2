import type { NoticeStructure } from './structure.js';
import type { Fact } from './types.js';

/**
 * A title a person can read, in the notice's language: the notice's own title line (never its web
 * address, a blog's header or a repost's 【…事件簿…】 prefix; a title wrapped over two lines
 * joined), or, when the notice has none, one made from the facts: 「{組織}の個人情報漏えい」 /
 * "{organisation} data breach".
 *
 * @example noticeTitleFact(readStructure(splitLines('【セキュリティ事件簿#2099-1】架空市 メール誤送信について'), 'ja'), null, 'ja')?.value // → '架空市 メール誤送信について'
 */
export function noticeTitleFact(
  structure: NoticeStructure,
  organization: Fact<string> | null,
  lang: 'ja' | 'en',
): Fact<string> | null {
  const t = structure.title;
  if (t) {
    return {
      value: t.text,
      evidence: { quote: t.text === '' ? '' : sliceQuote(structure, t.indices), start: t.start, end: t.end },
      confidence: t.repost ? 0.7 : 0.8,
    };
  }
  if (!organization) return null;
  return { value: madeTitle(organization.value, lang), evidence: organization.evidence, confidence: 0.5 };
}

/** The title made from an organisation's name when a notice has none of its own. */
function madeTitle(organization: string, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? `${organization}の個人情報漏えい` : `${organization} data breach`;
}

/**
 * Whether a title is one made from the organisation's name (noticeTitleFact), not the notice's own:
 * it quotes nothing, so no other page can repeat it.
 *
 * @example isMadeTitle('Sample Bank data breach', 'Sample Bank') // => true
 */
export function isMadeTitle(title: string, organization: string | null): boolean {
  return (
    organization !== null &&
    (title === madeTitle(organization, 'en') || title === madeTitle(organization, 'ja'))
  );
}

function sliceQuote(structure: NoticeStructure, indices: number[]): string {
  // A loop, not map/join (see joinTexts in segment.ts).
  let out = '';
  for (let j = 0; j < indices.length; j++) {
    const line = structure.lines[indices[j]!]?.text ?? '';
    out = j === 0 ? line : `${out}\n${line}`;
  }
  return out;
}
