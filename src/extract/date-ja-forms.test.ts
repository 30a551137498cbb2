import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices (見本会, 株式会社サンプル商事, 見本市); no real organisation or person.
function dates(t: string) {
  const f = extract(t);
  return {
    start: f.incident_start?.value ?? null,
    end: f.incident_end?.value ?? null,
    detected: f.detected?.value ?? null,
  };
}
const HEAD = '一般社団法人見本会 メール誤送信についてのお詫び\n2099年2月1日\n';

describe('Japanese date forms (session 9, branch h/ja-do)', () => {
  it('reads the humble いたし form of a sending, a loss or an infection as the event', () => {
    const sent = `${HEAD}2099年1月10日に会員30名、及び2099年1月17日に会員34名の方に宛てた案内メールを送信いたしました。その際、BCCではなくTOにて送付してしまいました。2099年1月20日に気が付きました。`;
    expect(dates(sent)).toMatchObject({ start: '2099-01-10', end: '2099-01-17', detected: '2099-01-20' });
    const lost = `${HEAD}2099年1月10日、職員が会員名簿を紛失いたしました。2099年1月12日に判明しました。`;
    expect(dates(lost)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
    const infected = `${HEAD}2099年1月10日、事務局のパソコンがマルウェアに感染いたしました。翌11日に判明しました。`;
    expect(dates(infected)).toMatchObject({ start: '2099-01-10', detected: '2099-01-11' });
  });
});
