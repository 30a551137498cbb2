import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../store/db.js';
import type { WebFixture } from '../testing.js';
import { type FixtureApp, openFixtureApp } from '../testing-app.js';
import { deskIsOwn, siteOf } from './incident-contact.js';

let db: Db;
let fx: WebFixture;
let app: FixtureApp['app'];

beforeAll(async () => {
  ({ db, fx, app } = await openFixtureApp());
});
afterAll(async () => {
  await db?.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers: { accept: 'text/html', ...headers } });
  return { res, body: await res.text() };
}

/** The text of one section of the page, from its heading id to the section's end. */
function section(body: string, id: string): string {
  const at = body.indexOf(`aria-labelledby="${id}"`);
  expect(at, id).toBeGreaterThan(-1);
  return body.slice(at, body.indexOf('</section>', body.indexOf(`id="${id}"`)) + 10);
}

describe('incident page: what to do', () => {
  it('gives advice for what leaked, before the facts, linked to /exposure, with the desks in Japan', async () => {
    const { body } = await get(`/incidents/${fx.sampleIncidentId}`);
    const advice = body.slice(body.indexOf('id="advice-h"'), body.indexOf('id="facts-h"'));
    expect(advice).toContain('カード会社');
    expect(advice).toContain('パスワードを変更してください');
    expect(advice).toContain('href="/exposure"');
    expect(advice).toContain('href="tel:188"');
    expect(advice).toContain('#9110');
    // The notice names a desk: the advice points to it.
    expect(advice).toContain('href="#contact"');
  });

  it('a leak of e-mail addresses alone gives no card advice (English)', async () => {
    const { body } = await get(`/incidents/${fx.widgetsIncidentId}?lang=en`);
    const advice = body.slice(body.indexOf('id="advice-h"'), body.indexOf('id="facts-h"'));
    expect(advice).toContain('What you should do');
    expect(advice).toContain('phishing');
    expect(advice).not.toContain('card statement');
    expect(advice).not.toContain('Change your password');
  });

  it('frames the comparison with other incidents for companies, below the facts', async () => {
    const { body } = await get(`/incidents/${fx.sampleIncidentId}`);
    expect(body.indexOf('id="companies-h"')).toBeGreaterThan(body.indexOf('id="sources-h"'));
    expect(section(body, 'companies-h')).toContain('企業・担当者向け');
  });
});

describe('incident page: quotes and sources', () => {
  it('shows each quote in a disclosure (no hover-only title) with a link to the notice', async () => {
    const { body } = await get(`/incidents/${fx.sampleIncidentId}`);
    expect(body).toContain('<details class="evidence-quote">');
    expect(body).toMatch(/<blockquote>[^<]*12,345名[^<]*<\/blockquote>/);
    expect(body).not.toMatch(/class="evidence"[^>]* title="/);
    expect(body).toMatch(
      new RegExp(`href="/notices/${fx.sample2NoticeId}\\?hl=\\d+-\\d+#hl">お知らせ本文で見る`),
    );
  });
});

describe('incident page: contact desks', () => {
  it('the sample notice names its own service desk: no warning', async () => {
    const { body } = await get(`/incidents/${fx.sampleIncidentId}`);
    expect(section(body, 'contact-h')).not.toContain('確認できません');
  });

  it('a desk on another company’s site is labelled as theirs', () => {
    const vendor = {
      name: 'Commune support',
      phones: [],
      emails: [],
      urls: ['https://vendor.example/contact'],
      hours: null,
    };
    expect(deskIsOwn(vendor, ['スズキ'], ['https://www.sample.co.jp/release/1'])).toBe(false);
    expect(deskIsOwn(vendor, ['Vendor'], [])).toBe(false);
    expect(deskIsOwn({ ...vendor, name: 'スズキ お客様相談室' }, ['スズキ株式会社'], [])).toBe(true);
    expect(
      deskIsOwn(
        { ...vendor, urls: ['https://help.sample.co.jp/'] },
        ['X'],
        ['https://www.sample.co.jp/news'],
      ),
    ).toBe(true);
    expect(deskIsOwn({ ...vendor, name: null, urls: [] }, ['X'], [])).toBe(true);
    expect(siteOf('www.shop.sample.co.jp')).toBe('sample.co.jp');
    expect(siteOf('a.b.example.com')).toBe('example.com');
  });
});

describe('incident page: rendered once per version', () => {
  it('sends an ETag, answers 304 without a policy, and a fresh nonce on every full answer', async () => {
    const a = await get(`/incidents/${fx.widgetsIncidentId}`);
    const b = await get(`/incidents/${fx.widgetsIncidentId}`);
    const etag = a.res.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(b.res.headers.get('etag')).toBe(etag);
    const nonceOf = (s: string) => /nonce="([^"]+)"/.exec(s)?.[1];
    expect(nonceOf(a.body)).toBeTruthy();
    expect(nonceOf(a.body)).not.toBe(nonceOf(b.body));
    expect(a.res.headers.get('content-security-policy')).toContain(`'nonce-${nonceOf(a.body)}'`);
    expect(b.body.replace(/nonce="[^"]+"/g, '')).toBe(a.body.replace(/nonce="[^"]+"/g, ''));
    const c = await get(`/incidents/${fx.widgetsIncidentId}`, { 'if-none-match': etag! });
    expect(c.res.status).toBe(304);
    expect(c.body).toBe('');
    expect(c.res.headers.get('content-security-policy')).toBeNull();
    const en = await get(`/incidents/${fx.widgetsIncidentId}?lang=en`);
    expect(en.res.headers.get('etag')).not.toBe(etag);
  });

  it('a write to the incident shows at once; a write to another incident changes the version', async () => {
    const before = await get(`/incidents/${fx.widgetsIncidentId}`);
    await db.kysely
      .updateTable('incidents')
      .set({ title: 'Widgets incident, retitled', updated_at: new Date(Date.now() + 1000).toISOString() })
      .where('id', '=', fx.widgetsIncidentId)
      .execute();
    const after = await get(`/incidents/${fx.widgetsIncidentId}`);
    expect(after.body).toContain('Widgets incident, retitled');
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    const other = await get(`/incidents/${fx.sampleIncidentId}`);
    await db.kysely
      .updateTable('incidents')
      .set({ updated_at: new Date(Date.now() + 2000).toISOString() })
      .where('id', '=', fx.widgetsIncidentId)
      .execute();
    const other2 = await get(`/incidents/${fx.sampleIncidentId}`);
    expect(other2.res.headers.get('etag')).not.toBe(other.res.headers.get('etag'));
  });
});
