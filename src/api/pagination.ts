/**
 * RFC 8288 `Link` header for an offset-paginated list: rel="next" while more items remain, and
 * rel="prev" past the first page. Other query parameters of the request are kept.
 *
 * @example pageLinks('http://x/api/v1/incidents?limit=20', { total: 45, limit: 20, offset: 0 })
 * // '<http://x/api/v1/incidents?limit=20&offset=20>; rel="next"'
 */
export function pageLinks(
  requestUrl: string,
  page: { total: number; limit: number; offset: number },
): string | null {
  const links: string[] = [];
  const at = (offset: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set('limit', String(page.limit));
    url.searchParams.set('offset', String(offset));
    return url.toString();
  };
  if (page.offset + page.limit < page.total) links.push(`<${at(page.offset + page.limit)}>; rel="next"`);
  if (page.offset > 0) links.push(`<${at(Math.max(0, page.offset - page.limit))}>; rel="prev"`);
  return links.length > 0 ? links.join(', ') : null;
}
