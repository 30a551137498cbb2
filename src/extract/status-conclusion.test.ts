import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

// Fictional notices, written for these tests (branch h/status5): the sentence that carries the
// notice's conclusion, the modality of its verb and the scope of a negation.
const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus: the conclusion a notice draws', () => {
  it('reads a breach confirmed to have occurred as confirmed, after an earlier hedge', () => {
    expect(
      status(
        'Last week we said a breach of the Pellow district network was possible. Our review has now confirmed that a breach occurred. Recovery may continue for weeks.',
        ['ransomware'],
      ),
    ).toBe('confirmed');
    expect(status('We have not confirmed that a breach occurred. Some files may have been viewed.')).toBe(
      'possible',
    );
  });
  it('reads "may have impacted personal information" as a hedge on the data', () => {
    expect(
      status(
        'Marrow County is giving notice of an incident that may have impacted personal information. The review found that one staff mailbox was accessed without authorization in March.',
        ['unauthorized_access'],
      ),
    ).toBe('possible');
  });
  it('reads data that an organisation "had stolen" as confirmed', () => {
    expect(
      status('Like many small shops, we have had customer information stolen from our checkout page.', [
        'web_skimming',
      ]),
    ).toBe('confirmed');
  });
  it('reads hackers as the subject of an act on the data, before a hedge on accounts, as confirmed', () => {
    expect(
      status(
        'Members of Fenwick Credit Union learned that hackers accessed sensitive personal information at a vendor. About 9,000 accounts may have been exposed.',
      ),
    ).toBe('confirmed');
  });
  it('reads which data was accessed left undetermined as possible', () => {
    expect(
      status(
        'The review found access to two of our servers, but the records that were accessed have not yet been determined. We are writing to everyone whose details were kept there.',
      ),
    ).toBe('possible');
  });
  it('reads an earlier hedge settled by a confirmation that the data was accessed as confirmed', () => {
    expect(
      status(
        'In June we learned that the vendor incident may have also impacted our local databases. We then received confirmation that our data was also accessed.',
      ),
    ).toBe('confirmed');
  });
  it('does not read a denied act ("No card details were accessed", "were not accessed") as confirmed', () => {
    expect(
      status(
        'No card or bank details were accessed. The archived files were kept apart and were not accessed or compromised.',
      ),
    ).not.toBe('confirmed');
  });
  it('reads letters addressed to the wrong recipients as confirmed', () => {
    expect(
      status(
        'A mail-merge fault at Tallis Hospice meant that each reminder was being addressed to the wrong recipient.',
      ),
    ).toBe('confirmed');
  });
  it('reads 「不正に利用されたという事実は確認されていない」 after a lost device as not_found', () => {
    expect(
      status(
        '看護師が検査記録を入れた記録媒体を置き忘れ、所在が分からなくなりました。記録が不正に利用されたという事実は今のところ確認されておりません。',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
  it('reads malware that "may have collected" messages as possible', () => {
    expect(
      status(
        'A scan at Quillby Dental found malware on two front-desk computers. The malware may have collected some messages stored on them.',
        ['malware'],
      ),
    ).toBe('possible');
  });
  it('reads attackers who exfiltrated a copy of a database as confirmed', () => {
    expect(
      status(
        'The attackers exfiltrated a copy of the database, which held the names of Corvale Club members.',
      ),
    ).toBe('confirmed');
  });
  it('reads any verb of the leak, past and unhedged, as the content of a finding as confirmed', () => {
    expect(status('調査の結果、会員名簿の一部が外部に送信されていたことが確認されました。')).toBe(
      'confirmed',
    );
    expect(status('解析により、攻撃者が利用者の連絡先を窃取したことを確認しました。')).toBe('confirmed');
    expect(status('専門業者の調査を経て、受講者の氏名が流出したものと判断いたしました。')).toBe('confirmed');
    expect(status('受講者の氏名が流出したことは確認できませんでした。')).not.toBe('confirmed');
    expect(status('会員情報が流出したことが確認された場合は、速やかにお知らせします。')).not.toBe(
      'confirmed',
    );
  });
  it('reads 「現在のところ確認されておりません」 on the leak itself as not_found', () => {
    expect(status('名簿の漏えいは現在のところ確認されておりません。')).toBe('not_found');
  });
  it('reads a judgement that no data was reached as not_found, and one about misuse as deciding nothing', () => {
    expect(status('Hollin Books does not believe that any customer data was viewed.')).toBe('not_found');
    expect(status('The audit found no evidence of access to the folders holding member details.')).toBe(
      'not_found',
    );
    expect(
      status(
        'An outsider acquired files holding staff addresses. We do not believe that any of the files were misused.',
      ),
    ).toBe('confirmed');
  });
  it('reads access left unknown ("it is not yet known whether …") as possible', () => {
    expect(status('It is not yet known whether the stored files were viewed.')).toBe('possible');
  });
});
