import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { createReader } from '../store/reader.js';
import { openTestDb } from '../store/testing.js';
import { listAudit } from './audit.js';
import { parseCorrectionValue } from './corrections.js';
import { authTestApp, CookieJar, formField, loginThroughForm } from './testing.js';
import { createUser } from './users.js';

/** A fictional company's notices (株式会社テスト精機). */
const FIRST =
  'ランサムウェア被害に関するお知らせ(第一報)\n2025年1月10日 株式会社テスト精機\n社内サーバーが暗号化されました。';
const SECOND =
  'ランサムウェア被害に関するお知らせ(第二報)\n2025年1月24日 株式会社テスト精機\n調査を続けています。';

function engine() {
  const e = fakeEngine();
  e.add(
    FIRST,
    noticeFacts({
      organization: fact('株式会社テスト精機'),
      report_stage: fact('first'),
      published: fact('2025-01-10'),
      detected: fact('2025-01-05'),
      causes: [fact('ransomware')],
    }),
  );
  e.add(
    SECOND,
    noticeFacts({
      organization: fact('株式会社テスト精機'),
      report_stage: fact('update'),
      published: fact('2025-01-24'),
      detected: fact('2025-01-06'),
    }),
  );
  return e;
}

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
let incidentId: string;
let editorId: string;

beforeAll(async () => {
  db = await openTestDb('sqlite');
  editorId = (
    await createUser(db, { name: 'curator', role: 'editor', password: 'violet kettle runs uphill' })
  ).id;
  const out = await ingestNotice(db, { text: FIRST, via: 'file' }, { engine: engine() });
  if (out.status !== 'new') throw new Error('setup: expected a new incident');
  incidentId = out.incidentId;
});
afterAll(() => db.drop());

describe('corrections by editors', () => {
  it('corrects a fact with a reason; kept in history with who and why, audited, and survives later notices', async () => {
    const { app } = authTestApp(db, { reader: createReader(db) });
    const jar = new CookieJar();
    const login = await loginThroughForm(app, jar, 'curator', 'violet kettle runs uphill');
    expect(login.status).toBe(303);

    const edit = await app.request(`/admin/incidents/${incidentId}/edit`, {
      headers: { cookie: jar.header() },
    });
    expect(edit.status).toBe(200);
    const html = await edit.text();
    expect(html).toContain('name="field" value="detected"');
    const csrf = formField(html, 'csrf');
    const post = (fields: Record<string, string>) =>
      app.request(`/admin/incidents/${incidentId}/edit`, {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });

    // A reason is required, the token must match, the value must fit the field.
    expect((await post({ csrf, field: 'detected', value: '2025-01-04', reason: '' })).status).toBe(400);
    expect(
      (await post({ csrf: 'nope', field: 'detected', value: '2025-01-04', reason: 'typo in notice' })).status,
    ).toBe(403);
    expect(
      (await post({ csrf, field: 'detected', value: 'yesterday', reason: 'typo in notice' })).status,
    ).toBe(400);
    expect((await post({ csrf, field: 'no_such_field', value: 'x', reason: 'typo in notice' })).status).toBe(
      400,
    );

    const ok = await post({
      csrf,
      field: 'detected',
      value: '2025-01-04',
      quote: '1月4日に異常を検知',
      reason: '社の問い合わせ窓口で確認',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toContain('corrected=detected');

    const reader = createReader(db);
    let inc = (await reader.getIncident(incidentId))!;
    expect(inc.facts.detected?.value).toBe('2025-01-04');
    expect(inc.facts.detected?.origin).toBe('correction');
    const corrected = inc.history.filter((h) => h.kind === 'corrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0]).toMatchObject({
      field: 'detected',
      by: editorId,
      reason: '社の問い合わせ窓口で確認',
    });

    // A later notice says otherwise, and the same notice is ingested again: the correction stays.
    await ingestNotice(db, { text: SECOND, via: 'file' }, { engine: engine() });
    await ingestNotice(db, { text: FIRST, via: 'file' }, { engine: engine() });
    inc = (await reader.getIncident(incidentId))!;
    expect(inc.notice_count).toBe(2);
    expect(inc.facts.detected?.value).toBe('2025-01-04');

    const audit = await listAudit(db, { action: 'correction.add' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: editorId,
      target: incidentId,
      details: { field: 'detected', has_quote: true },
    });
    // The audit entry holds no reason text or value.
    expect(JSON.stringify(audit[0])).not.toContain('窓口');

    const after = await app.request(`/admin/incidents/${incidentId}/edit?corrected=detected`, {
      headers: { cookie: jar.header() },
    });
    const text = await after.text();
    expect(text).toContain('社の問い合わせ窓口で確認');
    expect(text).toContain('curator');
  });

  it('anonymous users cannot see or post corrections', async () => {
    const { app } = authTestApp(db, { reader: createReader(db) });
    expect((await app.request(`/admin/incidents/${incidentId}/edit`)).status).toBe(303);
    const post = await app.request(`/admin/incidents/${incidentId}/edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'field=detected&value=2020-01-01&reason=vandalism',
    });
    expect(post.status).toBe(401);
  });
});

describe('parseCorrectionValue', () => {
  it('reads JSON, dates, plain text and list items', () => {
    expect(parseCorrectionValue('2024-05-08', false)).toBe('2024-05-08');
    expect(parseCorrectionValue('{"count":12,"unit":"people","qualifier":"exact"}', false)).toEqual({
      count: 12,
      unit: 'people',
      qualifier: 'exact',
    });
    expect(parseCorrectionValue('Names, Email addresses', true)).toEqual(['Names', 'Email addresses']);
    expect(parseCorrectionValue('["Names"]', true)).toEqual(['Names']);
    expect(parseCorrectionValue('', false)).toBeNull();
    expect(parseCorrectionValue('株式会社テスト精機', false)).toBe('株式会社テスト精機');
  });
});
