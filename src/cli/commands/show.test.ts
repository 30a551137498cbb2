import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factValueText as factText } from '../../http/fact-text.js';
import { createReader } from '../../store/reader.js';
import { openTestDb } from '../../store/testing.js';
import { seedWebFixture, type WebFixture } from '../../web/testing.js';
import { displayWidth, localeLang, renderIncident } from './show.js';

describe('leakwatch show', () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let fx: WebFixture;
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    fx = await seedWebFixture(db);
  });
  afterAll(() => db.drop());

  it('prints facts with the site labels in Japanese, each with the quote it was read from', async () => {
    const inc = (await createReader(db).getIncident(fx.sampleIncidentId))!;
    const out = renderIncident(inc, 'ja');
    if (process.env.SHOW_OUT) console.log(out);
    // Labels and values in words, never the codes of the vocabulary.
    expect(out).toMatch(/^ {2}原因 +SQLインジェクション$/m);
    expect(out).toMatch(/^ {2}漏えいした情報 +メールアドレス、パスワード、氏名、クレジットカード情報$/m);
    expect(out).toMatch(/^ {2}流出の状況 +流出を確認$/m);
    expect(out).toMatch(/^ {2}件数 +12,345人$/m);
    expect(out).not.toMatch(/sql_injection|password_reset|confirmed|Credit cards|leak_status|data_classes/);
    // The quote sits under its fact, in 「」.
    const lines = out.split('\n');
    const cause = lines.findIndex((l) => l.startsWith('  原因'));
    expect(lines[cause + 1]).toMatch(/^ +「[^」]*SQLインジェクション[^」]*」$/);
    expect(out).toContain('「対象のお客様は12,345名であることが確定しました。」');
    // Values line up: every fact label padded to one column (kanji count double).
    const starts = lines
      .filter((l) => /^ {2}\S/.test(l) && lines.indexOf(l) < lines.indexOf('お知らせ (2件)'))
      .map((l) => displayWidth(l.replace(/(^ {2}\S+ +).*/, '$1')));
    expect(new Set(starts).size).toBe(1);
    // Notices with their stage, the history of changes in words.
    expect(out).toMatch(/お知らせ \(2件\)\n {2}2026-03-02 {2}第一報/);
    expect(out).toMatch(/件数: 約8,000人 → 12,345人 \(続報\)/);
  });

  it('prints the same in English with --lang en wording', async () => {
    const inc = (await createReader(db).getIncident(fx.widgetsIncidentId))!;
    const out = renderIncident(inc, 'en');
    expect(out).toMatch(/^ {2}Data classes +/m);
    expect(out).toContain('“');
    expect(out).not.toMatch(/\b(?:unauthorized_access|sql_injection|ransomware)\b/);
  });

  it('says where an imported incident came from, once, instead of a quote per fact', () => {
    const out = renderIncident(
      {
        id: '01a2',
        slug: 'example-2026',
        title: 'Example Shop',
        source: 'prc',
        source_url: 'https://example.org/record/1',
        notices: [],
        history: [],
        related: [],
        facts: {
          causes: [
            {
              value: 'unauthorized_access',
              evidence: null,
              confidence: 1,
              origin: 'import',
              notice_id: null,
            },
          ],
        },
      } as never,
      'ja',
    );
    // Named in plain words, with a link to the dataset's public page (http/source-names.ts).
    expect(out).toMatch(/^出典: .*Privacy Rights Clearinghouse.*https:\/\//m);
    expect(out).not.toContain('「prc」');
    expect(out).toMatch(/^ {2}原因 +不正アクセス$/m);
    expect(out).not.toContain('unauthorized_access');
  });

  it('words values with the label tables and picks the language from the locale', () => {
    expect(factText('affected', { count: 1200, unit: 'people', qualifier: 'max' }, 'en')).toBe(
      'up to 1,200 people',
    );
    expect(factText('data_classes', ['Passwords', 'Names'], 'ja')).toBe('パスワード、氏名');
    expect(localeLang({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeLang({ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(localeLang({})).toBe('en');
  });
});
