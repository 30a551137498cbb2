import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { splitSentences } from './segment.js';

const causes = (t: string) => extractCauses(splitSentences(t)).map((f) => f.value);

describe('Japanese causes: defects, residual data, insiders and informants', () => {
  it('reads a recipient field set wrong as misdelivery, not a misconfiguration', () => {
    const c = causes(
      'お知らせを委託業者が配信したとき宛先の設定を誤り、受け取った方同士でアドレスが見える状態となりました。',
    );
    expect(c).toContain('misdelivery');
    expect(c).not.toContain('misconfiguration');
  });
  it('still reads a sharing setting gone wrong as a misconfiguration', () => {
    expect(
      causes('名簿を置いた共有フォルダの設定を誤り、社外の者が閲覧できる状態となっておりました。'),
    ).toContain('misconfiguration');
  });
  it('reads a protective setting left off as a misconfiguration', () => {
    expect(
      causes('作業の誤りにより、試験用サーバーのアクセス制限設定の一部が解除状態となっておりました。'),
    ).toContain('misconfiguration');
    expect(causes('検証環境の認証設定が無効化されたまま運用されていました。')).toContain('misconfiguration');
  });
  it('takes a stated system defect over the viewable state it caused', () => {
    const c = causes(
      '別の会員からも電話番号を閲覧できる状態にありました。\n原因はシステム過誤によるものです。',
    );
    expect(c).toContain('software_bug');
    expect(c).not.toContain('misconfiguration');
  });
  it('reads a wrong display on a member page as a defect', () => {
    const c = causes(
      '会員ページで登録者名が誤表示される事象が起きていました。ほかの方がその名前を閲覧できる状態にあった。',
    );
    expect(c).toEqual(['software_bug']);
  });
  it('reads data that should have been erased, or was not deleted, as residual data', () => {
    expect(causes('名簿は期間終了後に廃棄されるべきものでしたが、保管が続いていました。')).toContain(
      'residual_data',
    );
    expect(
      causes('開発会社が別の自治体へ同じソフトを納めた際、住民データを削除しなかったことが原因です。'),
    ).toContain('residual_data');
  });
  it('reads a contractor staff member holding copied data as an insider', () => {
    expect(
      causes('委託先の担当者が、顧客データを自宅のパソコンに複製して不正に保有していました。'),
    ).toContain('insider');
  });
  it('names the vendor that built the system as a third party', () => {
    expect(causes('図書館システムを開発した業者のサーバーから利用者情報が流出しました。')).toContain(
      'third_party',
    );
  });
  it('does not take a contractor who reported the event for its cause', () => {
    expect(
      causes(
        '当社が契約している保守会社より、不審な送信が続いているとの報告を受けました。パスワードが盗まれていました。',
      ),
    ).not.toContain('third_party');
    expect(
      causes('委託先から連絡があり、調べると委託先の管理するサーバーが不正アクセスを受けていました。'),
    ).toContain('third_party');
  });
});
