import { describe, expect, it } from 'vitest';
import {
  alternation,
  compileLexicon,
  type LexRule,
  nextRuleHit,
  type RuleHit,
  scanLexicon,
} from './lexicon.js';
import { matchPrefixes } from './prefixes.js';

describe('matchPrefixes', () => {
  it('reads the first two characters through groups, optional and repeated parts', () => {
    const keys = (src: string) =>
      matchPrefixes(src)
        ?.map((p) => p.chars.join('') + (p.open ? '…' : ''))
        .sort();
    expect(keys('(?:該当|当該)ページ')).toEqual(['当該…', '該当…']);
    expect(keys('遮断|隔')).toEqual(['遮断…', '隔']);
    expect(keys('(?<!ログインを)遮断')).toEqual(['遮断…']);
    expect(keys('[0-9]+件')).toEqual(['0-90-9…', '0-9件…']);
    expect(keys('宛て?[^。]{0,3}謝罪')).toEqual(['宛…', '宛て…', '宛謝…'].sort());
  });
  it('gives up when a match may start with any character or be empty', () => {
    expect(matchPrefixes('[^。]{0,20}停止')).toBeNull();
    expect(matchPrefixes('(?:a)?')).toBeNull();
    expect(matchPrefixes('(a)\\1')).toBeNull();
  });
});

// A lexicon with many first characters is scanned by per-position dispatch; one with few by the
// combined pattern. Both must give the same hits in the same order.
function rules(n: number): LexRule<string>[] {
  const out: LexRule<string>[] = [];
  for (let i = 0; i < n; i++) {
    const a = String.fromCharCode(0x4e00 + i * 3);
    const b = String.fromCharCode(0x4e01 + i * 3);
    out.push({ key: `r${i}`, re: new RegExp(`${a}${b}(?:した|する)|${b}[0-9]+件`) });
  }
  out.push({ key: 'overlap', re: /[一-龥]{2}した/ });
  out.push({ key: 'digits', re: /\s*[0-9]{2}件|件数/ });
  return out;
}

function text(n: number): string {
  let s = '架空商事株式会社のお知らせ。\n';
  for (let i = 0; i < n; i += 5) {
    const a = String.fromCharCode(0x4e00 + i * 3);
    const b = String.fromCharCode(0x4e01 + i * 3);
    s += `${a}${b}した。${b}12件、 34件と件数、${a}${b}する\n`;
  }
  return s;
}

describe('scanLexicon', () => {
  it('finds the same hits by dispatch as by the combined pattern', () => {
    const lex = compileLexicon(rules(80), 'g');
    expect(lex.dispatch).not.toBeNull();
    const t = text(80);
    const scan = (skip?: (r: LexRule<string>) => boolean) =>
      [...scanLexicon(lex, t, skip)].map((h) => `${h.index}:${h.rule.key}:${h.match}`);
    const dispatched = scan();
    const seen = new Set<string>();
    const skipSeen = (r: LexRule<string>) => seen.has(r.key);
    const firstOnly = [...scanLexicon(lex, t, skipSeen)].map((h) => {
      seen.add(h.rule.key);
      return `${h.index}:${h.rule.key}:${h.match}`;
    });
    const d = lex.dispatch;
    lex.dispatch = null;
    expect(scan()).toEqual(dispatched);
    seen.clear();
    expect(
      [...scanLexicon(lex, t, skipSeen)].map((h) => {
        seen.add(h.rule.key);
        return `${h.index}:${h.rule.key}:${h.match}`;
      }),
    ).toEqual(firstOnly);
    lex.dispatch = d;
    expect(dispatched.length).toBeGreaterThan(40);
  });
  it('gives the same hits when one character is followed by more pairs than its cache holds', () => {
    const lex = compileLexicon(rules(80), 'g');
    // 丁 followed by 6,000 distinct pairs of kanji: the per-character cache is cleared and refilled.
    const kanji = (i: number) => String.fromCharCode(0x4e00 + i);
    let t = '';
    for (let i = 0; i < 6000; i++)
      t += `丁${kanji(i % 80)}${kanji(Math.floor(i / 80))}${i % 7 === 0 ? 'した' : '。'}`;
    const scan = () => [...scanLexicon(lex, t)].map((h) => `${h.index}:${h.rule.key}:${h.match}`);
    const dispatched = scan();
    const d = lex.dispatch;
    lex.dispatch = null;
    expect(scan()).toEqual(dispatched);
    lex.dispatch = d;
    expect(dispatched.length).toBeGreaterThan(800);
  });
  it('gives the same hits when a text holds more first characters than the dispatch tells apart', () => {
    const lex = compileLexicon(rules(80), 'g');
    // 17,000 distinct kanji, each able to begin the [一-龥]{2}した rule: the entries start again.
    let t = '';
    for (let i = 0; i < 17000; i++) t += `${String.fromCharCode(0x4e00 + i)}${i % 5 === 0 ? '丁した' : '。'}`;
    const scan = () => [...scanLexicon(lex, t)].map((h) => `${h.index}:${h.rule.key}:${h.match}`);
    const dispatched = scan();
    const d = lex.dispatch;
    lex.dispatch = null;
    expect(scan()).toEqual(dispatched);
    lex.dispatch = d;
    expect(dispatched.length).toBeGreaterThan(3000);
  });
  it('gives the same hits where rules share three characters and part on the fourth or fifth', () => {
    // Rules told apart only after their third character (checked on the fourth and fifth before
    // they are tried), some of them ending there, and text that ends inside a prefix.
    const kanji = (i: number) => String.fromCharCode(0x4e00 + i);
    const shared: LexRule<string>[] = [];
    for (let i = 0; i < 70; i++)
      shared.push({
        key: `s${i}`,
        re: new RegExp(`${kanji(i)}情報(?:を${kanji(100 + (i % 9))}|が(?:漏|流)れ|の\\s?件)|${kanji(i)}情報`),
      });
    shared.push({ key: 'open', re: /[一-龥]情報[^。]{0,3}した/ });
    const lex = compileLexicon(shared, 'g');
    expect(lex.dispatch).not.toBeNull();
    let t = '';
    for (let i = 0; i < 70; i++)
      t += `${kanji(i)}情報を${kanji(100 + ((i * 7) % 11))}。${kanji(i)}情報が流れ、${kanji(i)}情報の 件。${kanji(i)}情報がした。`;
    for (const tail of [
      '',
      kanji(3),
      `${kanji(3)}情`,
      `${kanji(3)}情報`,
      `${kanji(3)}情報を`,
      `${kanji(3)}情報が漏`,
    ]) {
      const u = t + tail;
      const scan = () => [...scanLexicon(lex, u)].map((h) => `${h.index}:${h.rule.key}:${h.match}`);
      const dispatched = scan();
      const d = lex.dispatch;
      lex.dispatch = null;
      expect(dispatched).toEqual(scan());
      lex.dispatch = d;
      expect(dispatched.length).toBeGreaterThan(200);
    }
    const en = compileLexicon(
      [
        ...Array.from({ length: 70 }, (_, i) => ({
          key: `e${i}`,
          re: new RegExp(`\\b${String.fromCharCode(0x41 + (i % 26))}${i}x(?:-ray|Ray|\\.a)`, 'i'),
        })),
      ],
      'gi',
      true,
    );
    expect(en.dispatch).not.toBeNull();
    const te = 'a0X-RAY b1x.a c2xray C2Xray a26XrAy k10x.b k10X.A z25x-r';
    const hits = [...scanLexicon(en, te)].map((h) => `${h.index}:${h.rule.key}:${h.match}`);
    const d = en.dispatch;
    en.dispatch = null;
    expect(hits).toEqual([...scanLexicon(en, te)].map((h) => `${h.index}:${h.rule.key}:${h.match}`));
    en.dispatch = d;
    expect(hits.length).toBe(6);
  });
  it('scans a small lexicon with the combined pattern', () => {
    expect(compileLexicon(rules(5), 'g').dispatch).toBeNull();
  });
});

describe('alternation', () => {
  const sources = rules(80).map((r) => r.re.source);
  const plain = new RegExp(sources.map((x) => `(${x})`).join('|'), 'g');
  const t = text(80);
  // Each match with the group that holds it; resuming one character on, or after the match.
  const all = (re: RegExp, step: boolean) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      out.push(`${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
      if (step) re.lastIndex = m.index + 1;
    }
    return out;
  };
  it('matches as the plain alternation does, by dispatch', () => {
    const re = alternation(sources);
    expect(re.constructor).not.toBe(RegExp);
    expect(all(re, true)).toEqual(all(plain, true));
    expect(all(re, false)).toEqual(all(plain, false));
    expect(re.test('無関係な文')).toBe(false);
    expect([...t.matchAll(re)].map((m) => m.index)).toEqual([...t.matchAll(plain)].map((m) => m.index));
  });
  it('gives each hit and its rule by nextRuleHit as exec does, dispatched or plain', () => {
    const hits = (re: RegExp, text: string) => {
      const out: string[] = [];
      const h: RuleHit = { k: 0, index: 0, match: '' };
      for (let ok = nextRuleHit(re, text, 0, h); ok; ok = nextRuleHit(re, text, h.index + 1, h))
        out.push(`${h.index}:${h.match}:${h.k + 1}`);
      return out;
    };
    expect(hits(alternation(sources), t)).toEqual(all(plain, true));
    // A case-blind lexicon is dispatched at word starts (and, inside a word, by its rules not bound
    // to one: "Nonserial numbers"); overlapping rules report the first in order.
    const en = ['\\bwidget\\s+serial\\b', '\\bwidget\\b', 'serial\\s+numbers?', '\\bnumbers?\\b'];
    const enPlain = new RegExp(en.map((x) => `(${x})`).join('|'), 'gi');
    const line =
      'The Widget serial numbers and widget NUMBERS of Example Gadgets; Nonserial number2 numbers.';
    const ref: string[] = [];
    for (let m = enPlain.exec(line); m !== null; m = enPlain.exec(line)) {
      ref.push(`${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
      enPlain.lastIndex = m.index + 1;
    }
    const re = alternation(en, 'gi');
    expect(re.constructor).not.toBe(RegExp);
    expect(hits(re, line)).toEqual(ref);
    expect(ref.length).toBeGreaterThan(4);
  });
});
