import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices (見本県, 見本測量); no real organisation or person.
const affected = (t: string) => extract(t).affected?.value ?? null;

describe('Japanese counts: a total of parties with its breakdown in brackets', () => {
  it('heads the incident with the total, not its largest part', () => {
    const t =
      '見本県 調査業務の委託先で発生した不正アクセスのご報告\n調査を委ねていた見本測量のサーバーに外部から不正アクセスがあり、個人情報が漏れたおそれがあります。' +
      '\n・調査対象者数:9者(個人7名、法人2社)\n・内容:氏名、住所、電話番号';
    expect(affected(t)).toMatchObject({ count: 9 });
  });
});
