import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (株式会社サンプル商事); no real organisation or person.
const HEAD = '株式会社サンプル商事 不正アクセス被害のお知らせ\n2099年7月20日\n';

describe('timeline lines that end on a noun (体言止め)', () => {
  it('reads 「…が発生」 as the start and 「…を確認」 as the finding on colon-led lines', () => {
    const t = `${HEAD}経緯\n7月1日：当社サーバーに対する不正アクセスが発生\n7月5日：不正アクセスを確認\n7月6日：サーバーを停止`;
    expect(incidentDates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-05' });
  });

  it('reads the same lines closed by 。 after a spaced date', () => {
    const t = `${HEAD}7月1日 当社サーバーに不正アクセスが発生。\n7月5日 不正アクセスを確認。`;
    expect(incidentDates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-05' });
  });

  it('reads 「…に侵入」 and 「…を確認」 on the lines under a timeline row', () => {
    const t = `${HEAD}経緯\n7月1日(月)\n・第三者が当社サーバーに侵入\n7月3日(水)\n・不審なファイルを確認`;
    expect(incidentDates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-03' });
  });

  it('does not read 「職員が確認。」 (a subject and its verb) as a noun-ending finding', () => {
    const t = `${HEAD}経緯\n7月1日(月)\n・保守業者から受け取った脆弱性の情報に当社の機器が含まれていることを職員が確認。\n7月4日(木)\n・詳しい調査で、6月下旬に受けた不正アクセスの痕跡を確認しました。`;
    expect(incidentDates(t).detected).toBe('2099-07-04');
  });

  it('does not read a failure that merely occurred (「障害が発生」) as the incident', () => {
    const t = `${HEAD}経緯\n7月1日：メールサーバーに障害が発生\n7月3日：復旧`;
    expect(incidentDates(t).start).toBeNull();
  });
});

describe('認知 as a finding', () => {
  it('reads 「…を認知しました」 as the day the organisation found out', () => {
    const t = `${HEAD}当社は7月5日、ランサムウェアによる被害を認知しました。`;
    expect(incidentDates(t).detected).toBe('2099-07-05');
  });
});
