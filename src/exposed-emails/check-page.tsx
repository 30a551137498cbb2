import type { Context } from 'hono';
import { pageCtx } from '../http/context.js';
import { Layout } from '../http/layout.js';
import { renderPage } from '../http/render.js';
import type { AppDeps, AppEnv } from '../http/types.js';
import { emailCheckText } from './messages.js';
import { listedIncidents } from './store.js';

/**
 * `/check`: the browser hashes an email address (static/check.js) and asks /api/v1/range/{prefix}
 * with the first 5 hex digits only. The input has no `name`, so even a form submitted without
 * JavaScript sends nothing; the <noscript> text says why the check needs JavaScript.
 */
export async function checkPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const ctx = pageCtx(c);
  const { lang } = ctx;
  const lists = await listedIncidents(deps.db);
  return renderPage(
    c,
    <Layout
      lang={lang}
      title={emailCheckText(lang, 'check_title')}
      description={emailCheckText(lang, 'check_lead')}
      nonce={ctx.nonce}
      path={ctx.path}
      scripts={['check.js']}
      current="/check"
    >
      <h1>{emailCheckText(lang, 'check_title')}</h1>
      <p class="lead">{emailCheckText(lang, 'check_lead')}</p>
      <noscript>
        <p class="notice-box">{emailCheckText(lang, 'check_noscript')}</p>
      </noscript>
      <form
        class="search panel"
        id="check-form"
        action="#"
        novalidate
        data-msg-working={emailCheckText(lang, 'check_working')}
        data-msg-invalid={emailCheckText(lang, 'check_invalid')}
        data-msg-found={emailCheckText(lang, 'check_found')}
        data-msg-not-found={emailCheckText(lang, 'check_not_found')}
        data-msg-error={emailCheckText(lang, 'check_error')}
        data-msg-insecure={emailCheckText(lang, 'check_insecure')}
      >
        <label for="check-email" class="search-label">
          {emailCheckText(lang, 'check_label')}
        </label>
        <div class="search-row">
          {/* type=text, not email: browsers refuse to submit full-width or non-ASCII addresses as
              "invalid", yet NFKC makes them valid here. inputmode still brings up the email keyboard. */}
          <input
            id="check-email"
            type="text"
            inputmode="email"
            autocomplete="email"
            autocapitalize="none"
            spellcheck={false}
            maxlength={320}
            placeholder="taro@example.jp"
          />
          <button type="submit" id="check-button">
            {emailCheckText(lang, 'check_button')}
          </button>
        </div>
        <p class="muted">{emailCheckText(lang, 'check_plus_note')}</p>
      </form>
      <div id="check-result" role="status" aria-live="polite" />
      <section class="panel">
        <h2>{emailCheckText(lang, 'check_how_title')}</h2>
        <ol>
          <li>{emailCheckText(lang, 'check_how_1')}</li>
          <li>{emailCheckText(lang, 'check_how_2')}</li>
          <li>{emailCheckText(lang, 'check_how_3')}</li>
          <li>{emailCheckText(lang, 'check_how_4')}</li>
        </ol>
      </section>
      <section>
        <h2>{emailCheckText(lang, 'check_lists_title')}</h2>
        {lists.length === 0 ? (
          <p class="muted">{emailCheckText(lang, 'check_lists_none')}</p>
        ) : (
          <ul class="plain-list" id="check-incidents">
            {lists.map((l) => (
              <li data-incident-id={l.id}>
                <a href={`/incidents/${encodeURIComponent(l.slug)}`}>{l.title}</a>{' '}
                <span class="muted">({emailCheckText(lang, 'check_list_size', { n: l.hashCount })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>,
  );
}
