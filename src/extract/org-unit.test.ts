import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';
import { sents } from './testing/helpers.js';

/** With the notice's structure (its address, title). */
const orgS = (t: string) => {
  const lines = splitLines(t);
  return extractOrganization(lines, sents(t), 'ja', readStructure(lines, 'ja'))?.value ?? null;
};

describe('extractOrganization: a public body’s unit named without the body', () => {
  it('puts the body the text names before a bureau or desk of a city page', () => {
    const t =
      'https://www.city.mihon.lg.jp/kenko/a.html\n書類の誤送付について\n水道局北部サービスセンターにおいて、通知書を別の方へ送付しました。\n見本市では、再発防止に努めます。\n見本市の水道は…';
    expect(orgS(t)).toBe('見本市水道局北部サービスセンター');
    const desk =
      'https://www.city.mihon.lg.jp/b.html\n文書の紛失について\n中央福祉事務所生活支援課において、名簿を紛失しました。\n見本市の職員が捜索しています。';
    expect(orgS(desk)).toBe('見本市中央福祉事務所生活支援課');
  });
  it('joins a prefecture to its 県立 school', () => {
    const t =
      'https://www.pref.sample.lg.jp/c.html\n県立見本高等学校において、生徒名簿を紛失しました。\n山梨県教育委員会は、各校に指導しました。\n山梨県では再発防止に努めます。';
    expect(orgS(t)).toBe('山梨県立見本高等学校');
  });
  it('leaves a unit alone when the body is not named, or the unit is a national office', () => {
    expect(orgS('https://www.city.mihon.lg.jp/d.html\n地域保健課において、受給者証を誤送付しました。')).toBe(
      '地域保健課',
    );
    const t =
      'https://jsite.mhlw.go.jp/mihon-roudoukyoku/e.html\n見本公共職業安定所での書類誤送付のお知らせ\n見本労働局(局長 山田 太郎)は、見本公共職業安定所において文書を誤送付したことを公表します。';
    expect(orgS(t)).toBe('見本労働局');
  });
  it('puts the desk a body’s notice names as where it happened after the body', () => {
    const t =
      'https://www.pref.yamanashi.lg.jp/f.html\n【5月1日】山梨県見本事業における個人情報の漏えいについて(見本推進課)\n山梨県では、委託事業者が送信したメールで宛先が見える状態になりました。';
    expect(orgS(t)).toBe('山梨県見本推進課');
    // A body with no desk named stays as it is.
    expect(
      orgS(
        'https://www.pref.yamanashi.lg.jp/g.html\n山梨県では、名簿を紛失しました。\n山梨県は捜索しています。',
      ),
    ).toBe('山梨県');
  });
  it('reads a desk that opens a notice with the formal 「におきまして」', () => {
    const t =
      'https://www.city.mihon.lg.jp/h.html\nお詫び\n総務部架空安全課におきまして、名簿を別の事業所へ誤って送付しました。';
    expect(orgS(t)).toBe('総務部架空安全課');
  });
});
