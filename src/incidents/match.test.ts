import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossScriptKey,
  crossScriptMatch,
  foldSearch,
  kanaToRomaji,
  leadingNameKeys,
  leadingWordsMatch,
  namesMatch,
  normalizeOrgName,
  organizationFamilyKey,
  romajiKey,
  slugPart,
  stripLegalForm,
  toKatakana,
} from './match.js';

describe('normalizeOrgName', () => {
  it('makes spellings of one company equal', () => {
    const forms = [
      '株式会社サンプル',
      'サンプル株式会社',
      '(株)サンプル',
      '㈱サンプル',
      'ｻﾝﾌﾟﾙ',
      'サンプル 株式会社',
      'さんぷる',
    ];
    for (const f of forms) expect(normalizeOrgName(f)).toBe('サンプル');
    expect(normalizeOrgName('Sample Inc.')).toBe('sample');
    expect(normalizeOrgName('Example Widgets Co., Ltd.')).toBe('examplewidgets');
    expect(normalizeOrgName('EXAMPLE-WIDGETS CORPORATION')).toBe('examplewidgets');
    expect(normalizeOrgName('サンプル・ホールディングス')).toBe('サンプルホールディングス');
  });

  it('keeps a name that is only a legal form', () => {
    expect(normalizeOrgName('株式会社')).toBe('株式会社');
  });

  it('is idempotent, also when dropping spaces exposes a legal form', () => {
    expect(normalizeOrgName(normalizeOrgName('^K K'))).toBe(normalizeOrgName('^K K'));
    fc.assert(
      fc.property(
        fc.string(),
        (s) => normalizeOrgName(normalizeOrgName(s)) === normalizeOrgName(s) || normalizeOrgName(s) === '',
      ),
    );
  });
});

describe('kana, romaji and English', () => {
  it('romanises kana (Hepburn)', () => {
    expect(kanaToRomaji('ネットオフ')).toBe('nettoofu');
    expect(kanaToRomaji('ニコン')).toBe('nikon');
    expect(kanaToRomaji('しゃしん')).toBe('shashin');
    expect(kanaToRomaji('チョコ')).toBe('choko');
    expect(kanaToRomaji('サンプル')).toBe('sampuru');
  });

  it('folds hiragana to katakana and search keys alike', () => {
    expect(toKatakana('ねっとおふ')).toBe('ネットオフ');
    expect(foldSearch('ｻﾝﾌﾟﾙ・ショップ')).toBe('サンプルショップ');
    expect(foldSearch('Ｓａｍｐｌｅ Shop')).toBe('sampleshop');
  });

  it('matches kana names with their romaji or English spelling', () => {
    expect(romajiKey('ネットオフ')).toBe(romajiKey('netoff'));
    expect(namesMatch('ネットオフ株式会社', 'NetOff Co., Ltd.')).toBe(true);
    expect(namesMatch('ニコン', 'Nikon Corporation')).toBe(true);
    expect(namesMatch('株式会社サンプル', 'Sample Inc.')).toBe(true);
    expect(namesMatch('株式会社サンプル', 'サンプル商事株式会社')).toBe(false);
    // Two Latin names with one skeleton are different names.
    expect(namesMatch('netoff', 'notify')).toBe(false);
    // One skeleton (m-r-n), another first vowel: モリナ is not Marine, ミラノ is not Marlin; マリン is.
    expect(namesMatch('モリナ株式会社', 'Marine Inc.')).toBe(false);
    expect(namesMatch('ミラノ', 'Marlin')).toBe(false);
    expect(namesMatch('マリン', 'Marine')).toBe(true);
    expect(namesMatch('フォトクリエイト', 'Photocreate')).toBe(true);
    expect(romajiKey('LINE')).toBe('');
  });

  it('gives kana and Latin spellings one cross-script key (what the name index looks up)', () => {
    const kana = crossScriptKey('ネットオフ株式会社');
    const latin = crossScriptKey('NetOff Co., Ltd.');
    expect(kana?.script).toBe('kana');
    expect(latin?.script).toBe('latin');
    expect(kana?.key).toBe(latin?.key);
    // Same skeleton, other first vowel: other keys, as crossScriptMatch says.
    expect(crossScriptKey('モリナ')?.key).not.toBe(crossScriptKey('Marine')?.key);
    expect(crossScriptKey('LINE')).toBeNull(); // skeleton too short
    expect(crossScriptKey('日本航空')).toBeNull(); // kanji: neither script
    const names = [
      'ネットオフ',
      'netoff',
      'notify',
      'モリナ',
      'Marine',
      'マリン',
      'ミラノ',
      'Marlin',
      'フォトクリエイト',
      'Photocreate',
    ];
    for (const a of names) {
      for (const b of names) {
        const ka = crossScriptKey(a);
        const kb = crossScriptKey(b);
        const byKey = ka !== null && kb !== null && ka.script !== kb.script && ka.key === kb.key;
        expect(byKey, `${a} / ${b}`).toBe(crossScriptMatch(a, b));
      }
    }
  });

  it('makes ASCII slug parts', () => {
    expect(slugPart('NAVERまとめ')).toBe('naver-matome');
    expect(slugPart('Example Shop Co., Ltd.')).toBe('example-shop');
    expect(slugPart('株式会社サンプル')).toBe('sampuru');
    expect(slugPart('東京商事')).toBe('');
    expect(stripLegalForm('Example Shop Co., Ltd.')).toBe('Example Shop');
  });

  it('gives one family key to an organisation and its parts or parent', () => {
    expect(organizationFamilyKey('サンプルホールディングス株式会社')).toBe(
      organizationFamilyKey('株式会社サンプル'),
    );
    expect(organizationFamilyKey('堺市役所')).toBe('堺市');
    expect(organizationFamilyKey('Example Holdings, Inc.')).toBe(organizationFamilyKey('Example Inc.'));
    expect(organizationFamilyKey('サンプル商事')).not.toBe(organizationFamilyKey('サンプル'));
    expect(organizationFamilyKey('本部')).toBe('本部');
    // A bureau or office of a city or prefecture is that body.
    expect(organizationFamilyKey('みどり市健康福祉局')).toBe(organizationFamilyKey('みどり市'));
    expect(organizationFamilyKey('サンプル県障害政策課')).toBe('サンプル県');
    expect(organizationFamilyKey('サンプル県理学療法士会')).not.toBe('サンプル県');
  });

  it('reads old and variant kanji as their common form', () => {
    expect(normalizeOrgName('髙山サンプル株式会社')).toBe(normalizeOrgName('高山サンプル'));
    expect(normalizeOrgName('濵﨑商店')).toBe(normalizeOrgName('浜崎商店'));
  });
});

describe('leadingWordsMatch / leadingNameKeys', () => {
  it('matches a name written with fewer trailing words', () => {
    expect(leadingWordsMatch('Bramble Health', 'The Bramble Health System, Inc.')).toBe(true);
    expect(leadingWordsMatch('Quillmere Dental Group d/b/a Bright Smiles', 'Quillmere Dental')).toBe(true);
    expect(leadingWordsMatch('Bramble Health (BH)', 'Bramble Health Partners LLC')).toBe(true);
  });

  it('never matches inside a word, on one word, on a joining word or across scripts', () => {
    expect(leadingWordsMatch('Bramble Health', 'Bramble Healthcare')).toBe(false);
    expect(leadingWordsMatch('Bramble', 'Bramble Health')).toBe(false);
    expect(leadingWordsMatch('Bank of', 'Bank of Quillmere')).toBe(false);
    expect(leadingWordsMatch('サンプル 商事', 'サンプル 商事 本社')).toBe(false);
  });

  it('lists the keys of the leading words', () => {
    expect(leadingNameKeys('Bramble Health System, Inc.')).toEqual(['bramblehealth', 'bramblehealthsystem']);
    expect(leadingNameKeys('University of Quillmere')).toEqual(['universityofquillmere']);
  });
});
