import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './types.js';

/**
 * Sends a JSX page with its doctype. Hono's JSX escapes every text and attribute value, so notice
 * text can never become markup here.
 *
 * @example return renderPage(c, <Layout …>…</Layout>)
 */
export async function renderPage(
  c: Context<AppEnv>,
  page: JSX.Element,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const html = await page.toString();
  // Pages differ by language: caches must key on the inputs pickLang reads.
  // (Cache-Control defaults to no-cache in the base middleware; a page may set its own.)
  c.header('Vary', 'Accept-Language, Cookie', { append: true });
  return c.html(`<!doctype html>${html}`, status);
}

/** The path and query of the request, for the language switch link. */
export function currentPath(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}
