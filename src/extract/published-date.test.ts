import { describe, expect, it } from 'vitest';
import { findPublished } from './published-date.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';

function published(t: string, lang: 'ja' | 'en' = 'ja'): string | null {
  const lines = splitLines(t);
  return findPublished(lines, lang, null, readStructure(lines, lang))?.iso ?? null;
}

describe('findPublished', () => {
  it('reads a date after a release label anywhere on a top line', () => {
    expect(published('記者資料提供(2025年2月3日)\n見本市民病院\n書類の紛失が判明しました。')).toBe(
      '2025-02-03',
    );
    expect(published('記者発表日時:2025年2月3日16時\n担当:総務課\n本文です。')).toBe('2025-02-03');
    expect(published('・[公開日:2024年7月8日]\n・[更新日:2024年7月9日]\n本文です。')).toBe('2024-07-08');
    expect(published('報道発表資料  2023年10月02日  環境局\n本文です。')).toBe('2023-10-02');
  });

  it('takes no date right after 「記」 (the body of the notice opens there) as the letterhead', () => {
    expect(
      published(
        '2021年05月10日 見本局\n書類の誤送付についてお知らせします。\n記\n令和3年5月7日\n受取人から書類が違うと連絡を受けた。',
      ),
    ).toBe('2021-05-10');
    expect(
      published(
        '書類の誤送付についてお知らせします。\n記\n令和3年5月7日\n受取人から書類が違うと連絡を受けた。',
      ),
    ).toBeNull();
  });

  it('reads a letterhead spread out by a PDF text layer', () => {
    expect(published('平 成 2 7 年 4 月 1 0 日\n例示県立病院\n本文です。')).toBe('2015-04-10');
    expect(published('令和 6 年 9 月 2 日 各 位 株 式 会 社 サ ン プ ル\n本文です。')).toBe('2024-09-02');
  });

  it('reads a flattened letterhead: the date, then the issuing body', () => {
    expect(published('令和5年6月7日 架空県土木部\n道路台帳の誤送付について\n本文です。')).toBe('2023-06-07');
    expect(published('2022年3月4日掲載 医療法人見本会 見本病院\n本文です。')).toBe('2022-03-04');
  });

  it('reads the date of a dated title, but never a repost title', () => {
    expect(published('名簿の紛失について 2023年1月12日\n当課で名簿を紛失しました。')).toBe('2023-01-12');
    expect(
      published('【セキュリティ事件簿#2099-1】見本市 名簿の紛失について 2023年1月12日\n本文です。'),
    ).toBeNull();
  });

  it('does not take a narrative date that opens a line', () => {
    expect(published('概要\n令和5年6月7日 当院職員が書類を紛失しました。\n以上')).toBeNull();
    expect(published('経過\n2024年5月1日 職員がメールを誤送信した。\n')).toBeNull();
  });
});

describe('a news page headline with its date', () => {
  it('reads 「<date> <the title again>」 near the top as the notice date', () => {
    expect(
      published(
        '架空市水道局における文書の誤送付について\n架空市上下水道局\n\n2099年5月17日 架空市水道局における文書の誤送付について\n\n本文です。',
      ),
    ).toBe('2099-05-17');
  });

  it('does not read a dated line that tells something else', () => {
    expect(
      published(
        '架空市水道局における文書の誤送付について\n架空市上下水道局\n\n2099年5月17日 水道の使用開始を受け付けた\n\n本文です。',
      ),
    ).toBeNull();
  });
});

describe('a release date in a table row', () => {
  it('reads the date in the cell after a 公開開始日 label cell', () => {
    expect(
      published(
        '| 部局 | 架空部 |\n| 資料名 | 書類の誤送付について |\n| 公開開始日(HP用) | 2099/04/27 |\n| 内容 | 本文です。 |',
      ),
    ).toBe('2099-04-27');
    expect(published('| 受付日 | 2099/04/20 |\n| 内容 | 本文です。 |')).toBeNull();
  });

  it('reads a date after a news page’s category and a bar (branch h/ja3)', () => {
    expect(
      published(
        '架空大学からのお知らせ\nお知らせ |2099年03月04日\n本学教員のメールアカウントに不正なアクセスがありました。',
      ),
    ).toBe('2099-03-04');
    expect(published('見出し\nトピックス｜2099年3月4日\n本文です。')).toBe('2099-03-04');
    // A table row's label cell is no category.
    expect(published('見出し\n発生日 |2099年03月04日\n本文です。')).toBeNull();
  });

  it('reads a bulleted or timed date alone on its line in the page head, above the first sentence', () => {
    expect(
      published(
        '架空ニュース\n見本社、名簿を誤送付\n  • 2099年3月4日\n見本社は4日、名簿を誤って送ったと発表した。',
      ),
    ).toBe('2099-03-04');
    expect(published('お知らせ\n\n2099-03-04 18:20:00\n\nこの度、案内メールを誤って送りました。')).toBe(
      '2099-03-04',
    );
    // Below the body's first sentence, a bulleted or timed date is a timeline's row.
    expect(
      published('名簿の誤送付について\n名簿を誤って送りました。\n・2099年3月4日\n職員が名簿を送付した。'),
    ).toBeNull();
    expect(
      published(
        '名簿の誤送付について\n名簿を誤って送りました。\n2099年3月4日 10時05分\n職員が名簿を送付した。',
      ),
    ).toBeNull();
  });
});
