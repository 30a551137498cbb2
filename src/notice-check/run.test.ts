import { describe, expect, it } from 'vitest';
import { runNoticeCheck } from './run.js';
import { APPI_KEYS, buildDraft, EN_DRAFT, JA_DRAFT } from './testing.js';
import type { NoticeCheckResult } from './types.js';

/** The same omission tests as check.test.ts, with the project's extractor feeding its facts in. */
const TODAY = '2025-04-03';

function missing(r: NoticeCheckResult, regime: string): string[] {
  return r.regimes
    .find((g) => g.regime === regime)!
    .items.filter((i) => i.required && !i.present)
    .map((i) => i.id);
}

describe('runNoticeCheck with the extractor', () => {
  it('uses the extracted facts: detection date, cause, quotes', async () => {
    const r = await runNoticeCheck(buildDraft(JA_DRAFT), { today: TODAY });
    expect(r.extractor).toBe(true);
    expect(r.detected).toBe('2025-04-01');
    expect(r.detected_from).toBe('text');
    expect(r.facts.causes).toContain('sql_injection');
    expect(missing(r, 'appi')).toEqual([]);
    expect(r.deadlines.find((d) => d.id === 'appi_final')?.due).toBe('2025-05-31');
  });

  for (const key of APPI_KEYS) {
    it(`reports appi.${key} missing`, async () => {
      const r = await runNoticeCheck(buildDraft(JA_DRAFT, [key]), { today: TODAY });
      expect(missing(r, 'appi')).toEqual([`appi.${key}`]);
    });
  }

  const gdpr: [string, string[]][] = [
    ['nature', ['nature']],
    ['subject_categories', ['subject_categories']],
    ['data_categories', ['data_categories']],
    ['numbers', ['numbers']],
    ['contact', ['contact']],
    ['consequences', ['consequences']],
    // Offering credit monitoring is itself a measure taken: drop it too.
    ['measures', ['measures', 'identity_theft_services']],
  ];
  for (const [key, omit] of gdpr) {
    it(`reports gdpr.${key} missing`, async () => {
      const r = await runNoticeCheck(buildDraft(EN_DRAFT, omit), { today: TODAY });
      expect(missing(r, 'gdpr')).toEqual([`gdpr.${key}`]);
    });
  }

  it('reports California items missing', async () => {
    for (const [id, omit] of [
      ['ca.contact', ['contact']],
      ['ca.types', ['data_categories']],
      ['ca.breach_date', ['nature']],
      ['ca.notice_date', ['date']],
      ['ca.title', ['title']],
    ] as const) {
      const r = await runNoticeCheck(buildDraft(EN_DRAFT, [...omit]), { today: TODAY });
      expect(missing(r, 'california'), id).toContain(id);
    }
  });

  it('falls back to rules alone without an engine', async () => {
    const r = await runNoticeCheck(buildDraft(JA_DRAFT), { today: TODAY }, { engine: null });
    expect(r.extractor).toBe(false);
    expect(missing(r, 'appi')).toEqual([]);
  });
});
