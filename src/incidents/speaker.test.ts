import { describe, expect, it } from 'vitest';
import { headlineUnit, namedAsProvider, speakerKind } from './speaker.js';

describe('who speaks in a notice', () => {
  it('reads who speaks and which unit a title is about', () => {
    expect(speakerKind('本市では、本市の職員が名簿を紛失しました。県にも報告しました。')).toBe(
      'municipality',
    );
    expect(speakerKind('当社は、弊社グループのサーバーについて調査しました。')).toBe('company');
    expect(speakerKind('市場調査の結果をお知らせします。')).toBeNull();
    expect(headlineUnit('報道発表資料 北区役所における文書の誤送付について')).toBe('北区役所');
    expect(headlineUnit('個人情報を含む書類の誤送付について')).toBeNull();
  });

  it('tells a customer naming its vendor from the vendor speaking for itself', () => {
    // Fictional: a tax office's notice about the cloud bookkeeping service it uses.
    const customer =
      '当事務所が顧客管理に使用している会計システム(かぞえる君)の開発元である株式会社サンプルソフトが、外部から攻撃を受けました。';
    expect(namedAsProvider(customer, '株式会社サンプルソフト')).toBe(true);
    expect(
      namedAsProvider(
        '当会が利用する株式会社サンプルソフト提供のクラウドサービスが停止しました。',
        'サンプルソフト',
      ),
    ).toBe(true);
    expect(
      namedAsProvider(
        '組合が業務で利用している給与システム「かぞえる君」(株式会社サンプルソフト(以下「サンプル」といいます。)提供製品)が停止しました。',
        '株式会社サンプルソフト',
      ),
    ).toBe(true);
    // The vendor's own notice, and a notice that only names a company.
    expect(
      namedAsProvider(
        '株式会社サンプルソフトは、当社が提供するクラウドサービスへの不正アクセスについてお知らせします。',
        '株式会社サンプルソフト',
      ),
    ).toBe(false);
    expect(
      namedAsProvider(
        '株式会社サンプルソフトが運営する通販サイトをご利用のお客様へ',
        '株式会社サンプルソフト',
      ),
    ).toBe(false);
  });
});
