import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { describeEachDialect } from '../store/testing.js';
import { WATCH_MAILS_PER_ADDRESS_PER_DAY, WATCH_PER_CLIENT_PER_HOUR } from './rate-limit.js';

// Issue 18: 20 POSTs of /watch with one victim's address sent 20 confirmation mails, and webhooks
// to internal hosts were accepted at creation.
let smtp: SMTPServer;
let port = 0;
const mailsTo: string[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => {
        mailsTo.push(...session.envelope.rcptTo.map((r) => r.address));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

function post(fields: Record<string, string>, client: string) {
  return {
    method: 'POST',
    body: new URLSearchParams({
      services: '',
      data_classes: 'Passwords',
      email: '',
      webhook: '',
      // Without an address, a feed: a sign-up needs one way to be told.
      feed: '1',
      ...fields,
    }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      'x-forwarded-for': client,
    },
  };
}

describeEachDialect('/watch against mail bombing and internal webhooks (issue 18)', (getDb, dialect) => {
  const app = () =>
    apiTestApp(getDb(), {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      // Per dialect: PostgreSQL keeps counters in a table; a secret of its own keeps the keys apart.
      LEAKWATCH_SECRET: `watch-abuse-secret-${dialect}-0123`,
      // Each request below comes from the address in its X-Forwarded-For (config is read once).
      LEAKWATCH_TRUST_PROXY: '1',
    }).app;

  it(`sends one address at most ${WATCH_MAILS_PER_ADDRESS_PER_DAY} confirmation mails a day, from any number of clients`, async () => {
    const victim = `victim.${dialect}@example.jp`;
    const a = app();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await a.request('/watch?lang=en', post({ email: victim }, `198.51.100.${i + 1}`));
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(WATCH_MAILS_PER_ADDRESS_PER_DAY);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - WATCH_MAILS_PER_ADDRESS_PER_DAY);
    // Delivery is asynchronous on the sink's side: wait for the mails that were sent.
    for (let t = 0; t < 50 && mailsTo.filter((m) => m === victim).length < 3; t++)
      await new Promise((r) => setTimeout(r, 50));
    expect(mailsTo.filter((m) => m === victim)).toHaveLength(WATCH_MAILS_PER_ADDRESS_PER_DAY);
  });

  it(`lets one client create ${WATCH_PER_CLIENT_PER_HOUR} watchlists an hour, then answers 429 with Retry-After`, async () => {
    const a = app();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= WATCH_PER_CLIENT_PER_HOUR; i++) {
      last = await a.request('/watch?lang=en', post({}, '203.0.113.7'));
      statuses.push(last.status);
    }
    expect(statuses.slice(0, -1)).toEqual(Array(WATCH_PER_CLIENT_PER_HOUR).fill(200));
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a webhook to an internal address when the watchlist is created', async () => {
    const a = app();
    const before = await getDb().kysely.selectFrom('watchlists').select('id').execute();
    for (const webhook of [
      'http://10.0.0.1/hook',
      'http://127.0.0.2:8080/',
      'http://[::1]/x',
      'http://localhost/',
    ]) {
      const res = await a.request('/watch?lang=en', post({ webhook }, '192.0.2.44'));
      expect(res.status, webhook).toBe(400);
    }
    const after = await getDb().kysely.selectFrom('watchlists').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});
