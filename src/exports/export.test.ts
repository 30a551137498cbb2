import { beforeAll, expect, it } from 'vitest';
import { sampleRecords } from '../peers/testing.js';
import { importRecords } from '../store/import.js';
import { createReader } from '../store/reader.js';
import { describeEachDialect } from '../store/testing.js';
import { exportIncidents } from './export.js';

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let s = '';
  for await (const c of gen) s += c;
  return s;
}

describeEachDialect('exports', (getDb) => {
  beforeAll(async () => {
    await importRecords(getDb(), sampleRecords());
  });
  const deps = () => ({ db: getDb(), reader: createReader(getDb()) });

  it('exports JSON across several pages', async () => {
    const json = JSON.parse(await collect(exportIncidents(deps(), { format: 'json', pageSize: 3 }))) as {
      slug: string;
      contained: string | null;
    }[];
    expect(json).toHaveLength(7);
    expect(new Set(json.map((i) => i.slug)).size).toBe(7);
    expect(json.filter((i) => i.contained !== null)).toHaveLength(5);
  });

  it('exports CSV with a BOM, a header, CRLF records and formula-safe cells', async () => {
    const csv = await collect(
      exportIncidents(deps(), { format: 'csv', bom: true, filter: { cause: 'misdelivery' } }),
    );
    expect(csv.startsWith('\uFEFFid,slug,title,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain('"\'=サンプル協会のメール誤送信, ""BCC"""');
    expect(lines[1]).toContain(',nonprofit,');
  });

  it('exports VERIS-shaped JSON, filtered', async () => {
    const v = JSON.parse(
      await collect(exportIncidents(deps(), { format: 'veris', filter: { cause: 'ransomware' } })),
    ) as Record<string, unknown>[];
    expect(v).toHaveLength(1);
    expect(v[0]!.action).toEqual({ Malware: { variety: ['Ransomware'], vector: ['Unknown'] } });
    expect(v[0]!.attribute).toMatchObject({
      confidentiality: { data_total: 120000, data_disclosure: 'Potentially' },
    });
  });

  it('exports an empty, valid JSON array when nothing matches', async () => {
    expect(await collect(exportIncidents(deps(), { format: 'json', filter: { year: 1999 } }))).toBe('[]\n');
  });
});
