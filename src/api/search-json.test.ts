import { describe, expect, it } from 'vitest';
import type { IncidentSummary, Page, SearchHit } from '../incidents/types.js';
import { searchPageBytes } from './search-json.js';

const decoder = new TextDecoder();

function summary(id: string, title: string): IncidentSummary {
  return {
    id,
    slug: `sample-${id}`,
    title,
    organization: { id: `o${id}`, slug: 'sample-shoji', name: '株式会社サンプル商事' },
    services: [{ id: `s${id}`, slug: 'sample-mall', name: 'サンプルモール "Sample Mall"' }],
    published: '2026-03-10',
    incident_start: null,
    detected: null,
    affected: { count: 12000, unit: 'people', qualifier: 'max' },
    data_classes: ['Names', 'Email addresses'],
    causes: ['web_skimming'],
    measures: [],
    leak_status: 'confirmed',
    report_stage: 'final',
    notice_count: 2,
    source: 'fixture',
    source_url: null,
    lang: 'ja',
    created_at: '2026-03-10T00:00:00.000Z',
    updated_at: '2026-03-11T00:00:00.000Z',
  };
}

describe('searchPageBytes', () => {
  it('is exactly JSON.stringify of the page, in UTF-8, whatever the text holds', () => {
    const a = summary('1', 'サンプルモールへの不正アクセス\u2028(第一報) \\ "quoted" 😀');
    const b = summary('2', 'Example Widgets\ttab\nline');
    const pages: Page<SearchHit>[] = [
      { items: [], total: 0, limit: 20, offset: 0 },
      { items: [{ incident: a, matched: 'サンプル "商事"', score: 5.5 }], total: 1, limit: 1, offset: 0 },
      {
        items: [
          { incident: a, matched: 'さんぷる\u0000', score: 4 },
          { incident: b, matched: 'Widgets', score: 3.5 },
          { incident: a, matched: '😀', score: 1 },
        ],
        total: 345,
        limit: 3,
        offset: 40,
      },
    ];
    for (const page of pages) {
      // Twice: the second time from the kept summary bytes.
      expect(decoder.decode(searchPageBytes(page))).toBe(JSON.stringify(page));
      const bytes = searchPageBytes(page);
      expect(bytes).toEqual(new TextEncoder().encode(JSON.stringify(page)));
      expect(bytes.byteLength).toBe(bytes.buffer.byteLength); // its own buffer, fit to size
    }
  });
});
