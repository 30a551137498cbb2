import { describe, expect, it } from 'vitest';
import { incidentDates } from './testing/helpers.js';

const roles = (t: string) => incidentDates(t, { lang: 'en' });

describe('English date roles: more cues of the breach letter', () => {
  it('reads reports, a confirmation and a vendor notifying us as discovery', () => {
    expect(
      roles('On March 3, 2021, our help desk received reports of odd activity in one mailbox.').detected,
    ).toBe('2021-03-03');
    expect(
      roles(
        'On April 9, 2021 we received confirmation from the forensic firm that some files may have been accessed.',
      ).detected,
    ).toBe('2021-04-09');
    expect(roles('Our payments vendor notified us on May 7, 2021 of a security incident.').detected).toBe(
      '2021-05-07',
    );
    expect(
      roles(
        'After identifying unusual activity on our store on June 2, 2021, we immediately opened an internal review.',
      ).detected,
    ).toBe('2021-06-02');
  });
  it('reads a break-in, an exposure and gained access as the start', () => {
    expect(roles('Our office suffered a break-in on July 1, 2021, and two laptops were taken.').start).toBe(
      '2021-07-01',
    );
    expect(
      roles('On August 4, 2021 a misconfigured scanner inadvertently exposed some records online.').start,
    ).toBe('2021-08-04');
  });
});

describe('English date roles: the act of the attack and the clause a date sits in', () => {
  it('reads an intrusion, a victim, an attack and unauthorized access on a day as the start', () => {
    expect(roles('On May 3, 2099, our network was intruded upon by an unknown party.').start).toBe(
      '2099-05-03',
    );
    expect(roles('On May 3, 2099, Example Widgets was the victim of a ransomware attack.').start).toBe(
      '2099-05-03',
    );
    expect(
      roles(
        'On June 1, 2099, we were informed there may have been unauthorized access to the portal on May 3, 2099.',
      ),
    ).toMatchObject({ start: '2099-05-03', detected: '2099-06-01' });
    expect(roles('A report was incorrectly faxed to the wrong office on May 3, 2099.').start).toBe(
      '2099-05-03',
    );
  });
  it('reads a window an attack took place in', () => {
    expect(
      roles(
        'We believe the cyber attack on our site occurred sometime between July 3, 2098, and November 2, 2098.',
      ),
    ).toMatchObject({ start: '2098-07-03', end: '2098-11-02' });
  });
  it('does not take a date inside what was found out for the finding', () => {
    expect(
      roles(
        'On June 5, 2099, we received a call from a customer. Our consultants discovered that the rogue domain was registered on May 1, 2099.',
      ).detected,
    ).toBe('2099-06-05');
    expect(roles('On June 5, 2099, we discovered that on that same day a laptop was stolen.')).toMatchObject({
      start: '2099-06-05',
      detected: '2099-06-05',
    });
  });
});

describe('English date roles: one window for the acts of one sentence', () => {
  it('joins two windows of one sentence', () => {
    expect(
      roles(
        'The review found that an outsider gained access to the mailboxes between May 2, 2099 and June 6, 2099, and again between June 9, 2099 and July 8, 2099.',
      ),
    ).toMatchObject({ start: '2099-05-02', end: '2099-07-08' });
  });
  it('opens the window at an earlier day of the same act', () => {
    expect(
      roles(
        'We learned that an outsider gained access to two mailboxes on March 18, 2099, and between April 2, 2099 and April 8, 2099.',
      ),
    ).toMatchObject({ start: '2099-03-18', end: '2099-04-08' });
  });
});

describe('English incident window: an act told as one day', () => {
  it('ends an attack or an access told as one day on that day', () => {
    expect(roles('On May 3, 2099, Example Widgets was the victim of a ransomware attack.')).toMatchObject({
      start: '2099-05-03',
      end: '2099-05-03',
    });
    expect(roles('The file server was accessed without authorization on May 3, 2099.')).toMatchObject({
      start: '2099-05-03',
      end: '2099-05-03',
    });
  });
  it('leaves the end open for a theft, a loss or something that began', () => {
    expect(roles('On May 3, 2099, a company laptop was stolen from a car.').end).toBeNull();
    expect(roles('On May 3, 2099, an outsider began sending requests to our site.').end).toBeNull();
  });
});

describe('English date roles: a vendor telling the institution, an attack found', () => {
  it('reads a vendor notifying the institution as the discovery', () => {
    expect(
      roles(
        'On May 5, 2099, Gradebook Nine notified the District that this person may have accessed its system.',
      ),
    ).toMatchObject({ detected: '2099-05-05', start: null });
  });
  it('reads "discovered the attack that day" as the discovery', () => {
    expect(
      roles(
        'On October 3, 2098, our network was intruded upon. We discovered the attack that day and contained it.',
      ),
    ).toMatchObject({ start: '2098-10-03', detected: '2098-10-03' });
  });
});

describe('English ranges told by their own verb', () => {
  it('reads a range whose verb is an act as the incident window, not its "until" as an end', () => {
    const r = roles(
      'On May 20, 2022, Maplewood Tiles learned of odd activity. We determined that the event occurred between May 2, 2022 and May 4, 2022.',
    );
    expect([r.start, r.end, r.detected]).toEqual(['2022-05-02', '2022-05-04', '2022-05-20']);
    const s = roles(
      'Our review found that the event may have occurred as early as June 3, 2022 until June 9, 2022.',
    );
    expect([s.start, s.end]).toEqual(['2022-06-03', '2022-06-09']);
  });
});

describe('English acts of access', () => {
  it('reads obtained/had access and compromised as the start, not a discovery of the access', () => {
    const r = roles(
      'On March 9, 2022, an unknown party obtained access to a staff mailbox at Pinecrest Dental. Pinecrest became aware of the unauthorized access on March 30, 2022.',
    );
    expect([r.start, r.detected]).toEqual(['2022-03-09', '2022-03-30']);
    expect(roles('Our review found that an outsider had access to one mailbox on April 4, 2022.').start).toBe(
      '2022-04-04',
    );
    expect(roles('On May 6, 2022, a mailbox of one of our clerks was compromised.').start).toBe('2022-05-06');
  });
  it('reads "as early as" as a start that went on (no end that day)', () => {
    const r = roles('The review found that a skimming script was present as early as July 8, 2022.');
    expect([r.start, r.end]).toEqual(['2022-07-08', null]);
  });
});

describe('English: verbs that are not the predicate of a date', () => {
  it('skips a verb inside an aside in brackets', () => {
    const r = roles(
      'On June 14, 2022, Hollow Oak Pies (a brand acquired by Example Foods in 2019) learned that a card skimmer had been found.',
    );
    expect([r.start, r.detected]).toEqual([null, '2022-06-14']);
  });
  it('does not read a letter sent to customers as the act', () => {
    const r = roles(
      'On June 2, 2022, Quillby learned of odd activity. On the morning of June 5, 2022 we sent customers an email about a password reset.',
    );
    expect([r.start, r.end, r.detected]).toEqual([null, null, '2022-06-02']);
  });
});

describe('English: being contacted, and the end of a review', () => {
  it('reads "was contacted by" as the discovery', () => {
    expect(
      roles(
        'On or around May 2, 2022, Brightwater Inn was contacted by its card processor about odd charges.',
      ).detected,
    ).toBe('2022-05-02');
  });
  it('does not read the day a review was concluded as the act it could not rule out', () => {
    const r = roles(
      'On July 9, 2022, we concluded our investigation and could not rule out that some files may have been accessed.',
    );
    expect([r.start, r.end]).toEqual([null, null]);
  });
});

describe('English: what a range names, told around it', () => {
  it('reads a range as the window when the next sentence says what happened during it', () => {
    const r = roles(
      'We saw odd activity on the Fernhill shop. The activity related to shoppers between March 1, 2022 and March 20, 2022. During this time, some details may have been accessed by an outsider.',
    );
    expect([r.start, r.end]).toEqual(['2022-03-01', '2022-03-20']);
  });
  it('joins ranges listed after the window into one window, first to last', () => {
    const r = roles(
      'The injected script was active between April 2, 2022 and April 9, 2022; April 12, 2022 and May 1, 2022; and May 4, 2022 and May 30, 2022.',
    );
    expect([r.start, r.end]).toEqual(['2022-04-02', '2022-05-30']);
  });
});

describe('English: found out at once', () => {
  it('reads "discovered within minutes" as found out on the day of the act', () => {
    const r = roles(
      'A clerk at Tallow Credit Union mistakenly e-mailed a statement to the wrong member. The error was discovered within minutes. This incident occurred on August 3, 2022.',
    );
    expect([r.start, r.detected]).toEqual(['2022-08-03', '2022-08-03']);
  });
});

describe('English: first and last access, and a line cut after a name', () => {
  it('reads "first obtained access on A, and the last access was on B" as the window', () => {
    const r = roles(
      'The review found that the outsider first obtained access to card data on May 2, 2021, and the last access to card data was on June 8, 2021.',
    );
    expect([r.start, r.end]).toEqual(['2021-05-02', '2021-06-08']);
  });
  it('reads on past a line break after a capitalised name', () => {
    const r = roles(
      'We recently discovered that, on March 7, 2022, someone outside of Dunmore FCU\ntemporarily accessed a staff mailbox without authorization.',
    );
    expect(r.start).toBe('2022-03-07');
  });
});

describe('English date roles: a span of days within one month', () => {
  it('gives the first and last day of the window', () => {
    const r = roles(
      'Between March 5-7, 2022, an unauthorized person accessed an employee email account at Lantern Dental Group.',
    );
    expect(r.start).toBe('2022-03-05');
    expect(r.end).toBe('2022-03-07');
  });
});

describe('English date roles: session 8, more words of finding out', () => {
  it('reads found, observed and "was able to determine" as the discovery, not the access', () => {
    const a = roles(
      'On June 3, 2022, the practice found that two staff mailboxes had been accessed by a stranger.',
    );
    expect(a.detected).toBe('2022-06-03');
    expect(a.start).toBeNull();
    expect(roles('On October 9, 2022, we observed newly encrypted files on one file server.').detected).toBe(
      '2022-10-09',
    );
    const b = roles(
      'On May 2, 2022, the firm was able to determine that there was unauthorized access to one more mailbox.',
    );
    expect(b.detected).toBe('2022-05-02');
    expect(b.start).toBeNull();
  });
  it('does not read "unable to determine" as a finding', () => {
    expect(
      roles('On May 9, 2022, the vendor was unable to determine which files were opened.').detected,
    ).toBeNull();
  });
});

describe('English date roles: session 8, a party that tells the organisation', () => {
  it('reads "<party> notified/informed <Name> that/of" as the discovery', () => {
    const a = roles(
      'On April 2, 2022, Example Hosting notified Brightfield Tools that an outsider had accessed its payment page.',
    );
    expect(a.detected).toBe('2022-04-02');
    expect(a.start).toBeNull();
    expect(
      roles('On May 5, 2022, our mailing vendor informed Lakeview Clinic of a security incident.').detected,
    ).toBe('2022-05-05');
  });
  it('does not read the organisation telling an authority as its discovery', () => {
    expect(
      roles('On June 8, 2022, we notified Federal Agents of the theft of a laptop.').detected,
    ).toBeNull();
  });
  it('reads on past a long line cut before a capitalised name', () => {
    expect(
      roles(
        'On July 7, 2022, the hosting provider of the online store for our company informed\nBrightfield that it had found malicious code.',
      ).detected,
    ).toBe('2022-07-07');
  });
});

describe('English date roles: session 8, "contained" that holds data', () => {
  it('reads "a table … on <date> that contained your data" as the act, not a containment', () => {
    const a = roles(
      'On May 9, 2022, we determined that an outsider copied a spreadsheet from our server on March 2, 2022 that contained some of your details.',
    );
    expect(a.start).toBe('2022-03-02');
    expect(a.end).toBe('2022-03-02');
  });
});

describe('English date roles: session 8, a date followed by "that"', () => {
  it('gives the date to the verb before it, not to what was found', () => {
    const a = roles(
      "The store's review concluded on June 9, 2022 that some customer details were likely acquired by an outsider.",
    );
    expect(a.start).toBeNull();
    expect(a.detected).toBeNull();
    expect(roles('We became aware on March 4, 2022 that a stranger had accessed one mailbox.').detected).toBe(
      '2022-03-04',
    );
  });
});

describe('English date roles: session 8, ranges and ends', () => {
  it('reads "between October 11 and 22, 2021" as a window', () => {
    const a = roles('Between October 11 and 22, 2021, an outsider accessed a few store mailboxes.');
    expect(a.start).toBe('2021-10-11');
    expect(a.end).toBe('2021-10-22');
  });
  it('reads code "capable of capturing" data from A to B as the incident window', () => {
    const a = roles(
      'The code may have been present and capable of capturing details entered on the checkout page from March 4, 2021 to May 8, 2021.',
    );
    expect(a.start).toBe('2021-03-04');
    expect(a.end).toBe('2021-05-08');
  });
  it('reads access that terminated or ceased on a day as the end', () => {
    const a = roles(
      'The intruder first gained access to the mailbox on June 2, 2021, and that access terminated on June 9, 2021.',
    );
    expect(a.start).toBe('2021-06-02');
    expect(a.end).toBe('2021-06-09');
  });
});

describe('English date roles: session 8, what was found out', () => {
  it('reads "was made aware" as the discovery', () => {
    expect(
      roles('On April 3, 2022, the clinic was made aware of access to one billing mailbox.').detected,
    ).toBe('2022-04-03');
  });
  it('keeps a date inside the content of a report ("a post claiming that … on <date>") off the discovery', () => {
    const a = roles(
      'On November 6, 2021, we were made aware of a forum post claiming that the writer reached member files on October 2, 2021.',
    );
    expect(a.detected).toBe('2021-11-06');
  });
});

describe('English date roles: session 8, a state that held since a day', () => {
  it('reads "had been in place since <date>" inside a finding as the start', () => {
    const a = roles(
      'On August 3, 2022 we learned of a skimming script on our store, and found that the script had been in place since May 6, 2022.',
    );
    expect(a.start).toBe('2022-05-06');
    expect(a.end).toBeNull();
  });
});

describe('English date roles: a range told with an exposure word is the incident window', () => {
  it('reads a range of posting, display, access without authorization or "the incident" as start and end', () => {
    const posted = roles(
      'A staff roster of Example Rowing Club was posted to its public site from March 2, 2022 until March 4, 2022.',
    );
    expect([posted.start, posted.end]).toEqual(['2022-03-02', '2022-03-04']);
    const seen = roles(
      'Member invoices were visible to other signed-in members between May 5 and 9, 2022, because of a code change.',
    );
    expect([seen.start, seen.end]).toEqual(['2022-05-05', '2022-05-09']);
    const taken = roles(
      'Our review found that card numbers typed on the order page from June 10-14, 2022, were obtained without authorization.',
    );
    expect([taken.start, taken.end]).toEqual(['2022-06-10', '2022-06-14']);
    const window = roles('The incident was limited to the period between July 1, 2022 and August 3, 2022.');
    expect([window.start, window.end]).toEqual(['2022-07-01', '2022-08-03']);
  });
  it('leaves a range with no exposure or incident word alone', () => {
    const plain = roles(
      'Example Rowing Club held its spring regatta from March 2, 2022 until March 4, 2022.',
    );
    expect([plain.start, plain.end]).toEqual([null, null]);
  });
});

describe('English date roles: someone outside telling the organisation', () => {
  it('reads a party that alerts or notifies a named organisation, "first alerted" and a letter received as discovery', () => {
    expect(
      roles('On April 4, 2022, an outside researcher alerted Example Kites to a flaw in its order system.')
        .detected,
    ).toBe('2022-04-04');
    expect(roles('The payroll firm notified Example Kites about the incident on May 6, 2022.').detected).toBe(
      '2022-05-06',
    );
    expect(
      roles('On June 8, 2022, a parent notified the Example Valley District that a roster was online.')
        .detected,
    ).toBe('2022-06-08');
    expect(
      roles(
        'On July 11, 2022, a researcher notified Example Charter Academy (ECA) of an open storage bucket.',
      ).detected,
    ).toBe('2022-07-11');
    expect(
      roles('On August 2, 2022, we were first alerted of a security incident at our vendor.').detected,
    ).toBe('2022-08-02');
    expect(
      roles(
        'We received a letter from our vendor on September 5, 2022 informing us that its server was entered.',
      ).detected,
    ).toBe('2022-09-05');
  });
  it('does not read our own notice to others, or phishing e-mails received, as discovery', () => {
    expect(
      roles('On October 3, 2022, we notified the Example County Sheriff of the theft.').detected,
    ).toBeNull();
    expect(
      roles('On October 5, 2022, several employees received e-mails that looked like they came from our CEO.')
        .detected,
    ).toBeNull();
  });
});

describe('English date roles: more verbs of the incident itself', () => {
  it('reads ransomware that encrypted files, access someone was able to get, letters misplaced and data released by mistake as the start', () => {
    expect(roles('On March 1, 2022, a ransomware infection encrypted files on a backup drive.').start).toBe(
      '2022-03-01',
    );
    expect(
      roles('On March 9, 2022, our network was impacted by a ransomware event that locked several desktops.')
        .start,
    ).toBe('2022-03-09');
    expect(
      roles('We learned that on April 2, 2022, an outsider was able to remotely access one staff mailbox.')
        .start,
    ).toBe('2022-04-02');
    expect(roles('On April 7, 2022, several letters were misplaced by a courier.').start).toBe('2022-04-07');
    expect(
      roles('On May 12, 2022, the Example Parks Board inadvertently released your name in a records reply.')
        .start,
    ).toBe('2022-05-12');
    expect(
      roles('We believe that on June 3, 2022 a tax form was fraudulently obtained by a third party.').start,
    ).toBe('2022-06-03');
  });
  it('does not read an inability to access as the start', () => {
    expect(roles('On July 5, 2022, staff were unable to access the billing system.').start).toBeNull();
  });
});
