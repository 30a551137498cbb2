import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices (invented bodies and hosts) for the structural stage cues of session 17: numbered
// titles, references back to earlier notices, a finished investigation, and an address that files the
// page as an update.
const stageOf = (url: string, t: string) => extract(`${url}\n${t}`).report_stage?.value ?? null;
const JA = 'https://www.mihon-shoji.example.jp/news/20250301.html';
const EN = 'https://www.fernwood-example.org/news/notice';

describe('Japanese report stage: structural cues', () => {
  it('reads a numbered sequel in the title (その2) as an update', () => {
    expect(
      stageOf(
        JA,
        '会員サイトの不正アクセス 調査の状況(その2)\n見本商事株式会社\n当社は1月中旬に判明した不正アクセスについて、外部の専門家と調査を進めております。引き続き調査をしております。',
      ),
    ).toBe('update');
  });

  it('does not read a promised additional report or sequel as this notice being one', () => {
    expect(
      stageOf(
        JA,
        '不正アクセス発生に関するお知らせ\n見本商事株式会社は、社内ネットワークへの不正アクセスを確認しました。現在、原因を調査しております。追加のご報告が要る場合には、本ページに掲載いたします。',
      ),
    ).toBe('first');
    expect(
      stageOf(
        JA,
        '当社サーバーへの不正アクセスについて\n見本商事株式会社のサーバーが第三者の攻撃を受けました。現在調査中です。続報は判明次第お知らせいたします。',
      ),
    ).toBe('first');
  });

  it('reads notices sent so far and an interim report already sent as references back', () => {
    expect(
      stageOf(
        JA,
        'システム障害に関するご報告\n10月に発生したシステム障害について、これまで組合だよりでご報告してまいりましたが、本日、調査の現状をまとめてお届けします。',
      ),
    ).toBe('update');
    expect(
      stageOf(
        JA,
        '保護者の皆様へ\n見本保育園のパソコンがマルウェアに感染した件について、郵送で、5 月 2 日に事案の概要を、6 月 9 日に経過報告をお届けしました。本日は対象となる情報についてお知らせします。',
      ),
    ).toBe('update');
  });

  it('reads 前報 cited and a 【追加情報】 heading as a later report', () => {
    expect(
      stageOf(
        JA,
        '見本ストアの件について\n前報のとおり、見本ストアは停止しております。対象者への連絡を始めました。',
      ),
    ).toBe('update');
    expect(
      stageOf(JA, '見本ストアへの不正アクセスについて【追加情報】\n対象となるお客様の範囲を更新しました。'),
    ).toBe('update');
  });

  it('reads a finished investigation told in the plain past (調査が完了した) as final, not one to come', () => {
    expect(
      stageOf(
        JA,
        '見本ストアへの不正アクセスについて\n6月に公表した事案につき、外部機関による調査が完了したことをご報告します。対象のお客様は312名と特定されました。',
      ),
    ).toBe('final');
    expect(
      stageOf(
        JA,
        '見本ストアへの不正アクセスについて\n見本ストアに不正アクセスがありました。現在調査中です。調査が完了した後、改めてお知らせいたします。',
      ),
    ).toBe('first');
  });
});

describe('English report stage: structural cues', () => {
  it('reads a dated earlier announcement by the organisation as a reference back', () => {
    expect(
      stageOf(
        EN,
        'On Tuesday, March 4, 2025, we shared that the Fernwood school network was hit by ransomware. Restoration continues. More news will follow when we have it.',
      ),
    ).toBe('update');
    expect(
      stageOf(
        EN,
        'Fernwood Clinic writes again about the previously announced network incident at its clinic. Our review of the affected files is ongoing.',
      ),
    ).toBe('update');
  });

  it('does not take a report to the police or an earlier notice named as "initial" for a stage of its own', () => {
    expect(
      stageOf(
        EN,
        'On March 4, 2025, we reported the incident to law enforcement and began an investigation of the Fernwood network.',
      ),
    ).toBe(null);
    expect(
      stageOf(
        EN,
        'As described in our initial notice, Fernwood Clinic found malware on a billing server. Since then, our review found names and dates of birth in the affected files.',
      ),
    ).toBe('update');
  });

  it('reads a letter cited by its date, a numeric-dated update line and "this is an update to"', () => {
    expect(
      stageOf(
        EN,
        'Dear patient,\nIn our letter dated May 2, 2025, Fernwood Clinic described a billing server outage.',
      ),
    ).toBe('update');
    expect(stageOf(EN, 'Network incident\nUpdate 6/14: Fernwood email service is back for all staff.')).toBe(
      'update',
    );
    expect(stageOf(EN, 'This is an update to our notice about the Fernwood billing server.')).toBe('update');
  });

  it('reads an address whose last path segment files the page as an update', () => {
    expect(
      stageOf(
        'https://www.fernwood-example.org/news/update-on-network-incident/',
        'We continue to make progress restoring the city systems affected by the ransomware incident of May 3.',
      ),
    ).toBe('update');
    expect(
      stageOf(
        'https://www.fernwood-example.org/blog?updated-max=2024-01-01',
        'Fernwood Clinic found malware on a billing server on May 3 and notified the patients whose names were in it.',
      ),
    ).toBe(null);
  });
});

describe('Japanese report stage: a news report of what was newly found', () => {
  it('reads 「新たに…が確認された」 in a news lead as a later report', () => {
    expect(
      stageOf(
        'https://news.example.jp/it/0412.html',
        'ミナト精工、取引先の情報も流出と報告\nミナト精工は12日、先に公表したサイバー攻撃の被害で、新たに取引先およそ300社の担当者の情報が漏れていたおそれが確認されたと公表した。詳しいことは判明次第改めて報告するという。',
      ),
    ).toBe('update');
  });
  it('keeps a promise about new findings as a first report', () => {
    expect(
      stageOf(
        JA,
        '弊社サーバーへの不正アクセスのご報告\n弊社のサーバーで不正アクセスが確認されました。現在は外部の専門機関とともに調査しております。新たに判明した場合は、あらためてお知らせします。',
      ),
    ).toBe('first');
  });
});
