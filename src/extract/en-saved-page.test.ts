import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional pages in a saved page's layout: the address, the title on the next line, then the body
// with no blank line between (session 19, branch h/enorg5).
const page = (url: string, title: string, body: string) => extract(`${url}\n${title}\n${body}`);
const org = (url: string, title: string, body: string) => page(url, title, body).organization?.value ?? null;

describe('English organisation: a saved page’s title right under its address', () => {
  it('reads the subject of a sentence-case headline that the body follows at once', () => {
    expect(
      org(
        'https://news.example.net/tech/larkmoor-outfitters-skimmer',
        'Larkmoor Outfitters confirms and removes card skimmer',
        'The retailer said the code had been placed on its check-out page. Shoppers who paid by card in spring may be affected.',
      ),
    ).toBe('Larkmoor Outfitters');
  });
  it('does not take a Title Case headline’s descriptor the body never writes as a name', () => {
    const got = org(
      'https://news.example.net/schools/breach-letters',
      'Coastal State School System Mails Out Hack Letters',
      'Brightwater Valley Schools began writing to staff whose data may have been stolen. Brightwater Valley Schools said the attack came in August.',
    );
    expect(got).not.toBe('Coastal State School System');
  });
  it('does not take a Title Case headline’s generic body ("City Council") as the issuer', () => {
    const got = org(
      'https://portal.example.net/articles/1234/council-ransom',
      'Town Council Reveals Ransom Payment After Cyber Attack',
      'At a recent meeting, officials said an outsider reached the town’s servers and asked for a ransom. The town council agreed to pay.',
    );
    expect(got).toBeNull();
  });
});

describe('English organisation: a lead that reports a count or an attacker without "that"', () => {
  it('reads the subject of "said more than N … were accessed"', () => {
    expect(
      org(
        'https://news.example.net/education/district-hack',
        'District hack reaches thousands of pupils',
        'Families were told on Friday. Redfern Unified School District, the largest district in the county, said more than 40,000 pupils and staff had their records accessed through a phishing attack.',
      ),
    ).toBe('Redfern Unified School District');
  });
  it('reads the subject across an adverb before the reporting verb ("X originally confirmed that …")', () => {
    expect(
      org(
        'https://news.example.net/tech/carrier-count',
        'More mobile customers caught up in upgrade fraud',
        'Brightline Mobile originally confirmed that 12,400 customers had been hit by the attack in March.',
      ),
    ).toBe('Brightline Mobile');
  });
  it('reads the subject of "says hackers stole …"', () => {
    expect(
      org(
        'https://news.example.net/business/ferry-hack',
        'Ferry line breach',
        'Customers are being told to watch their accounts. Bayline Ferries says hackers stole booking records in June.',
      ),
    ).toBe('Bayline Ferries');
  });
});

describe('English organisation: a seat set off by commas, a notice told as the body’s', () => {
  it('reads the subject across "in Town, State," before "recently began contacting"', () => {
    expect(
      org(
        'https://news.example.net/health/ortho-hack',
        'Hackers lock clinic systems, take files',
        'Kestrel Bone and Joint Partners in Millbrook, Ore., recently began contacting patients whose scans and files were taken in an attack.',
      ),
    ).toBe('Kestrel Bone and Joint Partners');
  });
  it('reads the body whose notice is cited ("according to X’s public notice")', () => {
    expect(
      org(
        'https://news.example.net/region/billing-hack',
        'Half a million patients’ billing records may be exposed',
        'Billing records of patients across the valley may have been taken by hackers. There was no sign the data was misused, according to Ridgeway Billing Services’ mandatory public notice.',
      ),
    ).toBe('Ridgeway Billing Services');
  });
  it('does not take a regulator whose notice is cited', () => {
    const got = org(
      'https://news.example.net/region/clinic-filing',
      'Clinic breach filing',
      'A clinic reported a breach last week. The figures come from the Vermont Attorney General’s breach notice.',
    );
    expect(got ?? '').not.toMatch(/Attorney General/);
  });
});

describe('English report stage: a news report of an "updated release"', () => {
  it('reads the body’s updated release or statement as an update', () => {
    const f = page(
      'https://news.example.net/local/county-data',
      'County says residents’ data is safe',
      'Last month the county announced that a former clerk took files home. “No data was put online,” the county added in an updated statement.',
    );
    expect(f.report_stage?.value).toBe('update');
  });
  it('reads what the body said "in an update on <date>" as a later report', () => {
    const f = page(
      'https://news.example.net/health/clinic-files',
      'Clinic group says attackers took files',
      'DALEFORD — Harrowgate Clinics now says attackers took files from two servers. In an update on June 3, Harrowgate Clinics said its review was continuing.',
    );
    expect(f.report_stage?.value).toBe('update');
  });
  it('does not read "updated" about something else', () => {
    const f = page(
      'https://news.example.net/local/county-data',
      'County data incident',
      'The county said a laptop was stolen from a car in May. Staff have updated their passwords.',
    );
    expect(f.report_stage?.value ?? null).toBe(null);
  });
});

describe('English published date: a date in brackets opening the first paragraph', () => {
  it('reads "(Month D, YYYY) Name …" as the page’s date', () => {
    const f = page(
      'https://www.tollgate-cu.example.org/notice',
      'Notice of Data Event',
      '(March 9, 2022) Tollgate Community Credit Union is giving notice of an event that may affect some members’ information. On January 4, 2022, we found unusual activity in a staff mailbox.',
    );
    expect(f.published?.value).toBe('2022-03-09');
  });
  it('does not read a bracketed date inside a sentence', () => {
    const f = page(
      'https://www.tollgate-cu.example.org/notice',
      'Notice of Data Event',
      'Tollgate Community Credit Union found unusual activity (January 4, 2022) in a staff mailbox and is giving notice of it.',
    );
    expect(f.published?.value ?? null).toBe(null);
  });
});
