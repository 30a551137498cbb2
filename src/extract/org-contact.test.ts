import { describe, expect, it } from 'vitest';
import { extractContact } from './contact.js';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';
import { sents } from './testing/helpers.js';

const org = (t: string, lang: 'ja' | 'en' = 'ja') =>
  extractOrganization(splitLines(t), sents(t), lang)?.value ?? null;

/** With the notice's structure (its address, title). */
const orgS = (t: string) => {
  const lines = splitLines(t);
  return extractOrganization(lines, sents(t), 'ja', readStructure(lines, 'ja'))?.value ?? null;
};

describe('extractOrganization: the issuer behind 本市/当社', () => {
  it('reads the head who signs for a public body', () => {
    expect(orgS('個人情報の流出について\n本市職員が名簿を紛失しました。\n見本市長 山田 太郎')).toBe('見本市');
    expect(orgS('お詫び\n本町において誤送付がありました。\n架空町長 鈴木 花子')).toBe('架空町');
  });
  it('reads the name the notice defines for itself', () => {
    expect(orgS('見本区(以下「本区」という。)が委託する事業者のサーバーが攻撃を受けました。')).toBe('見本区');
  });
  it('takes the body that outsources the work, not its contractor or cloud vendor', () => {
    expect(
      orgS('架空市が株式会社サンプルシステム(受託事業者)に運営を委託しているアプリで不具合がありました。'),
    ).toBe('架空市');
    expect(
      orgS(
        '本システムは、見本クラウド株式会社が提供する「サンプルCRM」を活用しています。\n架空市の職員が設定を誤りました。',
      ),
    ).toBe('架空市');
  });
  it('names a city from its own address only with a name written in the text', () => {
    const t =
      'https://www.city.sample.lg.jp/a.html\n文書の誤送付について\n本市から送付した通知に誤りがありました。\n問い合わせ先 見本市役所 見本市中央1-1';
    expect(orgS(t)).toBe('見本市');
    // A company named on a public body's page is not the issuer.
    const pref =
      'https://www.pref.sample.lg.jp/a.html\n盗難について\n県がサンプルリース株式会社とのリース契約で返却した機器が盗まれました。';
    expect(orgS(pref)).toBe(null);
  });
  it('keeps the facility a legal body runs and the municipality that runs a school', () => {
    expect(orgS('お知らせ\n患者さまの情報の紛失について\n本文です。\n医療法人見本会 サンプル中央病院')).toBe(
      '医療法人見本会 サンプル中央病院',
    );
    expect(orgS('架空区立小学校において、名簿を誤って配信しました。')).toBe('架空区');
  });
});

describe('extractOrganization', () => {
  it('reads a signature or letterhead line', () => {
    expect(org('お客様各位\nサンプル電機株式会社\n不正アクセスについて')).toBe('サンプル電機株式会社');
    expect(org('本文です。\n株式会社見本 お客様相談窓口\nTEL 0120-000-000')).toBe('株式会社見本');
  });
  it('reads 「X株式会社が運営する」 and blog repost titles', () => {
    expect(org('このたび、テスト株式会社が運営する「テストの森」において')).toBe('テスト株式会社');
    expect(org('【セキュリティ事件簿#2099-123】架空市 メール誤送信について 2099/1/1\n本文')).toBe('架空市');
  });
  it('falls back to a name ending in an organisation word', () => {
    expect(org('見本総合病院において、USBメモリの紛失が判明しました。見本総合病院では')).toBe('見本総合病院');
  });
  it('reads English defined terms and subjects', () => {
    expect(org('Example Widgets Inc. ("Example Widgets") values your privacy.', 'en')).toBe(
      'Example Widgets Inc.',
    );
    expect(org('At Sample Cameras, we take security seriously.', 'en')).toBe('Sample Cameras');
    expect(org('On May 1, 2024, Acme Bakery discovered unusual activity.', 'en')).toBe('Acme Bakery');
  });
  it('reads "an incident at X" and, last, the organisation that signs the letter', () => {
    expect(
      org('We are writing about a security incident at Sample Dental Group that may involve you.', 'en'),
    ).toBe('Sample Dental Group');
    const letter =
      'Dear Patient,\nYour records may have been viewed.\nSincerely,\nJane Doe, Privacy Officer\nSample Valley Clinic\n';
    expect(org(letter, 'en')).toBe('Sample Valley Clinic');
    // A person who signs is not the organisation.
    expect(org('Dear Member,\nWe are sorry.\nSincerely,\nJane Doe\n', 'en')).toBe(null);
  });
});

describe('extractContact', () => {
  it('reads phones, e-mail, hours and the desk name', () => {
    const c = extractContact(
      splitLines(
        '本文\n<本件に関するお問い合わせ先>\n見本株式会社 お客様特設ダイヤル\nTEL:0120-000-111\n(受付時間:午前10時~午後6時)\nE-mail:desk@example.jp',
      ),
    );
    expect(c?.value.phones).toEqual(['0120-000-111']);
    expect(c?.value.emails).toEqual(['desk@example.jp']);
    expect(c?.value.hours).toMatch(/受付時間/);
    expect(c?.value.name).toMatch(/ダイヤル/);
  });
  it('returns null without a contact section', () => {
    expect(extractContact(splitLines('ただの本文です。'))).toBeNull();
  });
});

describe('extractOrganization: the office where it happened (issue 12)', () => {
  it('takes the office an opening 「…において」 names, up to its last unit word', () => {
    expect(
      orgS(
        'https://www.city.example.lg.jp/a/1.html\n文書の誤送付について\n見本市こども局保育課において、通知書を別の方へ送りました。',
      ),
    ).toBe('見本市こども局');
    expect(orgS('名簿の紛失について\n県立見本東高等学校において、生徒名簿1冊を紛失しました。')).toBe(
      '県立見本東高等学校',
    );
  });
  it('prefers the fuller form of the title’s office found in the opening', () => {
    expect(
      orgS('税務事務所における書類の紛失について\n見本県中央税務事務所において、申告書を紛失しました。'),
    ).toBe('見本県中央税務事務所');
  });
  it('does not take a generic office or one listed mid-sentence', () => {
    expect(orgS('県立高等学校における生徒名簿の紛失について\n生徒の書類を紛失しました。')).not.toBe(
      '県立高等学校',
    );
    expect(orgS('見本市立保育園において、連絡帳を紛失しました。')).not.toBe('見本市立保育園');
  });
});

describe('extractOrganization: press releases of public bodies (issue 12)', () => {
  it('takes the body a press release’s lead names with its head in brackets', () => {
    expect(
      orgS(
        '架空港労働基準監督署における書類の紛失について\n北見労働局(局長 山田 一郎)は、架空港労働基準監督署において発生した書類の紛失について、概要をお知らせします。',
      ),
    ).toBe('北見労働局');
  });
  it('reads the lead on when a PDF line wraps inside the head’s brackets', () => {
    expect(
      orgS(
        '架空公共職業安定所における書類の誤送付について\n架空公共職業安定所における書類の誤送付について\n見本労働局(局長\n山田\n一郎)は、架空公共職業安定所(所長\n川上 二郎)における書類の誤\n送付について、概要をお知らせします。',
      ),
    ).toBe('見本労働局');
  });
  it('takes the body a press-release header names', () => {
    expect(
      orgS('報道発表資料 2030年01月11日 教育庁\n個人情報の漏えいについて\n研修資料に名簿が残っていた。'),
    ).toBe('教育庁');
    expect(orgS('南海労働局\nPress Release\n書類の誤交付について\n求職票を別の方に渡した。')).toBe(
      '南海労働局',
    );
  });
  it('does not take a word run into a predicate, or a 県 that names no prefecture', () => {
    expect(
      org('独立行政法人架空推進機構も注意を呼びかけているウイルスに感染しました。\n調査を進めています。') ??
        '',
    ).not.toMatch(/ウイルス/);
    expect(
      orgS(
        'https://www.pref.example.jp/a.html\n書類の流出について\n業者は配送後県に一覧を返す。\n業者は配送後県に報告する。',
      ),
    ).toBeNull();
  });
});
