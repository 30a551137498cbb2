import { describe, expect, it } from 'vitest';
import { barChart } from './chart.js';

describe('barChart', () => {
  const bars = [
    { label: '<script>alert(1)</script>', value: 3 },
    { label: 'SQLインジェクション', value: 1_200_000 },
  ];

  it('is an accessible SVG without inline styles, with labels escaped', () => {
    for (const horizontal of [true, false]) {
      const svg = barChart({ id: 'c', title: 'A & B', desc: 'figures', bars, horizontal });
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('role="img"');
      expect(svg).toContain('aria-labelledby="c-title c-desc"');
      expect(svg).toContain('<title id="c-title">A &amp; B</title>');
      expect(svg).not.toMatch(/<style|style="|<script/);
      expect(svg).not.toMatch(/ aria-label=/);
    }
  });

  it('returns the same SVG for the same figures (cached)', () => {
    const a = barChart({ id: 'd', title: 't', desc: 'd', bars });
    const b = barChart({ id: 'd', title: 't', desc: 'd', bars: bars.map((x) => ({ ...x })) });
    expect(b).toBe(a);
  });
});
