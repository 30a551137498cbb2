import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const org = (text: string) => extract(text).organization?.value ?? null;

describe('companies that did not issue the notice', () => {
  it('leaves the contractor of a notice that calls itself 本市', () => {
    const text = [
      '本市の封入作業の委託先である株式会社ミホン情報より、ウイルスに感染したとの連絡がありました。',
      '株式会社ミホン情報のサーバーがランサムウェアで暗号化されたと分かりました。',
    ].join('\n');
    expect(org(text)).not.toBe('株式会社ミホン情報');
  });
  it('leaves the vendor credited with a service', () => {
    const text = [
      'このたび、弊社通販サイトに導入していた表示変換サービス(株式会社ミホンテック提供)が不正アクセスを受けました。',
      '弊社は株式会社ミホンテックのサービスとの接続をすでに切っております。',
    ].join('\n');
    expect(org(text)).not.toBe('株式会社ミホンテック');
  });
});

describe('a news lead', () => {
  it('reads the body after where it is', () => {
    const text = '架空県の見本中央病院は7日、検診の書類1通を紛失したと発表した。\n病院によると…。';
    expect(org(text)).toBe('見本中央病院');
  });
  it('reads the lead under a headline without a full stop', () => {
    const text =
      '見本薬科大、学生の情報を誤送信\n見本薬科大学(架空県見本市)は3月2日、学生20名の情報を誤って送信したと発表した。';
    expect(org(text)).toBe('見本薬科大学');
  });
});

describe('a news report without a lead that says who announced it', () => {
  it('reads the source it attributes its account to', () => {
    const text =
      '見本の川市の市立小学校教諭がUSBメモリを紛失\n見本の川市によりますと、教諭は先月、出張先から戻る電車の中でUSBメモリをなくしたということです。';
    expect(org(text)).toBe('見本の川市');
  });
  it('reads the body a quote is signed with', () => {
    const text =
      '書類を校内に放置\n「ご心配をおかけしおわびします」(見本北高校 見本太郎 校長)\n職員会議で配った書類が回収されていませんでした。';
    expect(org(text)).toBe('見本北高校');
  });
  it('reads a town named before で、', () => {
    const text =
      '架空県見本町で、公開した議事録から個人情報が読み取れる状態だったことがわかりました。\n町は対象者に知らせるとしています。';
    expect(org(text)).toContain('見本町');
  });
});

describe('a reposting site’s copyright line', () => {
  it('is not the issuer', () => {
    const text = '書類が風で飛散\n見本市民病院によると、職員が封筒を落とした。\n© 株式会社見本新聞社';
    expect(org(text)).toBe('見本市民病院');
    expect(org('書類が風で飛散\n病院によると、職員が封筒を落とした。\n© 株式会社見本新聞社')).toBeNull();
  });
});
