import { describe, expect, it } from 'vitest';
import { extractCounts } from './counts.js';
import { sents } from './testing/helpers.js';

// Invented notices: what a figure counts is read from its noun and the clause around it.
const headline = (t: string) => extractCounts(sents(t)).affected?.value ?? null;

describe('extractCounts: English figures that do not count the affected set', () => {
  it('leaves out the size of the organisation, read from the verb of its clause', () => {
    expect(
      headline(
        'Maple Ridge Schools said student records were exposed. The district employs 4,210 staff members and enrolled 38,900 students in 61 schools.',
      ),
    ).toBeNull();
    expect(
      headline(
        'Letters went to 2,150 students and staff whose data may have been exposed. The district serves roughly 40,000 students.',
      )?.count,
    ).toBe(2150);
  });
  it('leaves out people of another set, unless the sentence speaks to the reader', () => {
    expect(
      headline('The vendor incident has already touched more than 3 million other patients nationwide.'),
    ).toBeNull();
    expect(
      headline('Someone filed your return and those of a total of 12 other clients without consent.')?.count,
    ).toBe(12);
  });
  it('leaves out mailboxes broken into and the people who looked at the data', () => {
    expect(headline('Three employee email accounts were compromised by a phishing message.')).toBeNull();
    expect(headline('We determined that two individuals had accessed the shared report.')).toBeNull();
    expect(
      headline('The spreadsheet was briefly viewed by two individuals before it was deleted.'),
    ).toBeNull();
  });
  it('reads a year after a date as a date, not as a figure', () => {
    expect(headline('On the morning of March 4, 2021 sent customers a notice about the reset.')).toBeNull();
    expect(headline('Between June 2022 two authorized users opened the files.')).toBeNull();
  });
});

describe('extractCounts: whose data, read from the preposition that ties a figure to it', () => {
  it('counts the owners named after of/for, whatever the noun', () => {
    expect(
      headline(
        'The file held the name, date of birth and pension balance for 7,412 current and former teammates.',
      ),
    ).toEqual({ count: 7412, unit: 'people', qualifier: 'exact' });
    expect(
      headline('Intruders reached order data for thirty of the platform’s online retailer customers.'),
    ).toEqual({ count: 30, unit: 'companies', qualifier: 'exact' });
  });
  it('does not count time or things after for', () => {
    expect(headline('We are offering credit monitoring details for 24 months at no cost.')).toBeNull();
  });
});

describe('extractCounts: rounded headlines beside the exact figure', () => {
  it('prefers the exact count to a headline in millions with one decimal', () => {
    expect(
      headline(
        'Harbor Health breach reached 2.3 million patients. Harbor Health is mailing letters to 2,296,514 affected individuals.',
      ),
    ).toEqual({ count: 2296514, unit: 'people', qualifier: 'exact' });
  });
});

describe('extractCounts: Japanese figures read from their noun', () => {
  it('keeps whose data a spam sentence names, and drops the mail counts', () => {
    expect(
      headline(
        '乗っ取られたアカウントから迷惑メール120,000件が送信されたほか、送信済みメール1件に1人の名前と住所が記載されていた。',
      ),
    ).toEqual({ count: 1, unit: 'people', qualifier: 'exact' });
  });
  it('reads letters misdelivered or lost when no other figure is given, not letters mailed', () => {
    expect(headline('納付書を312通郵送した際、別の方の書類1通を誤って同封し送付しました。')?.count).toBe(1);
    expect(headline('申請書類およそ80通の所在が分からなくなりました。')).toEqual({
      count: 80,
      unit: 'records',
      qualifier: 'approx',
    });
    expect(headline('案内文を1,200通郵送しました。')).toBeNull();
  });
});

describe('extractCounts: mail a hijacked account sent, and a rounded figure beside a qualified one', () => {
  it('leaves out mail counted by 件 whose clause says it was made or sent', () => {
    expect(
      headline(
        '不正に利用されたアカウントから、812件のメールが作成され、約4万アドレス宛に送られていました。',
      ),
    ).toBeNull();
  });
  it('prefers "about 1,870" to a headline of "nearly 2,000"', () => {
    expect(
      headline(
        'Clinic notifies nearly 2,000 patients. The clinic notified about 1,870 patients that their records may have been exposed.',
      )?.count,
    ).toBe(1870);
  });
});
