import { describe, expect, it } from 'vitest';
import { pageLinks } from './pagination.js';

describe('pageLinks', () => {
  it('links the next page and keeps other parameters', () => {
    expect(
      pageLinks('https://x/api/v1/incidents?cause=ransomware', { total: 45, limit: 20, offset: 0 }),
    ).toBe('<https://x/api/v1/incidents?cause=ransomware&limit=20&offset=20>; rel="next"');
  });
  it('links prev and next in the middle, only prev on the last page, nothing on a single page', () => {
    const mid = pageLinks('https://x/a?limit=20&offset=20', { total: 45, limit: 20, offset: 20 });
    expect(mid).toBe(
      '<https://x/a?limit=20&offset=40>; rel="next", <https://x/a?limit=20&offset=0>; rel="prev"',
    );
    expect(pageLinks('https://x/a', { total: 45, limit: 20, offset: 40 })).toBe(
      '<https://x/a?limit=20&offset=20>; rel="prev"',
    );
    expect(pageLinks('https://x/a', { total: 3, limit: 20, offset: 0 })).toBeNull();
  });
});
