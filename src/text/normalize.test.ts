import { describe, expect, it } from 'vitest';
import { normalizeText, stripHtmlLeftovers } from './normalize.js';

describe('normalizeText', () => {
  it('folds CJK compatibility radicals and full-width characters (NFKC)', () => {
    // ⽉ (U+2F49 KANGXI RADICAL MOON) is what PDF text layers often give for 月.
    expect(normalizeText('２０２４年５⽉２１⽇')).toBe('2024年5月21日');
    expect(normalizeText('ＡＢＣ株式会社　お知らせ')).toBe('ABC株式会社 お知らせ');
  });

  it('removes HTML leftovers: tags, comments, scripts, entities', () => {
    const html =
      '<p>第一段落&nbsp;です。</p><script>var x = "<b>";</script><!-- note --><div>氏名&amp;住所</div>';
    expect(normalizeText(html)).toBe('第一段落 です。\n\n氏名&住所');
  });

  it('keeps a mail-merge field in double angle brackets, and still strips a tag beside it', () => {
    expect(normalizeText('Taken: <<Field1(your name and date of birth.)>> We acted.')).toBe(
      'Taken: <<Field1(your name and date of birth.)>> We acted.',
    );
    expect(normalizeText('<<Name>>, <b>note</b>')).toBe('<<Name>>, note');
  });

  it('turns block tags into line breaks and keeps line structure', () => {
    expect(normalizeText('一行目<br>二行目<br/>三行目')).toBe('一行目\n二行目\n三行目');
    expect(normalizeText('a\r\nb\n\n\n\nc')).toBe('a\nb\n\nc');
  });

  it('decodes numeric entities, including full-width ones, and normalises them too', () => {
    expect(normalizeText('&#12354;&#x3044; &#xFF11;')).toBe('あい 1');
  });

  it('collapses odd whitespace and zero-width characters', () => {
    expect(normalizeText('a\t\u00a0 b\u200bc\u3000d')).toBe('a bc d');
  });

  it('is idempotent', () => {
    const once = normalizeText('<p>２０２４年&nbsp;⽉</p>\n\n\n次');
    expect(normalizeText(once)).toBe(once);
  });

  it('copes with an unclosed comment or script without scanning forever', () => {
    expect(stripHtmlLeftovers('前<!-- 閉じない')).toBe('前 ');
    expect(stripHtmlLeftovers('前<script>閉じない')).toBe('前 ');
  });

  it('leaves plain text that merely mentions < and > alone', () => {
    expect(normalizeText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });
});
