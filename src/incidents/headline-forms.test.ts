import { describe, expect, it } from 'vitest';
import { headlineOf, seriesStem } from './headline-forms.js';

describe('seriesStem', () => {
  it('gives one stem to a numbered series of titles, a site name after | left out', () => {
    const a = seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ(第1報)|小鳥台記念病院');
    expect(a).toBe('当院の電子カルテへの不正アクセスに関するお知らせ');
    expect(seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ【第3報】')).toBe(a);
  });
  it('gives none to a title without a report number, or to a short one', () => {
    expect(seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ')).toBeNull();
    expect(seriesStem('不正アクセスについて(第2報)')).toBeNull();
  });
});

describe('headlineOf: a notice’s title among its first lines', () => {
  it('takes no sentence of the body for the title, though it says ご報告 or お知らせ', () => {
    const text =
      'https://news.example.jp/a/9\nミナト精工、通販サイトの被害状況を公開\n現在までに分かっている内容を、次のとおりご報告します。\nミナト精工は17日、不正アクセスの被害を公開した。';
    expect(headlineOf(text, 'ミナト精工、通販サイトの被害状況を公開')).toBe(
      'ミナト精工、通販サイトの被害状況を公開',
    );
  });
  it('still reads a title line with a title word', () => {
    const text = 'お客様各位\n不正アクセスに関するお知らせ\n弊社のサーバーが外部から侵入を受けました。';
    expect(headlineOf(text, null)).toBe('不正アクセスに関するお知らせ');
  });
});
