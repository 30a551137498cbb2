import type { Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { AppError, isAppError } from '../errors.js';
import { currentPath } from '../http/render.js';
import type { AppEnv, Feature } from '../http/types.js';
import { clientIp } from '../security/client-ip.js';
import { securityOptions } from '../security/options.js';
import { audit, listAudit } from './audit.js';
import { CorrectionForm, editableFields, submitCorrection } from './corrections.js';
import { LoginGuard } from './login-guard.js';
import { authText } from './messages.js';
import {
  checkFormCsrf,
  checkLoginCsrf,
  clearSessionCookie,
  cookieNames,
  formCsrfToken,
  loginCsrfToken,
  originCheck,
  requireRole,
  safeNext,
  sessionMiddleware,
  sessionToken,
  setSessionCookie,
} from './middleware.js';
import { AdminHomePage, AuditPage, EditIncidentPage, LoginPage, type PageCtx, UsersPage } from './pages.js';
import { burnVerify, verifyPassword } from './passwords.js';
import { createSession, revokeSession } from './sessions.js';
import { createUser, disableUser, findUserById, findUserByName, listUsers, RoleSchema } from './users.js';

async function html(c: Context<AppEnv>, page: JSX.Element, status: 200 | 400 | 401 | 403 | 404 | 429 = 200) {
  return c.html(`<!doctype html>${await page.toString()}`, status);
}

function str(v: unknown, max: number): string {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

/**
 * Accounts and curation on the web: /login, /logout, /admin (editors and admins), /admin/users and
 * /admin/audit (admins), /admin/incidents/:id/edit (corrections). Also mounts, for the whole site,
 * the Origin/Fetch-Metadata check on state-changing requests and the session middleware that sets
 * c.var.user. Every form carries a CSRF token; every action is written to the audit log.
 */
export const authFeature: Feature = (app, deps) => {
  const { db, config, reader } = deps;
  const sec = securityOptions(config);
  const guard = new LoginGuard(db, config);
  const ipOf = (c: Context) => clientIp(c, sec.trustProxy);
  const ctxOf = (c: Context<AppEnv>): PageCtx => ({
    lang: c.get('lang') ?? 'ja',
    nonce: c.get('nonce') ?? '',
    path: currentPath(c),
    csrf: formCsrfToken(c, config),
    user: c.get('user'),
  });

  app.use('*', originCheck(config));
  app.use('*', sessionMiddleware(db, config));
  for (const p of ['/login', '/logout', '/admin', '/admin/*']) {
    app.use(p, async (c, next) => {
      await next();
      // Admin pages show account names and the audit log: never cached, never indexed.
      c.res.headers.set('Cache-Control', 'no-store');
      c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
    });
  }

  app.get('/login', (c) => {
    if (c.get('user')) return c.redirect(safeNext(c.req.query('next')), 303);
    return html(
      c,
      <LoginPage ctx={ctxOf(c)} loginCsrf={loginCsrfToken(c, config)} next={safeNext(c.req.query('next'))} />,
    );
  });

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    checkLoginCsrf(c, config, body.csrf);
    const name = str(body.username, 200).trim();
    const password = str(body.password, 1024);
    const next = safeNext(body.next);
    const ip = ipOf(c);
    const lang = c.get('lang') ?? 'ja';
    const page = (error: string, status: 401 | 429) =>
      html(
        c,
        <LoginPage ctx={ctxOf(c)} loginCsrf={loginCsrfToken(c, config)} next={next} error={error} />,
        status,
      );
    const locked = async (retryAfterSec: number, target: string | null) => {
      await audit(db, config, { actor: null, action: 'login.locked', target, ip });
      c.header('Retry-After', String(retryAfterSec));
      return page(authText(lang, 'login_locked', { minutes: Math.ceil(retryAfterSec / 60) }), 429);
    };

    // The attempt is counted before the password is verified (a burst cannot all pass a check).
    const attempt = await guard.take(name, ip);
    if (attempt.locked) return locked(attempt.retryAfterSec, null);
    const user = name ? await findUserByName(db, name) : undefined;
    const ok =
      user && user.disabled_at === null
        ? await verifyPassword(user.password_hash, password)
        : await burnVerify(password);
    if (!ok || !user) {
      const after = await guard.fail(name, ip, attempt);
      await audit(db, config, {
        actor: null,
        action: 'login.failure',
        target: user?.id ?? null,
        ip,
        details: { reason: user ? (user.disabled_at ? 'disabled' : 'bad_password') : 'unknown_account' },
      });
      if (after.locked) return locked(after.retryAfterSec, user?.id ?? null);
      return page(authText(lang, 'login_failed'), 401);
    }
    // Session fixation: whatever session the browser had is ended, and a fresh token is issued.
    const old = sessionToken(c, config);
    if (old) await revokeSession(db, old);
    await guard.succeed(name, ip);
    const { token, expiresAt } = await createSession(db, user.id);
    setSessionCookie(c, config, token, expiresAt);
    const n = cookieNames(config);
    deleteCookie(c, n.loginCsrf, { path: '/', secure: n.secure });
    await audit(db, config, { actor: user.id, action: 'login.success', target: user.id, ip });
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const body = await c.req.parseBody();
    checkFormCsrf(c, config, body.csrf);
    const token = sessionToken(c, config);
    if (token) await revokeSession(db, token);
    clearSessionCookie(c, config);
    const user = c.get('user');
    if (user) await audit(db, config, { actor: user.id, action: 'logout', target: user.id, ip: ipOf(c) });
    return c.redirect('/', 303);
  });

  app.use('/admin', requireRole('editor', 'admin'));
  app.use('/admin/*', requireRole('editor', 'admin'));
  app.use('/admin/users', requireRole('admin'));
  app.use('/admin/users/*', requireRole('admin'));
  app.use('/admin/audit', requireRole('admin'));

  app.get('/admin', (c) => html(c, <AdminHomePage ctx={ctxOf(c)} />));

  app.get('/admin/users', async (c) => html(c, <UsersPage ctx={ctxOf(c)} users={await listUsers(db)} />));

  app.post('/admin/users', async (c) => {
    const body = await c.req.parseBody();
    checkFormCsrf(c, config, body.csrf);
    const actor = c.get('user')!;
    try {
      const role = RoleSchema.parse(body.role);
      const created = await createUser(db, {
        name: str(body.name, 64),
        role,
        password: str(body.password, 1024),
      });
      await audit(db, config, {
        actor: actor.id,
        action: 'user.add',
        target: created.id,
        ip: ipOf(c),
        details: { role },
      });
    } catch (err) {
      if (!isAppError(err) && !(err instanceof Error && err.name === 'ZodError')) throw err;
      const msg = isAppError(err) ? err.message : 'Invalid role';
      return html(c, <UsersPage ctx={ctxOf(c)} users={await listUsers(db)} error={msg} />, 400);
    }
    return c.redirect('/admin/users', 303);
  });

  app.post('/admin/users/:id/disable', async (c) => {
    const body = await c.req.parseBody();
    checkFormCsrf(c, config, body.csrf);
    const actor = c.get('user')!;
    const target = await findUserById(db, c.req.param('id'));
    if (!target) throw new AppError('not_found', 'No such account');
    await disableUser(db, target.name);
    await audit(db, config, { actor: actor.id, action: 'user.disable', target: target.id, ip: ipOf(c) });
    return c.redirect('/admin/users', 303);
  });

  app.get('/admin/audit', async (c) => {
    const before = c.req.query('before');
    const entries = await listAudit(db, {
      limit: 100,
      ...(before && /^[0-9a-f-]{36}$/.test(before) ? { before } : {}),
    });
    const last = entries.at(-1);
    const olderHref = entries.length === 100 && last ? `/admin/audit?before=${last.id}` : null;
    return html(c, <AuditPage ctx={ctxOf(c)} entries={entries} olderHref={olderHref} />);
  });

  app.get('/admin/incidents', (c) => {
    const id = str(c.req.query('id'), 200).trim();
    if (!id) return c.redirect('/admin', 303);
    return c.redirect(`/admin/incidents/${encodeURIComponent(id)}/edit`, 303);
  });

  const editPage = async (
    c: Context<AppEnv>,
    extra: { message?: string; error?: string },
    status: 200 | 400,
  ) => {
    const incident = await reader.getIncident(c.req.param('id') ?? '');
    if (!incident) throw new AppError('not_found', '事故が見つかりません / Incident not found');
    const corrections = incident.history
      .filter((h) => h.kind === 'corrected')
      .map((h) => ({ field: String(h.field), to: h.to, by: h.by, reason: h.reason, at: h.at }));
    // `by` is a user id in the store; show the account name to editors.
    const names = new Map((await listUsers(db)).map((u) => [u.id, u.name]));
    return html(
      c,
      <EditIncidentPage
        ctx={ctxOf(c)}
        incident={incident}
        fields={editableFields(incident)}
        corrections={corrections.map((h) => ({ ...h, by: h.by ? (names.get(h.by) ?? h.by) : null }))}
        message={extra.message}
        error={extra.error}
      />,
      status,
    );
  };

  app.get('/admin/incidents/:id/edit', (c) => {
    const field = c.req.query('corrected');
    const lang = c.get('lang') ?? 'ja';
    return editPage(
      c,
      field && /^[a-z_]{1,40}$/.test(field) ? { message: authText(lang, 'corrected_ok', { field }) } : {},
      200,
    );
  });

  app.post('/admin/incidents/:id/edit', async (c) => {
    const body = await c.req.parseBody();
    checkFormCsrf(c, config, body.csrf);
    const user = c.get('user')!;
    const incident = await reader.getIncident(c.req.param('id'));
    if (!incident) throw new AppError('not_found', '事故が見つかりません / Incident not found');
    const form = CorrectionForm.safeParse({
      field: body.field,
      value: body.value,
      quote: typeof body.quote === 'string' && body.quote.trim() ? body.quote : undefined,
      reason: body.reason,
    });
    if (!form.success) {
      const msg = form.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return editPage(c, { error: msg }, 400);
    }
    try {
      await submitCorrection(db, config, incident, user, form.data, ipOf(c));
    } catch (err) {
      if (isAppError(err) && err.status === 400) return editPage(c, { error: err.message }, 400);
      throw err;
    }
    return c.redirect(
      `/admin/incidents/${incident.id}/edit?corrected=${form.data.field}#f-${form.data.field}`,
      303,
    );
  });
};
