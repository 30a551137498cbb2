import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/auth/audit.js';
import { authTestApp, CookieJar, formField, loginThroughForm } from '../../src/auth/testing.js';
import { createUser } from '../../src/auth/users.js';
import { fact, fakeEngine, noticeFacts } from '../../src/incidents/testing.js';
import { ingestNotice } from '../../src/ingest/pipeline.js';
import { type Db, openDatabase } from '../../src/store/db.js';
import { createReader } from '../../src/store/reader.js';
import { PG_URL, pgUnavailableReason } from '../../src/store/testing.js';

/**
 * Two server processes against one PostgreSQL database must behave as one site: a session made on
 * one is valid on the other, login lock-outs and API budgets are shared, and concurrent corrections
 * through both are all recorded. Each "server" here is a full app with its own connection pool and
 * its own limiter objects, sharing only the database (as two processes would).
 */
const reason = await pgUnavailableReason();
const schema = `lw_t_two_${randomBytes(5).toString('hex')}`;
let dbA: Db;
let dbB: Db;
let incidentId: string;
let latestCorrection: unknown;

const TEXT =
  '不正アクセスに関するお知らせ\n2025年3月3日 株式会社ダミー物産\n会員情報が閲覧された可能性があります。';

describe.skipIf(reason !== null)(
  `faults: two servers, one PostgreSQL${reason ? ` [skipped: ${reason}]` : ''}`,
  () => {
    beforeAll(async () => {
      dbA = await openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 5 });
      dbB = await openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 5 });
      await createUser(dbA, { name: 'ed', role: 'editor', password: 'violet kettle runs uphill' });
      const engine = fakeEngine();
      engine.add(
        TEXT,
        noticeFacts({ organization: fact('株式会社ダミー物産'), detected: fact('2025-03-01') }),
      );
      const out = await ingestNotice(dbA, { text: TEXT, via: 'file' }, { engine });
      incidentId = out.incidentId!;
    });
    afterAll(async () => {
      await dbA?.close();
      await dbB?.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    });

    // Both servers get the same configuration, as two processes started from one environment would.
    const env = { LEAKWATCH_API_RATE_PER_MIN: '10' };
    const apps = () => [
      authTestApp(dbA, { env, reader: createReader(dbA) }).app,
      authTestApp(dbB, { env, reader: createReader(dbB) }).app,
    ];

    async function tryLogin(app: ReturnType<typeof apps>[number], password: string) {
      const jar = new CookieJar();
      const res = await loginThroughForm(app, jar, 'ed', password);
      return { res, jar };
    }

    it('a session made on one server is valid on the other', async () => {
      const [a, b] = apps();
      const { res, jar } = await tryLogin(a!, 'violet kettle runs uphill');
      expect(res.status).toBe(303);
      expect((await b!.request('/admin', { headers: { cookie: jar.header() } })).status).toBe(200);
    });

    it('shares the API budget: 10 requests split over both servers spend it', async () => {
      const [a, b] = apps();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await (i % 2 ? b! : a!).request('/api/ping')).status);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const over = await a!.request('/api/ping');
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await b!.request('/api/ping')).status).toBe(429);
    });

    it('shares login lock-out: 5 failures spread over both servers lock the account on both', async () => {
      const [a, b] = apps();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await tryLogin(i % 2 ? b! : a!, `wrong guess ${i}xx`)).res.status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      // Even the right password is refused now, on either server.
      expect((await tryLogin(a!, 'violet kettle runs uphill')).res.status).toBe(429);
      expect((await tryLogin(b!, 'violet kettle runs uphill')).res.status).toBe(429);
      // The limiter table holds keyed hashes, not the account name or address.
      const rows = await dbA.kysely
        .selectFrom('rate_limits' as never)
        .selectAll()
        .execute();
      expect(JSON.stringify(rows)).not.toContain('ed');
    });

    it('records every one of 20 concurrent corrections made through both servers (no lost writes)', async () => {
      // A fresh editor (the first is locked out by the previous test, by design).
      await createUser(dbA, { name: 'ed2', role: 'editor', password: 'granite owl sleeps late' });
      const [a, b] = apps();
      const sessions = await Promise.all(
        [a!, b!].map(async (app) => {
          const jar = new CookieJar();
          await loginThroughForm(app, jar, 'ed2', 'granite owl sleeps late');
          const edit = await app.request(`/admin/incidents/${incidentId}/edit`, {
            headers: { cookie: jar.header() },
          });
          return { app, jar, csrf: formField(await edit.text(), 'csrf') };
        }),
      );
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const s = sessions[i % 2]!;
          return s.app.request(`/admin/incidents/${incidentId}/edit`, {
            method: 'POST',
            headers: { cookie: s.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              csrf: s.csrf,
              field: 'detected',
              value: `2025-02-${String(i + 1).padStart(2, '0')}`,
              reason: `concurrent check ${i}`,
            }).toString(),
          });
        }),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(303));
      const corrections = await dbA.kysely
        .selectFrom('incident_corrections')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      expect(corrections).toHaveLength(20);
      expect(new Set(corrections.map((c) => c.reason)).size).toBe(20);
      expect(await listAudit(dbB, { action: 'correction.add', limit: 100 })).toHaveLength(20);
      latestCorrection = JSON.parse(corrections.at(-1)!.value);
    });

    /**
     * applyCorrection locks the organisation and incident rows (PostgreSQL) before re-merging, so the
     * transaction that commits last has seen every earlier correction: the page shows the latest.
     */
    it('the incident then shows the latest correction', async () => {
      const inc = (await createReader(dbB).getIncident(incidentId))!;
      expect(inc.facts.detected?.value).toBe(latestCorrection);
    });
  },
);
