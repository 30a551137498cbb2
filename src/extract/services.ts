import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * Affected services or sites named in a notice: names in 「」/“” next to service words
 * (サービス, サイト, ショップ, アプリ, 運営する), and English quoted names or domains next to
 * "site/website/platform/app".
 */

const JA_QUOTED =
  /(?:サービス|サイト|ショップ|ストア|アプリ|システム|運営する|運営している|提供する|オンライン|通販|ネットワーク|教室|講座|ECサイト)\s?[「『“"]([^「」『』“”"\n]{2,40})[」』”"]|[「『“"]([^「」『』“”"\n]{2,40})[」』”"]\s?(?:\(|（)?(?:以下|の|に|において|では|サービス|サイト|ウェブサイト|へ|を|上|で)/g;
const EN_QUOTED = /[“"]([A-Z][^“”"\n]{1,40})[”"]/g;
const EN_DOMAIN =
  /\b(?:site|website|platform|store)\s+((?:[a-z0-9-]+\.)+(?:com|net|org|jp|co\.jp|io))\b|\bthrough\s+((?:[A-Z][a-z0-9-]*\.)(?:com|net|org))\b/g;
const NOT_SERVICE =
  /お知らせ|お詫び|ご報告|について|に関する|以下|このリンク|メッセージ|取り消し|BCC|TO|宛先|不審|Re:|経緯|報告|事件|判明|お客様|当社|弊社|College|Clinic|company|the\s/;

/**
 * Service names a notice mentions as affected.
 *
 * @example extractServices(splitSentences('当社が運営する「サンプルストア」において…')).map(f => f.value) // → ['サンプルストア']
 */
export function extractServices(segments: Segment[]): Fact<string>[] {
  const seen = new Set<string>();
  const out: Fact<string>[] = [];
  const add = (name: string, seg: Segment, conf: number) => {
    const v = name.trim();
    if (v.length < 2 || seen.has(v) || NOT_SERVICE.test(v)) return;
    seen.add(v);
    out.push({ value: v, evidence: { quote: seg.text, start: seg.start, end: seg.end }, confidence: conf });
  };
  for (const seg of segments) {
    JA_QUOTED.lastIndex = 0;
    for (let m = JA_QUOTED.exec(seg.text); m !== null; m = JA_QUOTED.exec(seg.text))
      add(m[1] ?? m[2] ?? '', seg, 0.6);
    if (/[“"]/.test(seg.text)) {
      EN_QUOTED.lastIndex = 0;
      for (let m = EN_QUOTED.exec(seg.text); m !== null; m = EN_QUOTED.exec(seg.text)) {
        if (/\b(?:service|site|website|platform|app|system|using|use)\b/i.test(seg.text))
          add(m[1]!, seg, 0.5);
      }
    }
    EN_DOMAIN.lastIndex = 0;
    for (let m = EN_DOMAIN.exec(seg.text); m !== null; m = EN_DOMAIN.exec(seg.text))
      add(m[1] ?? m[2] ?? '', seg, 0.5);
    if (out.length >= 10) break;
  }
  return out;
}
