import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAtomFeed, parseFeed } from 'feedsmith';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { type Db, openDatabase } from '../store/db.js';
import { claimJob } from '../store/jobs.js';
import { describeEachDialect, PG_URL, pgUnavailableReason } from '../store/testing.js';
import { seedWebFixture, type WebFixture } from '../web/testing.js';
import type { AlertDeps } from './deliver.js';
import { createMailTransport } from './mailer.js';
import { ALERT_JOB, notifyIncidentChanged } from './notify.js';
import { addChannel, createWatchlist } from './store.js';
import { verifyWebhookSignature } from './tokens.js';
import { runAlertJobs } from './worker.js';

interface Mail {
  to: string[];
  headers: string;
  body: string;
}

/** Undoes quoted-printable soft line breaks and escapes (nodemailer's encoding of long text lines). */
function decodeQp(s: string): string {
  return s
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** An SMTP sink in this process (smtp-server): every accepted mail lands in `mails`. */
async function startSmtpSink(): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => {
        raw += d;
      });
      stream.on('end', () => {
        const split = raw.indexOf('\r\n\r\n');
        const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const body = /content-transfer-encoding: quoted-printable/i.test(headers)
          ? decodeQp(raw.slice(split + 4))
          : raw.slice(split + 4);
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), headers, body });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface Hook {
  body: string;
  headers: IncomingHttpHeaders;
}

/** A webhook receiver on loopback; `status` is what it answers next. */
async function startReceiver(): Promise<{
  url: string;
  hooks: Hook[];
  status: { next: number };
  server: Server;
}> {
  const hooks: Hook[] = [];
  const status = { next: 200 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString('utf8');
    });
    req.on('end', () => {
      hooks.push({ body, headers: req.headers });
      res.statusCode = status.next;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hooks, status, server };
}

const form = (fields: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return {
    method: 'POST',
    body: p.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
};

/** Moves an incident to a new revision, as a later notice would. */
async function touch(db: Db, incidentId: string, at: string): Promise<void> {
  await db.kysely.updateTable('incidents').set({ updated_at: at }).where('id', '=', incidentId).execute();
}

describeEachDialect('watchlists, feeds and alerts', (getDb) => {
  let fx: WebFixture;
  let app: ReturnType<typeof apiTestApp>['app'];
  let deps: AlertDeps;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let hook: Awaited<ReturnType<typeof startReceiver>>;
  let feedUrl = '';
  let secret = '';

  beforeAll(async () => {
    const db = getDb();
    fx = await seedWebFixture(db);
    smtp = await startSmtpSink();
    hook = await startReceiver();
    const t = apiTestApp(db, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      LEAKWATCH_FETCH_ALLOW: '127.0.0.1',
    });
    app = t.app;
    deps = { db, config: t.config, reader: t.reader, transport: createMailTransport(t.config) };
  });
  afterAll(async () => {
    await smtp?.close();
    hook?.server.close();
  });

  it('creates a watchlist from the form, refusing unknown services', async () => {
    const bad = await app.request(
      '/watch?lang=en',
      form({ services: 'No Such Service Anywhere', email: '' }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(
      'No service or company of this name is in our records: No Such Service Anywhere',
    );
    // A service's kana alias typed in hiragana resolves to the service (the shared name resolver).
    const kana = await app.request(
      '/watch?lang=en',
      form({ services: 'がじぇっとくらぶ', email: '', feed: '1' }),
    );
    expect(kana.status).toBe(200);
    expect(await kana.text()).toContain('Gadget Club');

    const res = await app.request(
      '/watch?lang=en',
      form({
        services: 'サンプル通販',
        data_classes: ['Phone numbers'],
        email: 'watcher@example.com',
        webhook: hook.url,
      }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    feedUrl = /id="watch-feed-url">([^<]+)</.exec(html)?.[1] ?? '';
    secret = /id="watch-webhook-secret">([^<]+)</.exec(html)?.[1] ?? '';
    expect(feedUrl).toMatch(/^http:\/\/leakwatch\.test\/watch\/[A-Za-z0-9_-]{22}\/feed\.atom$/);
    expect(secret.length).toBeGreaterThanOrEqual(44);
    // The token is not stored, only its hash.
    const token = feedUrl.split('/')[4]!;
    const rows = await getDb().kysely.selectFrom('watchlists').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('serves the watchlist as valid Atom with the followed incidents, 404 for unknown tokens', async () => {
    const res = await app.request(feedUrl.replace('http://leakwatch.test', ''));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const xml = await res.text();
    expect(parseFeed(xml).format).toBe('atom');
    const feed = parseAtomFeed(xml);
    const links = (feed.entries ?? []).map((e) => e.links?.[0]?.href ?? '');
    // サンプル通販 (service) and Phone numbers (the Widgets notice): both incidents, nothing else.
    expect(feed.entries).toHaveLength(2);
    expect(links.some((l) => l.includes('/incidents/'))).toBe(true);
    const ids = (feed.entries ?? []).map((e) => e.id ?? '');
    expect(ids.some((i) => i.endsWith(fx.sampleIncidentId))).toBe(true);
    expect(ids.some((i) => i.endsWith(fx.widgetsIncidentId))).toBe(true);
    expect((await app.request('/watch/AAAAAAAAAAAAAAAAAAAAAA/feed.atom')).status).toBe(404);
    expect((await app.request('/watch/short/feed.atom')).status).toBe(404);
  });

  it('sends no alert by email before the address is confirmed (double opt-in)', async () => {
    expect(smtp.mails).toHaveLength(1);
    const confirm = smtp.mails[0]!;
    expect(confirm.to).toEqual(['watcher@example.com']);
    const link = /http:\/\/leakwatch\.test(\/watch\/confirm\/[A-Za-z0-9_-]{22})/.exec(confirm.body)?.[1];
    expect(link).toBeTruthy();
    await touch(getDb(), fx.sampleIncidentId, '2026-04-01T00:00:00.000Z');
    expect(await notifyIncidentChanged(getDb(), fx.sampleIncidentId, ['affected'])).toEqual({ alerts: 1 }); // webhook only
    expect(await runAlertJobs(deps)).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    // GET shows a button (link scanners must not confirm); the POST confirms, once.
    const page = await app.request(`${link!}?lang=en`);
    expect(await page.text()).toContain('Start alerts');
    expect((await app.request(link!, { method: 'POST' })).status).toBe(200);
    expect((await app.request(link!, { method: 'POST' })).status).toBe(404);
  });

  it('sends exactly one mail and one signed webhook per alert, once per revision', async () => {
    hook.hooks.length = 0;
    await touch(getDb(), fx.sampleIncidentId, '2026-04-02T00:00:00.000Z');
    expect(await notifyIncidentChanged(getDb(), fx.sampleIncidentId, ['affected', 'data_classes'])).toEqual({
      alerts: 2,
    });
    expect(await notifyIncidentChanged(getDb(), fx.sampleIncidentId, ['affected'])).toEqual({ alerts: 0 });
    expect(await runAlertJobs(deps)).toEqual({ sent: 2, skipped: 0, retrying: 0, failed: 0 });
    expect(await runAlertJobs(deps)).toEqual({ sent: 0, skipped: 0, retrying: 0, failed: 0 });

    const alerts = smtp.mails.slice(1);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.to).toEqual(['watcher@example.com']);
    expect(alerts[0]!.headers).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(alerts[0]!.body).toContain('/incidents/');

    expect(hook.hooks).toHaveLength(1);
    const h = hook.hooks[0]!;
    expect(verifyWebhookSignature(secret, h.body, h.headers['x-leakwatch-signature'] as string)).toBe(true);
    expect(verifyWebhookSignature(secret, `${h.body} `, h.headers['x-leakwatch-signature'] as string)).toBe(
      false,
    );
    expect(verifyWebhookSignature('wrong-secret', h.body, h.headers['x-leakwatch-signature'] as string)).toBe(
      false,
    );
    const ts = Number(h.headers['x-leakwatch-timestamp']);
    expect(Math.abs(ts - Date.now() / 1000)).toBeLessThan(120);
    const payload = JSON.parse(h.body) as { type: string; changed: string[]; incident: { id: string } };
    expect(payload).toMatchObject({
      type: 'incident.changed',
      changed: ['affected', 'data_classes'],
      incident: { id: fx.sampleIncidentId },
    });
  });

  it('retries a failed webhook with exponential backoff, then delivers', async () => {
    hook.hooks.length = 0;
    hook.status.next = 500;
    const mailsBefore = smtp.mails.length;
    await touch(getDb(), fx.sampleIncidentId, '2026-04-03T00:00:00.000Z');
    expect((await notifyIncidentChanged(getDb(), fx.sampleIncidentId, ['leak_status'])).alerts).toBe(2);
    const t0 = Date.now();
    expect(await runAlertJobs(deps)).toMatchObject({ sent: 1, retrying: 1 });
    const job = async () =>
      getDb()
        .kysely.selectFrom('jobs')
        .selectAll()
        .where('kind', '=', ALERT_JOB)
        .where('status', '=', 'queued')
        .executeTakeFirstOrThrow();
    const first = await job();
    expect(Date.parse(first.run_at) - t0).toBeGreaterThanOrEqual(29_000);
    expect(Date.parse(first.run_at) - t0).toBeLessThan(40_000);
    // Not due yet: nothing happens now.
    expect(await runAlertJobs(deps)).toMatchObject({ sent: 0, retrying: 0 });
    // Due in 30 s: fails again, and waits four times longer.
    const t1 = Date.now();
    expect(await runAlertJobs(deps, { now: () => new Date(Date.now() + 31_000) })).toMatchObject({
      retrying: 1,
    });
    const second = await job();
    expect(Date.parse(second.run_at) - t1).toBeGreaterThanOrEqual(119_000);
    expect(Number(second.attempts)).toBe(2);
    hook.status.next = 200;
    expect(await runAlertJobs(deps, { now: () => new Date(Date.now() + 125_000) })).toMatchObject({
      sent: 1,
    });
    expect(hook.hooks).toHaveLength(3);
    expect(smtp.mails.length).toBe(mailsBefore + 1);
  });

  it('unsubscribes in one click from the mail (RFC 8058 POST), forgetting the address', async () => {
    const mail = smtp.mails[smtp.mails.length - 1]!;
    const url = /List-Unsubscribe: <http:\/\/leakwatch\.test([^>]+)>/.exec(mail.headers)?.[1];
    expect(url).toMatch(/^\/watch\/unsubscribe\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{32}$/);
    // A tampered signature is refused.
    expect(
      (await app.request(`${url!.slice(0, -2)}xx`, form({ 'List-Unsubscribe': 'One-Click' }))).status,
    ).toBe(404);
    const res = await app.request(url!, form({ 'List-Unsubscribe': 'One-Click' }));
    expect(res.status).toBe(200);
    const channels = await getDb().kysely.selectFrom('watch_channels').selectAll().execute();
    expect(JSON.stringify(channels)).not.toContain('watcher@example.com');
    await touch(getDb(), fx.sampleIncidentId, '2026-04-04T00:00:00.000Z');
    expect((await notifyIncidentChanged(getDb(), fx.sampleIncidentId, ['measures'])).alerts).toBe(1);
    const before = smtp.mails.length;
    expect(await runAlertJobs(deps)).toMatchObject({ sent: 1 });
    expect(smtp.mails.length).toBe(before);
  });

  it('refuses to deliver a webhook to a private address', async () => {
    const db = getDb();
    const w = await createWatchlist(db, { serviceIds: [], dataClasses: ['Credit cards'], lang: 'ja' });
    await addChannel(db, w.id, { kind: 'webhook', url: 'http://10.0.0.1/hook' });
    await touch(db, fx.sampleIncidentId, '2026-04-05T00:00:00.000Z');
    await notifyIncidentChanged(db, fx.sampleIncidentId, ['data_classes']);
    const r = await runAlertJobs(deps);
    expect(r.retrying).toBe(1);
    const failed = await db.kysely
      .selectFrom('jobs')
      .select('last_error')
      .where('status', '=', 'queued')
      .where('kind', '=', ALERT_JOB)
      .execute();
    expect(failed.some((j) => /private address 10\.0\.0\.1/.test(j.last_error ?? ''))).toBe(true);
  });
});

const pgReason = await pgUnavailableReason();

describe('alert jobs survive a crash', () => {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    it.skipIf(dialect === 'postgres' && pgReason !== null)(
      `[${dialect}] a claimed job whose worker died is retried after its lock expires`,
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'lw-watch-'));
        const schema = `lw_t_${randomBytes(6).toString('hex')}`;
        const open = () =>
          dialect === 'sqlite'
            ? openDatabase({ dataDir: dir })
            : openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 2 });
        const hook = await startReceiver();
        try {
          let db = await open();
          const fx = await seedWebFixture(db);
          const w = await createWatchlist(db, { serviceIds: [], dataClasses: ['Passwords'], lang: 'en' });
          await addChannel(db, w.id, { kind: 'webhook', url: hook.url });
          expect((await notifyIncidentChanged(db, fx.sampleIncidentId, ['new'])).alerts).toBe(1);
          // A worker claims the job for 1 s, then the process "crashes": the database is closed, nothing completed.
          expect(await claimJob(db, { kinds: [ALERT_JOB], lockMs: 1000 })).not.toBeNull();
          await db.close();

          db = await open();
          const { apiTestApp: build } = await import('../api/testing.js');
          const t = build(db, { LEAKWATCH_FETCH_ALLOW: '127.0.0.1' });
          const deps: AlertDeps = { db, config: t.config, reader: t.reader, transport: null };
          expect(await runAlertJobs(deps)).toMatchObject({ sent: 0 }); // still locked
          expect(await runAlertJobs(deps, { now: () => new Date(Date.now() + 2000) })).toMatchObject({
            sent: 1,
          });
          expect(hook.hooks).toHaveLength(1);
          await db.close();
        } finally {
          hook.server.close();
          await rm(dir, { recursive: true, force: true });
          if (dialect === 'postgres') {
            const client = new pg.Client({ connectionString: PG_URL });
            await client.connect();
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await client.end();
          }
        }
      },
    );
  }
});
