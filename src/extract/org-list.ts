import { JA_LEGAL, JA_SUFFIX } from './org-legal.js';

// 「X法人A、B株式会社及びC(以下、当グループ)」: the bodies that define themselves together.
const LIST_JOIN = /、|及び|および|並びに|ならびに/;
const LIST_MEMBER = new RegExp(`${JA_LEGAL}|法人|会社|事務所|${JA_SUFFIX}`, 'u');
const LIST_BEFORE = /(?:、|及び|および|並びに|ならびに)$/;
const LIST_NAME = /[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&-]{2,30}$/u;

/**
 * The first of the bodies a self-definition lists (the one that leads the notice), or the name
 * itself when it names one.
 *
 * @example firstOfList('夜に見本法人A事務所、B株式会社及びC法人(以下、当グループ)', 18, 'C法人') // → '見本法人A事務所'
 */
export function firstOfList(text: string, index: number, name: string): string {
  if (!LIST_JOIN.test(name) && !LIST_BEFORE.test(text.slice(Math.max(0, index - 4), index))) return name;
  const parts = text.slice(Math.max(0, index - 80), index + name.length).split(LIST_JOIN);
  let first = name;
  for (let k = parts.length - 1; k >= 0; k--) {
    const m = LIST_NAME.exec(parts[k]!);
    if (!m || !LIST_MEMBER.test(m[0])) break;
    first = m[0];
    // The part holds more than a name: the clause's other words stand before the list.
    if (m.index > 0) break;
  }
  return first;
}
