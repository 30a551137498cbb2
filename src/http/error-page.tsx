import type { Context } from 'hono';
import type { Lang } from './i18n.js';
import { Layout } from './layout.js';
import { siteText } from './messages/index.js';
import { currentPath, renderPage } from './render.js';
import type { AppEnv } from './types.js';

/** The statuses an error page is sent with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 429 | 431 | 500 | 502 | 503;

/** Maps any status to one the error page uses (unknown 4xx → 400, unknown 5xx → 500). */
export function errorStatus(status: number): ErrorStatus {
  const known = [400, 401, 403, 404, 409, 413, 414, 415, 422, 429, 431, 500, 502, 503];
  if (known.includes(status)) return status as ErrorStatus;
  return status >= 500 ? 500 : 400;
}

/** The error page body, in the page language. */
export function ErrorPage(props: { lang: Lang; status: number; message?: string; requestId?: string }) {
  const { lang, status } = props;
  const title = errorTitle(lang, status);
  const body =
    props.message ??
    (status === 404
      ? siteText(lang, 'error_404_body')
      : status === 414 || status === 431
        ? siteText(lang, `error_${status}_body`)
        : status < 500
          ? siteText(lang, 'error_4xx_body')
          : siteText(lang, 'error_500_body'));
  return (
    <section class="error-page">
      <p class="error-status">{status}</p>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href="/">{siteText(lang, 'error_back_home')}</a>
      </p>
      {props.requestId && status >= 500 ? (
        <p class="muted">{siteText(lang, 'error_request_id', { id: props.requestId })}</p>
      ) : null}
    </section>
  );
}

function errorTitle(lang: Lang, status: number): string {
  if (status === 404) return siteText(lang, 'error_404_title');
  if (status === 401 || status === 403) return siteText(lang, 'error_403_title');
  if (status === 429) return siteText(lang, 'error_429_title');
  if (status === 414 || status === 431) return siteText(lang, `error_${status}_title`);
  return status < 500 ? siteText(lang, 'error_400_title') : siteText(lang, 'error_500_title');
}

/** Renders an error page in the request's language (falls back to Japanese before middleware ran). */
export function renderError(c: Context<AppEnv>, status: ErrorStatus, message?: string): Promise<Response> {
  const lang = c.get('lang') ?? 'ja';
  const nonce = c.get('nonce') ?? '';
  const title = errorTitle(lang, status);
  return renderPage(
    c,
    <Layout lang={lang} title={title} nonce={nonce} path={currentPath(c)}>
      <ErrorPage
        lang={lang}
        status={status}
        {...(message !== undefined ? { message } : {})}
        {...(c.get('requestId') ? { requestId: c.get('requestId') } : {})}
      />
    </Layout>,
    status,
  );
}

/**
 * Whether an error should be answered with an HTML page rather than JSON: browsers navigating to a
 * page ask for text/html; API clients do not (and /api paths always get JSON).
 */
export function wantsHtml(c: Context): boolean {
  if (c.req.path.startsWith('/api')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}
