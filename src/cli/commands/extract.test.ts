import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeNotice, register } from './extract.js';

describe('decodeNotice', () => {
  it('decodes UTF-8 and falls back to Shift_JIS', () => {
    expect(decodeNotice(new TextEncoder().encode('お知らせ'))).toBe('お知らせ');
    // 「お知らせ」 in Shift_JIS.
    const sjis = new Uint8Array([0x82, 0xa8, 0x92, 0x6d, 0x82, 0xe7, 0x82, 0xb9]);
    expect(decodeNotice(sjis)).toBe('お知らせ');
  });
});

describe('leakwatch extract', () => {
  const out: string[] = [];
  const err: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    out.length = 0;
    err.length = 0;
    process.exitCode = undefined;
  });

  it('prints one JSON line per notice, reports unreadable files and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-extract-'));
    try {
      const file = join(dir, 'notice.txt');
      writeFileSync(
        file,
        '株式会社サンプル商事\n2024年1月5日、不正アクセスを検知しました。氏名が流出した可能性があります。',
      );
      vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
        out.push(String(s));
        return true;
      });
      vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
        err.push(String(s));
        return true;
      });
      const program = new Command().exitOverride();
      register(program);
      await program.parseAsync(['node', 'leakwatch', 'extract', '--json', file, join(dir, 'missing.txt')]);
      const rec = JSON.parse(out.join('').trim()) as Record<string, unknown>;
      expect(rec.doc).toBe(file);
      expect(rec.organization).toBe('株式会社サンプル商事');
      expect(rec.detected).toBe('2024-01-05');
      expect(rec.leak_status).toBe('possible');
      expect(rec.data_classes).toEqual(['Names']);
      expect((rec.evidence as Record<string, { quote: string }>).detected?.quote).toMatch(/検知/);
      expect(err.join('')).toMatch(/cannot read .*missing\.txt: no such file/);
      expect(process.exitCode).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
