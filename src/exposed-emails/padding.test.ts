import { describe, expect, it } from 'vitest';
import { isId } from '../ids.js';
import { formatRange, PAD_BUCKET, PAD_MIN_LINES, paddedLineCount } from './padding.js';

const LINE = /^[0-9a-f]{59}:[0-9a-f-]{36}(,[0-9a-f-]{36})*$/;

function suffix(n: number): string {
  return n.toString(16).padStart(59, '0');
}

describe('formatRange', () => {
  it('pads an empty range to the minimum with lines of the real shape', () => {
    const body = formatRange([]);
    expect(body.endsWith('\n')).toBe(true);
    const lines = body.trimEnd().split('\n');
    expect(lines).toHaveLength(PAD_MIN_LINES);
    for (const l of lines) {
      expect(l).toMatch(LINE);
      expect(isId(l.slice(60))).toBe(true);
    }
    // Random each time: the padding cannot be subtracted by comparing two answers.
    expect(formatRange([])).not.toBe(body);
  });

  it('keeps every real entry, placed among the padding', () => {
    const entries = [
      { suffix: suffix(1), incidentIds: ['019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d'] },
      {
        suffix: suffix(2),
        incidentIds: ['019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d', '019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4e'],
      },
    ];
    const lines = formatRange(entries).trimEnd().split('\n');
    expect(lines).toHaveLength(PAD_MIN_LINES);
    expect(lines).toContain(`${suffix(1)}:019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d`);
    expect(lines).toContain(
      `${suffix(2)}:019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d,019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4e`,
    );
    expect(new Set(lines).size).toBe(PAD_MIN_LINES);
  });

  it('answers an over-full range in whole buckets', () => {
    expect(paddedLineCount(0)).toBe(PAD_MIN_LINES);
    expect(paddedLineCount(PAD_MIN_LINES)).toBe(PAD_MIN_LINES);
    expect(paddedLineCount(PAD_MIN_LINES + 1)).toBe(PAD_MIN_LINES + PAD_BUCKET);
    const many = Array.from({ length: 70 }, (_, i) => ({
      suffix: suffix(i),
      incidentIds: ['019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d'],
    }));
    expect(formatRange(many).trimEnd().split('\n')).toHaveLength(96);
  });

  it('never hands out a padding line twice, across the blocks lines are made in', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      for (const line of formatRange([]).trimEnd().split('\n')) {
        expect(line).toMatch(LINE);
        expect(seen.has(line)).toBe(false);
        seen.add(line);
      }
    }
    expect(seen.size).toBe(40 * PAD_MIN_LINES);
  });

  it('dates padding ids near the time asked for', () => {
    const now = Date.parse('2026-11-26T00:00:00Z');
    const line = formatRange([], now).split('\n')[0]!;
    const ms = Number.parseInt(line.slice(60, 68) + line.slice(69, 73), 16);
    expect(now - ms).toBeGreaterThan(0);
    expect(now - ms).toBeLessThan(2 * 2 ** 32);
  });
});
