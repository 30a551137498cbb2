import { describe, expect, it } from 'vitest';
import { AllowList, checkAddress, hostileName } from './address.js';
import { HOSTILE_ADDRESSES } from './testing/hostile.js';

describe('checkAddress', () => {
  it('has a table of at least 40 hostile addresses', () => {
    expect(HOSTILE_ADDRESSES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_ADDRESSES)('refuses %s', (host, reason) => {
    const v = checkAddress(host);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(reason);
  });

  it.each(['93.184.215.14', '8.8.8.8', '133.1.2.3', '[2606:4700::1111]', '2001:4860:4860::8888'])(
    'accepts the public address %s',
    (host) => {
      expect(checkAddress(host).ok).toBe(true);
    },
  );

  it('normalises the address it returns', () => {
    expect(checkAddress('0x7f.1', new AllowList(['127.0.0.1']))).toEqual({
      ok: true,
      address: '127.0.0.1',
      family: 4,
    });
  });

  it('lets an allow-list entry through, and nothing next to it', () => {
    const allow = new AllowList(['127.0.0.1', '10.1.0.0/16']);
    expect(checkAddress('127.0.0.1', allow).ok).toBe(true);
    expect(checkAddress('10.1.2.3', allow).ok).toBe(true);
    expect(checkAddress('127.0.0.2', allow).ok).toBe(false);
    expect(checkAddress('10.2.0.1', allow).ok).toBe(false);
    // An allowed IPv4 address is not thereby allowed in its IPv4-mapped IPv6 form.
    expect(checkAddress('[::ffff:127.0.0.1]', allow).ok).toBe(false);
  });

  it('rejects malformed allow-list entries', () => {
    expect(() => new AllowList(['not-an-ip'])).toThrow(/not an IP address/);
    expect(() => new AllowList(['10.0.0.0/99'])).toThrow(/CIDR/);
  });

  it('says a host name is not an address', () => {
    expect(checkAddress('example.com')).toEqual({ ok: false, reason: 'not an IP address: example.com' });
  });
});

describe('hostileName', () => {
  it.each(['localhost', 'LOCALHOST.', 'api.localhost', 'metadata.google.internal', 'metadata.goog'])(
    'refuses %s by name',
    (h) => {
      expect(hostileName(h)).toMatch(/not allowed/);
    },
  );
  it('lets ordinary names through to the DNS check', () => {
    expect(hostileName('www.example.co.jp')).toBeNull();
  });
});
