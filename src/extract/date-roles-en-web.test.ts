import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const URL = 'https://www.fernwood-example.org/notice';
const run = (body: string) => {
  const r = extract(`${URL}\nNotice of Data Security Incident\n${body}`);
  return {
    start: r.incident_start?.value ?? null,
    end: r.incident_end?.value ?? null,
    detected: r.detected?.value ?? null,
  };
};

describe('English incident dates on web notices', () => {
  it('does not start the incident on the day letters begin to go out', () => {
    expect(
      run(
        'On June 2, 2022, our privacy office learned that a clerk had copied patient files to a personal drive. Out of caution, beginning September 14, 2022, we are mailing letters to the patients whose files were copied.',
      ).start,
    ).not.toBe('2022-09-14');
  });

  it('does not date the incident by the day an investigation revealed its reach', () => {
    const r = run(
      'On March 3, 2020, Fernwood Township found unusual activity in one mailbox. On July 9, 2020, the investigation revealed that six mailboxes may have been accessed without authorization.',
    );
    expect(r.start).toBeNull();
    expect(r.end).toBeNull();
    expect(r.detected).toBe('2020-03-03');
  });

  it('reads "suffered" and "were attacked" as the attack itself', () => {
    expect(
      run(
        'Fernwood Clinic said it had suffered an attempt to shut down all of its servers on August 4, 2021. The attempt failed.',
      ).start,
    ).toBe('2021-08-04');
    const r = run(
      'We believe that on February 9, 2021, our billing systems were attacked by ransomware, which we discovered and removed that same day.',
    );
    expect(r.start).toBe('2021-02-09');
  });

  it('reads a time zone conversion in brackets as the same moment, not another day', () => {
    const r = extract(
      `${URL}\nNotice of an e-mail mistake\nOn March 5, 2024, at 11:40 PM Eastern Time (UTC 2024-03-06 04:40), we sent a product e-mail to all buyers with every address visible in the To field by mistake.`,
    );
    expect(r.incident_start?.value).toBe('2024-03-05');
  });
});

describe('English: a day told twice in one sentence ("that same day")', () => {
  it('dates the finding told beside the removal of that day', () => {
    const r = run(
      'We believe that on February 9, 2021, our billing systems were attacked by ransomware, which we discovered and removed that same day.',
    );
    expect(r.detected).toBe('2021-02-09');
    expect(r.end).toBe('2021-02-09');
  });
});

describe('English detected date', () => {
  it('takes no finding from the day addresses were looked up for the letters', () => {
    expect(
      run(
        'Fernwood Clinic found that an intruder had entered its network. On June 30, 2022, Fernwood Clinic determined current address information for the patients in order to send them letters.',
      ).detected,
    ).toBeNull();
  });

  it('reads a mistake noticed right after a mailing went out as found that day', () => {
    const r = extract(
      `${URL}\nNotice of an e-mail mistake\nOn March 5, 2024, we sent a product e-mail to all buyers with every address visible in the To field. We noticed our error moments after sending, though most copies had arrived by then.`,
    );
    expect(r.detected?.value).toBe('2024-03-05');
  });
});

describe('English incident dates: the day of a telling', () => {
  it('does not date the incident by the day the page shared or a press release said it', () => {
    const a = run(
      'On Tuesday, March 7, 2023, we shared that the Fernwood school district had been hit by a ransomware attack. Work to restore systems goes on.',
    );
    expect(a.start).toBeNull();
    expect(a.end).toBeNull();
    const b = run(
      'No bank details were accessed or compromised, the Fernwood clinic said in a press release on Wednesday (Mar 8).',
    );
    expect(b.start).toBeNull();
  });

  it('still dates an attack a sentence tells with "said"', () => {
    expect(run('The clinic said an intruder accessed its booking server on March 2, 2023.').start).toBe(
      '2023-03-02',
    );
  });
});
