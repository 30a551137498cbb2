import { JA_LEGAL } from './org-legal.js';
import type { Segment } from './segment.js';

// 「(株式会社X提供)」「株式会社X製の機器」: a company credited with a service or a product the notice used.
const VENDOR_CREDIT = new RegExp(
  String.raw`((?:${JA_LEGAL})\s?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,25}?|[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,25}?(?:${JA_LEGAL}))\s?(?:提供の|提供[))]|製の)`,
  'gu',
);
const LEGAL_FORMS = new RegExp(JA_LEGAL, 'gu');

/**
 * The companies a notice credits with a service or product it used (vendors), without legal form.
 *
 * @example vendorsNamed(sents('画面表示サービス(株式会社ミホン提供)に不正アクセス')) // → ['ミホン']
 */
export function vendorsNamed(segments: Segment[]): string[] {
  const out: string[] = [];
  for (const seg of segments.slice(0, 60)) {
    if (!/提供|製の/.test(seg.text)) continue;
    VENDOR_CREDIT.lastIndex = 0;
    for (let m = VENDOR_CREDIT.exec(seg.text); m !== null; m = VENDOR_CREDIT.exec(seg.text)) {
      const core = m[1]!.replace(LEGAL_FORMS, '').trim();
      if (core.length >= 2) out.push(core);
    }
  }
  return out;
}
