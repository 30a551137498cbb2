import type { Command } from 'commander';
import { AppError } from '../../errors.js';
import { factValueText as factText } from '../../http/fact-text.js';
import { stageLabel } from '../../http/format.js';
import { LANGS, type Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import { sourceInfo } from '../../http/source-names.js';
import type { IncidentDetail, IncidentFacts, MergedFact } from '../../incidents/types.js';
import { withReadDb } from './open-db.js';

/** The order facts are shown in: what happened first, then dates, then the rest. */
const FIELD_ORDER: (keyof IncidentFacts)[] = [
  'organization',
  'services',
  'leak_status',
  'affected',
  'counts',
  'data_classes',
  'causes',
  'measures',
  'incident_start',
  'incident_end',
  'detected',
  'contained',
  'published',
  'regulator_reported',
  'police_reported',
  'resumed',
  'report_stage',
  'scope',
  'contact',
];

const TEXT = {
  ja: {
    notices: 'お知らせ ({n}件)',
    untitled: '(題名なし)',
    history: '変更の履歴',
    related: '関連する事案',
    no_facts: '(事実はまだありません)',
    origin_correction: '編集者の訂正',
    open: '「',
    close: '」',
  },
  en: {
    notices: 'Notices ({n})',
    untitled: '(untitled)',
    history: 'History',
    related: 'Related incidents',
    no_facts: '(no facts yet)',
    origin_correction: "an editor's correction",
    open: '“',
    close: '”',
  },
} as const;

/** Columns a string takes in a terminal: East Asian wide characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(1, width - displayWidth(s)));
}

/** A quote on one line, cut at `max` characters. */
function oneLine(quote: string, max = 160): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** The fact entries of a field (one, or a list), with a value. */
function entries(f: unknown): MergedFact<unknown>[] {
  if (Array.isArray(f)) return f as MergedFact<unknown>[];
  if (f && typeof f === 'object' && 'value' in f) return [f as MergedFact<unknown>];
  return [];
}

/**
 * Plain-text rendering of an incident in the reader's language: each fact with the site's label and
 * value wording (the same tables as the incident page), the quote of the notice it was read from (or
 * where it came from otherwise), the notices, the history of changes and related incidents.
 *
 * @example renderIncident(incident, 'ja')
 * // 'サンプル通販への不正アクセス\n2026-sample-…\n\n  原因            不正アクセス\n                  「…第三者による不正アクセス…」\n…'
 */
export function renderIncident(inc: IncidentDetail, lang: Lang): string {
  const t = TEXT[lang];
  const lines: string[] = [inc.title, `${inc.slug}  (${inc.id})`];
  if (inc.source !== 'notice') {
    const source = sourceInfo(inc.source, inc.source_url, lang);
    lines.push(
      `${siteText(lang, 'incident_source')}: ${source.name}${source.href ? `  ${source.href}` : ''}`,
    );
  }
  lines.push('');
  const facts = inc.facts as unknown as Record<string, unknown>;
  const fields = [
    ...FIELD_ORDER,
    ...(Object.keys(facts) as (keyof IncidentFacts)[]).filter((f) => !FIELD_ORDER.includes(f)),
  ];
  const shown = fields.filter((f) => entries(facts[f]).some((e) => e.value !== null));
  const labelOf = (f: keyof IncidentFacts) => siteText(lang, `field_${f}`);
  const width = Math.max(0, ...shown.map((f) => displayWidth(labelOf(f)))) + 2;
  const indent = ' '.repeat(2 + width);
  for (const field of shown) {
    const es = entries(facts[field]).filter((e) => e.value !== null);
    const value = Array.isArray(facts[field])
      ? factText(
          field,
          es.map((e) => e.value),
          lang,
        )
      : factText(field, es[0]!.value, lang);
    lines.push(`  ${pad(labelOf(field), width)}${value}`);
    // Each distinct quote once (a list's items often share one sentence of the notice).
    const quotes = [...new Set(es.map((e) => e.evidence?.quote).filter((q): q is string => Boolean(q)))];
    // A quote that only repeats the value (a name) says nothing more.
    for (const q of quotes) if (oneLine(q) !== value) lines.push(`${indent}${t.open}${oneLine(q)}${t.close}`);
    // Without a quote: an editor's correction says so; an imported fact's source is said once, above.
    if (quotes.length === 0 && es.some((e) => e.origin === 'correction'))
      lines.push(`${indent}(${t.origin_correction})`);
  }
  if (shown.length === 0) lines.push(`  ${t.no_facts}`);

  lines.push('', t.notices.replace('{n}', String(inc.notices.length)));
  for (const n of inc.notices) {
    lines.push(
      `  ${n.published ?? '----------'}  ${pad(stageLabel(n.report_stage, lang), 12)}${n.title ?? t.untitled}`,
    );
    if (n.url) lines.push(`    ${n.url}`);
  }
  // As on the incident page: a fact first set by the first notice (or an import) is no change.
  const first = [...inc.notices].sort((a, b) =>
    (a.published ?? a.fetched_at).localeCompare(b.published ?? b.fetched_at),
  )[0]?.id;
  const changes = inc.history.filter(
    (h) => !(h.kind === 'set' && (h.notice_id === null || h.notice_id === first)),
  );
  if (changes.length > 0) {
    lines.push('', `${t.history}:`);
    for (const h of changes) {
      const field = labelOf(h.field);
      const to = factText(h.field, h.to, lang);
      const text =
        h.kind === 'corrected'
          ? siteText(lang, 'history_corrected', {
              field,
              from: factText(h.field, h.from, lang),
              to,
              reason: h.reason ?? '',
            })
          : h.kind === 'changed'
            ? siteText(lang, 'history_changed', { field, from: factText(h.field, h.from, lang), to })
            : siteText(lang, 'history_set', { field, to });
      const from = inc.notices.find((n) => n.id === h.notice_id);
      lines.push(
        `  ${h.at.slice(0, 10)}  ${text}${from ? ` (${stageLabel(from.report_stage, lang) || from.published})` : ''}`,
      );
    }
  }
  if (inc.related.length > 0) {
    lines.push('', `${t.related}:`);
    for (const r of inc.related) lines.push(`  ${r.slug}  ${r.title}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The language the CLI speaks when not told: Japanese when the locale says so (LC_ALL, LC_MESSAGES,
 * LANG, as POSIX orders them), else English.
 *
 * @example localeLang({ LANG: 'ja_JP.UTF-8' }) // 'ja'
 */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}

/** `leakwatch show ID`: one incident with its facts (and their quotes), notices and history. */
export function register(program: Command): void {
  program
    .command('show')
    .description('Show an incident: its facts with the quote each was read from, its notices and history')
    .argument('<id>', 'incident id or slug (from `leakwatch search`)')
    .option('--json', 'print the incident as JSON')
    .option('--lang <lang>', 'ja or en (default: from the locale, LANG)')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch show 2013-naver-1a2b3c
  leakwatch show 2013-naver-1a2b3c --lang en
  leakwatch show 019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d --json`,
    )
    .action(async (id: string, opts: { json?: boolean; lang?: string }) => {
      if (opts.lang !== undefined && !(LANGS as readonly string[]).includes(opts.lang))
        throw new AppError('bad_request', `--lang must be ja or en, not “${opts.lang}”`);
      const lang = (opts.lang as Lang | undefined) ?? localeLang();
      await withReadDb(async (db) => {
        const { createReader } = await import('../../store/reader.js');
        const inc = await createReader(db).getIncident(id);
        if (!inc)
          throw new AppError(
            'not_found',
            lang === 'ja' ? `事案が見つかりません: “${id}”` : `No incident with id or slug “${id}”`,
          );
        process.stdout.write(opts.json ? `${JSON.stringify(inc, null, 2)}\n` : renderIncident(inc, lang));
      });
    });
}
