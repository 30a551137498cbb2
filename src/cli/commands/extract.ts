import type { Command } from 'commander';
import type { FactField } from '../../extract/types.js';

const LABELS: Record<FactField, string> = {
  organization: '組織 Organization',
  services: 'サービス Services',
  report_stage: '報告段階 Report stage',
  published: '公表日 Published',
  incident_start: '発生 Incident start',
  incident_end: '終了 Incident end',
  detected: '発覚 Detected',
  contained: '封じ込め Contained',
  resumed: '再開 Resumed',
  regulator_reported: '当局報告 Regulator',
  police_reported: '警察 Police',
  affected: '影響 Affected',
  counts: '件数 Counts',
  data_classes: '漏えい項目 Data classes',
  causes: '原因 Causes',
  measures: '対応 Measures',
  leak_status: '漏えい状況 Leak status',
  scope: '対象範囲 Scope',
  contact: '窓口 Contact',
};

function shorten(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.count === 'number') {
    const q = o.qualifier === 'max' ? 'up to ' : o.qualifier === 'approx' ? 'about ' : '';
    const subject = typeof o.subject === 'string' && o.subject ? ` (${o.subject})` : '';
    return `${q}${o.count.toLocaleString('en-US')} ${String(o.unit)}${subject}`;
  }
  if (Array.isArray(o.phones)) {
    const parts = [
      o.name,
      ...(o.phones as string[]),
      ...(o.emails as string[]),
      ...(o.urls as string[]),
      o.hours,
    ].filter(Boolean);
    return parts.join(' / ');
  }
  if ('from' in o && 'to' in o) return `${String(o.fromTime ?? o.from)} – ${String(o.toTime ?? o.to)}`;
  return JSON.stringify(v);
}

/** `leakwatch extract FILE...`: the facts of each notice, as a readable summary or JSON lines. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract the facts of breach notices (text, HTML or PDF files) with their evidence')
    .argument('<files...>', 'notice files to read; "-" reads standard input')
    .option('--json', 'one JSON object per notice and line: doc, the GUIDE fields as plain values, evidence')
    .option('--lang <lang>', 'ja or en (default: detected from the text)')
    .option('--published <date>', 'the notice date when known from outside the text (YYYY-MM-DD)')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch extract notice.txt
  leakwatch extract --json notices/*.txt > facts.jsonl
  curl -s https://example.com/notice.html | leakwatch extract - --json

Files are read as \`ingest\` reads them: PDF (by its %PDF- signature), HTML (by its markup or
extension) or plain text (UTF-8, Shift_JIS, EUC-JP). Binary files and notices in languages other than
Japanese and English are refused. A file that holds several notices (a blog digest) gives one result
per notice. Unreadable files are reported and skipped; the exit status is 1 when any file failed.`,
    )
    .action(async (files: string[], opts: { json?: boolean; lang?: string; published?: string }) => {
      const { readFile } = await import('node:fs/promises');
      const { extractAll } = await import('../../extract/index.js');
      const { toPlain } = await import('../../extract/plain.js');
      const { loadDocument } = await import('../../text/document.js');
      const { assertSupportedLanguage } = await import('../../text/lang.js');
      const { normalizeText } = await import('../../text/normalize.js');
      const { isAppError } = await import('../../errors.js');
      if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en') {
        process.stderr.write(`leakwatch: --lang must be ja or en, not ${opts.lang}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
        process.stderr.write(`leakwatch: --published must be YYYY-MM-DD, not ${opts.published}\n`);
        process.exitCode = 2;
        return;
      }
      let failed = 0;
      for (const file of files) {
        let raw: string;
        let published = opts.published;
        try {
          let bytes: Uint8Array;
          if (file === '-') {
            const chunks: Buffer[] = [];
            for await (const c of process.stdin) chunks.push(c as Buffer);
            bytes = new Uint8Array(Buffer.concat(chunks));
          } else bytes = new Uint8Array(await readFile(file));
          // The same readers as ingest: PDF by signature, HTML by markup, text otherwise; binary refused.
          const doc = await loadDocument({ bytes, name: file === '-' ? null : file });
          raw = doc.text;
          published ??= doc.published;
          assertSupportedLanguage(normalizeText(raw));
        } catch (err) {
          failed++;
          const code = (err as NodeJS.ErrnoException).code;
          const why = isAppError(err)
            ? `${err.message} [${err.code}]`
            : code === 'ENOENT'
              ? 'no such file'
              : code === 'EISDIR'
                ? 'is a directory'
                : code === 'EACCES'
                  ? 'permission denied'
                  : (err as Error).message;
          process.stderr.write(`leakwatch: cannot read ${file}: ${why}\n`);
          continue;
        }
        const results = extractAll(raw, {
          ...(opts.lang ? { lang: opts.lang as 'ja' | 'en' } : {}),
          ...(published ? { published } : {}),
        });
        for (const facts of results) {
          const plain = toPlain(facts);
          if (opts.json) {
            process.stdout.write(`${JSON.stringify({ doc: file, ...plain })}\n`);
            continue;
          }
          const lines = [`== ${file} (${facts.lang})`];
          const rec = facts as unknown as Record<string, unknown>;
          for (const [key, label] of Object.entries(LABELS)) {
            const f = rec[key];
            if (Array.isArray(f)) {
              if (f.length === 0) continue;
              const values = f.map((x: { value: unknown }) => show(x.value));
              const q = (f[0] as { evidence: { quote: string } }).evidence.quote;
              lines.push(`  ${label.padEnd(26)} ${values.join(', ')}`);
              if (q) lines.push(`  ${''.padEnd(26)} «${shorten(q)}»`);
            } else if (f && typeof f === 'object') {
              const fact = f as { value: unknown; evidence: { quote: string } };
              lines.push(`  ${label.padEnd(26)} ${show(fact.value)}`);
              if (fact.evidence.quote) lines.push(`  ${''.padEnd(26)} «${shorten(fact.evidence.quote)}»`);
            }
          }
          if (lines.length === 1) lines.push('  (no facts found)');
          process.stdout.write(`${lines.join('\n')}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
