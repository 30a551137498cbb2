import { describe, expect, it } from 'vitest';
import { entryTimes } from './atom.js';

const loadedToday = { updated_at: '2026-12-05T04:00:00.000Z', created_at: '2026-12-05T04:00:00.000Z' };

describe('Atom entry times', () => {
  it('an imported incident is dated by its disclosure, not by when it was loaded', () => {
    expect(entryTimes({ ...loadedToday, published: '2024-05-08', notice_count: 0 })).toEqual({
      published: '2024-05-08T00:00:00.000Z',
      updated: '2024-05-08T00:00:00.000Z',
    });
  });

  it('an incident built from notices is updated when a later report changed it', () => {
    const t = entryTimes({ ...loadedToday, published: '2026-03-02', notice_count: 2 });
    expect(t.published).toBe('2026-03-02T00:00:00.000Z');
    expect(t.updated).toBe('2026-12-05T04:00:00.000Z');
  });

  it('without a disclosure date the stored times stand', () => {
    expect(entryTimes({ ...loadedToday, published: null, notice_count: 0 }).published).toBe(
      loadedToday.created_at,
    );
  });
});
