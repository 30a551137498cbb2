import { normalizeOrgName } from './match.js';

/**
 * Which known organisation a notice's (or record's) organisation name means — the one rule that the
 * incremental ingest and import (src/store/names.ts findOrCreateOrganization) and the bulk loader
 * (src/store/bulk-load.ts) share. Pure: callers gather the claims, this decides.
 *
 * Aliases do not name one organisation each. Records give one spelling to several: 「LINE」 and
 * 「ヤフー」 are aliases of LINEヤフー as well as of LINE and of ヤフー; 「NHN Japan」 of a game
 * studio and of LINE. And a body's record lists its parent's name: 「大阪市」 on 大阪市教育委員会,
 * 「大阪市教育委員会」 on 大阪市. Joining through such a spelling files one organisation's incidents
 * under another, so a spelling decides the join only when exactly one organisation claims it and it
 * is neither a part nor a whole of that organisation's name or of the name being placed. Otherwise
 * the name gets an organisation of its own; the spelling stays an alias (search finds both).
 */

/**
 * An organisation that claims a spelling: as its own name (`asName`: the spelling is its name, in any
 * form or in the other script) or as one of its aliases. `id` is null for one known to claim it but
 * not stored yet (the bulk loader sees every record before it stores any).
 */
export interface OrgClaim {
  id: string | null;
  /** The organisation's own name, normalised (normalizeOrgName). */
  nameKey: string;
  asName: boolean;
}

/** The key a spelling is compared by (normalizeOrgName of its NFKC form). */
export function orgKey(spelling: string): string {
  return normalizeOrgName(spelling.normalize('NFKC').trim());
}

/** A spelling that is a domain name (example.co.jp), as the alias table types it. */
export function isDomainSpelling(spelling: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(spelling.trim());
}

/** One key begins with the other: 大阪市 / 大阪市教育委員会 (a parent body's name and its child's). */
function parentOrChild(a: string, b: string): boolean {
  return a !== b && (a.startsWith(b) || b.startsWith(a));
}

/**
 * The one organisation `spelling` names when placing an organisation called `name` (of which the
 * spelling is the name or an alias), or null when it names none, or more than one.
 *
 * A spelling that two organisations give as an alias — the one being placed among them when the
 * spelling is one of its aliases — is shared and decides nothing. Nor does one that begins or
 * continues the name of an organisation giving it as an alias: that is a parent's or a child body's
 * name (「大阪市」 on 大阪市教育委員会, 「大阪市教育委員会」 on 大阪市, 「LINE」 on LINEヤフー).
 * Otherwise the spelling names the organisation whose own name it is (when that one is not stored
 * yet, none), else the one stored organisation giving it as an alias. A domain is not a name: records of one organisation under
 * different names share it (HIBP's 「OGUsers (2019 breach)」 and 「OGUsers (2020 breach)」), so it
 * names the one stored organisation that has it, and none when several do.
 *
 * @example joinBy('Tameshi Kogyo', 'Tameshi Kogyo', [{ id: 'o1', nameKey: 'ためし工業', asName: false }]) // => 'o1'
 * @example joinBy('大阪市', '大阪市', [{ id: 'b', nameKey: '大阪市教育委員会', asName: false }]) // => null (a parent's name)
 * @example joinBy('旧カクウ', 'カクウネット', [{ id: 'a', nameKey: 'ゆめ', asName: false }]) // => null (shared)
 */
export function joinBy(spelling: string, name: string, claims: readonly OrgClaim[]): string | null {
  const key = orgKey(spelling);
  const own = orgKey(name);
  if (!key) return null;
  if (!isDomainSpelling(spelling)) {
    const claimants = new Set(claims.filter((c) => !c.asName).map((c) => c.nameKey));
    if (key !== own) claimants.add(own);
    if (claimants.size > 1 || [...claimants].some((c) => parentOrChild(key, c))) return null;
  }
  // By own name first; one known but not stored yet (id null) is no target, and no other is either.
  const named = new Map<string, string | null>();
  for (const c of claims) if (c.asName && !named.get(c.nameKey)) named.set(c.nameKey, c.id);
  if (named.size > 0) return named.size === 1 ? [...named.values()][0]! : null;
  const stored = new Set(
    claims.filter((c) => !c.asName && c.nameKey !== own && c.id !== null).map((c) => c.id),
  );
  return stored.size === 1 ? [...stored][0]! : null;
}

/**
 * The stored organisation `name` means, or null for a new one: the one whose own name it is, else the
 * one its first deciding spelling (the name, then each alias in turn) names (see joinBy).
 * `claimsOf(spelling)` lists the organisations that claim a spelling.
 *
 * @example chooseOrganization('（株）ためし工業', [], claimsOf) // => the id of 株式会社ためし工業
 */
export function chooseOrganization(
  name: string,
  aliases: readonly string[],
  claimsOf: (spelling: string) => readonly OrgClaim[],
): string | null {
  const own = orgKey(name);
  const named = claimsOf(name).find((c) => c.asName && c.nameKey === own && c.id !== null);
  if (named) return named.id;
  for (const spelling of [name, ...aliases]) {
    const id = joinBy(spelling, name, claimsOf(spelling));
    if (id) return id;
  }
  return null;
}
