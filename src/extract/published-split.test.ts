import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { toPlain } from './plain.js';

// Fictional notices (見本県, 見本労働局, 架空町); no real organisation or person.
const published = (text: string) => toPlain(extract(text)).published;

describe('a letterhead date broken up by the page layout (findSplitLetterhead)', () => {
  it('reads a two-column head: the year, the desk, the month-day on lines of their own', () => {
    const t =
      '架空町における書類の誤送付について\n見本労働局発表\n【照会先】\n平成30年\n見本労働局総務部総務課\n7月9日\n' +
      '課長 見本 太郎\n報道関係者各位\n見本労働局は、架空町の窓口で発生した書類の誤送付について公表します。\n' +
      '平成30年6月1日、職員が別の方の書類を封筒に入れて送付しました。';
    expect(published(t)).toBe('2018-07-09');
  });
  it('reads the same head flattened into one line', () => {
    const t =
      '見本労働局発表 【照会先】 令和2年 見本労働局企画部第二課 3月4日 課長 見本 花子 ' +
      '見本労働局は、文書の誤廃棄について確認したので公表します。令和2年2月10日、文書を廃棄しました。';
    expect(published(t)).toBe('2020-03-04');
  });
  it('reads a year-first short date alone under the headline, not one in a timeline', () => {
    const t =
      '番組宛ての葉書の紛失について\n(21/05/14)\n見本放送は、番組宛ての葉書12通を紛失したことが判明しました。';
    expect(published(t)).toBe('2021-05-14');
    const body =
      '番組宛ての葉書の紛失について\n見本放送は葉書を紛失しました。\n(21/05/14)\n経過は次のとおりです。';
    expect(published(body)).toBeNull();
  });
  it('abstains when the month-day is not beside the year (a date in the body)', () => {
    const t =
      '見本県からのお知らせ\n平成30年\n見本県は、書類を紛失したことを公表します。\n7月9日に職員が気付きました。';
    expect(published(t)).toBeNull();
  });
});
