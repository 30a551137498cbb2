import type { ReportDate } from './report-refs.js';

/**
 * How a news article or a repost tells of a body's notice: its lead names the body, then the day
 * it announced, then what it said (「株式会社サンプルは2024年5月9日、…と明らかにしました」
 * 「サンプル大学は5月9日付で、…を公表した」). The date standing between the subject and a comma is
 * the day of the announcement (an incident's own day is written into its clause: 「5月5日に
 * 不正アクセスを受けた」), so it names the report the article follows. Pure.
 */
const JA_NEWS_LEAD = new RegExp(
  String.raw`(?:は|が)、?\s?(?:(令和|平成)\s?(\d{1,2}|元)\s?年|(\d{4})\s?年)?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:\([^)]{1,3}\))?(?:付け?で?|に)?、` +
    String.raw`[^。\n]{0,160}?(?:明らかにし|発表し|公表し|公開し|発表いたし|公表いたし)(?:た|ました|ている|ています|ていた)`,
  'g',
);
const ERA: Record<string, number> = { 令和: 2018, 平成: 1988 };

/**
 * The days a news lead says a body announced on.
 *
 * @example newsLeadDates('サンプル工業株式会社は2024年5月9日、同社のサーバーが暗号化されたと明らかにしました。') // => [{ y: 2024, m: 5, d: 9 }]
 */
export function newsLeadDates(text: string): ReportDate[] {
  const out: ReportDate[] = [];
  for (const m of text.matchAll(JA_NEWS_LEAD)) {
    const y = m[1] ? ERA[m[1]]! + (m[2] === '元' ? 1 : Number(m[2])) : m[3] ? Number(m[3]) : null;
    out.push({ y, m: Number(m[4]), d: Number(m[5]) });
  }
  return out;
}
