import type { Context } from 'hono';
import type { Lang } from './i18n.js';
import { currentPath } from './render.js';
import type { AppEnv } from './types.js';

/** What every page needs from the request: language, CSP nonce, and the path for the language switch. */
export interface PageCtx {
  lang: Lang;
  nonce: string;
  path: string;
}

export function pageCtx(c: Context<AppEnv>): PageCtx {
  return { lang: c.get('lang') ?? 'ja', nonce: c.get('nonce') ?? '', path: currentPath(c) };
}

/** Only http(s) links from notices and datasets become hrefs: a `javascript:` URL stays text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
