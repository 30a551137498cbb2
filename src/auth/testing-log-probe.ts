/**
 * Child process for no-personal-data.test.ts: runs, with logging at debug level, failed logins (one
 * with an email address as account name), a lock-out, a successful login and a correction through
 * the real site (createApp with every feature), so that the parent can search everything logged.
 *
 * Usage: LEAKWATCH_LOG_LEVEL=debug node --import tsx src/auth/testing-log-probe.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { openDatabase } from '../store/db.js';
import { createReader } from '../store/reader.js';
import { CookieJar, formField, loginThroughForm } from './testing.js';
import { PROBE } from './testing-log-probe-data.js';
import { createUser } from './users.js';

const TEXT = 'システム障害と情報流出に関するお知らせ\n2025年5月1日 株式会社ためし工業\n調査中です。';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lw-logprobe-'));
  try {
    const db = await openDatabase({ dataDir: dir });
    await createUser(db, { name: PROBE.editor, role: 'editor', password: PROBE.editorPassword });
    const engine = fakeEngine();
    engine.add(TEXT, noticeFacts({ organization: fact('株式会社ためし工業'), detected: fact('2025-04-28') }));
    const out = await ingestNotice(db, { text: TEXT, via: 'file' }, { engine });
    const config = loadConfig({ LEAKWATCH_DATA_DIR: dir, LEAKWATCH_SECRET: 'probe-secret-0123456789' });
    const app = createApp({ config, db, reader: createReader(db) });

    const login = async (jar: CookieJar, username: string, password: string) =>
      (await loginThroughForm(app, jar, username, password)).status;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(await login(new CookieJar(), PROBE.emailTried, PROBE.passwordTried));
    statuses.push(await login(new CookieJar(), PROBE.editor, `${PROBE.passwordTried}x`));
    const jar = new CookieJar();
    statuses.push(await login(jar, PROBE.editor, PROBE.editorPassword));
    const edit = await app.request(`/admin/incidents/${out.incidentId}/edit`, {
      headers: { cookie: jar.header() },
    });
    const res = await app.request(`/admin/incidents/${out.incidentId}/edit`, {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf: formField(await edit.text(), 'csrf'),
        field: 'detected',
        value: '2025-04-27',
        reason: PROBE.reason,
      }).toString(),
    });
    statuses.push(res.status);
    await db.close();
    process.stderr.write(`probe statuses ${statuses.join(',')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
