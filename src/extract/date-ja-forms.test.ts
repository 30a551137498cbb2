import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本会, 株式会社サンプル商事, 見本市); no real organisation or person.
const dates = (t: string) => incidentDates(t);
const HEAD = '一般社団法人見本会 メール誤送信についてのお詫び\n2099年2月1日\n';

describe('Japanese date forms (session 9, branch h/ja-do)', () => {
  it('reads the humble いたし form of a sending, a loss or an infection as the event', () => {
    const sent = `${HEAD}2099年1月10日に会員30名、及び2099年1月17日に会員34名の方に宛てた案内メールを送信いたしました。その際、BCCではなくTOにて送付してしまいました。2099年1月20日に気が付きました。`;
    expect(dates(sent)).toMatchObject({ start: '2099-01-10', end: '2099-01-17', detected: '2099-01-20' });
    const lost = `${HEAD}2099年1月10日、職員が会員名簿を紛失いたしました。2099年1月12日に判明しました。`;
    expect(dates(lost)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
    const infected = `${HEAD}2099年1月10日、事務局のパソコンがマルウェアに感染いたしました。翌11日に判明しました。`;
    expect(dates(infected)).toMatchObject({ start: '2099-01-10', detected: '2099-01-11' });
  });

  it('reads a notice, warning, call or tip received as the finding (通知があり, 警告を受け, お電話をいただき)', () => {
    const sent = `${HEAD}2099年1月10日、事務局が会員あての案内文を郵送しました。`;
    const told = [
      '翌日、受け取った方から別の方の書類が同封されていたとの通知がありました。',
      '翌日、受け取った方から、別の方の氏名が記載されているとのお電話をいただきました。',
      '翌日、受け取った方からお問い合わせを複数いただき、調査を行いました。',
    ];
    for (const t of told)
      expect(dates(sent + t)).toMatchObject({ start: '2099-01-10', detected: '2099-01-11' });
    const warned = `${HEAD}2099年1月15日、監視業者から、当会のサーバーが外部と不審な通信を行っているとの警告を受けました。`;
    expect(dates(warned).detected).toBe('2099-01-15');
    const found = `${HEAD}2099年1月15日、当会はサーバーへの不正アクセスを検出しました。`;
    expect(dates(found).detected).toBe('2099-01-15');
  });

  it('gives the day an attack was confirmed as the finding too, when nothing else tells one', () => {
    const t = `${HEAD}当会は、2099年1月15日、事務局のファイルサーバーがランサムウェアによる攻撃を受けたことを確認しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-01-15', detected: '2099-01-15' });
    // (Another finding told: that one is the finding.)
    const other = `${t}2099年1月16日、外部の専門家による調査で、会員情報の流出が判明しました。`;
    expect(dates(other).detected).toBe('2099-01-16');
    // (A clause between the event and the confirmation: not read.)
    const later = `${HEAD}2099年1月15日、事務局のサーバーが攻撃を受け、調査の結果、情報が流出したことを確認しました。`;
    expect(dates(later).detected).toBeNull();
  });

  it('reads a timeline row that ends on the noun of the incident (体言止め: 「…に不正アクセス」) as the event', () => {
    const t = `${HEAD}経緯\n2099年1月10日 会員サイトに不正アクセス\n2099年1月14日 決済代行会社より連絡\n2099年1月15日 会員サイトを停止`;
    expect(dates(t)).toMatchObject({ start: '2099-01-10', detected: '2099-01-14' });
    const lost = `${HEAD}経緯\n1月10日 営業担当者が顧客名簿を紛失\n1月11日 紛失に気付き、社内を捜索`;
    expect(dates(lost)).toMatchObject({ start: '2099-01-10', detected: '2099-01-11' });
  });

  it('ends a page put up by mistake on the day it was taken down, also when told right after the finding', () => {
    const head = '見本市 資料の誤掲載について\n2099年2月1日\n';
    const posted = `${head}2099年1月12日(月)に市のホームページに掲載した資料に、個人情報が含まれていました。`;
    const found = '2099年1月14日(水)、市民の方からのご指摘で判明し、';
    for (const step of [
      '直ちに資料を削除しました。',
      '同日中に資料を削除しました。',
      'ただちに資料を非公開としました。',
    ])
      expect(dates(posted + found + step)).toMatchObject({
        start: '2099-01-12',
        end: '2099-01-14',
        detected: '2099-01-14',
      });
    // (「速やかに」 may be days later; a request to others to delete is no step of the organisation's.)
    expect(dates(`${posted}${found}速やかに資料を削除しました。`).end).toBeNull();
    expect(dates(`${posted}${found}直ちに閲覧した方に削除をお願いしました。`).end).toBeNull();
  });

  it('reads 「不正アクセスがありました」 as the start, not when it is what someone reported (「Xより、…があり、…旨の報告」)', () => {
    const t = `${HEAD}2099年1月10日、当会の会員サイトに第三者による不正アクセスがありました。2099年1月12日、決済代行会社からの連絡で判明しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
    const told = `${HEAD}2099年1月12日、保守業者より、同社のサーバーに不正アクセスがあり、当会の名簿も含まれていたとの報告を受けました。`;
    expect(dates(told)).toMatchObject({ start: null, detected: '2099-01-12' });
  });

  it('reads a finding whose sentence a PDF wrapped after it opened mid-line', () => {
    const t = `${HEAD}2099年1月10日、事務局が案内文を郵送しました。2099年1月12日、受け取った方から連絡が\nあり、誤送付が判明しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
  });

  it('reads label–value lines of a finding or an act in their common spellings', () => {
    const head = '見本市 書類の紛失について\n2099年2月1日\n';
    expect(dates(`${head}【発生日】2099年1月10日\n【判明日】2099年1月12日`)).toMatchObject({
      start: '2099-01-10',
      detected: '2099-01-12',
    });
    expect(dates(`${head}発生年月日 2099年1月10日\n判明年月日 2099年1月12日`).detected).toBe('2099-01-12');
    for (const label of ['覚知日:', '確認日:', '事案認知日:'])
      expect(dates(`${head}${label}2099年1月12日`).detected).toBe('2099-01-12');
    expect(dates(`${head}紛失日 2099年1月10日\n紛失に気付いた日 2099年1月12日`)).toMatchObject({
      start: '2099-01-10',
      detected: '2099-01-12',
    });
    expect(dates(`${head}誤送信日時 2099年1月10日 10時15分`).start).toBe('2099-01-10');
    expect(dates(`${head}(2) 判明した日\n2099年1月12日(月)`).detected).toBe('2099-01-12');
    expect(dates(`${head}2 判明日時等\n2099年1月12日(月)午前10時`).detected).toBe('2099-01-12');
    // (A cleft names the finding's day.)
    expect(dates(`${head}通知書の誤送付が判明したのは、2099年1月12日です。`).detected).toBe('2099-01-12');
    expect(dates(`${head}誤送付の発覚は2099年1月12日(月)でした。`).detected).toBe('2099-01-12');
    // (A bare 発送日 is often the day the apologies went out: no event.)
    expect(dates(`${head}3.お詫び文書の発送日\n\n2099年1月20日(火)`).start).toBeNull();
  });

  it('reads a window whose last day is told relative to its first (「翌29日早朝にかけて」)', () => {
    const t = `${HEAD}2099年1月28日(水)深夜から翌29日(木)早朝にかけて、当会のサーバーが不正アクセスを受けました。`;
    expect(dates(t)).toMatchObject({ start: '2099-01-28', end: '2099-01-29' });
  });

  it('reads a table cell that ends on a sending (「| 通知書を発送 |」) as the event', () => {
    const t = `${HEAD}経緯\n| 日付 | 内容 |\n| 1月10日 | 案内文を発送 |\n| 1月12日 | 会員から連絡があり判明 |`;
    expect(dates(t)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
    const told = `${HEAD}経緯\n| 日付 | 内容 |\n| 1月10日 | 案内文を発送 |\n| 1月12日 | 受け取った会員から当会へ連絡 |`;
    expect(dates(told)).toMatchObject({ start: '2099-01-10', detected: '2099-01-12' });
  });
});
