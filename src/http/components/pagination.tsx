import type { Lang } from '../i18n.js';
import { siteText } from '../messages/index.js';

/** URL of page `page` (1-based) of a listing, keeping the other query parameters. */
export function pageHref(baseHref: string, page: number): string {
  const url = new URL(baseHref, 'http://x');
  if (page <= 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  return `${url.pathname}${url.search}`;
}

/**
 * Previous/next links and the page position. Pages are 1-based `?page=` parameters.
 *
 * @example <Pagination lang="ja" total={45} limit={20} offset={20} baseHref="/search?q=naver" />
 */
export function Pagination(props: {
  lang: Lang;
  total: number;
  limit: number;
  offset: number;
  baseHref: string;
}) {
  const { lang, total, limit, offset } = props;
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  const page = Math.floor(offset / limit) + 1;
  return (
    <nav class="pagination" aria-label={siteText(lang, 'pagination_label')}>
      {page > 1 ? (
        <a href={pageHref(props.baseHref, page - 1)} rel="prev">
          ← {siteText(lang, 'pagination_prev')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{siteText(lang, 'pagination_page', { page, pages })}</span>
      {page < pages ? (
        <a href={pageHref(props.baseHref, page + 1)} rel="next">
          {siteText(lang, 'pagination_next')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Reads `?page=` into a limit/offset pair; bad values become page 1. */
export function pageParams(
  raw: string | undefined,
  limit: number,
): { page: number; limit: number; offset: number } {
  const n = Number(raw);
  const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
  return { page, limit, offset: (page - 1) * limit };
}
