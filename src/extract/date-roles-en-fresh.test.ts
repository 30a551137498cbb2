import { describe, expect, it } from 'vitest';
import { findEnDates } from './date-en.js';
import { extract } from './index.js';

// Fixtures are invented notices and news items (Larchmere, Pellworth, Quillon …), written for these tests.
const run = (text: string) => {
  const r = extract(text);
  return {
    published: r.published?.value ?? null,
    start: r.incident_start?.value ?? null,
    end: r.incident_end?.value ?? null,
    detected: r.detected?.value ?? null,
  };
};

describe('English date forms of fresh web pages', () => {
  it('reads a day before its month with no year, and a dotted day.month.year', () => {
    const ms = findEnDates('On 7 March; later the 24th of January. Lastly 25.02.2021.', { refYear: 2024 });
    expect(ms.map((m) => [m.y, m.m, m.d])).toEqual([
      [2024, 3, 7],
      [2024, 1, 24],
      [2021, 2, 25],
    ]);
  });

  it('takes no year from a date in a web address', () => {
    const ms = findEnDates(
      'https://news.example.org/2023-09-23/item\n\nOn 9 September a drive went missing.',
    );
    expect(ms.at(-1)?.y).toBeNull();
  });

  it('leaves a month-day without year unresolved when the notice has no date of its own', () => {
    const r = run(
      'Pellworth Health Network\n\nOn 5 August, our booking website was attacked by an unknown group. Records held since 2009, from all our clinics, may have been viewed.',
    );
    expect(r.start).toBeNull();
  });

  it('resolves a month-day from the notice date and reads "identified by" as the finding', () => {
    const r = run(
      'Larchmere council update\n\n4 April 2024, 12:34\n\nThe council said the incident it identified on 7 March had forced it to close its systems for two weeks.',
    );
    expect([r.published, r.detected]).toEqual(['2024-04-04', '2024-03-07']);
  });
});

describe('English clause predicates decide the role', () => {
  it('dates the finding, not the theft, in "received a report of the stolen notebook"', () => {
    const r = run(
      'Quillon Hospital\n\nTuesday, October 1, 2013\n\nA staff notebook with patient files was taken from a parked car. Quillon’s front desk received a report of the stolen notebook Sept. 4.',
    );
    expect([r.start, r.detected]).toEqual([null, '2013-09-04']);
  });

  it('keeps the act when a clause was found ("discovered the laptop was stolen on")', () => {
    const r = run('We discovered the laptop was stolen on August 20, 2013, from a locked office at Quillon.');
    expect(r.start).toBe('2013-08-20');
  });

  it('reads a dotted date after "received the first notification … on" as the finding', () => {
    const r = run(
      'Skyrail Air statement\n\nWe received the first notification of the incident from our hosting provider on 11.03.2021, and the list of affected passengers weeks later.',
    );
    expect(r.detected).toBe('2021-03-11');
  });

  it('gives no incident date to the day a regulator was told of a breach involving access', () => {
    const r = run(
      'Brindle Logistics Pte Ltd told the regulator on 14 May 2024 of a security event that involved unauthorised access to three mailboxes.',
    );
    expect([r.start, r.end]).toEqual([null, null]);
  });

  it('starts, but does not end, on the day systems were hit by a cyberattack', () => {
    const r = run(
      'Tarnfield Health\n\nTarnfield Health systems were hit by a cyberattack on June 3, 2022, disrupting clinics across the region for weeks.',
    );
    expect([r.start, r.end]).toEqual(['2022-06-03', null]);
  });

  it('reads "the evening before" a dated finding as the day before it', () => {
    const r = run(
      'Birchway Dental is writing to patients because on June 12, 2018, it found that, the evening before, its office server had been hit by ransomware.',
    );
    expect([r.start, r.detected]).toEqual(['2018-06-11', '2018-06-12']);
  });

  it('starts an exposure where users "were able to view" what was not theirs', () => {
    const r = run(
      'On October 2, 2019, after a portal update, some members of Fenwick Gym were able to view the billing page of another member.',
    );
    expect(r.start).toBe('2019-10-02');
  });

  it('gives no end for "the earliest date on which … could have occurred"', () => {
    const r = run(
      'Harrow Tools Inc.\n\nAn engineer left a work laptop on a train. The earliest date on which any misuse could have occurred is March 9, 2016.',
    );
    expect([r.start, r.end]).toEqual(['2016-03-09', null]);
  });
});

describe('English ranges: whose span is it', () => {
  it('reads a range of when records were registered as a scope, not the window', () => {
    const r = run(
      'Skyrail Air said the breach involved customer profiles registered between 1 June 2012 and 30 April 2021, including names and loyalty numbers.',
    );
    expect([r.start, r.end]).toEqual([null, null]);
  });

  it('keeps a range of creation when the records so dated could be accessed', () => {
    const r = run(
      'A fault at Ondine Photos meant that accounts created between May 2, 2014 and May 6, 2014 could be accessed by other members.',
    );
    expect([r.start, r.end]).toEqual(['2014-05-02', '2014-05-06']);
  });

  it('widens the window with a later span of access told in another sentence', () => {
    const r = run(
      'On March 3, 2020, we learned that an outsider gained access to one staff mailbox between March 1 and March 3, 2020. The review later showed that two more mailboxes were subject to unauthorized access between March 4 and March 8, 2020.',
    );
    expect([r.start, r.end]).toEqual(['2020-03-01', '2020-03-08']);
  });

  it('ends a window opened by a month alone on its last day, with no first day', () => {
    const r = run(
      'On May 2, 2023, an audit found that a clerk viewed one member file on April 28, 2023 without need. Further review showed the clerk had accessed other member files between June 2022 and May 1, 2023.',
    );
    expect([r.start, r.end]).toEqual([null, '2023-05-01']);
  });

  it('ends a window on a day told right after it ("as well as on")', () => {
    const r = run(
      'Card data entered on our web store was taken by a malicious script between January 4, 2019 and February 10, 2019, as well as on February 14, 2019.',
    );
    expect([r.start, r.end]).toEqual(['2019-01-04', '2019-02-14']);
  });
});

describe('English page dates', () => {
  it('reads a dateline spread over short lines by the page markup', () => {
    const r = run(
      'https://news.example.gov.uk/notice\n\nIncident notice\n\nDunmore,\n3\nJune\n2021\n|\n09:15\nEurope/London\n\nCouncil staff continue to work with national agencies to understand the attack on our servers.',
    );
    expect(r.published).toBe('2021-06-03');
  });

  it('reads a letter date followed by how the letter was sent', () => {
    const r = run(
      'Hollin Commerce\n12 Mill Road, Suite 4, Dover, DE 19901 hollin.example April 3, 2019 BY U.S. MAIL Consumer Protection Unit Dear Sir or Madam: This letter gives notice of a security incident.',
    );
    expect(r.published).toBe('2019-04-03');
  });

  it('reads a head heading closing with its date after a dash, not an update heading', () => {
    expect(
      run(
        'Incident Report — July 2, 2025\nOn June 20, 2025, our monitoring tools detected unusual activity on a file server of the city.',
      ).published,
    ).toBe('2025-07-02');
    expect(
      run(
        'Update — July 9, 2025\nOn June 20, 2025, our monitoring tools detected unusual activity on a file server of the city.\nPosted June 21, 2025',
      ).published,
    ).not.toBe('2025-07-09');
  });

  it('does not take a forum byline "Name (date)" as the page date', () => {
    expect(
      run(
        '# Problems with an account service\n\n## Somebody (Jun 21, 2013)\n\nJust saw this notice when I signed in.',
      ).published,
    ).toBeNull();
  });
});
