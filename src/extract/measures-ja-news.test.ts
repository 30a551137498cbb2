import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

// Japanese measures as news reports and short notices tell them; fictional sentences (branch h/ja3).
const measures = (t: string) => new Set(extractMeasures(sents(t)).map((f) => f.value));

describe('measures told in plain words', () => {
  it('reads an account frozen after a break-in as access blocked', () => {
    expect(measures('同日中に、乗っ取られた職員のメールアカウントを凍結しました。')).toContain(
      'access_blocked',
    );
    expect(measures('アカウントの凍結方法については別紙をご覧ください。')).not.toContain('access_blocked');
  });
  it('reads a warning given to all staff as staff training', () => {
    expect(measures('全職員を対象に、書類の持ち出しについて改めて注意喚起を行った。')).toContain(
      'staff_training',
    );
  });
  it('reads an apology to the people concerned (…らに謝罪) and mail to them as notification', () => {
    expect(measures('同社は対象となった会員らに謝罪を始めている。')).toContain('individual_notification');
    expect(measures('運営事務局では、該当者に対してメールで連絡する。')).toContain('individual_notification');
    expect(measures('不在の場合は、電話で連絡することとしました。')).not.toContain('individual_notification');
  });
  it('reads data deleted on the spot, mail recipients asked to delete, papers returned', () => {
    expect(measures('先方の端末に残っていた名簿を確認し、その場で削除しました。')).toContain('data_deletion');
    expect(measures('15時20分 受信者にお詫びと添付ファイルの削除依頼を送信')).toContain('data_deletion');
    expect(measures('届いた書類は既に回収されており、未開封の分は返還するよう依頼した。')).toContain(
      'data_deletion',
    );
    // Advice to readers stays advice.
    expect(measures('不審な添付ファイルは開かずに削除してください。')).not.toContain('data_deletion');
  });
  it('reads a contact desk set up for questions about the case as a hotline', () => {
    expect(measures('10:30 本件に関する問合せ連絡窓口を設置')).toContain('hotline');
  });
  it('reads a storage unit cut off and no longer used as service suspended', () => {
    expect(measures('被害を受けたファイルサーバはネットワークから切り離し、使用を停止しました。')).toContain(
      'service_suspended',
    );
  });
  it('reads encryption and room entry control promised for the future', () => {
    const m = measures(
      '今後は、記録媒体の暗号化など情報管理の一層の徹底を図るとともに、ICカードによる入室管理システムを導入します。',
    );
    expect(m).toContain('encryption');
    expect(m).toContain('access_control_tightened');
  });
});
