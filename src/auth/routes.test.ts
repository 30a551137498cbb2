import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../store/testing.js';
import { listAudit } from './audit.js';
import { authTestApp, CookieJar, formField, loginCsrf, loginThroughForm } from './testing.js';
import { createUser } from './users.js';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;
const ORIGIN = 'http://localhost';

beforeAll(async () => {
  db = await openTestDb('sqlite');
  await createUser(db, { name: 'editor1', role: 'editor', password: 'violet kettle runs uphill' });
  await createUser(db, { name: 'admin1', role: 'admin', password: 'granite owl sleeps late' });
  await createUser(db, { name: 'gone1', role: 'editor', password: 'copper fern hums quietly' });
  const { disableUser } = await import('./users.js');
  await disableUser(db, 'gone1');
});
afterAll(() => db.drop());

const EDITOR = { username: 'editor1', password: 'violet kettle runs uphill' };

/** Signs in as the login page's own form would, from this site's origin; returns the response. */
function login(
  app: ReturnType<typeof authTestApp>['app'],
  jar: CookieJar,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  return loginThroughForm(app, jar, username, password, {
    headers,
    postHeaders: { origin: ORIGIN },
    next: '/admin',
  });
}

async function postForm(
  app: ReturnType<typeof authTestApp>['app'],
  jar: CookieJar,
  path: string,
  fields: Record<string, string>,
) {
  const res = await app.request(path, {
    method: 'POST',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams(fields).toString(),
  });
  jar.store(res);
  return res;
}

describe('login', () => {
  it('signs in with a fresh session cookie (HttpOnly, SameSite=Lax, lw_session on http)', async () => {
    const { app } = authTestApp(db);
    const jar = new CookieJar();
    const res = await login(app, jar, EDITOR.username, EDITOR.password, { 'x-test': '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lw_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const admin = await app.request('/admin', { headers: { cookie: jar.header() } });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('cache-control')).toBe('no-store');
    expect(await admin.text()).toContain('editor1');
  });

  it('uses __Host-lw_session with Secure when the public URL is https', async () => {
    const { app } = authTestApp(db, { env: { LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example' } });
    const jar = new CookieJar();
    const csrf = await loginCsrf(app, jar, 'https://leakwatch.example/login');
    const res = await app.request('https://leakwatch.example/login', {
      method: 'POST',
      headers: {
        cookie: jar.header(),
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://leakwatch.example',
      },
      body: new URLSearchParams({ csrf, ...EDITOR }).toString(),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-lw_session='))!;
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('rotates the session on login: the old token stops working', async () => {
    const { app } = authTestApp(db);
    const jar = new CookieJar();
    await login(app, jar, EDITOR.username, EDITOR.password);
    const first = jar.get('lw_session')!;
    // Signing in again while a session cookie is present (e.g. one planted by an attacker).
    const fresh = new CookieJar();
    const csrf = await loginCsrf(app, fresh);
    const res = await app.request('/login', {
      method: 'POST',
      headers: {
        cookie: `${fresh.header()}; lw_session=${first}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ csrf, ...EDITOR }).toString(),
    });
    expect(res.status).toBe(303);
    fresh.store(res);
    const second = fresh.get('lw_session')!;
    expect(second).not.toBe(first);
    const old = await app.request('/admin', { headers: { cookie: `lw_session=${first}` } });
    expect(old.status).toBe(303);
    expect(old.headers.get('location')).toMatch(/^\/login\?next=/);
  });

  it('gives one message for unknown account, wrong password and disabled account', async () => {
    const { app } = authTestApp(db);
    const bodies: string[] = [];
    for (const [u, p] of [
      ['nobody-here', 'violet kettle runs uphill'],
      ['editor1', 'wrong password entirely'],
      ['gone1', 'copper fern hums quietly'],
    ] as const) {
      const res = await login(app, new CookieJar(), u, p, { 'x-forwarded-for': u });
      expect(res.status).toBe(401);
      const text = await res.text();
      bodies.push(/<p class="form-error"[^>]*>([^<]*)</.exec(text)![1]!);
      expect(
        res.headers.getSetCookie().some((c) => c.startsWith('lw_session=') && !/Max-Age=0/.test(c)),
      ).toBe(false);
    }
    expect(new Set(bodies).size).toBe(1);
  });

  it('locks an account+address pair after 5 failures with 429 and Retry-After, for unknown names too', async () => {
    const { app } = authTestApp(db);
    for (const name of ['admin1', 'no-such-user']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await login(app, new CookieJar(), name, `wrong guess ${i}xx`)).status);
      expect(statuses, name).toEqual([401, 401, 401, 401, 429, 429]);
      const locked = await login(app, new CookieJar(), name, 'granite owl sleeps late');
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    }
    const log = await listAudit(db, { limit: 50 });
    expect(log.filter((e) => e.action === 'login.locked').length).toBeGreaterThan(0);
  });

  it('a burst of 40 parallel logins verifies at most 5 wrong passwords and keeps the right one out (issue 18)', async () => {
    const user = await createUser(db, {
      name: 'burst1',
      role: 'editor',
      password: 'amber wolf crosses rivers',
    });
    const { app } = authTestApp(db);
    // 40 attempts in flight at once; the 12th carries the right password.
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(app, new CookieJar(), 'burst1', i === 11 ? 'amber wolf crosses rivers' : `wrong burst ${i}xx`),
      ),
    ).then((all) => all.map((r) => r.status));
    const log = (await listAudit(db, { limit: 500 })).filter((e) => e.target === user.id);
    // Each verified wrong password leaves one login.failure; an attempt refused first is not verified.
    const verifiedWrong = log.filter((e) => e.action === 'login.failure').length;
    expect(verifiedWrong).toBeGreaterThan(0);
    expect(verifiedWrong).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    // The right password got in only if it was among the 5 attempts that were verified.
    const successes = log.filter((e) => e.action === 'login.success').length;
    expect(verifiedWrong + successes).toBeLessThanOrEqual(5);
  });

  it('refuses a login form without its CSRF token and a cross-site POST', async () => {
    const { app } = authTestApp(db);
    const noToken = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=editor1&password=violet+kettle+runs+uphill',
    });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).error.code).toBe('csrf_failed');
    const jar = new CookieJar();
    const csrf = await loginCsrf(app, jar);
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const h of crossSite) {
      const res = await app.request('/login', {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded', ...h },
        body: new URLSearchParams({ csrf, ...EDITOR }).toString(),
      });
      expect(res.status, JSON.stringify(h)).toBe(403);
    }
  });

  it('does not redirect off-site after login', async () => {
    const { app } = authTestApp(db);
    const jar = new CookieJar();
    const page = await app.request('/login?next=//evil.example/admin');
    jar.store(page);
    expect(formField(await page.text(), 'next')).toBe('/admin');
  });
});

describe('roles, admin pages and logout', () => {
  it('editors cannot reach admin-only pages; anonymous users are sent to login', async () => {
    const { app } = authTestApp(db);
    const anon = await app.request('/admin/audit');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/login?next=%2Fadmin%2Faudit');
    const anonPost = await app.request('/admin/users', { method: 'POST' });
    expect(anonPost.status).toBe(401);
    const jar = new CookieJar();
    await login(app, jar, EDITOR.username, EDITOR.password);
    expect((await app.request('/admin/audit', { headers: { cookie: jar.header() } })).status).toBe(403);
    expect((await app.request('/admin/users', { headers: { cookie: jar.header() } })).status).toBe(403);
  });

  it('admins add and disable accounts through CSRF-protected forms, all audited', async () => {
    const { app } = authTestApp(db);
    const jar = new CookieJar();
    await login(app, jar, 'admin1', 'granite owl sleeps late');
    const page = await app.request('/admin/users', { headers: { cookie: jar.header() } });
    const html = await page.text();
    const csrf = formField(html, 'csrf');
    const addNewbie = (token: string, password: string) =>
      postForm(app, jar, '/admin/users', { csrf: token, name: 'newbie', role: 'editor', password });
    expect((await addNewbie('x', 'p')).status).toBe(403);
    expect((await addNewbie(csrf, 'short')).status).toBe(400);
    expect((await addNewbie(csrf, 'silver tram waits patiently')).status).toBe(303);
    const { findUserByName } = await import('./users.js');
    const newbie = (await findUserByName(db, 'newbie'))!;
    const nb = new CookieJar();
    expect((await login(app, nb, 'newbie', 'silver tram waits patiently')).status).toBe(303);
    const dis = await postForm(app, jar, `/admin/users/${newbie.id}/disable`, { csrf });
    expect(dis.status).toBe(303);
    // The disabled editor's open session is gone.
    expect((await app.request('/admin', { headers: { cookie: nb.header() } })).status).toBe(303);

    const audit = await app.request('/admin/audit', { headers: { cookie: jar.header() } });
    expect(audit.status).toBe(200);
    const text = await audit.text();
    for (const action of ['user.add', 'user.disable', 'login.success', 'login.failure'])
      expect(text).toContain(action);
  });

  it('logout needs the session CSRF token and ends the session', async () => {
    const { app } = authTestApp(db);
    const jar = new CookieJar();
    await login(app, jar, EDITOR.username, EDITOR.password);
    const session = jar.get('lw_session')!;
    const html = await (await app.request('/admin', { headers: { cookie: jar.header() } })).text();
    const csrf = formField(html, 'csrf');
    expect((await postForm(app, jar, '/logout', { csrf: 'forged' })).status).toBe(403);
    const out = await postForm(app, jar, '/logout', { csrf });
    expect(out.status).toBe(303);
    const again = await app.request('/admin', { headers: { cookie: `lw_session=${session}` } });
    expect(again.status).toBe(303);
    const log = await listAudit(db, { action: 'logout', limit: 5 });
    expect(log.length).toBeGreaterThan(0);
  });

  it('admin pages carry the strict security headers', async () => {
    const { app } = authTestApp(db);
    for (const path of ['/login', '/admin']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'self'/);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toMatch(
        /^(no-referrer|strict-origin-when-cross-origin|same-origin)$/,
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
