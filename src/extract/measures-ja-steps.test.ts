import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

// Japanese steps told with a verb or an object the older rules did not know; fictional sentences
// (branch h/jameas16).
const measures = (t: string) => new Set(extractMeasures(sents(t)).map((f) => f.value));

describe('steps read by their verb and object', () => {
  it('reads a site stopped on a stated day, a page or publication taken down, a service stopped now', () => {
    expect(measures('当組合は「みどり通販」を6月3日に停止し、調べている。')).toContain('service_suspended');
    expect(measures('みどりサイトを、8月2日午後3時10分に一時停止。')).toContain('service_suspended');
    expect(measures('村はすぐこのページを直し(翌朝、削除)た。')).toContain('service_suspended');
    expect(measures('誤記が分かり、一覧の公表を中止しました。')).toContain('service_suspended');
    expect(measures('貸出サービスは現在停止中です。')).toContain('service_suspended');
    expect(measures('感染したNASの利用は既に停止した。')).toContain('service_suspended');
  });
  it('reads papers retrieved, mail asked to be deleted and copies deleted as data deletion', () => {
    expect(measures('係員が出向いて詫び、用紙の回収を行った。')).toContain('data_deletion');
    expect(measures('8枚のうち7枚は回収できたが、残りは不明。')).toContain('data_deletion');
    expect(measures('受け手に、その通知を削除する依頼を出した。')).toContain('data_deletion');
    expect(measures('教諭が誤送信した連絡票を削除した。')).toContain('data_deletion');
    expect(measures('夕方、該当ページを削除しています。')).not.toContain('data_deletion');
  });
  it('reads an apology or mail to the affected people as individual notification', () => {
    expect(measures('係長は「該当者の皆様に謝罪します」と話す。')).toContain('individual_notification');
    expect(measures('店は対象の顧客に手紙などでおわびし、注意を促す。')).toContain('individual_notification');
    expect(measures('該当の利用者に対する連絡を終えた。')).toContain('individual_notification');
    expect(measures('誤って届いた家庭には謝罪の書状を送る。')).toContain('individual_notification');
  });
  it('reads instruction to staff or contractors, told or quoted as said, as staff training', () => {
    expect(measures('委託先に対し、郵送時の留意点を指導した。')).toContain('staff_training');
    expect(measures('所長は「職員に鍵の管理を厳格にするよう徹底する」と述べた。')).toContain(
      'staff_training',
    );
    expect(measures('全社員に対する名簿の取扱いの再周知を行った。')).toContain('staff_training');
    expect(measures('点検体制と教育を改めて徹底します。')).toContain('staff_training');
    expect(measures('校長は全教職員に、倉庫を探すよう指示した。')).not.toContain('staff_training');
    expect(measures('当社は以前から取扱いの周知徹底をしてきたが、事故が起きた。')).not.toContain(
      'staff_training',
    );
  });
  it('reads police told of a theft, reports made, and work with the police', () => {
    expect(measures('学校は翌朝、西署に盗難届を出した。')).toContain('police_report');
    expect(measures('地元の警察署に申告し、復旧を急いだ。')).toContain('police_report');
    expect(measures('技術者や警察の協力を受けて調べている。')).toContain('police_report');
  });
  it('reads other steps by their object', () => {
    expect(measures('国外から管理画面への接続を禁止する設定にした。')).toContain('access_control_tightened');
    expect(measures('攻撃元IPの不正通信をブロックした。')).toContain('access_blocked');
    expect(measures('該当者のログイン状態を強制的に停止した。')).toContain('logins_blocked');
    expect(measures('市は専用の問い合わせ先を設けた。')).toContain('hotline');
    expect(measures('調査専門会社と協力して調べている。')).toContain('external_investigation');
    expect(measures('今後、FAXに関するポリシーを定める。')).toContain('process_review');
    expect(measures('発送時のチェックを強化する。')).toContain('process_review');
    expect(measures('顧客データの暗号化処理を行った。')).toContain('encryption');
    expect(measures('異常を検知・遮断する機器を導入した。')).toContain('monitoring_enhanced');
    expect(measures('改ざんされた箇所を修正した。')).toContain('bug_fixed');
    expect(measures('不審者からの電話には注意するよう呼びかけた。')).toContain('phishing_warning');
  });
});
