import type { Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import type { AuditEntry } from './audit.js';
import { authText } from './messages.js';
import type { SessionUser } from './sessions.js';
import type { UserSummary } from './users.js';

/** What every admin page needs from the request. */
export interface PageCtx {
  lang: Lang;
  nonce: string;
  path: string;
  /** CSRF token of the session's forms ('' on the login page). */
  csrf: string;
  user?: SessionUser | undefined;
}

/** The login form. The error message is the same whatever went wrong (no account enumeration). */
export function LoginPage(props: {
  ctx: PageCtx;
  loginCsrf: string;
  next: string;
  error?: string | undefined;
}) {
  const { lang } = props.ctx;
  return (
    <Layout lang={lang} title={authText(lang, 'login_title')} nonce={props.ctx.nonce} path={props.ctx.path}>
      <section class="admin login">
        <h1>{authText(lang, 'login_title')}</h1>
        <p>{authText(lang, 'login_intro')}</p>
        {props.error ? (
          <p class="form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/login" class="admin-form">
          <input type="hidden" name="csrf" value={props.loginCsrf} />
          <input type="hidden" name="next" value={props.next} />
          <p>
            <label for="username">{authText(lang, 'username')}</label>
            <input id="username" name="username" autocomplete="username" required maxlength={64} />
          </p>
          <p>
            <label for="password">{authText(lang, 'password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              maxlength={256}
            />
          </p>
          <button type="submit">{authText(lang, 'login_button')}</button>
        </form>
      </section>
    </Layout>
  );
}

function AdminFrame(props: { ctx: PageCtx; title: string; children?: unknown }) {
  const { lang, user } = props.ctx;
  return (
    <Layout lang={lang} title={props.title} nonce={props.ctx.nonce} path={props.ctx.path} current="/admin">
      <section class="admin">
        <nav class="admin-nav" aria-label={authText(lang, 'admin_title')}>
          <a href="/admin">{authText(lang, 'admin_title')}</a>
          {user?.role === 'admin' ? (
            <>
              {' · '}
              <a href="/admin/users">{authText(lang, 'users_title')}</a>
              {' · '}
              <a href="/admin/audit">{authText(lang, 'audit_title')}</a>
            </>
          ) : null}
          {user ? (
            <form method="post" action="/logout" class="inline-form">
              <input type="hidden" name="csrf" value={props.ctx.csrf} />
              <span>
                {authText(lang, 'signed_in_as', {
                  name: user.name,
                  role: authText(lang, user.role === 'admin' ? 'role_admin' : 'role_editor'),
                })}
              </span>{' '}
              <button type="submit">{authText(lang, 'logout_button')}</button>
            </form>
          ) : null}
        </nav>
        <h1>{props.title}</h1>
        {props.children as never}
      </section>
    </Layout>
  );
}

export function AdminHomePage(props: { ctx: PageCtx }) {
  const { lang } = props.ctx;
  return (
    <AdminFrame ctx={props.ctx} title={authText(lang, 'admin_title')}>
      <form method="get" action="/admin/incidents" class="admin-form">
        <label for="incident">{authText(lang, 'incident_id_hint')}</label>
        <input id="incident" name="id" required maxlength={200} />
        <button type="submit">{authText(lang, 'open_editor')}</button>
      </form>
    </AdminFrame>
  );
}

export function UsersPage(props: { ctx: PageCtx; users: UserSummary[]; error?: string | undefined }) {
  const { lang, csrf } = props.ctx;
  return (
    <AdminFrame ctx={props.ctx} title={authText(lang, 'users_title')}>
      {props.error ? (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{authText(lang, 'username')}</th>
            <th scope="col">{authText(lang, 'role')}</th>
            <th scope="col">{authText(lang, 'status')}</th>
            <th scope="col">{authText(lang, 'created')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr>
              <td>{u.name}</td>
              <td>{authText(lang, u.role === 'admin' ? 'role_admin' : 'role_editor')}</td>
              <td>{authText(lang, u.disabled ? 'disabled' : 'active')}</td>
              <td>
                <time datetime={u.created_at}>{u.created_at.slice(0, 16).replace('T', ' ')}</time>
              </td>
              <td>
                {u.disabled ? null : (
                  <form method="post" action={`/admin/users/${u.id}/disable`} class="inline-form">
                    <input type="hidden" name="csrf" value={csrf} />
                    <button type="submit">{authText(lang, 'disable')}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{authText(lang, 'add_user')}</h2>
      <form method="post" action="/admin/users" class="admin-form">
        <input type="hidden" name="csrf" value={csrf} />
        <p>
          <label for="new-name">{authText(lang, 'username')}</label>
          <input id="new-name" name="name" required maxlength={64} autocomplete="off" />
        </p>
        <p>
          <label for="new-role">{authText(lang, 'role')}</label>
          <select id="new-role" name="role">
            <option value="editor">{authText(lang, 'role_editor')}</option>
            <option value="admin">{authText(lang, 'role_admin')}</option>
          </select>
        </p>
        <p>
          <label for="new-password">{authText(lang, 'password')}</label>
          <input
            id="new-password"
            name="password"
            type="password"
            required
            minlength={12}
            maxlength={256}
            autocomplete="new-password"
          />
        </p>
        <button type="submit">{authText(lang, 'add_user')}</button>
      </form>
    </AdminFrame>
  );
}

export function AuditPage(props: { ctx: PageCtx; entries: AuditEntry[]; olderHref: string | null }) {
  const { lang } = props.ctx;
  return (
    <AdminFrame ctx={props.ctx} title={authText(lang, 'audit_title')}>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{authText(lang, 'at')}</th>
            <th scope="col">{authText(lang, 'actor')}</th>
            <th scope="col">{authText(lang, 'action')}</th>
            <th scope="col">{authText(lang, 'target')}</th>
            <th scope="col">IP hash</th>
            <th scope="col">{authText(lang, 'details')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>
                <time datetime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
              </td>
              <td>{e.actor_name ?? e.actor ?? '—'}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.target ?? '—'}</td>
              <td>
                <code>{e.ip_hash ? e.ip_hash.slice(0, 12) : '—'}</code>
              </td>
              <td>
                <code>{JSON.stringify(e.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.olderHref ? <a href={props.olderHref}>{authText(lang, 'older')}</a> : null}
    </AdminFrame>
  );
}

export interface EditableField {
  field: string;
  /** The current value as the editor sees it in the form (JSON for structured values). */
  current: string;
  quote: string | null;
  origin: string | null;
}

export function EditIncidentPage(props: {
  ctx: PageCtx;
  incident: { id: string; slug: string; title: string };
  fields: EditableField[];
  corrections: { field: string; to: unknown; by: string | null; reason: string | null; at: string }[];
  message?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, csrf } = props.ctx;
  const inc = props.incident;
  return (
    <AdminFrame ctx={props.ctx} title={authText(lang, 'edit_title', { title: inc.title })}>
      <p>{authText(lang, 'edit_intro')}</p>
      <p>
        <a href={`/incidents/${encodeURIComponent(inc.slug)}`}>{inc.title}</a>
      </p>
      {props.message ? (
        <p class="form-ok" role="status">
          {props.message}
        </p>
      ) : null}
      {props.error ? (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.fields.map((f) => (
        <form
          method="post"
          action={`/admin/incidents/${inc.id}/edit`}
          class="admin-form fact-form"
          id={`f-${f.field}`}
        >
          <h2>
            {authText(lang, 'field')}: <code>{f.field}</code>
          </h2>
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="field" value={f.field} />
          <p>
            {authText(lang, 'current_value')}: <code>{f.current || authText(lang, 'none')}</code>
            {f.origin ? ` (${f.origin})` : ''}
          </p>
          {f.quote ? <blockquote>{f.quote}</blockquote> : null}
          <p>
            <label for={`v-${f.field}`}>{authText(lang, 'new_value')}</label>
            <textarea
              id={`v-${f.field}`}
              name="value"
              rows={2}
              required
              maxlength={10000}
              aria-describedby={`h-${f.field}`}
            >
              {f.current}
            </textarea>
            <small id={`h-${f.field}`}>{authText(lang, 'value_hint')}</small>
          </p>
          <p>
            <label for={`q-${f.field}`}>{authText(lang, 'quote')}</label>
            <input id={`q-${f.field}`} name="quote" maxlength={2000} />
          </p>
          <p>
            <label for={`r-${f.field}`}>{authText(lang, 'reason')}</label>
            <input id={`r-${f.field}`} name="reason" required minlength={3} maxlength={1000} />
          </p>
          <button type="submit">{authText(lang, 'save_correction')}</button>
        </form>
      ))}
      <h2>{authText(lang, 'corrections_history')}</h2>
      {props.corrections.length === 0 ? (
        <p>{authText(lang, 'none')}</p>
      ) : (
        <ul>
          {props.corrections.map((h) => (
            <li>
              <time datetime={h.at}>{h.at.replace('T', ' ').slice(0, 16)}</time> <code>{h.field}</code> →{' '}
              <code>{JSON.stringify(h.to)}</code> — {h.reason ?? ''} ({h.by ?? '?'})
            </li>
          ))}
        </ul>
      )}
    </AdminFrame>
  );
}
