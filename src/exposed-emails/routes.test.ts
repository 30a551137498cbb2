import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { describeEachDialect } from '../store/testing.js';
import { seedWebFixture, type WebFixture } from '../web/testing.js';
import { hashEmail } from './normalize.js';
import { PAD_MIN_LINES } from './padding.js';
import { importAccountHashes, lookupRange } from './store.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describeEachDialect('affected-account lists and the range API', (getDb) => {
  let fx: WebFixture;
  let app: ReturnType<typeof apiTestApp>['app'];

  it('imports addresses as hashes only, idempotently, counting invalid lines by number', async () => {
    const db = getDb();
    fx = await seedWebFixture(db);
    app = apiTestApp(db).app;
    const lines = [
      'taro@example.jp',
      '',
      'not an address',
      'Hanako+Shop@Example.com',
      'TARO@example.jp',
      'a@b@c',
    ];
    const first = await importAccountHashes(db, fx.sampleIncidentId, lines);
    expect(first).toMatchObject({
      lines: 5,
      added: 2,
      alreadyPresent: 1,
      invalid: 2,
      invalidLines: [3, 6],
      total: 2,
    });
    const again = await importAccountHashes(db, fx.sampleIncidentId, lines);
    expect(again).toMatchObject({ added: 0, alreadyPresent: 3, invalid: 2, total: 2 });
    // Nothing stored looks like an address.
    const rows = await db.kysely.selectFrom('account_hashes').selectAll().execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.suffix).toMatch(/^[0-9a-f]{59}$/);
    expect(JSON.stringify(rows)).not.toContain('example');
  });

  it('imports by slug, pre-hashed lines, and strips plus-addressing on request', async () => {
    const db = getDb();
    const widgets = await db.kysely
      .selectFrom('incidents')
      .select('slug')
      .where('id', '=', fx.widgetsIncidentId)
      .executeTakeFirstOrThrow();
    const r = await importAccountHashes(
      db,
      widgets.slug,
      [sha('taro@example.jp').toUpperCase(), 'xyz', sha('jiro@example.jp')],
      {
        hashed: true,
      },
    );
    expect(r).toMatchObject({ added: 2, invalid: 1, invalidLines: [2], total: 2 });
    const s = await importAccountHashes(db, fx.sampleIncidentId, ['Saburo+news@example.jp'], {
      plusAddressing: 'strip',
    });
    expect(s.added).toBe(1);
    const range = await lookupRange(db, hashEmail('saburo@example.jp').slice(0, 5));
    expect(range.some((e) => e.suffix === hashEmail('saburo@example.jp').slice(5))).toBe(true);
  });

  it('refuses an unknown incident with a clear error and writes nothing', async () => {
    const db = getDb();
    await expect(importAccountHashes(db, 'no-such-incident', ['x@example.jp'])).rejects.toThrow(
      /No incident with id or slug/,
    );
    const n = await db.kysely
      .selectFrom('account_lists')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('answers a range as padded text/plain with every incident of a hash', async () => {
    const h = hashEmail('taro@example.jp');
    const res = await app.request(`/api/v1/range/${h.slice(0, 5).toUpperCase()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(PAD_MIN_LINES);
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{59}:[0-9a-f-]{36}(,[0-9a-f-]{36})*$/);
    const mine = lines.find((l) => l.startsWith(`${h.slice(5)}:`));
    expect(mine?.slice(60).split(',').sort()).toEqual([fx.sampleIncidentId, fx.widgetsIncidentId].sort());
  });

  it('answers an empty range with padding only, the same size class', async () => {
    const used = new Set(
      ['taro', 'hanako+shop', 'jiro', 'saburo'].map((n) => hashEmail(`${n}@example.jp`).slice(0, 5)),
    );
    used.add(hashEmail('hanako+shop@example.com').slice(0, 5));
    let prefix = '00000';
    for (let i = 0; used.has(prefix); i++) prefix = i.toString(16).padStart(5, '0');
    const res = await app.request(`/api/v1/range/${prefix}`);
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(PAD_MIN_LINES);
    const ids = new Set([fx.sampleIncidentId, fx.widgetsIncidentId]);
    for (const l of lines) expect(ids.has(l.slice(60))).toBe(false);
  });

  it.each(['abcd', 'abcdef', 'ghijk', 'abc%20', '12-45', '', 'abcde/f', 'abcde/'])(
    'refuses the prefix %j with 400 in the error shape',
    async (p) => {
      const res = await app.request(`/api/v1/range/${p}`, { headers: { Accept: 'application/json' } });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string } };
      expect(['validation_failed', 'bad_request']).toContain(body.error.code);
    },
  );

  it('serves the /check page in both languages, script from self, no named input', async () => {
    for (const [lang, heading] of [
      ['ja', 'メールアドレスの確認'],
      ['en', 'Check an email address'],
    ] as const) {
      const res = await app.request(`/check?lang=${lang}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(heading);
      expect(html).toMatch(/<script src="\/static\/check\.js\?v=[0-9a-f]+"/);
      expect(html).toContain('<noscript>');
      // The address field has no name: a submit without JavaScript sends nothing.
      expect(html).toMatch(/<input id="check-email"(?![^>]*\sname=)[^>]*>/);
      expect(html).toContain(`data-incident-id="${fx.sampleIncidentId}"`);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    }
    const js = await app.request('/static/check.js');
    expect(js.status).toBe(200);
  });

  it('documents the range route in the OpenAPI document', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/api/v1/range/{prefix}');
  });
});
