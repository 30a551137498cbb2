import { describe, expect, it } from 'vitest';
import { etagFor, matchesEtag, PageMemo } from './page-memo.js';

describe('PageMemo', () => {
  it('keeps pages up to its size, dropping the least recently used first', () => {
    const memo = new PageMemo(40); // 20 UTF-16 units
    memo.set('a', ['aaaaaaaa']);
    memo.set('b', ['bbbbbbbb']);
    expect(memo.get('a')).toEqual(['aaaaaaaa']); // a is now the most recently used
    memo.set('c', ['cccccccc']);
    expect(memo.get('b')).toBeNull();
    expect(memo.get('a')).not.toBeNull();
    expect(memo.get('c')).not.toBeNull();
    memo.set('huge', ['x'.repeat(100)]);
    expect(memo.get('huge')).toBeNull();
    expect(memo.size).toBe(2);
  });

  it('matches If-None-Match lists, weak or strong', () => {
    const tag = etagFor('id|v|ja|/incidents/x');
    expect(etagFor('id|v|en|/incidents/x')).not.toBe(tag);
    expect(matchesEtag(`"zzz", ${tag}`, tag)).toBe(true);
    expect(matchesEtag(tag.slice(2), tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag(undefined, tag)).toBe(false);
  });
});
