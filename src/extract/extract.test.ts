import { describe, expect, it } from 'vitest';
import { extract, extractAll, normalizeText } from './index.js';
import { EN_NOTICE, JA_NOTICE } from './testing/fixtures.js';
import type { NoticeFacts } from './types.js';

const values = <T>(list: { value: T }[]) => list.map((f) => f.value);

function evidenceIsExact(f: NoticeFacts, text: string): void {
  const norm = normalizeText(text);
  for (const v of Object.values(f)) {
    const list = Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : [];
    for (const fact of list as { evidence?: { quote: string; start: number; end: number } }[]) {
      if (!fact.evidence || fact.evidence.quote === '') continue;
      expect(norm.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.quote);
    }
  }
}

describe('extract — a Japanese notice', () => {
  const f = extract(JA_NOTICE);

  it('detects the language and reads the issuer from the letterhead', () => {
    expect(f.lang).toBe('ja');
    expect(f.organization?.value).toBe('株式会社サンプル商事');
  });

  it('reads stage, status and dates (本年 resolved against the notice date)', () => {
    expect(f.report_stage?.value).toBe('first');
    expect(f.leak_status?.value).toBe('possible');
    expect(f.published?.value).toBe('2024-06-10');
    expect(f.detected?.value).toBe('2024-05-20');
    expect(f.incident_start?.value).toBe('2024-05-01');
    expect(f.incident_end?.value).toBe('2024-05-20');
    expect(f.contained?.value).toBe('2024-05-20');
    expect(f.regulator_reported?.value).toBe('2024-05-22');
    expect(f.police_reported?.value).toBe('2024-05-24');
  });

  it('reads data classes from the list and honours the denial of card data', () => {
    expect(new Set(values(f.data_classes))).toEqual(
      new Set(['Names', 'Physical addresses', 'Phone numbers', 'Email addresses', 'Dates of birth']),
    );
  });

  it('reads causes and measures', () => {
    expect(new Set(values(f.causes))).toEqual(new Set(['sql_injection', 'vulnerability_exploit']));
    expect(new Set(values(f.measures))).toEqual(
      new Set([
        'access_blocked',
        'regulator_report',
        'police_report',
        'external_investigation',
        'individual_notification',
        'password_reset',
        'phishing_warning',
        'hotline',
      ]),
    );
  });

  it('reads the headline count with its qualifier, the scope and the contact desk', () => {
    expect(f.affected?.value).toEqual({ count: 12345, unit: 'people', qualifier: 'max' });
    expect(f.scope.map((s) => [s.value.from, s.value.to])).toContainEqual(['2023-04-01', '2024-05-20']);
    expect(f.contact?.value.phones).toEqual(['0120-000-123']);
    expect(f.contact?.value.emails).toEqual(['support@example.jp']);
    expect(f.contact?.value.hours).toMatch(/10:00~17:00/);
    expect(values(f.services)).toContain('サンプルストア');
  });

  it('quotes evidence that stands at its offsets in the normalised text', () => {
    evidenceIsExact(f, JA_NOTICE);
  });
});

describe('extract — an English notice', () => {
  const f = extract(EN_NOTICE);

  it('reads organisation, dates and status', () => {
    expect(f.lang).toBe('en');
    expect(f.organization?.value).toBe('Example Widgets Inc.');
    expect(f.detected?.value).toBe('2023-03-03');
    expect(f.incident_start?.value).toBe('2023-02-20');
    expect(f.incident_end?.value).toBe('2023-03-02');
    expect(f.leak_status?.value).toBe('possible');
  });

  it('reads data classes, skipping denied ones', () => {
    expect(new Set(values(f.data_classes))).toEqual(
      new Set(['Names', 'Social security numbers', 'Dates of birth']),
    );
  });

  it('reads counts, causes and measures', () => {
    expect(f.affected?.value).toEqual({ count: 1200, unit: 'people', qualifier: 'approx' });
    expect(values(f.causes)).toEqual(['phishing']);
    expect(new Set(values(f.measures))).toEqual(
      new Set([
        'individual_notification',
        'password_reset',
        'external_investigation',
        'police_report',
        'credit_monitoring_offered',
        'hotline',
      ]),
    );
  });

  it('quotes evidence at its offsets', () => {
    evidenceIsExact(f, EN_NOTICE);
  });
});

describe('extract — awkward input', () => {
  it('reads through HTML leftovers and full-width text', () => {
    const html = `<html><body><h1>個人情報漏えいのお知らせ</h1><p>株式会社テスト工房が運営する「テスト市場」で、お客様の氏名&nbsp;及び&nbsp;メールアドレス(１，２３４件)が漏えいしました。</p></body></html>`;
    const f = extract(html);
    expect(f.leak_status?.value).toBe('confirmed');
    expect(f.affected?.value.count).toBe(1234);
    expect(new Set(values(f.data_classes))).toEqual(new Set(['Names', 'Email addresses']));
    expect(f.organization?.value).toBe('株式会社テスト工房');
  });

  it('keeps what is visible in a notice cut off mid-sentence', () => {
    const f = extract(
      '2024年1月5日、当社サーバーへの不正アクセスを検知しました。流出した可能性のある情報は氏名、住',
    );
    expect(f.detected?.value).toBe('2024-01-05');
    expect(values(f.data_classes)).toContain('Names');
    expect(values(f.causes)).toEqual(['unauthorized_access']);
  });

  it('returns empty facts for empty text', () => {
    const f = extract('');
    expect(f.organization).toBeNull();
    expect(f.data_classes).toEqual([]);
  });

  it('honours an explicit language and notice date', () => {
    const f = extract('本年3月2日に判明しました。', { lang: 'ja', published: '2022-04-01' });
    expect(f.published?.value).toBe('2022-04-01');
    expect(f.detected?.value).toBe('2022-03-02');
  });
});

describe('extractAll', () => {
  it('splits a digest page holding several notices, with offsets into the whole text', () => {
    const page = `【セキュリティ事件簿#2099-001】株式会社ひとつめ 不正アクセスのお知らせ\n氏名が流出した可能性があります。\n【セキュリティ事件簿#2099-002】ふたつめ市 メール誤送信について\nメールアドレスが漏えいしました。`;
    const all = extractAll(page);
    expect(all).toHaveLength(2);
    expect(all[0]!.organization?.value).toBe('株式会社ひとつめ');
    expect(all[1]!.organization?.value).toBe('ふたつめ市');
    expect(values(all[1]!.causes)).toEqual(['misdelivery']);
    const norm = normalizeText(page);
    const ev = all[1]!.leak_status!.evidence;
    expect(norm.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('returns one result for an ordinary notice', () => {
    expect(extractAll(JA_NOTICE)).toHaveLength(1);
  });
});
