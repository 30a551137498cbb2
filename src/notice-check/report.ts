import type { NoticeCheckResult } from './types.js';

/**
 * The check as plain text for the terminal, in the draft's language: per regime, ✓ present items
 * with their quote and ✗ missing ones with a hint; the 第7条 triggers; the deadlines; suggestions.
 */
export function formatCheckReport(r: NoticeCheckResult): string {
  const L = r.lang;
  const out: string[] = [];
  if (!r.extractor)
    out.push(L === 'ja' ? '(抽出エンジンなし: ルールのみで判定)' : '(extractor unavailable: rules only)');
  for (const g of r.regimes) {
    out.push('', `${g.title[L]} — ${g.present}/${g.required}`);
    const since = g.effective_from ?? (L === 'ja' ? '改正前' : 'before the amendment');
    out.push(`  (${g.source}; ${L === 'ja' ? '適用' : 'rules'}: ${since})`);
    if (g.rules_status === 'not_yet_in_force')
      out.push(L === 'ja' ? `  ! ${g.judged_on} の時点では未施行` : `  ! not yet in force on ${g.judged_on}`);
    if (g.rules_status === 'earlier_rules_not_modelled')
      out.push(
        L === 'ja'
          ? `  ! ${g.judged_on} 時点の規定は未収録 (現在の項目を参考表示)`
          : `  ! rules in force on ${g.judged_on} not held (current items shown)`,
      );
    for (const i of g.items) {
      if (!i.required) {
        out.push(`  - ${i.label[L]} (${L === 'ja' ? '該当なし' : 'not applicable'})`);
      } else if (i.present) {
        out.push(`  ✓ ${i.label[L]} [${i.article}]`, `      “${i.quote ?? ''}”`);
      } else {
        out.push(`  ✗ ${i.label[L]} [${i.article}]`, `      → ${i.hint[L]}`);
      }
    }
  }
  if (r.regions.includes('jp')) {
    out.push('', L === 'ja' ? '報告義務 (規則第7条):' : 'Mandatory report (APPI Rules Art. 7):');
    for (const t of r.appi_reportability.triggers) {
      out.push(`  ${t.met ? '●' : '○'} ${t.label[L]}${t.quote ? ` — “${t.quote}”` : ''}`);
    }
  }
  out.push('', L === 'ja' ? '期限:' : 'Deadlines:');
  if (!r.detected)
    out.push(
      L === 'ja'
        ? '  (事態を知った日が不明: --detected で指定)'
        : '  (detection date unknown: give --detected)',
    );
  for (const d of r.deadlines) {
    const standing =
      d.standing === 'overdue'
        ? `${-d.days_left}d overdue`
        : d.standing === 'due_today'
          ? 'due today'
          : `${d.days_left}d left`;
    const applies =
      d.applies === 'no'
        ? L === 'ja'
          ? '  [該当しない]'
          : '  [not owed]'
        : d.applies === 'unknown'
          ? L === 'ja'
            ? '  [該当するか不明]'
            : '  [whether owed: unknown]'
          : '';
    out.push(`  ${d.window_start ? `${d.window_start}–` : ''}${d.due}  ${standing}  ${d.label[L]}${applies}`);
    if (d.condition) out.push(`      ${d.condition[L]}`);
  }
  if (r.appi_peers) {
    const p = r.appi_peers;
    const pct = (x: number) => Math.round(x * 100);
    out.push(
      '',
      L === 'ja'
        ? `実際の公表文との比較: 下書き ${p.draft}/${p.of} 項目; 公表文 ${p.n} 件の中央値 ${p.median} (下位25% ${p.p25}, 上位25% ${p.p75}); 下書きは ${pct(p.fewer)}% より多い`
        : `Beside real notices: draft ${p.draft}/${p.of} items; ${p.n} notices: median ${p.median} (p25 ${p.p25}, p75 ${p.p75}); the draft covers more than ${pct(p.fewer)}% of them`,
    );
  }
  if (r.response_timing) {
    const t = r.response_timing;
    out.push(
      '',
      L === 'ja'
        ? `検知から公表まで: ${t.detected} → ${t.notice}${t.notice_from === 'today' ? ' (今日公表した場合)' : ''}`
        : `Detection to notice: ${t.detected} → ${t.notice}${t.notice_from === 'today' ? ' (if published today)' : ''}`,
      `  ${t.placement.sentence[L]}`,
    );
  }
  if (r.suggestions.length) {
    out.push(
      '',
      L === 'ja'
        ? '類似事案の対策 (下書きに無いもの):'
        : 'Measures of comparable incidents (not in the draft):',
    );
    for (const s of r.suggestions)
      out.push(`  ${Math.round(s.share * 100)}% (${s.incidents}/${s.of})  ${s.label[L]}`);
  }
  return `${out.join('\n').trimStart()}\n`;
}
