import { describe, expect, it } from 'vitest';
import { chooseOrganization, joinBy, type OrgClaim } from './org-join.js';

// Fictional organisations. A claim: an organisation giving the spelling as its name or an alias.
const byAlias = (id: string | null, nameKey: string): OrgClaim => ({ id, nameKey, asName: false });
const byName = (id: string, nameKey: string): OrgClaim => ({ id, nameKey, asName: true });

describe('joinBy', () => {
  it('joins through a spelling that one organisation gives', () => {
    expect(joinBy('Tameshi Kogyo', 'Tameshi Kogyo', [byAlias('o1', 'ためし工業')])).toBe('o1');
  });

  it('never joins through an alias two organisations give', () => {
    const claims = [byAlias('a', 'ゆめ遊戯'), byAlias('b', 'カクウネット')];
    expect(joinBy('旧カクウ', '旧カクウ', claims)).toBeNull();
  });

  it('counts the organisation being placed among those giving the alias', () => {
    // カクウネット lists 旧カクウ as an alias; so does the stored ゆめ遊戯: the spelling is shared.
    expect(joinBy('旧カクウ', 'カクウネット株式会社', [byAlias('a', 'ゆめ遊戯')])).toBeNull();
    // A spelling that is another organisation's own name names that organisation.
    expect(joinBy('株式会社ゆめ遊戯', 'Yume Yugi', [byName('a', 'ゆめ遊戯')])).toBe('a');
  });

  it("never joins through a parent body's name or a child body's name", () => {
    // A city's notice; its board of education gives the city's name as an alias.
    expect(joinBy('架空市', '架空市', [byAlias('board', '架空市教育委員会')])).toBeNull();
    // The board's notice; the city gives the board's name as an alias.
    expect(joinBy('架空市教育委員会', '架空市教育委員会', [byAlias('city', '架空市')])).toBeNull();
    // The board's record lists the city's name, which is the stored city's own name.
    expect(joinBy('架空市', '架空市教育委員会', [byName('city', '架空市')])).toBeNull();
    // A merged company's record lists a predecessor's name.
    expect(joinBy('ミライ', 'ミライヒカリ', [byName('m', 'ミライ')])).toBeNull();
  });

  it('joins through a domain that one stored organisation has, and through none that several have', () => {
    expect(joinBy('example.com', 'Example (2020 breach)', [byAlias('x', 'example(2019breach)')])).toBe('x');
    const two = [byAlias('x', 'example(2019breach)'), byAlias('y', 'other')];
    expect(joinBy('example.com', 'Example (2020 breach)', two)).toBeNull();
  });

  it('counts a claim not stored yet, but never joins to it', () => {
    expect(joinBy('カクウ', 'カクウ', [byAlias(null, 'カクウ商事')])).toBeNull();
  });
});

describe('chooseOrganization', () => {
  const table = new Map<string, OrgClaim[]>([
    ['ミドリ', [byName('midori', 'ミドリ'), byAlias('asahi', 'アサヒ電機')]],
    ['旧ミドリ', [byAlias('midori', 'ミドリ'), byAlias('asahi', 'アサヒ電機')]],
    // The stored ミドリ's own name in Latin letters (a kana ↔ romaji claim).
    ['Midori', [byName('midori', 'ミドリ')]],
    ['ミドリ電機', [byAlias('asahi', 'アサヒ電機')]],
  ]);
  const claimsOf = (s: string) => table.get(s) ?? [];

  it('picks the organisation whose own name it is, whoever else gives it as an alias', () => {
    expect(chooseOrganization('ミドリ', [], claimsOf)).toBe('midori');
  });

  it('creates rather than guessing when the spelling is shared', () => {
    expect(chooseOrganization('旧ミドリ', [], claimsOf)).toBeNull();
  });

  it('tries the aliases in turn', () => {
    expect(chooseOrganization('Midori Inc.', ['旧ミドリ', 'Midori'], claimsOf)).toBe('midori');
  });

  it("never takes another organisation's alias for one of its own aliases", () => {
    // アサヒ電機 gives ミドリ電機 as an alias; a record naming itself みどり商店 lists it too.
    expect(chooseOrganization('みどり商店', ['ミドリ電機'], claimsOf)).toBeNull();
  });
});
