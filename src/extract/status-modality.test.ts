import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('leak status: how likely, in more words', () => {
  it('reads a chance judged extremely low as no leak', () => {
    expect(
      status('紛失したタブレットは暗号化されており、情報が流出する可能性は極めて低いと考えております。'),
    ).toBe('not_found');
    expect(
      status('記録媒体は暗号化されており、外部に漏えいする可能性は非常に低いものと判断しています。'),
    ).toBe('not_found');
  });
  it('still reads a bare chance as possible', () => {
    expect(status('会員情報が外部に流出した可能性があります。')).toBe('possible');
  });
  it('reads "no report of harm received" after lost papers as no leak found', () => {
    expect(
      status('引率教員が名簿1冊を紛失しました。現在のところ、悪用等の被害の報告は受けていません。', [
        'loss_or_theft',
      ]),
    ).toBe('not_found');
  });
  it('reads people whose data leaked, named as such, as a confirmed leak', () => {
    expect(
      status(
        '保管していた受付簿が盗まれました。不正使用の被害は確認されておりませんが、個人情報が流出した利用者様には、個別にお詫びの文書をお送りしました。',
        ['loss_or_theft'],
      ),
    ).toBe('confirmed');
    expect(status('氏名が流出した可能性のある会員の方へは、追ってメールで連絡します。')).toBe('possible');
  });
});
