import { describe, expect, it } from 'vitest';
import { appiAndOtherDeadlines } from './deadlines.js';

describe('appiAndOtherDeadlines', () => {
  it('gives 速報 3–5 days, 確報 30 days, GDPR 72 hours and the California 30-day benchmark', () => {
    const d = appiAndOtherDeadlines('2025-01-30', { malicious: false, today: '2025-02-01' });
    expect(d.map((x) => [x.id, x.window_start, x.due])).toEqual([
      ['appi_preliminary', '2025-02-02', '2025-02-04'],
      ['appi_final', null, '2025-03-01'],
      ['gdpr_authority', null, '2025-02-02'],
      ['california_individuals', null, '2025-03-01'],
    ]);
    expect(d[0]).toMatchObject({ days_left: 3, standing: 'open' });
    expect(d[2]).toMatchObject({ days_left: 1, standing: 'open' });
  });

  it('gives 60 days for the 確報 in an improper-purpose case (規則第8条第2項)', () => {
    const d = appiAndOtherDeadlines('2024-12-20', { malicious: true, today: '2024-12-20' });
    const final = d.find((x) => x.id === 'appi_final')!;
    expect(final.due).toBe('2025-02-18');
    expect(final.basis.ja).toContain('60日');
    expect(final.days_left).toBe(60);
  });

  it('reports due today and overdue', () => {
    const d = appiAndOtherDeadlines('2025-03-01', { malicious: false, today: '2025-03-04' });
    expect(d.find((x) => x.id === 'gdpr_authority')).toMatchObject({ standing: 'due_today', days_left: 0 });
    const late = appiAndOtherDeadlines('2025-03-01', { malicious: false, today: '2025-04-15' });
    expect(late.find((x) => x.id === 'appi_final')).toMatchObject({ standing: 'overdue', days_left: -15 });
  });
});
