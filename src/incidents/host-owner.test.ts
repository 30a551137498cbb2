import { describe, expect, it } from 'vitest';
import { hostIsNamed, hostKey, namedHosts, nameLabel, nameLabels, sameOwnerLabel } from './host-owner.js';

describe("a host's owner label", () => {
  it("reads the label an organisation registers, a platform customer's own label", () => {
    expect(hostKey('news.tollerby.edu')).toBe('tollerby');
    expect(hostKey('help.tollerby-lending.com')).toBe('tollerbylending');
    expect(hostKey('tollerby-readers.wordpress.com')).toBe('tollerbyreaders');
    // Too short, or a word many hosts are made of.
    expect(hostKey('abc.com')).toBeNull();
    expect(hostKey('library.example')).toBeNull();
  });

  it("gives a name's labels: its words run together, a shorter run only before words of kind", () => {
    expect(nameLabels('Tollerby University')).toEqual(['tollerby', 'tollerbyuniversity']);
    expect(nameLabels('University of Tollerby')).toContain('tollerby');
    expect(nameLabels('Tollerby Lending, Inc.')).toEqual(['tollerby', 'tollerbylending']);
    // Tollerby Dental is not tollerby.com.
    expect(nameLabels('Tollerby Dental')).toEqual(['tollerbydental']);
    expect(nameLabel('Tollerby Lending, Inc.')).toBe('tollerby');
    // "The University" names no host.
    expect(nameLabel('University')).toBeNull();
  });

  it('reads a Japanese prefecture’s hosts as the prefecture’s (its name is no Latin word)', () => {
    expect(hostKey('web.pref.tottori.lg.jp')).toBe('pref.tottori');
    expect(hostKey('www.metro.tokyo.lg.jp')).toBe('pref.tokyo');
    expect(sameOwnerLabel('www.pref.tottori.jp', 'web.pref.tottori.lg.jp')).toBe(true);
    expect(hostIsNamed('web.pref.tottori.lg.jp', '鳥取県')).toBe(true);
    // A city under the prefecture, the prefecture's police: other bodies.
    expect(hostIsNamed('www.city.tottori.lg.jp', '鳥取県')).toBe(false);
    expect(nameLabels('鳥取県警')).toEqual([]);
  });

  it('tells one owner under two domains or platforms', () => {
    expect(sameOwnerLabel('lists.tollerby-readers.org', 'tollerbyreaders.wordpress.com')).toBe(true);
    expect(sameOwnerLabel('tollerby.com', 'tollerby.co.uk')).toBe(true);
    expect(sameOwnerLabel('tollerby.com', 'tollerbydental.com')).toBe(false);
    expect(hostIsNamed('help.tollerby.com', 'Tollerby Lending, Inc.')).toBe(true);
    expect(hostIsNamed('tollerbydental.com', 'Tollerby Lending, Inc.')).toBe(false);
    const reports = [{ organization: 'Tollerby Lending' }];
    expect(namedHosts('help.tollerby.com', ['tollerbylending.com'], reports)).toBe(true);
    expect(namedHosts('help.tollerby.com', ['wirenews.example'], reports)).toBe(false);
  });
});
