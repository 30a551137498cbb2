import { describe, expect, it } from 'vitest';
import { pageHref, pageParams } from './pagination.js';

describe('pagination', () => {
  it('keeps the query and drops page=1', () => {
    expect(pageHref('/search?q=naver', 2)).toBe('/search?q=naver&page=2');
    expect(pageHref('/search?q=naver&page=3', 1)).toBe('/search?q=naver');
  });
  it('turns bad page numbers into page 1', () => {
    expect(pageParams('3', 20)).toEqual({ page: 3, limit: 20, offset: 40 });
    for (const bad of [undefined, '0', '-1', 'abc', '1.5', '99999999'])
      expect(pageParams(bad, 20).page).toBe(1);
  });
});
