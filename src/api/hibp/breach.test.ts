import { describe, expect, it } from 'vitest';
import { breachName, escapeHtml, hibpTime, ownName } from './breach.js';

describe('breachName', () => {
  const inc = { slug: '2026-sample-shoji-08a720', id: '01a213d5-d0a7-71a4-9747-95813a08a720' };
  it("keeps HIBP's Name for records imported from HIBP", () => {
    expect(breachName(inc, 'hibp:Adobe')).toBe('Adobe');
    expect(breachName(inc, 'starter:hibp-Mac-Torrents')).toBe('Mac-Torrents');
  });
  it('derives an ASCII name from the slug otherwise, always with "_" (never in an HIBP Name)', () => {
    expect(breachName(inc, null)).toBe('2026_Sample_Shoji_08a720');
    expect(breachName(inc, 'starter:seed-naver-2013')).toBe('2026_Sample_Shoji_08a720');
    expect(ownName({ slug: 'adobe', id: 'x' })).toBe('Adobe_Incident');
    expect(ownName({ slug: 'サンプル', id: '01a2-b3' })).toBe('Incident_01a2b3');
  });
  it('is injective on lower-case slugs even ignoring case', () => {
    const slugs = ['ab-c', 'a-bc', 'abc', 'a-b-c', 'ab-c-2026'];
    const names = slugs.map((slug) => ownName({ slug, id: slug }).toLowerCase());
    expect(new Set(names).size).toBe(slugs.length);
  });
});

describe('formatting', () => {
  it('writes HIBP times to the second in UTC', () => {
    expect(hibpTime('2026-04-01T09:30:00.123Z')).toBe('2026-04-01T09:30:00Z');
    expect(hibpTime('2026-04-01T18:30:00+09:00')).toBe('2026-04-01T09:30:00Z');
  });
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom&#39;s &#38; co&#60;/a&#62;',
    );
  });
});
