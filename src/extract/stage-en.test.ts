import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const URL = 'https://www.fernwood-example.org/news/notice';
const stage = (t: string) => extract(`${URL}\n${t}`).report_stage?.value ?? null;

describe('English report stage: a page that calls itself an update', () => {
  it('reads "Update on …" and "… Update" in the page title', () => {
    expect(
      stage(
        'Update on the network outage\nThe Fernwood school network is still offline after a ransomware attack found on Monday. Classes go on.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Fernwood Clinic Security Incident Update\nWe continue to review the files the intruder copied from our scheduling server.',
      ),
    ).toBe('update');
  });

  it('reads a dated "Updated" line and a notice that updates an earlier one', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nUpdated March 3, 2024\nIn January we told patients on this site that Fernwood Clinic had a network outage. We are updating our earlier notice with what we have learned since.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Notice of Data Event\nFernwood Dental is issuing an update to its initial notice of an event that may have affected some patient records.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Notice of Data Event\nAs previously advised, Fernwood Dental had a cyber incident in May in which an intruder viewed some records.',
      ),
    ).toBe('update');
  });

  it('reads an update that reports a finished investigation as final', () => {
    expect(
      stage(
        'FERNWOOD CLINIC INCIDENT UPDATE (Monday 8 May, 2023)\nAs previously advised, an intruder reached our records system in March. We recently completed our forensic investigation, which confirmed that some patient details may have been viewed.',
      ),
    ).toBe('final');
    expect(
      stage(
        'Update on the records incident\nThe investigation is now complete: it found that two staff mailboxes were opened by an outsider.',
      ),
    ).toBe('final');
  });

  it('keeps an update whose investigation is still running or only promised', () => {
    expect(
      stage(
        'Update on the records incident\nOnce the investigation is complete, we will write to every patient whose details were in the mailboxes.',
      ),
    ).toBe('update');
  });

  it('states no stage for page chrome, advice or a plain letter', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nLast updated: May 3, 2024\nFernwood Clinic found malware on a server. Please update your password.',
      ),
    ).toBeNull();
    expect(
      stage(
        'Notice of Data Security Incident\nFernwood Clinic found malware on a server on May 1, 2024. We recently completed our investigation and are now writing to you.',
      ),
    ).toBeNull();
  });
});

describe('English report stage: a finish promised', () => {
  it('is no final report', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nFernwood Clinic found malware on a server. When the investigation is complete, we will write to every patient affected.',
      ),
    ).toBeNull();
  });
});

describe('English report stage: a dated update block in the body', () => {
  it('reads "Update – <date>:" and "Update as of <date>" at a line start, not advice to update', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nUpdate – June 9, 2023: our review of the copied files goes on.\nIn May Fernwood Clinic found malware on a server.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Notice of Data Security Incident\nUpdate as of June 9, 2023\nOur review of the copied files goes on.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Notice of Data Security Incident\nUpdate your password today.\nFernwood Clinic found malware on a server.',
      ),
    ).toBeNull();
  });
});

describe('English report stage: earlier notices referred to or kept below (session 15, h/enfacts8)', () => {
  it('reads a heading that introduces the original notice kept below an update', () => {
    expect(
      stage(
        'Security incident at Fernwood Library\nMarch 3, 2024: We have now written to the patrons whose records were on the server.\nOriginal notice, posted January 12, 2024\nOn January 10, Fernwood Library found ransomware on a server.',
      ),
    ).toBe('update');
  });

  it('reads a dated reference back and an earlier letter named as such', () => {
    expect(
      stage(
        'Fernwood Library data incident\nAs we reported in January, Fernwood Library found ransomware on a server. We are still reviewing the files.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Fernwood schools finish review of cyberattack\nAt the time of the attack, the district issued a letter saying no data had been taken. The investigation into the attack the district suffered last spring has been completed, and it found that staff files were copied.',
      ),
    ).toBe('final');
  });

  it('keeps a plain first notice without a stage', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nFernwood Clinic found malware on a server on May 1, 2024. As we write, the review goes on.',
      ),
    ).toBeNull();
  });
});

describe('English report stage: page chrome (h/enfacts8)', () => {
  it('reads no update into a line that prints the first posting beside the latest edit', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nUpdated: May 5, 2023 | Published: March 3, 2023\nFernwood Clinic found malware on a server.',
      ),
    ).toBeNull();
    expect(
      stage(
        'Notice of Data Security Incident\nUpdated: May 5, 2023\nOur review of the copied files goes on.',
      ),
    ).toBe('update');
  });
});

describe('English report stage: more ways a page calls itself an update (h/enfacts8)', () => {
  it('reads numbered or "latest" update headings, an updated notice, a supplemental or follow-up notice', () => {
    const b = 'Fernwood Clinic found malware on a server on May 1, 2024 and took it offline.';
    expect(stage(`Notice of data incident\nUpdate #3 (June 4, 2024)\n${b}`)).toBe('update');
    expect(stage(`Notice of data incident\nLatest update – 4 June 2024\n${b}`)).toBe('update');
    expect(
      stage(`Notice of data incident\nThis notice was updated on June 4, 2024 to add new details.\n${b}`),
    ).toBe('update');
    expect(stage(`Supplemental Notice of Data Event\n${b}`)).toBe('update');
    expect(stage(`Follow-up notice on the May network incident\n${b}`)).toBe('update');
  });

  it('reads no stage into a story updated by its editor or a page kept up to date', () => {
    const b = 'Fernwood Clinic found malware on a server on May 1, 2024 and took it offline.';
    expect(
      stage(
        `Clinic reports malware attack\nEditor's note: This story was updated to add comment from the clinic.\n${b}`,
      ),
    ).toBeNull();
    expect(stage(`Notice\n${b} We will keep this page updated as we learn more.`)).toBeNull();
  });
});

describe('English report stage: a promise of further reports', () => {
  it('reads a notice that promises updates as the first of a series', () => {
    expect(
      stage(
        'Cyber Incident at Alderbrook Township\nAlderbrook Township found ransomware on its servers on June 2, 2025. We will continue to post updates on this page as our review moves forward.',
      ),
    ).toBe('first');
    expect(
      stage(
        'Notice of Data Event\nThe Alderbrook Water Board learned of suspicious activity in one mailbox. Further updates will be shared on the board website.',
      ),
    ).toBe('first');
    expect(
      stage(
        'Network outage\nThe township is committed to sharing further details as they become available to us.',
      ),
    ).toBe('first');
  });

  it('does not read a promise to people who ask, nor a one-off misdirected letter, as a series', () => {
    expect(
      stage(
        'Notice of Data Security Incident\nAlderbrook Clinic found malware on a server. We will provide you with a code for credit monitoring.',
      ),
    ).toBeNull();
    expect(
      stage(
        'Misdirected letter\nA letter listing names was mailed to the wrong address in error. We will post updates on this page if we learn more.',
      ),
    ).toBeNull();
  });
});

describe('English report stage: a news report of a later announcement (third person)', () => {
  it('reads a revised figure as a later report', () => {
    expect(
      stage(
        'Harlow Rail raises breach count\nHarlow Rail said Tuesday that 40,000 additional passengers were affected by the intrusion at its booking site.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Stellan Foods breach larger than thought\nThe grocer said its review found the number of customers affected had jumped from 2 million to 3.1 million.',
      ),
    ).toBe('update');
    expect(
      stage(
        'Corran Bank counts more victims\nCorran Bank now says 90,000 customers were exposed, 30,000 more than it originally stated.',
      ),
    ).toBe('update');
  });

  it('reads the incident told as one disclosed before', () => {
    expect(
      stage(
        'Pellworth Health hires investigators\nA forensic firm is reviewing the attack, which was disclosed Aug. 4, the health system said.',
      ),
    ).toBe('update');
  });

  it('does not read a first news report as later: a figure without a revision, a count of other things', () => {
    expect(
      stage(
        'Harlow Rail hit by hackers\nHarlow Rail said Tuesday that 40,000 passengers may have been affected by an intrusion at its booking site. Additional details were not released.',
      ),
    ).toBeNull();
    expect(
      stage(
        'Stellan Foods confirms breach\nThe grocer said the attack, which began in May, exposed the data of 2 million shoppers.',
      ),
    ).not.toBe('update');
  });
});
