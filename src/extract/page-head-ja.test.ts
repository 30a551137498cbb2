import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices (みほん市, 見本信用組合, かりそめ町); no real organisation or person.
const pub = (t: string) => extract(t).published?.value ?? null;
const org = (t: string) => extract(t).organization?.value ?? null;

describe("a Japanese page's head: a news list row and a place named in kana", () => {
  it('reads the posting date of a news list row (date, category, title) above the body', () => {
    const t =
      '会員情報の取扱いに関するお詫び\n2099年03月04日 お知らせ 会員情報の取扱いに関するお詫び\n各 位\n見本信用組合\n' +
      'このたび、当組合の職員が会員の情報を業務外の目的で閲覧していたことが判明しました。';
    expect(pub(t)).toBe('2099-03-04');
  });

  it('does not take a dated row of a timeline in the body as the posting date', () => {
    const t =
      '会員情報の取扱いに関するお詫び\n見本信用組合\nこのたび、名簿の紛失が判明しました。\n' +
      '経緯\n2099年03月01日 お知らせ 名簿の所在確認を開始\n2099年03月02日 紛失が判明';
    expect(pub(t)).toBeNull();
  });

  it('takes a city or town written in kana that opens the title as the issuer', () => {
    const body =
      '\nこの度、福祉課で使っていたUSBメモリの紛失が分かりました。町といたしましても再発防止に努めます。';
    expect(org(`かりそめ町 個人情報を記録した記録媒体の紛失について${body}`)).toBe('かりそめ町');
    expect(org(`みほん市における書類の紛失について${body}`)).toBe('みほん市');
    expect(org(`この町 個人情報を記録した記録媒体の紛失について${body}`)).toBeNull();
  });
});
