import type { IncidentRecordInput } from '../incidents/record.js';

/**
 * Fictional incident records for the benchmark and export tests (no real organisation or person):
 * four SQL-injection cases of similar size, one small one, a ransomware case and a misdirected email.
 */
export function sampleRecords(): IncidentRecordInput[] {
  const sqli = (
    n: number,
    detected: string,
    published: string,
    measures: IncidentRecordInput['measures'],
  ) => ({
    key: `test:sqli-${n}`,
    source: 'test',
    lang: 'ja' as const,
    title: `サンプル通販${n}への不正アクセス`,
    organization: { name: `株式会社サンプル通販${n}`, aliases: [`Sample Shop ${n}`] },
    published,
    detected,
    contained: detected,
    incident_start: '2024-01-01',
    affected: { count: 3000 + n, unit: 'people' as const, qualifier: 'exact' as const },
    data_classes: ['Names' as const, 'Email addresses' as const, 'Credit cards' as const],
    causes: ['sql_injection' as const],
    measures,
    leak_status: 'possible' as const,
  });
  return [
    sqli(1, '2024-03-01', '2024-03-02', ['password_reset', 'external_investigation']),
    sqli(2, '2024-02-01', '2024-02-11', ['external_investigation', 'firewall_waf']),
    sqli(3, '2024-02-01', '2024-02-15', ['external_investigation', 'card_data_non_retention']),
    sqli(4, '2024-02-01', '2024-03-02', ['firewall_waf']),
    {
      ...sqli(5, '2024-02-01', '2024-02-03', ['hotline']),
      affected: { count: 40, unit: 'people', qualifier: 'exact' },
    },
    {
      key: 'test:ransom',
      source: 'test',
      title: 'サンプル市立病院のランサムウェア被害',
      organization: { name: 'サンプル市立病院', aliases: ['Sample City Hospital'] },
      published: '2023-11-10',
      detected: '2023-11-01',
      affected: { count: 120000, unit: 'people', qualifier: 'max' },
      data_classes: ['Names', 'Personal health data'],
      causes: ['ransomware'],
      measures: ['external_investigation', 'police_report'],
      leak_status: 'possible',
    },
    {
      key: 'test:misdelivery',
      source: 'test',
      title: '=サンプル協会のメール誤送信, "BCC"',
      organization: { name: '一般社団法人サンプル協会', aliases: ['Sample Association'] },
      published: '2024-05-20',
      detected: '2024-05-17',
      affected: { count: 250, unit: 'people', qualifier: 'exact' },
      data_classes: ['Email addresses'],
      causes: ['misdelivery'],
      measures: ['staff_training'],
      leak_status: 'confirmed',
    },
  ];
}

/**
 * `count` fictional ransomware incidents at US health organisations (the sector given as a dataset
 * gives it), 500 people each, the k-th disclosed k days after detection (k = 1 … count), so that
 * segments reach the n ≥ 20 the benchmarks need before they show a figure.
 */
export function healthRecords(count = 24): IncidentRecordInput[] {
  return Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    const day = String(k + 1).padStart(2, '0');
    return {
      key: `test:health-${k}`,
      source: 'test',
      lang: 'en' as const,
      country: 'US',
      sector: 'health' as const,
      title: `Example Care Group ${k} ransomware`,
      organization: { name: `Example Care Group ${k}` },
      detected: '2024-06-01',
      published: k <= 29 ? `2024-06-${day}` : null,
      affected: { count: 500, unit: 'people' as const, qualifier: 'exact' as const },
      causes: ['ransomware' as const],
    };
  });
}
