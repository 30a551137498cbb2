import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (架空学院, 見本商店); no real organisation or person.
const dates = (t: string) => incidentDates(t);

describe('Japanese dates: the organisation answering is no act of the incident', () => {
  it('gives the hours an apology mail went out no incident role', () => {
    const t =
      '2099年5月9日\n架空学院\n1 概要\n本学院の係員が行事の案内を一斉に送った際、誤って宛先が互いに見える形式で送信しました。' +
      '5月8日(金)9時に受け取った方から連絡があり、5月8日(金)15時10分から15時40分までの間に' +
      '宛先の皆様へ改めてお詫びのメールを一斉送信しております。\n(1)発生時期 2099年5月7日(木)11時2分\n(2)見えていたアドレス 9名分';
    expect(dates(t)).toMatchObject({ start: '2099-05-07', end: '2099-05-07', detected: '2099-05-08' });
  });

  it('keeps a range of misdirected mail as the incident window', () => {
    const t =
      '見本商店\n2099年6月2日\n6月1日(月)10時から10時30分までの間に、会員向けの案内メールを誤って別の会員あてに送信しました。' +
      '同日、受け取った会員からの連絡で判明しました。';
    expect(dates(t)).toMatchObject({ start: '2099-06-01', end: '2099-06-01' });
  });
});
