import { describe, expect, it } from 'vitest';
import { extractContact } from './contact.js';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

const org = (t: string, lang: 'ja' | 'en' = 'ja') =>
  extractOrganization(splitLines(t), sents(t), lang)?.value ?? null;

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
