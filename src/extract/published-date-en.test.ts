import { describe, expect, it } from 'vitest';
import { findPublished } from './published-date.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';

function published(t: string): string | null {
  const lines = splitLines(t);
  return findPublished(lines, 'en', null, readStructure(lines, 'en'))?.iso ?? null;
}

const URL = 'https://www.example-clinic.org/news/notice';

describe('English web page dates', () => {
  it('reads a byline left as "on <date>" or "<date> -" under the heading', () => {
    expect(
      published(`${URL}\nStatus of our phone lines\n\non March 4, 2021\n\nOur phones went down on Monday.`),
    ).toBe('2021-03-04');
    expect(
      published(
        `${URL}\nStatement on a vendor incident\n\nAug 9, 2022 -\n\nA printing vendor told us of an attack.`,
      ),
    ).toBe('2022-08-09');
    expect(published(`${URL}\nA heading\nPosted on June 2, 2020\nThe clinic learned of a theft.`)).toBe(
      '2020-06-02',
    );
  });

  it('reads a labelled posting date that carries a time of day', () => {
    expect(
      published(
        `${URL}\nNotice of a Privacy Event\nPost Date:05/14/2023 9:12 AM\nMaple Vale Library lost a tablet.`,
      ),
    ).toBe('2023-05-14');
    expect(
      published(
        `${URL}\nNotice of a Privacy Event\nPublished: 11/02/2021 4:40 PM\nThe library lost a tablet.`,
      ),
    ).toBe('2021-11-02');
  });

  it('reads a short US date with a two-digit year alone on its line', () => {
    expect(
      published(
        `${URL}\nCustomer notice\nContact: Pat Example\n\n03/15/22\n\nFOR IMMEDIATE RELEASE\nThe town learned of a skimmer.`,
      ),
    ).toBe('2022-03-15');
  });

  it('reads the dateline of a wire press release', () => {
    expect(
      published(
        `${URL}\nA blog's comment on the release.\nSPRINGDALE, Ore., May 3, 2024 /PRNewswire/ — Willow Creek Clinic ("WCC") announced today that it found malware on a server on March 1, 2024.`,
      ),
    ).toBe('2024-05-03');
    expect(
      published(
        `${URL}\nHeading\nRIVERTON, Utah, Feb. 12, 2019 -- Example Grocers said on Tuesday that card readers at two stores were tampered with.`,
      ),
    ).toBe('2019-02-12');
  });

  it('reads a date the page title closes with', () => {
    expect(published(`${URL}\nSECURITY INCIDENT UPDATE (Friday 9 June, 2023)\nWe write with news.`)).toBe(
      '2023-06-09',
    );
    expect(published(`${URL}\nNotice of Data Incident – April 18, 2022\nWe write with news.`)).toBe(
      '2022-04-18',
    );
  });

  it('does not read a date inside prose, a timeline or a title that names the incident month', () => {
    expect(
      published(`${URL}\nNotice of Data Breach - May 2021\nOn May 3, 2021, we found malware.`),
    ).toBeNull();
    expect(
      published(
        `${URL}\nHeading\nWhat Happened\nOn March 2, 2022 - an intruder entered our network.\nMore text.`,
      ),
    ).toBeNull();
    expect(published(`${URL}\nHeading\nSome town, some state — nothing dated here.`)).toBeNull();
  });
});

describe('English bylines', () => {
  it('reads a bare "Published" label before the date', () => {
    expect(published(`${URL}\nA heading\nPublished March 3, 2023\nThe clinic found malware.`)).toBe(
      '2023-03-03',
    );
  });

  it('does not read a byline that names its writer (a blog or news site reposting a notice signs so)', () => {
    expect(
      published(`${URL}\nA heading\nPosted by Web Desk on March 3, 2023\nThe clinic found malware.`),
    ).toBeNull();
    expect(
      published(`${URL}\nA heading\nBy Jo Example | March 3, 2023\nThe clinic found malware.`),
    ).toBeNull();
    expect(published(`${URL}\nA heading\nMarch 3, 2023 by Jo Example\nThe clinic found malware.`)).toBeNull();
    expect(
      published(`${URL}\nA heading\nPosted on March 3, 2023 by Jo Example\nThe clinic found malware.`),
    ).toBeNull();
  });

  it('does not read a dated line of the story as a byline', () => {
    expect(
      published(`${URL}\nA heading\nAttacked by ransomware on March 3, 2023\nThe clinic found malware.`),
    ).toBeNull();
  });
});

describe('English pages: a bare "date" label and an update heading', () => {
  it('reads a date after a bare "date" label at the top', () => {
    expect(
      published(
        `${URL}\n\n date 2022-03-14 RIVERTON: A clinic said on Monday that an intruder copied files.`,
      ),
    ).toBe('2022-03-14');
  });

  it('reads the date of an update heading when the page prints no other date of its own', () => {
    expect(
      published(
        `${URL}\nSTATUS:\nFixed\nSome invoices went to the wrong customers.\n\nUpdated Statement (9th May 2022)\n\nOur audit found no other customer saw them.`,
      ),
    ).toBe('2022-05-09');
    expect(
      published(
        `${URL}\nPosted: March 2, 2022\nSome invoices went astray.\nUpdated Statement (9th May 2022)\nAll fixed.`,
      ),
    ).toBe('2022-03-02');
  });
});

describe('English datelines with the date in brackets (session 15, h/enfacts8)', () => {
  it('reads "PLACE, State (Month D, YYYY) —" as the page date, not a bracketed date in a sentence', () => {
    expect(
      published(
        `${URL}\nBrookfield Water District reports network incident\nBROOKFIELD, Ore. (June 2, 2022) — The Brookfield Water District said it found unusual activity on its billing server on April 4, 2022.`,
      ),
    ).toBe('2022-06-02');
    expect(
      published(
        `${URL}\nNotice\nThe Brookfield Water District (founded 1950) found unusual activity on its billing server on April 4, 2022.`,
      ),
    ).toBeNull();
  });
});

describe('English page chrome: first posting and latest edit (session 15, h/enfacts8)', () => {
  it('prefers the first posting to the latest edit, on separate lines or one', () => {
    expect(
      published(
        `${URL}\nNotice of data incident\nLast updated: 5 May 2023\nFirst published: 3 March 2023\nBrookfield Council sent a tenant list to the wrong address.`,
      ),
    ).toBe('2023-03-03');
    expect(
      published(
        `${URL}\nNotice of data incident\nUpdated: May 5, 2023 | Published: March 3, 2023\nBrookfield Council sent a tenant list to the wrong address.`,
      ),
    ).toBe('2023-03-03');
    expect(
      published(
        `${URL}\nNotice of data incident\nLast updated 4 April 2022\nBrookfield Council was hit by a cyber attack on 1 March 2022.`,
      ),
    ).toBe('2022-04-04');
  });

  it("leaves a writer's byline alone", () => {
    expect(
      published(
        `${URL}\nCouncil apologises after data slip\nBy Jo Example | Published March 3, 2023 | Updated March 4, 2023\nBrookfield Council sent a tenant list to the wrong address.`,
      ),
    ).toBeNull();
  });

  it('reads a date line that names its weekday first', () => {
    expect(
      published(
        `${URL}\nInsurer says member data was taken\n\nJo Example\nThu, 27 Oct 2022\n\nIn a statement, Sample Health said members' records had been accessed.`,
      ),
    ).toBe('2022-10-27');
    expect(
      published(`${URL}\nA heading\nWednesday, 3 May 2023\nSample Health found an attack on its systems.`),
    ).toBe('2023-05-03');
  });

  it('leaves a weekday before a date in a sentence alone', () => {
    expect(
      published(`${URL}\nA heading\nSample Health said on Thu, 27 Oct 2022 that records were taken.`),
    ).toBeNull();
  });
});

describe('English page dates in Markdown and dash datelines', () => {
  it('reads a date under Markdown heading marks or emphasis in the page head', () => {
    expect(
      published(
        'https://notes.example.com/s/abc\n# Accounts taken over\n##### 3rd May 2099\n*Sorry for the delay.*\nSome accounts were changed today.',
      ),
    ).toBe('2099-05-03');
    expect(
      published(
        'https://notes.example.com/s/abc\n# Accounts taken over\n*May 3, 2099*\nSome accounts were changed today by someone.',
      ),
    ).toBe('2099-05-03');
  });

  it('reads a dateline with a dash after its place', () => {
    expect(
      published(
        'https://www.example-clinic.org/press/x\nPatients told of a lost drive\n\nNew Haven – May 3, 2099 /Press Release/ ––\n\nThe clinic told 300 patients that a drive went missing.',
      ),
    ).toBe('2099-05-03');
    // Not a date in a heading that names an event after the dash.
    expect(
      published(
        'https://www.example-clinic.org/press/x\nA heading\n\nIncident since – May 3, 2099 and later\n\nThe clinic told 300 patients that a drive went missing.',
      ),
    ).toBe(null);
  });
});
