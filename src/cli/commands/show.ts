import type { Command } from 'commander';
import { AppError } from '../../errors.js';
import type { IncidentDetail } from '../../incidents/types.js';
import { withReadDb } from './open-db.js';

function fmt(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(fmt).join(', ') || '—';
  const o = v as Record<string, unknown>;
  if (typeof o.count === 'number' && typeof o.unit === 'string') {
    return `${o.qualifier === 'max' ? 'up to ' : o.qualifier === 'approx' ? 'about ' : ''}${o.count.toLocaleString('en-US')} ${o.unit}`;
  }
  return JSON.stringify(v);
}

/** Plain-text rendering of an incident: merged facts, notices, and each fact's history. */
export function renderIncident(inc: IncidentDetail): string {
  const lines: string[] = [];
  lines.push(inc.title, `${inc.slug}  (${inc.id})`, '');
  const facts = inc.facts as unknown as Record<string, unknown>;
  for (const [field, f] of Object.entries(facts)) {
    const value = Array.isArray(f)
      ? f.map((x: { value: unknown }) => x.value)
      : f && typeof f === 'object' && 'value' in f
        ? (f as { value: unknown }).value
        : null;
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    const origin =
      !Array.isArray(f) && f && typeof f === 'object' ? ` [${(f as { origin: string }).origin}]` : '';
    lines.push(`  ${field.padEnd(19)} ${fmt(value)}${origin}`);
  }
  lines.push('', `Notices (${inc.notices.length}):`);
  for (const n of inc.notices) {
    lines.push(
      `  ${n.published ?? '----------'} ${(n.report_stage ?? '-').padEnd(6)} ${n.title ?? '(untitled)'}`,
    );
    if (n.url) lines.push(`    ${n.url}`);
  }
  if (inc.history.length > 0) {
    lines.push('', 'History:');
    for (const h of inc.history) {
      const who =
        h.kind === 'corrected' ? ` by ${h.by}: ${h.reason}` : h.notice_id ? ` (notice ${h.notice_id})` : '';
      lines.push(`  ${h.at.slice(0, 10)} ${h.field}: ${h.kind} ${fmt(h.from)} → ${fmt(h.to)}${who}`);
    }
  }
  if (inc.related.length > 0) {
    lines.push('', 'Related incidents:');
    for (const r of inc.related) lines.push(`  ${r.slug}  ${r.title}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `leakwatch show ID`: one incident with its facts, notices and history. */
export function register(program: Command): void {
  program
    .command('show')
    .description('Show an incident: merged facts, its notices and the history of each fact')
    .argument('<id>', 'incident id or slug (from `leakwatch search`)')
    .option('--json', 'print the incident as JSON')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch show 2013-naver-1a2b3c
  leakwatch show 019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d --json`,
    )
    .action(async (id: string, opts: { json?: boolean }) => {
      await withReadDb(async (db) => {
        const { createReader } = await import('../../store/reader.js');
        const inc = await createReader(db).getIncident(id);
        if (!inc) throw new AppError('not_found', `No incident with id or slug “${id}”`);
        process.stdout.write(opts.json ? `${JSON.stringify(inc, null, 2)}\n` : renderIncident(inc));
      });
    });
}
