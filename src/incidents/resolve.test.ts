import { describe, expect, it } from 'vitest';
import { type IncidentRecordInput, SourceRecord } from './record.js';
import { dateAgreement, nameAgreement, resolveRecords, tokenWeights } from './resolve.js';

// Fictional organisations; the shapes follow the US lists (PRC, HHS, WA, CA).
function rec(key: string, name: string, extra: Partial<IncidentRecordInput> = {}): SourceRecord {
  const source = key.split(':')[0]!;
  return SourceRecord.parse({
    key,
    source,
    country: 'US',
    organization: { name },
    origin: { dataset: `${source}.csv`, row: 1 },
    ...extra,
  });
}

const filler = [
  'Springfield General Hospital',
  'Springfield University',
  'Shelbyville County Health Department',
  'Capital City Medical Center',
  'Ogdenville Blue Cross Blue Shield',
  'North Haverbrook Blue Cross Blue Shield',
  'Ogdenville Health Plan',
  'Brockway Health Plan',
  'Shelbyville Health Plan',
  'Springfield Health Center',
  'Capital City Health Plan',
].map((n, i) => rec(`prc:f${i}`, n, { published: `2010-${String(i + 1).padStart(2, '0')}-01` }));

describe('resolveRecords', () => {
  it('joins one breach across four lists and keeps a second breach of the organisation apart', () => {
    const records = [
      ...filler,
      rec('prc:1', 'Northwind Health Plan', {
        published: '2015-03-17',
        affected: { count: 11_000_000, unit: 'records', qualifier: 'exact' },
      }),
      rec('hhs:1', 'Northwind Health Plan, Inc.', {
        published: '2015-03-20',
        affected: { count: 10_400_000, unit: 'people', qualifier: 'exact' },
      }),
      rec('wa-ag:1', 'Northwind Health Plan', { published: '2015-04-01', detected: '2015-01-29' }),
      rec('ca-ag:1', 'Northwind Health Plan and affiliates', { incident_start: '2014-05-05' }),
      rec('hhs:2', 'Northwind Health Plan', { published: '2019-06-01' }),
    ];
    const { incidents } = resolveRecords(records);
    const northwind = incidents.filter((i) =>
      [i, ...i.also].some((r) => r.organization.name.startsWith('Northwind')),
    );
    expect(northwind).toHaveLength(2);
    const big = northwind.find((i) => i.also.length > 0)!;
    // HHS ranks last, so its record is the primary; the others are its `also`.
    expect(big.key).toBe('hhs:1');
    expect(big.also.map((r) => r.key).sort()).toEqual(['ca-ag:1', 'prc:1', 'wa-ag:1']);
  });

  it('joins a list that printed one breach twice, but never two breaches of one list', () => {
    const records = [
      ...filler,
      rec('hhs:10', 'Fabrikam (Working file)', { published: '2015-02-13' }),
      rec('hhs:11', 'Fabrikam, Inc. Affiliated Covered Entity', {
        published: '2015-03-13',
        affected: { count: 78_800_000, unit: 'people', qualifier: 'exact' },
      }),
      rec('prc:10', 'Fabrikam', {
        published: '2015-02-05',
        affected: { count: 80_000_000, unit: 'records', qualifier: 'exact' },
      }),
      rec('prc:11', 'Fabrikam', { published: '2015-04-20' }),
    ];
    const { incidents } = resolveRecords(records);
    const fab = incidents.filter((i) =>
      [i, ...i.also].some((r) => r.organization.name.startsWith('Fabrikam')),
    );
    expect(fab.map((i) => [i.key, ...i.also.map((r) => r.key)].sort())).toEqual([
      ['hhs:10', 'hhs:11', 'prc:10'],
      ['prc:11'],
    ]);
  });

  it('does not join organisations that share only words of a kind ("Blue Cross Blue Shield")', () => {
    const records = [
      ...filler,
      rec('prc:20', 'Excelsior Blue Cross Blue Shield', { published: '2015-09-10' }),
      rec('hhs:20', 'Blue Cross Blue Shield of Ogdenville', { published: '2015-09-11' }),
      rec('hhs:21', 'Excelsior Health Plan, Inc.', { published: '2015-09-09' }),
    ];
    const { incidents } = resolveRecords(records);
    const excelsior = incidents.find((i) => i.key === 'hhs:21')!;
    expect(excelsior.also.map((r) => r.key)).toEqual(['prc:20']);
  });

  it('keeps records of different countries apart', () => {
    const { incidents } = resolveRecords([
      ...filler,
      rec('prc:30', 'Finish Lane', { published: '2013-07-19' }),
      rec('jp:30', 'Lane', { published: '2013-07-19', country: 'JP' }),
    ]);
    expect(incidents.every((i) => i.also.length === 0)).toBe(true);
  });

  it('is independent of input order', () => {
    const records = [
      ...filler,
      rec('prc:1', 'Northwind Health Plan', { published: '2015-03-17' }),
      rec('hhs:1', 'Northwind Health Plan, Inc.', { published: '2015-03-20' }),
    ];
    expect(resolveRecords([...records].reverse())).toEqual(resolveRecords(records));
  });
});

describe('agreement rules', () => {
  it('weighs shared words by rarity', () => {
    const w = tokenWeights(filler);
    expect(nameAgreement('Springfield University', 'Springfield General Hospital', w)).toBeLessThan(0.5);
    expect(nameAgreement('Northwind', 'Northwind Health Plan', w)).toBe(1);
  });

  it('keeps two members of one parent body apart (Japanese names written after a shared parent)', () => {
    const w = tokenWeights(filler);
    expect(
      nameAgreement(
        '国立大学法人さくら連合機構 あおば工業大学',
        '国立大学法人さくら連合機構 みなと商科大学',
        w,
      ),
    ).toBe(0);
    expect(nameAgreement('国立大学法人さくら連合機構 あおば工業大学', 'あおば工業大学', w)).toBe(1);
  });

  it('lets a breach date precede a disclosure by up to two years, but not follow it', () => {
    expect(
      dateAgreement(
        { published: null, incident_start: '2014-05-05', detected: null },
        { published: '2015-03-17', incident_start: null, detected: null },
      ),
    ).not.toBeNull();
    expect(
      dateAgreement(
        { published: null, incident_start: '2015-06-05', detected: null },
        { published: '2015-03-17', incident_start: null, detected: null },
      ),
    ).toBeNull();
    expect(
      dateAgreement(
        { published: '2015-03-17', incident_start: null, detected: null },
        { published: '2016-03-17', incident_start: null, detected: null },
      ),
    ).toBeNull();
  });
});
