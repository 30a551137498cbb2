import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { extract } from './index.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('Japanese causes read from the act a notice reports', () => {
  it('reads papers thrown out with household rubbish as a loss', () => {
    expect(causes('担当者が受付票の束を、自宅近くの集積所に一般ごみとして出していたと判った。')).toContain(
      'loss_or_theft',
    );
  });
  it('reads a list left attached to an outgoing mail as misdelivery', () => {
    expect(
      causes('案内メールを会員へ配信した際、参加者名簿のファイルが添付されたまま送信されました。'),
    ).toContain('misdelivery');
    expect(causes('お知らせに、利用者一覧を添付した状態でメールを送付したとの事です。')).toContain(
      'misdelivery',
    );
  });
  it('reads a flaw of the system and a fault of a program as a defect', () => {
    expect(causes('調べたところ、予約画面のシステム上の欠陥が元でした。')).toContain('software_bug');
    expect(causes('通知を送る自動配信プログラムに障害があって宛先が入れ替わった。')).toContain(
      'software_bug',
    );
  });
  it('reads another user’s data shown with an honorific as a defect', () => {
    expect(causes('特定の操作をすると、他のご利用者さまの登録情報が表示され得ると判った。')).toContain(
      'software_bug',
    );
  });
  it('keeps a contractor of an education board, but not staff training', () => {
    expect(causes('教育委員会が運営を委託している事業者のサーバーが、外部から攻撃を受けました。')).toContain(
      'third_party',
    );
    expect(causes('委託先に対する教育を徹底し、管理体制を見直しました。')).not.toContain('third_party');
  });
  it('reads a condition under which data showed, and a defect named beside the exposed state', () => {
    expect(
      causes('ある特定の条件下に限り、申込者の連絡先がほかの利用者の画面で閲覧できる状況でした。'),
    ).toEqual(['software_bug']);
    const c = causes('予約サイトの不具合のため、本人以外の第三者も予約内容を閲覧できる状態だった。');
    expect(c).toContain('software_bug');
    expect(c).not.toContain('misconfiguration');
    expect(causes('保管先フォルダの設定誤りにより、外部の誰でも名簿が閲覧できる状態だった。')).toContain(
      'misconfiguration',
    );
  });
  it('does not read data exposed as the damage of an attack as a misconfiguration', () => {
    expect(
      causes('委託先が攻撃の被害にあい、預けた名簿がしばらくネット上で閲覧可能な状況だった。'),
    ).not.toContain('misconfiguration');
  });
  it('does not read an addressee whose whereabouts are unknown as a loss', () => {
    expect(causes('対象の方には、所在不明の場合は除き、書面を送った。')).not.toContain('loss_or_theft');
    expect(causes('申請書3枚の所在が分からなくなっております。')).toContain('loss_or_theft');
  });
  it('does not read mail sent by an outsider as our misdelivery', () => {
    expect(causes('当店以外の第三者によって一部会員に偽の案内が配信された。')).not.toContain('misdelivery');
    expect(causes('本来の対象者以外の会員にも一斉送信した。')).toContain('misdelivery');
  });
  it('reads other wordings of a misdelivery', () => {
    expect(causes('郵便局の誤配達により、通知書1通が別の住所に届きました。')).toContain('misdelivery');
    expect(causes('担当者が、誤ったファイルを添付してメールを送信したため。')).toContain('misdelivery');
    expect(causes('封入作業の誤りにより、別人の通知書を同封して送付しました。')).toContain('misdelivery');
  });
  it('reads a snatched bag as a theft', () => {
    expect(causes('職員がひったくりに遭い、名簿の入った鞄を奪われました。')).toContain('loss_or_theft');
    expect(causes('攻撃者にアカウントを奪われ、迷惑メールが送られました。')).not.toContain('loss_or_theft');
  });
  it('reads a malicious script planted on the checkout page as skimming', () => {
    const facts = extract(
      '決済画面に不正なスクリプトが埋め込まれていました。\n会員三名のクレジットカード番号が外へ流出しました。',
    );
    expect(facts.causes.map((f) => f.value)).toContain('web_skimming');
  });
  it('reads a maintenance vendor where it happened, not one that helped', () => {
    expect(causes('当社の保守業者の管理するサーバーが、外部から攻撃を受けました。')).toContain('third_party');
    expect(causes('保守業者と連携して原因を調べております。')).not.toContain('third_party');
  });
  it('reads personal data left in a published file meant to be hidden as a misconfiguration', () => {
    expect(causes('公開した資料に、非表示にしたはずの氏名の列が残っていました。')).toContain(
      'misconfiguration',
    );
  });
  it('does not read advice on reused passwords as the cause', () => {
    expect(
      causes(
        '他社から流出したIDとパスワードで不正ログインされた。\n同じパスワードの使い回しはしないようお願いします。',
      ),
    ).toEqual(['credential_stuffing']);
  });
  it('does not take a standing arrangement with a contractor for the cause', () => {
    expect(causes('名簿の印刷は毎年、外の業者へ委託しております。\n職員が名簿1冊を紛失しました。')).toEqual([
      'loss_or_theft',
    ]);
    expect(causes('(※2)当社が基幹システムの運用を委託している事業者')).not.toContain('third_party');
    expect(causes('委託している業者の機器に不正アクセスがあった。')).toContain('third_party');
  });
});

describe('Japanese causes: papers taken out for the work itself', () => {
  const causesJa = (t: string) => extractCauses(sents(t)).map((f) => f.value);
  it('reads papers taken out for the work and then lost as a loss, not an insider', () => {
    const got = causesJa('委託先の職員が顧客台帳を業務のため社外へ持ち出し、翌朝になって紛失に気付いた。');
    expect(got).toContain('loss_or_theft');
    expect(got).not.toContain('insider');
  });
  it('still reads papers taken out without leave or without need of the work as an insider', () => {
    expect(causesJa('職員が無断で顧客名簿を持ち出した。')).toContain('insider');
    expect(causesJa('職員が業務上の必要がないのに顧客名簿を持ち出した。')).toContain('insider');
  });
});
