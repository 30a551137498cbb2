import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { assertSupportedLanguage, detectLang, unsupportedLanguage } from './lang.js';

describe('detectLang', () => {
  it('detects Japanese from kana and kanji', () => {
    expect(detectLang('不正アクセスによる個人情報流出に関するお知らせ')).toBe('ja');
  });
  it('detects English', () => {
    expect(detectLang('Notice of Data Breach. We are writing to inform you.')).toBe('en');
  });
  it('keeps Japanese with URLs and English product names Japanese', () => {
    expect(
      detectLang(
        'https://example.jp/news/2024/0521.html\n当社の「Example Cloud」において不正アクセスが発生しました。',
      ),
    ).toBe('ja');
  });
  it('keeps English with a stray Japanese name English', () => {
    expect(
      detectLang(
        'Example Widgets Inc. (株式会社エグザンプル) learned on May 4, 2024 that an unauthorized party accessed a server.',
      ),
    ).toBe('en');
  });
  it('defaults to English for empty or symbol-only text', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('12345 !!!')).toBe('en');
  });
});

// Every text below was written for these tests (fictional organisations).
describe('unsupportedLanguage', () => {
  it('refuses Korean, also with a Japanese or English word in it', () => {
    expect(
      unsupportedLanguage(
        '개인정보 유출 사고에 관한 안내\n당사 쇼핑몰 서버가 외부로부터 공격을 받아 고객님의 이름과 연락처가 유출되었습니다.',
      )?.code,
    ).toBe('ko');
    expect(unsupportedLanguage('샘플몰 (サンプルモール) 개인정보 유출 안내')?.code).toBe('ko');
  });

  it('refuses Chinese, simplified and traditional', () => {
    expect(
      unsupportedLanguage(
        '关于我们系统遭到网络攻击的说明\n我们发现部分用户的个人信息可能已经泄露,对此深表歉意。',
      )?.code,
    ).toBe('zh');
    expect(
      unsupportedLanguage(
        '關於本公司系統遭受網路攻擊的說明\n我們發現部分會員的個人資料可能已經外洩,對此深表歉意。',
      )?.code,
    ).toBe('zh');
  });

  it('keeps Japanese with many kanji and few kana Japanese', () => {
    expect(unsupportedLanguage('個人情報漏洩事案発生報告書')).toBeNull();
    expect(unsupportedLanguage('不正アクセス事案調査結果報告(最終報)')).toBeNull();
    expect(
      unsupportedLanguage(
        '本市個人情報保護審議会答申要旨\n一 事案概要 令和六年五月九日 市職員 名簿持出 判明\n本市は、当該職員に対し厳正に対処します。',
      ),
    ).toBeNull();
  });

  it('keeps a Japanese notice with a Chinese-looking header Japanese', () => {
    const text =
      '关于个人信息泄露的说明 / 個人情報漏えいに関するお知らせ\n株式会社サンプル商事\n当社の通販サイトが外部から不正アクセスを受け、会員の氏名と住所が流出したおそれがあります。ご迷惑をおかけしますことを深くお詫びいたします。';
    expect(unsupportedLanguage(text)).toBeNull();
  });

  it('keeps English, short mixed texts and empty text', () => {
    expect(
      unsupportedLanguage(
        'Notice of Data Breach. We are writing to inform you that your information was involved.',
      ),
    ).toBeNull();
    expect(unsupportedLanguage('Example Widgets (株式会社エグザンプル) notice')).toBeNull();
    expect(unsupportedLanguage('個人情報')).toBeNull();
    expect(unsupportedLanguage('')).toBeNull();
  });

  it('refuses other scripts and other Latin-script languages', () => {
    expect(
      unsupportedLanguage(
        'Уведомление об утечке данных. Мы сообщаем, что данные наших клиентов были похищены.',
      )?.code,
    ).toBe('other');
    const french =
      'Notification de violation de données. Nous vous informons que des données personnelles de nos clients ont été consultées par un tiers non autorisé. Les données concernées sont les noms et les adresses; nous avons pris des mesures et nous vous prions de nous excuser pour la gêne occasionnée. Vos mots de passe ne sont pas concernés et la plupart des comptes sont protégés.';
    expect(unsupportedLanguage(french)?.code).toBe('other');
  });

  it('throws a catalogued AppError with a Japanese and English message', () => {
    let err: unknown;
    try {
      assertSupportedLanguage('개인정보 유출 사고에 관한 안내입니다');
    } catch (e) {
      err = e;
    }
    expect(isAppError(err, 'unsupported_language')).toBe(true);
    expect((err as Error).message).toMatch(
      /対応していない言語です\(韓国語\).*Language not supported \(Korean\)/,
    );
    expect(() => assertSupportedLanguage('不正アクセスに関するお知らせ')).not.toThrow();
  });
});
