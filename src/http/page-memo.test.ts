import { describe, expect, it } from 'vitest';
import { etagFor, matchesEtag, PageMemo, pageBytes } from './page-memo.js';

describe('PageMemo', () => {
  it('keeps pages up to its size in bytes, dropping the least recently used first', () => {
    const memo = new PageMemo(20);
    memo.set('a', 'aaaaaaaa');
    memo.set('b', 'bbbbbbbb');
    expect(memo.get('a')?.parts).toEqual([Buffer.from('aaaaaaaa')]); // a is now the most recently used
    memo.set('c', 'cccccccc');
    expect(memo.get('b')).toBeNull();
    expect(memo.get('a')).not.toBeNull();
    expect(memo.get('c')).not.toBeNull();
    expect(memo.set('huge', 'x'.repeat(100)).bytes).toBe(100); // answered, not kept
    expect(memo.get('huge')).toBeNull();
    expect(memo.size).toBe(2);
  });

  it('keeps a page as UTF-8 bytes cut at its nonce slots, with the ETag of its key', () => {
    const memo = new PageMemo(1024);
    const kept = memo.set(
      'k',
      '<p>漏えい</p><script nonce="lw-nonce-slot-5c1f0e"></script><i nonce="lw-nonce-slot-5c1f0e"></i>',
    );
    expect(kept.etag).toBe(etagFor('k'));
    expect(kept.parts).toHaveLength(3);
    expect(pageBytes(memo.get('k')!, 'N0nce').toString('utf8')).toBe(
      '<p>漏えい</p><script nonce="N0nce"></script><i nonce="N0nce"></i>',
    );
    expect(pageBytes(memo.set('plain', '<p>x</p>'), 'N0nce').toString()).toBe('<p>x</p>');
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
