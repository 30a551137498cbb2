import { describe, expect, it } from 'vitest';
import { LATER_REPORT_TITLE } from './report-refs.js';
import { openingSentences, openingSubject, referredBack } from './report-refs-en.js';

describe('English words that say the incident was told of before', () => {
  it('reads an update given on the incident, not one promised', () => {
    expect(
      referredBack(
        'Systems update\nWe want to give our members an update on the incident that began last week.',
      ),
    ).toMatch(/an update on the/);
    expect(
      referredBack('Notice\nA server was attacked on May 2. We will provide an update on the incident soon.'),
    ).toBeNull();
  });

  it('reads the incident named as one already known', () => {
    expect(
      referredBack('Review complete\nOur review of the ransomware attack in March is now complete.'),
    ).toMatch(/ransomware attack/);
    expect(referredBack('Services back\nRenewals work again after the February cyber attack.')).toMatch(
      /February cyber attack/,
    );
    expect(
      referredBack('Information\nFor news of the review after the 2031 cyberattack, see below.'),
    ).toMatch(/2031 cyberattack/);
    expect(referredBack('Centre\nThis is the final progress update on our recovery.')).toMatch(
      /progress update on our/,
    );
    // A first report names the day it found the attack.
    expect(
      referredBack('Notice\nWe found the attack on March 3, 2031, and shut the server down.'),
    ).toBeNull();
    expect(
      referredBack('Notice\nWe are writing to tell you about a cyber attack on our systems.'),
    ).toBeNull();
  });

  it('reads a past message to the people concerned', () => {
    expect(referredBack('Update\nLast week we emailed all members about the attack.')).toMatch(
      /Last week we emailed/,
    );
    expect(
      referredBack('Here is the next step on the breach we told customers about earlier this month.'),
    ).toMatch(/we told customers about/);
    // Telling the police is no report.
    expect(referredBack('Notice\nLast week we notified the police of a break-in at our office.')).toBeNull();
  });
  it('reads the incident told as one the reader knows of', () => {
    expect(
      referredBack(
        'Ashmoor\nAs you know, we recently experienced a network intrusion that we first found in May.',
      ),
    ).toMatch(/^As you know/);
    expect(referredBack('Bank\nAs you may be aware, our branch office was burglarized last month.')).toMatch(
      /^As you may be aware/,
    );
    expect(referredBack('Clinic\nAs you know, we value the trust you place in our care.')).toBeNull();
  });

  it("takes a notice's opening sentences after its address, title and date lines", () => {
    expect(
      openingSentences('https://x.example/a\nTitle line\nMay 9, 2031\nFirst one. Second one. Third one.'),
    ).toBe('First one. Second one.');
  });

  it('reads the name the opening speaks as', () => {
    expect(
      openingSubject('Statement\nMay 2, 2031\nQuenby University today gave an update on the attack.'),
    ).toBe('Quenby University');
    expect(openingSubject('Notice\nWe found ransomware on May 2. Our staff acted at once.')).toBeNull();
  });
});

describe('an earlier letter to the same readers', () => {
  it('reads "we previously wrote to you", not a message to the police', () => {
    expect(
      referredBack('Data update\nWe previously wrote to you in May about a break-in at our office.'),
    ).toMatch(/previously wrote to you/);
    expect(referredBack('Notice\nWe have already informed our members of the steps taken.')).toMatch(
      /already informed our/,
    );
    expect(referredBack('Notice\nWe previously notified the police of the theft.')).toBeNull();
  });
});

describe('a news writer’s account of the body’s earlier telling', () => {
  it('reads the body’s own disclosure told in the third person', () => {
    expect(
      referredBack(
        'Tarnwick Foods says 9,000 more diners were affected by the breach it disclosed last month.',
      ),
    ).toBe('it disclosed last month');
    expect(
      referredBack('The new total is 52,000.\nTarnwick Foods previously reported that no cards were taken.'),
    ).toBe('Tarnwick Foods previously reported');
    expect(
      referredBack('The count has grown. Initially, Tarnwick Foods said 4,000 diners were affected.'),
    ).toBe('Initially, Tarnwick Foods said');
  });
  it('does not read a plan or a dated business announcement so', () => {
    expect(referredBack('Tarnwick Foods will disclose the findings in March.')).toBeNull();
    expect(referredBack('Tarnwick Foods announced in March 2031 that it would open new stores.')).toBeNull();
  });
});

describe('an English title that reports a completed review', () => {
  it('names a later report, as 調査結果 does', () => {
    expect(LATER_REPORT_TITLE.test('Town of Fenwick Completes Review of Network Incident')).toBe(true);
    expect(LATER_REPORT_TITLE.test('Findings of the forensic investigation into the Fenwick attack')).toBe(
      true,
    );
    expect(LATER_REPORT_TITLE.test('Fenwick begins review of network incident')).toBe(false);
    expect(LATER_REPORT_TITLE.test('Police investigate attack on Fenwick servers')).toBe(false);
  });
});
