import { describe, expect, it } from 'vitest';
import { IncidentRecord } from '../incidents/record.js';
import { parseCaAg } from './ca-ag.js';
import { parseCsv, uniq, usDate } from './common.js';
import { parseHhs, wolframDate, wolframQuantity } from './hhs.js';
import { parseHibp } from './hibp.js';
import { type JpRow, parseJpList } from './jp-list.js';
import { dedupePrc, parsePrc } from './prc.js';
import { parseWaAg } from './wa-ag.js';

// Every row below is fictional, written for these tests.

const valid = (r: unknown) => IncidentRecord.parse(r);

describe('common', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n1,"x, ""y""\nz"\n2,\n')).toEqual([
      { a: '1', b: 'x, "y"\nz' },
      { a: '2', b: '' },
    ]);
  });

  it('reads the US date forms of the lists', () => {
    expect(usDate('October 21, 2009')).toBe('2009-10-21');
    expect(usDate('03/28/2018 12:00:00 AM')).toBe('2018-03-28');
    expect(usDate('02-06-17 0:00')).toBe('2017-02-06');
    expect(usDate('February 30, 2019')).toBeNull();
    expect(usDate('')).toBeNull();
  });

  it('keeps each alias once, trimmed, in first-seen order, without blanks or the excluded names', () => {
    expect(
      uniq([' Hoshizora Mart ', 'Hoshizora Mart', '', null, undefined, 'HSM', 'Hoshizora'], ['HSM']),
    ).toEqual(['Hoshizora Mart', 'Hoshizora']);
  });
});

describe('PRC chronology', () => {
  const older = [
    '"Date Made Public","Company","Location","Type of breach","Type of organization","Records Breached","Total Records","Description of incident","Information Source"',
    '"March 3, 2015","Northwind Clinic","Springfield, Ohio","HACK","MED","12,000","12,000","(fictional text never read)","Media"',
    '"May 9, 2012","Contoso Savings","Dover, Delaware","PORT","BSF","Unknown","Unknown","(fictional)","Media"',
  ].join('\n');
  const newer = [
    '"Date Made Public","Company","Location","Type of breach","Type of organization","Records Breached","Total Records","Description of incident","Information Source","Source URL"',
    '"March 3, 2015","Northwind Clinic","Springfield, Ohio","HACK","MED","12,000","12,000","(fictional)","Media","https://example.org/northwind"',
  ].join('\n');

  it('maps types to causes and sectors, counts to records, the date to published', () => {
    const { records } = parsePrc(older, { file: '2005', dataset: 'prc-a.csv' });
    const [a, b] = records.map(valid);
    expect(a).toMatchObject({
      key: 'prc:2005:1',
      published: '2015-03-03',
      causes: ['unauthorized_access'],
      sector: 'health',
      affected: { count: 12000, unit: 'records', qualifier: 'exact' },
      provenance: 'dataset',
      origin: { dataset: 'prc-a.csv', row: 1, url: null },
    });
    expect(b).toMatchObject({ causes: ['loss_or_theft'], sector: 'finance', affected: null });
  });

  it('drops the older file rows that the newer repeats', () => {
    const a = parsePrc(older, { file: '2005', dataset: 'a' }).records;
    const b = parsePrc(newer, { file: '2016', dataset: 'b' }).records;
    const { kept, dropped } = dedupePrc(a, b);
    expect(kept.map((r) => r.key)).toEqual(['prc:2005:2']);
    expect(dropped).toEqual([{ key: 'prc:2005:1', by: 'prc:2016:1' }]);
    expect(b[0]!.source_url).toBe('https://example.org/northwind');
  });
});

describe('HHS (Wolfram export)', () => {
  it('reads Quantity and DateObject values', () => {
    expect(wolframQuantity('Quantity[2400, "People"]')).toBe(2400);
    expect(wolframQuantity('Missing["NotAvailable"]')).toBeNull();
    expect(wolframDate('DateObject[{2014, 7, 3}, "Day", "Gregorian", -5.]')).toBe('2014-07-03');
  });

  it('maps a row to people affected, submission date and causes', () => {
    const csv = [
      '"Location","CoveredEntityName","CoveredEntityType","IndividualsAffected","BreachSubmissionDate","BreachType","BreachedInformationLocation","BusinessAssociatePresent","WebDescription"',
      '"Entity[""AdministrativeDivision"", {""Ohio"", ""UnitedStates""}]","Northwind Clinic","Healthcare Provider","Quantity[2400, ""People""]","DateObject[{2014, 7, 3}, ""Day"", ""Gregorian"", -5.]","Theft, Hacking/IT Incident","Laptop","False","(fictional)"',
    ].join('\n');
    const [r] = parseHhs(csv).records.map(valid);
    expect(r).toMatchObject({
      key: 'hhs:1',
      published: '2014-07-03',
      affected: { count: 2400, unit: 'people', qualifier: 'exact' },
      causes: ['loss_or_theft', 'unauthorized_access'],
      sector: 'health',
    });
  });
});

describe('WA Attorney General', () => {
  it('keeps each date with its meaning and residents as people', () => {
    const csv = [
      'DateAware,DateSubmitted,DataBreachCause,DateStart,DateEnd,Name,Id,CyberattackType,WashingtoniansAffected,IndustryType,BusinessType,DaysToContainBreach',
      '03/28/2018 12:00:00 AM,04-11-18 0:00,Cyberattack,09/26/2017 12:00:00 AM,10-12-17 0:00,Fabrikam Outfitters,77,Ransomware,1500,Business,Clothing,3',
      '03/30/2018 12:00:00 AM,04-11-18 0:00,Cyberattack,,,Tailspin Toys,78,Malware,900,Business,Retail,',
    ].join('\n');
    const [r, noDays] = parseWaAg(csv).records.map(valid);
    expect(noDays?.contained).toBeNull();
    expect(r).toMatchObject({
      key: 'wa-ag:77',
      detected: '2018-03-28',
      contained: '2018-03-31',
      published: '2018-04-11',
      incident_start: '2017-09-26',
      incident_end: '2017-10-12',
      affected: { count: 1500, unit: 'people', qualifier: 'exact' },
      causes: ['ransomware'],
      sector: 'retail',
    });
  });
});

describe('CA Attorney General', () => {
  it('maps the category to a cause and keeps the notice address; never reads the abstract', () => {
    const line = JSON.stringify({
      organization: 'Fabrikam Outfitters',
      date_text: 'June 01, 2018',
      notice_url: 'https://oag.ca.gov/system/files/fabrikam.pdf',
      category: 'Third PartyThird Party',
      abstract: 'fictional abstract',
    });
    const [r] = parseCaAg(`${line}\nnot json\n`).records.map(valid);
    expect(r).toMatchObject({
      key: 'ca-ag:1',
      incident_start: '2018-06-01',
      causes: ['third_party'],
      source_url: 'https://oag.ca.gov/system/files/fabrikam.pdf',
    });
    expect(JSON.stringify(r)).not.toContain('fictional abstract');
    expect(parseCaAg(`${line}\nnot json\n`).skipped).toHaveLength(1);
  });
});

describe('HIBP', () => {
  it('counts accounts, leaves published empty and names supplement rows from their logo', () => {
    const rows = [
      {
        Name: 'Fabrikam',
        Title: 'Fabrikam',
        Domain: 'fabrikam.jp',
        BreachDate: '2019-04-01',
        PwnCount: 5000,
        DataClasses: ['Email addresses'],
      },
      {
        Title: 'Contoso Forum',
        LogoPath: 'https://logos.example/ContosoForum.png',
        PwnCount: 10,
        DataClasses: [],
      },
      { Name: 'Spam', Title: 'Spam', PwnCount: 1, IsSpamList: true },
    ];
    const { records, skipped } = parseHibp(rows);
    const [a, b] = records.map(valid);
    expect(a).toMatchObject({
      key: 'hibp:Fabrikam',
      country: 'JP',
      published: null,
      incident_start: '2019-04-01',
      affected: { count: 5000, unit: 'accounts', qualifier: 'exact' },
    });
    expect(b!.key).toBe('hibp:ContosoForum');
    expect(skipped).toEqual([{ row: 3, reason: 'fabricated or spam list' }]);
  });
});

describe('JP announcements list', () => {
  it('maps a row to a Japanese record with its sector and origin', () => {
    const row: JpRow = {
      date: '2026-02-01',
      org: '架空商事株式会社',
      service: '架空ストア',
      kana: 'かくうしょうじ',
      category: 'retail',
      count: '約1,200件',
      status: '確認',
      items: ['氏名', 'メールアドレス'],
      url: 'https://example.co.jp/news/1',
      src: 'x',
    };
    const { records } = parseJpList([row]);
    const [r] = records.map(valid);
    expect(r).toMatchObject({
      key: 'starter:jpsa-000',
      lang: 'ja',
      country: 'JP',
      published: '2026-02-01',
      affected: { count: 1200, unit: 'records', qualifier: 'approx' },
      leak_status: 'confirmed',
      sector: 'retail',
      origin: { dataset: 'jp_security_announcements.json', row: 1, url: 'https://example.co.jp/news/1' },
    });
    expect(r!.data_classes).toEqual(['Email addresses', 'Names']);
  });
});

describe('JP notices (extracted)', () => {
  it('keeps a breach notice as facts and skips a disciplinary notice and a page with no organisation', async () => {
    const { parseJpNotices, unnamedOrganisation } = await import('./jp-notices.js');
    const notice = [
      '2024年5月17日',
      '株式会社架空ネット',
      '不正アクセスによる個人情報漏えいのお知らせ',
      '当社の通販サーバーが外部から不正アクセスを受け、会員の氏名とメールアドレス1,200件が流出しました。',
    ].join('\n');
    const lines = [
      { url: 'https://example.co.jp/news/1', title: 'お知らせ', text: notice, posted: '2024-05-17' },
      {
        url: 'https://example.lg.jp/2',
        title: '懲戒処分の公表について',
        text: '1 所属 総務課\n2 処分の内容 減給',
        posted: null,
      },
      { url: 'https://example.org/3', title: 'ご案内', text: '本日は晴天なり。', posted: null },
    ].map((l) => JSON.stringify(l));
    const { records, skipped } = parseJpNotices(lines.join('\n'));
    expect(records).toHaveLength(1);
    const r = valid(records[0]);
    expect(r.organization.name).toContain('架空ネット');
    expect(r).toMatchObject({ provenance: 'extracted', country: 'JP', origin: { row: 1 } });
    expect(r.data_classes).toEqual(expect.arrayContaining(['Names', 'Email addresses']));
    expect(skipped.map((s) => s.row)).toEqual([2, 3]);
    expect(unnamedOrganisation('学校法人')).toBe(true);
    expect(unnamedOrganisation('都立高等学校')).toBe(true);
    expect(unnamedOrganisation('株式会社架空ネット')).toBe(false);
  });
});
