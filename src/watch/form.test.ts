import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { openTestDb } from '../store/testing.js';
import { seedWebFixture } from '../web/testing.js';
import { EMPTY_FORM, serviceNames } from './form.js';

const post = (fields: Record<string, string | string[]>, lang = 'en') => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return [
    `/watch${lang === 'en' ? '?lang=en' : ''}`,
    {
      method: 'POST',
      body: p.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    },
  ] as const;
};

/** The page's text without tags (what a reader sees, roughly). */
const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the sign-up page for alerts (/watch)', () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  // No SMTP_URL: this server cannot send mail. SMTP set (nothing is sent without an address).
  let noMail: ReturnType<typeof apiTestApp>['app'];
  let withMail: ReturnType<typeof apiTestApp>['app'];
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    await seedWebFixture(db);
    noMail = apiTestApp(db).app;
    withMail = apiTestApp(db, { SMTP_URL: 'smtp://127.0.0.1:9' }).app;
  });
  afterAll(() => db.drop());

  it('leads with services and an e-mail address, in Japanese and English', async () => {
    const ja = await (await withMail.request('/watch')).text();
    expect(ja).toContain('使っているサービスの漏えいをメールで知らせる');
    expect(ja.match(/name="service"/g)).toHaveLength(5);
    expect(ja).toContain('data-suggest="watch-service-list"');
    expect(ja).toContain('<datalist id="watch-service-list"');
    expect(ja).toContain('name="email"');
    expect(ja.indexOf('name="service"')).toBeLessThan(ja.indexOf('name="email"'));
    expect(ja.indexOf('name="email"')).toBeLessThan(ja.indexOf('name="data_classes"'));
    const en = await (await withMail.request('/watch?lang=en')).text();
    expect(en).toContain('Get an e-mail when a service you use has a breach');
    expect(en).toContain('Your e-mail address');
  });

  it('offers kinds of data as a short list in words, the rest behind "more", no multi-select', async () => {
    const ja = await (await withMail.request('/watch')).text();
    expect(ja).not.toContain('<select');
    const boxes = [...ja.matchAll(/name="data_classes" value="([^"]+)"/g)].map((m) => m[1]);
    expect(boxes.slice(0, 6)).toEqual([
      'Names',
      'Email addresses',
      'Physical addresses',
      'Phone numbers',
      'Dates of birth',
      'Passwords',
    ]);
    const more = ja.indexOf('ほかの種類');
    expect(more).toBeGreaterThan(0);
    // Rare kinds (star signs, health data) are only behind the disclosure.
    expect(ja.indexOf('value="Astrological signs"')).toBeGreaterThan(more);
    expect(ja).toContain('>パスワード</label>');
  });

  it('keeps feeds and webhooks under "other ways", in plain words', async () => {
    const en = await (await withMail.request('/watch?lang=en')).text();
    const advanced = en.indexOf('Other ways to get alerts (advanced)');
    expect(advanced).toBeGreaterThan(en.indexOf('name="email"'));
    expect(en.indexOf('name="feed"')).toBeGreaterThan(advanced);
    expect(en.indexOf('name="webhook"')).toBeGreaterThan(advanced);
    expect(en).toContain('feed reader (an app that collects news');
    expect(visible(en)).not.toMatch(/HMAC|Atom/);
    // Mail is the main way: the advanced part starts closed.
    expect(en).toMatch(/<details id="watch-advanced">/);
    // Without mail on the server the feed is the way, shown open and ticked.
    const noMailPage = await (await noMail.request('/watch?lang=en')).text();
    expect(noMailPage).toMatch(/<details id="watch-advanced" open/);
    expect(noMailPage).toMatch(/name="feed" value="1" checked/);
  });

  it('asks for an address (or another way) before signing anyone up', async () => {
    const before = await db.kysely.selectFrom('watchlists').select('id').execute();
    const res = await withMail.request(...post({ service: 'Gadget Club', email: '' }));
    expect(res.status).toBe(400);
    expect(visible(await res.text())).toContain('Enter the e-mail address to send alerts to');
    const none = await withMail.request(...post({ service: ['', ''], email: 'a@example.com' }, 'ja'));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('使っているサービスか会社を1つ以上入力してください');
    expect(await db.kysely.selectFrom('watchlists').select('id').execute()).toHaveLength(before.length);
  });

  it('resolves typed names with the site search: kana spelling, and a company followed as itself', async () => {
    const kana = await noMail.request(...post({ service: ['ガジェットクラブ', ''] }));
    expect(kana.status).toBe(200);
    const html = await kana.text();
    expect(html).toContain('You will hear about: Gadget Club');
    expect(html).toMatch(/<details open[^>]*>\s*<summary>Reading alerts in a feed reader/);
    expect(html).toMatch(/id="watch-feed-url">http:\/\/leakwatch\.test\/watch\/[\w-]{22}\/feed\.atom</);

    const company = await noMail.request(...post({ service: 'Example Gadgets Ltd', feed: '1' }, 'ja'));
    expect(company.status).toBe(200);
    expect(await company.text()).toContain('お知らせの対象: Example Gadgets Ltd');
    const names = new Map(
      [
        ...(await db.kysely.selectFrom('services').select(['id', 'name']).execute()),
        ...(await db.kysely.selectFrom('organizations').select(['id', 'name']).execute()),
      ].map((r) => [r.id, r.name]),
    );
    const targets = await db.kysely.selectFrom('watch_targets').select(['kind', 'value']).execute();
    const followed = targets.map((t) => `${t.kind}: ${names.get(t.value)}`);
    expect(followed).toContain('service: Gadget Club');
    // The company is followed as an organisation: every incident of it, with a service or not.
    expect(followed).toContain('organization: Example Gadgets Ltd');

    const unknown = await noMail.request(...post({ service: 'Nowhere Such Shop Zzz', feed: '1' }));
    expect(unknown.status).toBe(400);
    const page = await unknown.text();
    expect(page).toContain('No service or company of this name is in our records: Nowhere Such Shop Zzz');
    // What the person typed is kept in the boxes.
    expect(page).toContain('value="Nowhere Such Shop Zzz"');
  });

  it('reads names from the boxes and the older one-per-line field', () => {
    expect(
      serviceNames({
        ...EMPTY_FORM,
        service: ['サンプルモール', ' ', 'A, B'],
        services: 'C\nサンプルモール、D',
      }),
    ).toEqual(['サンプルモール', 'A', 'B', 'C', 'D']);
  });
});
