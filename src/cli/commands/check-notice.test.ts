import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGIONS } from '../../notice-check/regimes/index.js';
import { REGION_CODES, register } from './check-notice.js';

// A fictional draft written for this test (Example Widgets Inc.).
const DRAFT = [
  'Notice of Data Breach',
  'On March 2, 2026, we discovered that an unauthorized party had accessed our order database.',
  'The information involved included names and email addresses of 300 customers.',
  'Call us toll-free at 800-555-0100.',
].join('\n');

async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['node', 'leakwatch', 'check-notice', ...args]);
  return out.join('');
}

describe('leakwatch check-notice --regions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-check-notice-'));
  const file = join(dir, 'draft.txt');
  writeFileSync(file, DRAFT);
  afterEach(() => vi.restoreAllMocks());

  it('checks the regions given, with their deadlines and thresholds, as JSON', async () => {
    const json = await run([
      file,
      '--json',
      '--no-suggestions',
      '--regions',
      'tx,wa',
      '--detected',
      '2026-03-02',
      '--today',
      '2026-03-05',
    ]);
    const r = JSON.parse(json) as {
      regions: string[];
      regimes: { regime: string; effective_from: string | null }[];
      deadlines: { id: string; due: string; applies: string }[];
    };
    expect(r.regions).toEqual(['tx', 'wa']);
    expect(r.regimes.map((g) => [g.regime, g.effective_from])).toEqual([
      ['texas', '2023-09-01'],
      ['washington', '2020-03-01'],
    ]);
    expect(r.deadlines.map((d) => [d.id, d.due, d.applies])).toEqual([
      ['texas_individuals', '2026-05-01', 'yes'],
      ['texas_attorney_general', '2026-04-01', 'yes'],
      ['washington_individuals', '2026-04-01', 'yes'],
      // 300 people: not more than 500.
      ['washington_attorney_general', '2026-04-01', 'no'],
    ]);
  });

  it('knows the same regions as the regimes table', () => {
    expect([...REGION_CODES]).toEqual([...REGIONS]);
  });

  it('refuses an unknown region', async () => {
    await expect(run([file, '--regions', 'jp,xx', '--no-suggestions'])).rejects.toThrow(/jp, eu, ca/);
  });

  it('prints the text report with the source and the condition', async () => {
    const text = await run([file, '--no-suggestions', '--regions', 'ca', '--detected', '2026-03-02']);
    expect(text).toContain('SB 446');
    expect(text).toContain('more than 500 California residents');
    rmSync(dir, { recursive: true, force: true });
  });
});
