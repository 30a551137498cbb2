import { describe, expect, it } from 'vitest';
import { compareReportOrder, type MergeSource, mergeIncident } from './merge.js';
import { noticeToSourceFacts } from './record-facts.js';
import { fact, noticeFacts } from './testing.js';

function src(
  id: string,
  published: string | null,
  stage: 'first' | 'update' | 'final' | null,
  f: Parameters<typeof noticeFacts>[0],
): MergeSource {
  return {
    origin: 'notice',
    noticeId: id,
    facts: noticeToSourceFacts(noticeFacts({ ...f, ...(stage ? { report_stage: fact(stage) } : {}) })),
    published,
    stage,
    order: id,
    at: `2025-01-0${id.slice(-1)}T00:00:00Z`,
  };
}

describe('mergeIncident', () => {
  const first = src('n1', '2024-03-01', 'first', {
    published: fact('2024-03-01'),
    affected: fact({ count: 1000, unit: 'people', qualifier: 'approx' }),
    leak_status: fact('possible'),
    data_classes: [fact('Names')],
  });
  const second = src('n2', '2024-03-15', 'update', {
    published: fact('2024-03-15'),
    affected: fact({ count: 1200, unit: 'people', qualifier: 'max' }),
    data_classes: [fact('Names'), fact('Phone numbers')],
  });
  const final = src('n3', '2024-04-30', 'final', { leak_status: fact('not_found') });

  it('shows the latest value of each fact whatever order the notices arrived in', () => {
    for (const order of [
      [first, second, final],
      [final, second, first],
      [second, final, first],
    ]) {
      const { facts } = mergeIncident(order);
      expect(facts.affected?.value).toEqual({ count: 1200, unit: 'people', qualifier: 'max' });
      expect(facts.affected?.notice_id).toBe('n2');
      expect(facts.leak_status?.value).toBe('not_found');
      expect(facts.report_stage?.value).toBe('final');
      expect(facts.published?.value).toBe('2024-03-01');
      expect(facts.data_classes.map((d) => d.value)).toEqual(['Names', 'Phone numbers']);
    }
  });

  it('records set, changed and additions to sets with the notices that made them', () => {
    const { history } = mergeIncident([first, second, final]);
    const byField = (f: string) =>
      history.filter((h) => h.field === f).map((h) => [h.kind, h.from, h.to, h.noticeId, h.fromNoticeId]);
    expect(byField('leak_status')).toEqual([
      ['set', null, 'possible', 'n1', null],
      ['changed', 'possible', 'not_found', 'n3', 'n1'],
    ]);
    expect(byField('data_classes')).toEqual([
      ['set', null, ['Names'], 'n1', null],
      ['changed', ['Names'], ['Names', 'Phone numbers'], 'n2', null],
    ]);
    expect(byField('published')).toEqual([['set', null, '2024-03-01', 'n1', null]]);
  });

  it('applies corrections last, over any notice', () => {
    const { facts, history } = mergeIncident(
      [first, second],
      [
        {
          id: 'c1',
          field: 'affected',
          value: { count: 1150, unit: 'people', qualifier: 'exact' },
          quote: '1,150名',
          by: 'ed',
          reason: 'typo',
          at: '2025-02-01T00:00:00Z',
        },
      ],
    );
    expect(facts.affected).toMatchObject({
      value: { count: 1150 },
      origin: 'correction',
      evidence: { quote: '1,150名' },
    });
    expect(history.at(-1)).toMatchObject({
      kind: 'corrected',
      from: { count: 1200 },
      by: 'ed',
      reason: 'typo',
      fromNoticeId: 'n2',
    });
  });

  it('orders reports by date, then stage, then ingestion', () => {
    const a = src('n1', '2024-01-01', 'final', {});
    const b = src('n2', '2024-01-01', 'first', {});
    const c = src('n3', null, 'update', {});
    expect([a, b].sort(compareReportOrder).map((s) => s.noticeId)).toEqual(['n2', 'n1']);
    expect([c, b].sort(compareReportOrder).map((s) => s.noticeId)).toEqual(['n2', 'n3']);
  });
});
