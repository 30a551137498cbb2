import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePdf } from '../../text/fixtures/pdf.js';
import { register } from './extract.js';

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

  /** Runs `leakwatch extract --json` on files; returns the JSON records and stderr. */
  async function run(files: string[]): Promise<{ recs: Record<string, unknown>[]; stderr: string }> {
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
    await program.parseAsync(['node', 'leakwatch', 'extract', '--json', ...files]);
    const recs = out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    return { recs, stderr: err.join('') };
  }

  it('reads PDF, HTML and Shift_JIS text as ingest does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-extract-'));
    try {
      // Read as text, a PDF's bytes gave facts the notice never states; read as a PDF, its text layer.
      const pdf = join(dir, 'notice.pdf');
      writeFileSync(
        pdf,
        makePdf([
          [
            'Notice of Data Breach',
            'Example Widgets Inc. discovered on March 4, 2024 that an unauthorized party',
            'accessed names and email addresses of 1,250 customers.',
          ],
        ]),
      );
      const html = join(dir, 'notice.html');
      writeFileSync(html, readFileSync(join(import.meta.dirname, '../../text/fixtures/notice-ja.html')));
      // 「氏名が流出した可能性があります。」 in Shift_JIS, with no extension to go by.
      const sjis = join(dir, 'notice-sjis');
      writeFileSync(
        sjis,
        new Uint8Array([
          0x8e, 0x81, 0x96, 0xbc, 0x82, 0xaa, 0x97, 0xac, 0x8f, 0x6f, 0x82, 0xb5, 0x82, 0xbd, 0x89, 0xc2,
          0x94, 0x5c, 0x90, 0xab, 0x82, 0xaa, 0x82, 0xa0, 0x82, 0xe8, 0x82, 0xdc, 0x82, 0xb7, 0x81, 0x42,
        ]),
      );
      const { recs, stderr } = await run([pdf, html, sjis]);
      expect(stderr).toBe('');
      const [p, h, s] = recs;
      expect(p!.detected).toBe('2024-03-04');
      expect(p!.affected).toMatchObject({ count: 1250 });
      expect(p!.data_classes).toEqual(expect.arrayContaining(['Names', 'Email addresses']));
      // The HTML page's main text: its article, not its script or navigation.
      expect(h!.services).toEqual(['サンプルストア']);
      expect(h!.report_stage).toBe('first');
      expect(JSON.stringify(h)).not.toContain('tracking');
      expect(s!.leak_status).toBe('possible');
      expect(s!.data_classes).toEqual(['Names']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses binary input and notices in other languages, and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-extract-'));
    try {
      const bin = join(dir, 'random.txt');
      writeFileSync(bin, randomBytes(4096));
      const fakePdf = join(dir, 'fake.pdf');
      writeFileSync(fakePdf, 'not a pdf at all');
      const ko = join(dir, 'ko.txt');
      writeFileSync(
        ko,
        '개인정보 유출 사고에 관한 안내\n당사 쇼핑몰 서버가 공격을 받아 고객님의 이름이 유출되었습니다.',
      );
      const ok = join(dir, 'ok.txt');
      writeFileSync(ok, '株式会社サンプル商事\n氏名が流出した可能性があります。');
      const { recs, stderr } = await run([bin, fakePdf, ko, ok]);
      expect(recs).toHaveLength(1);
      expect(recs[0]!.doc).toBe(ok);
      expect(stderr).toMatch(/cannot read .*random\.txt: .*binary.*\[unsupported_media_type\]/);
      expect(stderr).toMatch(/cannot read .*fake\.pdf: .*%PDF-.*\[unprocessable_document\]/);
      expect(stderr).toMatch(
        /cannot read .*ko\.txt: 対応していない言語です\(韓国語\).*\[unsupported_language\]/,
      );
      expect(process.exitCode).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
