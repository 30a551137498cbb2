import { describe, expect, it } from 'vitest';
import { checkDraft } from '../check.js';
import type { NoticeCheckResult, Region } from '../types.js';
import { CALIFORNIA_SPEC } from './california.js';
import { deadlinesOn, REGIME_SPECS, REGIONS, versionOn } from './index.js';
import type { DeadlineContext } from './types.js';

// Fictional drafts written for these tests (Example Widgets Inc., 株式会社サンプル商事).
const EN = [
  'Notice of Data Breach',
  'What Happened',
  'On March 2, 2026, we discovered that an unauthorized party had accessed our order database between February 20 and March 1, 2026.',
  'What Information Was Involved',
  'The information involved included names, email addresses and order histories of 2,480 customers.',
  'What We Are Doing',
  'We blocked the attacker, reset all passwords and engaged an outside forensic firm. To prevent a recurrence we will introduce multi-factor authentication.',
  'We have notified the police, who are investigating; notification was not delayed by law enforcement.',
  'We are sending letters to the affected customers individually.',
  'What You Can Do',
  'We recommend that you change your password and remain vigilant for phishing emails.',
  'For More Information',
  'Call our help line toll-free at 800-555-0100.',
].join('\n');

const JA = [
  '不正アクセスによる個人情報漏えいのお知らせ',
  '2026年3月2日、当社サーバーへの不正アクセスにより、会員1,200名の氏名とメールアドレスが外部に流出したと判明しました。',
  '原因はSQLインジェクション攻撃によるものです。',
  'お客様には不審なメールにご注意ください。パスワードを変更してください。',
  '対象のお客様には電子メールにて個別にご連絡しております。',
  '当該サーバーへの外部からの接続を遮断しました。',
  'お問い合わせ窓口 電話 03-0000-0000',
].join('\n');

const ctx = (over: Partial<DeadlineContext> = {}): DeadlineContext => ({
  affected: null,
  malicious: false,
  sensitive: false,
  uniqueId: false,
  hacking: false,
  ...over,
});

const run = (text: string, regions: Region[], detected: string, today = detected) =>
  checkDraft(text, { facts: null, regions, detected, today });

const regime = (r: NoticeCheckResult, id: string) => r.regimes.find((g) => g.regime === id)!;
const deadline = (r: NoticeCheckResult, id: string) => r.deadlines.find((d) => d.id === id)!;
const missing = (r: NoticeCheckResult, id: string) =>
  regime(r, id)
    .items.filter((i) => i.required && !i.present)
    .map((i) => i.id);

describe('regions', () => {
  it('checks only the regions asked for, in the table order', () => {
    const r = run(EN, ['tx', 'jp', 'ny'], '2026-03-02');
    expect(r.regimes.map((g) => g.region)).toEqual(['jp', 'ny', 'tx']);
    expect(r.regions).toEqual(['jp', 'ny', 'tx']);
  });

  it('defaults to Japan for a Japanese draft and to every region for an English one', () => {
    expect(checkDraft(JA, { facts: null, today: '2026-03-05' }).regions).toEqual(['jp']);
    expect(checkDraft(EN, { facts: null, today: '2026-03-05' }).regions).toEqual([...REGIONS]);
  });
});

describe('California: versions by detection date (SB 446)', () => {
  it('picks the rules in force on the date', () => {
    expect(versionOn(CALIFORNIA_SPEC, '2020-06-01')?.from).toBeNull();
    expect(versionOn(CALIFORNIA_SPEC, '2026-01-01')?.from).toBe('2026-01-01');
  });

  it('a 2020 detection gets the 30-day benchmark and no AG deadline', () => {
    const r = run(EN, ['ca'], '2020-06-01');
    expect(r.deadlines.map((d) => d.id)).toEqual(['california_individuals']);
    expect(deadline(r, 'california_individuals').basis.en).toContain('benchmark');
    expect(regime(r, 'california').effective_from).toBeNull();
  });

  it('a 2026 detection gets 30 statutory days and the AG sample copy 15 days later when over 500', () => {
    const r = run(EN, ['ca'], '2026-03-02', '2026-03-05');
    expect(deadline(r, 'california_individuals')).toMatchObject({ due: '2026-04-01', days_left: 27 });
    expect(deadline(r, 'california_individuals').basis.en).toContain('SB 446');
    expect(deadline(r, 'california_attorney_general')).toMatchObject({ due: '2026-04-16', applies: 'yes' });
    expect(regime(r, 'california')).toMatchObject({ effective_from: '2026-01-01', rules_status: 'in_force' });
  });

  it('the AG deadline does not apply to 400 people and is unknown without a count', () => {
    const d400 = deadlinesOn(CALIFORNIA_SPEC, '2026-03-02', ctx({ affected: 400 }), '2026-03-02');
    expect(d400[1]).toMatchObject({ applies: 'no' });
    const none = deadlinesOn(CALIFORNIA_SPEC, '2026-03-02', ctx(), '2026-03-02');
    expect(none[1]).toMatchObject({ applies: 'unknown' });
  });
});

describe('New York §899-aa and NYDFS', () => {
  it('30 days from 2024-12-21, with the regulators and the DFS 72 hours (entity condition unknown)', () => {
    const r = run(EN, ['ny'], '2026-03-02');
    expect(deadline(r, 'new_york_individuals').due).toBe('2026-04-01');
    expect(deadline(r, 'new_york_regulators').due).toBe('2026-04-01');
    expect(deadline(r, 'new_york_dfs')).toMatchObject({ due: '2026-03-05', applies: 'unknown' });
    expect(missing(r, 'new_york')).toEqual([]);
  });

  it('before the amendment the 30 days are a benchmark', () => {
    const r = run(EN, ['ny'], '2023-05-01');
    expect(deadline(r, 'new_york_individuals').basis.en).toContain('benchmark');
    expect(r.deadlines.some((d) => d.id === 'new_york_regulators')).toBe(false);
  });

  it('reports the contact missing without one', () => {
    const r = run(EN.replace('Call our help line toll-free at 800-555-0100.', ''), ['ny'], '2026-03-02');
    expect(missing(r, 'new_york')).toContain('ny.contact');
  });
});

describe('Texas §521.053', () => {
  it('individuals 60 days; the AG 30 days (SB 768) for at least 250 people; the form items found', () => {
    const r = run(EN, ['tx'], '2026-03-02');
    expect(deadline(r, 'texas_individuals').due).toBe('2026-05-01');
    expect(deadline(r, 'texas_attorney_general')).toMatchObject({ due: '2026-04-01', applies: 'yes' });
    expect(deadline(r, 'texas_attorney_general').condition?.en).toContain(
      'check how many are Texas residents',
    );
    expect(missing(r, 'texas')).toEqual([]);
  });

  it('before 2023-09-01 the AG had 60 days; fewer than 250 people: not owed', () => {
    const r = run(EN.replace('2,480 customers', '120 customers'), ['tx'], '2022-05-01');
    expect(deadline(r, 'texas_attorney_general')).toMatchObject({ due: '2022-06-30', applies: 'no' });
  });

  it('reports the law-enforcement item missing when the draft is silent', () => {
    const r = run(
      EN.replace(
        'We have notified the police, who are investigating; notification was not delayed by law enforcement.',
        '',
      ),
      ['tx'],
      '2026-03-02',
    );
    expect(missing(r, 'texas')).toEqual(['tx.law_enforcement']);
  });
});

describe('Washington RCW 19.255.010', () => {
  it('30 days and the AG over 500 from 2020-03-01; 45 days before', () => {
    const now = run(EN, ['wa'], '2026-03-02');
    expect(deadline(now, 'washington_individuals').due).toBe('2026-04-01');
    expect(deadline(now, 'washington_attorney_general').applies).toBe('yes');
    const old = run(EN, ['wa'], '2019-06-01');
    expect(deadline(old, 'washington_individuals').due).toBe('2019-07-16');
    expect(regime(old, 'washington').items.some((i) => i.id === 'wa.time_frame')).toBe(false);
  });

  it('asks for the time frame of exposure since HB 1071', () => {
    const r = run(
      EN.replace(
        'On March 2, 2026, we discovered that an unauthorized party had accessed our order database between February 20 and March 1, 2026.',
        'An unauthorized party accessed our order database.',
      ),
      ['wa'],
      '2026-03-02',
    );
    expect(missing(r, 'washington')).toContain('wa.time_frame');
  });
});

describe('India DPDP Rules 2025, Rule 7', () => {
  it('is not yet in force for a 2026 detection: items shown, no deadlines', () => {
    const r = run(EN, ['in'], '2026-03-02');
    expect(regime(r, 'india_dpdp').rules_status).toBe('not_yet_in_force');
    expect(r.deadlines).toEqual([]);
  });

  it('from 2027-05-13: the Board without delay and the detailed report within 72 hours', () => {
    const r = run(EN, ['in'], '2027-06-01');
    expect(regime(r, 'india_dpdp').rules_status).toBe('in_force');
    expect(deadline(r, 'india_board_initial').due).toBe('2027-06-01');
    expect(deadline(r, 'india_board_report').due).toBe('2027-06-04');
    expect(missing(r, 'india_dpdp')).toEqual(['in.culprit']);
  });
});

describe('Korea PIPA Art. 34', () => {
  it('72 hours to the data subjects; the PIPC/KISA for 1,000 or more people', () => {
    const r = run(JA, ['kr'], '2026-03-02');
    expect(deadline(r, 'korea_individuals').due).toBe('2026-03-05');
    expect(deadline(r, 'korea_regulator')).toMatchObject({ applies: 'yes' });
    expect(missing(r, 'korea_pipa')).toEqual([]);
  });

  it('the regulator is owed below 1,000 when the leak was by hacking, not otherwise', () => {
    const hacked = deadlinesOn(
      versionless('kr'),
      '2026-03-02',
      ctx({ affected: 10, hacking: true }),
      '2026-03-02',
    );
    expect(hacked[1]).toMatchObject({ applies: 'yes' });
    const lost = deadlinesOn(versionless('kr'), '2026-03-02', ctx({ affected: 10 }), '2026-03-02');
    expect(lost[1]).toMatchObject({ applies: 'no' });
  });

  it('reports the steps for individuals missing', () => {
    const r = run(
      JA.replace('お客様には不審なメールにご注意ください。パスワードを変更してください。', ''),
      ['kr'],
      '2026-03-02',
    );
    expect(missing(r, 'korea_pipa')).toEqual(['kr.steps']);
  });
});

describe('Australia NDB (s26WK)', () => {
  it('finds the four statement items and gives the 30-day assessment', () => {
    const r = run(EN, ['au'], '2026-03-02');
    expect(missing(r, 'australia_ndb')).toEqual([]);
    expect(deadline(r, 'australia_assessment').due).toBe('2026-04-01');
  });

  it('reports the recommendations missing', () => {
    const r = run(
      EN.replace(
        'What You Can Do\nWe recommend that you change your password and remain vigilant for phishing emails.',
        '',
      ),
      ['au'],
      '2026-03-02',
    );
    expect(missing(r, 'australia_ndb')).toEqual(['au.recommendations']);
  });
});

describe('APPI and GDPR deadlines', () => {
  it('gives 速報 3–5 days, 確報 30 days and GDPR 72 hours', () => {
    const r = checkDraft('会員の氏名が記載された書類を紛失しました。', {
      facts: null,
      regions: ['jp', 'eu'],
      detected: '2025-01-30',
      today: '2025-02-01',
    });
    expect(r.deadlines.map((x) => [x.id, x.window_start, x.due])).toEqual([
      ['appi_preliminary', '2025-02-02', '2025-02-04'],
      ['appi_final', null, '2025-03-01'],
      ['gdpr_authority', null, '2025-02-02'],
    ]);
    expect(r.deadlines[2]).toMatchObject({ days_left: 1, standing: 'open', applies: 'yes' });
  });
});

describe('APPI: 規則第7条第3号 and web skimming (2024-04-01)', () => {
  const SKIM =
    '決済画面が改ざんされ、入力されたクレジットカード番号が第三者に送信されていたことが判明しました。';
  const SKIM_NO_CARD =
    '入力フォームが改ざんされ、入力された氏名とメールアドレスが外部に送信されていたことが判明しました。';

  it('counts web skimming as the improper-purpose case from 2024-04-01, not before', () => {
    const after = run(SKIM_NO_CARD, ['jp'], '2024-05-01');
    expect(after.appi_reportability.triggers.find((t) => t.id === 'malicious')?.met).toBe(true);
    expect(deadline(after, 'appi_final').due).toBe('2024-06-30');
    const before = run(SKIM_NO_CARD, ['jp'], '2023-05-01');
    expect(before.appi_reportability.triggers.find((t) => t.id === 'malicious')?.met).toBe(false);
    expect(deadline(before, 'appi_final').due).toBe('2023-05-31');
    expect(regime(before, 'appi').effective_from).toBe('2022-04-01');
  });

  it('keeps the other triggers whatever the date', () => {
    const r = run(SKIM, ['jp'], '2023-05-01');
    expect(r.appi_reportability.triggers.find((t) => t.id === 'financial')?.met).toBe(true);
  });
});

describe('a Japanese draft against every regime', () => {
  const MORE = [
    '再発防止のため、監視体制を強化します。',
    '警察に相談し、捜査に協力しています。',
    '攻撃者は現在も特定されておらず、調査を続けています。',
  ].join('\n');

  it('lists what each regime still lacks', () => {
    const r = run(JA, [...REGIONS], '2027-06-01');
    expect(missing(r, 'texas')).toEqual(['tx.measures_planned', 'tx.law_enforcement']);
    expect(missing(r, 'india_dpdp')).toEqual(['in.culprit', 'in.prevention']);
    expect(missing(r, 'australia_ndb')).toEqual([]);
    // California's headings and title are English by law: a Japanese draft lacks them.
    expect(missing(r, 'california')).toContain('ca.heading_what_happened');
  });

  it('finds them once the draft says them', () => {
    const r = run(`${JA}\n${MORE}`, [...REGIONS], '2027-06-01');
    expect(missing(r, 'texas')).toEqual([]);
    expect(missing(r, 'india_dpdp')).toEqual([]);
    expect(deadline(r, 'korea_regulator').applies).toBe('yes');
    expect(deadline(r, 'texas_attorney_general').condition?.ja).toContain('テキサス州の住民250人以上');
  });
});

function versionless(region: Region) {
  const spec = REGIME_SPECS.find((s) => s.region === region);
  if (!spec) throw new Error(region);
  return spec;
}
