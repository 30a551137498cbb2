import { describe, expect, it } from 'vitest';
import { extractCounts } from './counts.js';
import { sents } from './testing/helpers.js';

const run = (t: string) => extractCounts(sents(t));

describe('Japanese counts: parts, other cases and group names', () => {
  it('keeps a whole of personal data narrowed to personal data holding more', () => {
    const r = run('漏えいした件数\n5,120件(うち、口座情報を含む個人情報 1,870件)\n氏名、住所が含まれます。');
    expect(r.affected?.value.count).toBe(5120);
  });
  it('still drops a container of mail narrowed to the personal part', () => {
    const r = run('誤って送信したメール 2,400通(うち個人情報を含むもの 310件)がありました。');
    expect(r.affected?.value.count).toBe(310);
  });
  it('passes over a figure of an earlier case at another body', () => {
    const r = run(
      '北丘市の中学校で、生徒28人分の名簿がなくなりました。\n同市では、別の市立中学校でも昨年、生徒の名簿64人分が紛失していました。',
    );
    expect(r.affected?.value.count).toBe(28);
  });
  it('passes over a figure told as a case in the past', () => {
    const r = run(
      '今回、会員42名の氏名が閲覧可能になっていました。当社では過去にも会員310名の情報が誤って表示されました。',
    );
    expect(r.affected?.value.count).toBe(42);
  });
  it('does not read a group name as a head count', () => {
    const r = run(
      '担当者が「みどり500人会」の登録者へメールを送信した際、あわせて73人分のアドレスが表示されていました。',
    );
    expect(r.affected?.value.count).toBe(73);
  });
  it('counts mail accounts told with つ', () => {
    const r = run(
      '当社が使う4つのメールアカウントについて、海外から不正にログインされていたことが分かりました。',
    );
    expect(r.affected?.value).toEqual({ count: 4, unit: 'accounts', qualifier: 'exact' });
    expect(run('3つの方法で原因を調べました。').affected).toBeNull();
  });
});
