import { describe, expect, it } from 'vitest';
import { type IncidentView, type NoticeView, type ReportView, scoreContinuation } from './continuation.js';
import { factsViewOf } from './testing.js';

/**
 * A news article read after a body's own notice joined an incident that an article without an
 * organisation started: it shares the notice's sender, yet is another publisher's page, so the
 * days of the pages may join it (near_in_time), as for one organisation's news and notices.
 * Fictional bodies and hosts, views written by hand.
 */
const facts = factsViewOf;
const report = (p: Partial<ReportView>): ReportView => ({
  organization: null,
  site: null,
  headline: null,
  stage: null,
  published: null,
  ...p,
});
const FIRST_ARTICLE = report({
  site: 'channel9news.example',
  headline: 'Maple Ridge Health says outage may be a cyberattack',
  published: '2031-11-29',
  day: '2031-11-29',
  subjects: ['Maple Ridge Health'],
});
const OWN_NOTICE = report({
  organization: 'Maple Ridge Health',
  sender: 'mapleridgehealth',
  site: 'mapleridgehealth.example',
  headline: 'Maple Ridge Health: Notice of Data Privacy Incident',
  stage: 'update',
  published: '2032-07-01',
  day: '2032-07-01',
  subjects: ['Maple Ridge Health'],
});
const incident: IncidentView = {
  id: 'i1',
  sameOrganization: false,
  facts: facts(),
  reports: [FIRST_ARTICLE, OWN_NOTICE],
  lastPublished: '2032-07-01',
};
const article = (p: Partial<NoticeView>): NoticeView => ({
  ...report({
    organization: 'Maple Ridge Health',
    sender: 'mapleridgehealth',
    site: 'valleypaper.example',
    headline: 'Forensic firm reviewing cybersecurity incident at Maple Ridge Health',
    day: '2031-12-13',
    subjects: ['Maple Ridge Health'],
  }),
  text: 'Maple Ridge Health has hired an outside forensic firm to look into a cybersecurity incident on its network.',
  facts: facts(),
  ...p,
});

describe('a news page beside the sender’s own notice', () => {
  it('is near in time to the incident’s article, so it joins', () => {
    const s = scoreContinuation(article({}), incident);
    expect(s.reasons.map((r) => r.code)).toContain('near_in_time');
    expect(s.joins).toBe(true);
  });

  it('but the sender’s own second notice is not joined by nearness alone', () => {
    const own = article({
      site: 'mapleridgehealth.example',
      headline: 'Maple Ridge Health: Notice of Mailing Error',
      speaker: 'company',
      day: '2032-07-20',
      published: '2032-07-20',
      text: 'We learned that letters about billing were sent to the wrong addresses.',
    });
    const s = scoreContinuation(own, { ...incident, reports: [OWN_NOTICE] });
    expect(s.reasons.map((r) => r.code)).not.toContain('near_in_time');
    expect(s.joins).toBe(false);
  });
});
