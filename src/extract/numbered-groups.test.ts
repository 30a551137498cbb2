import { describe, expect, it } from 'vitest';
import { numbered } from './numbered-groups.js';

describe('numbered', () => {
  it('makes named groups plain, numbers them in order and keeps back-references', () => {
    const { source, group } = numbered(
      String.raw`(?<![\d(])(?<y>\d{4})(?<sep>[/.])(\d{1,2})\k<sep>(?<d>\d{1,2})`,
      ['y', 'sep', 'd'],
    );
    expect(group).toEqual({ y: 1, sep: 2, d: 4 });
    const m = new RegExp(source).exec('on 2099/4/5 and 2099/4.5');
    expect(m?.[0]).toBe('2099/4/5');
    expect([m?.[group.y], m?.[group.sep], m?.[group.d]]).toEqual(['2099', '/', '5']);
    expect(new RegExp(source).exec('2099/4.5')).toBeNull();
    expect(m?.groups).toBeUndefined();
  });

  it('leaves escaped brackets, classes and look-arounds alone', () => {
    const { source, group } = numbered(String.raw`\((?<a>[(<]x)\)(?<=\))(?<b>y)`, ['a', 'b']);
    expect(group).toEqual({ a: 1, b: 2 });
    expect(new RegExp(source).exec('(<x)y')?.[2]).toBe('y');
  });

  it('matches as the named pattern does', () => {
    const named = /(?<y>(?:19|20)\d{2})年(?:(?<m>\d{1,2})月)?/g;
    const { source, group } = numbered(named.source, ['y', 'm']);
    const plain = new RegExp(source, 'g');
    const text = '2099年4月と2098年、1999年12月';
    const a = [...text.matchAll(named)].map((m) => [m.index, m.groups?.y, m.groups?.m]);
    const b = [...text.matchAll(plain)].map((m) => [m.index, m[group.y], m[group.m]]);
    expect(b).toEqual(a);
  });

  it('refuses names out of step with the source', () => {
    expect(() => numbered('(?<a>x)(?<b>y)', ['b', 'a'])).toThrow();
  });
});
