import { describe, expect, it } from 'vitest';
import { type NoticeView, scoreContinuation } from './continuation.js';
import { fact, incidentOfOne, noticeFacts, noticeView } from './testing.js';
import { letterheadKey, sharedText, textFingerprint } from './text-overlap.js';

// Fictional letters of a fictional company; every sentence was written for these tests.
const BODY = `On March 3, 2031, Bramblewick Dental Supply found that an outside party had reached one of its
order servers. We shut the server down the same afternoon, called in an outside security firm and told
the police. The firm found that names, postal addresses and order histories of some customers were
copied between February 20 and March 3, 2031. No card numbers were kept on that server. We have since
moved the order system behind a new gateway and added a second sign-in step for every administrator.`;

const OTHER = `On October 9, 2032, Bramblewick Dental Supply learned that a staff mailbox had been opened by
someone using a stolen password. The mailbox held invoices for a small number of clinics. We reset the
password, required a second sign-in step for all staff mail, and reviewed every message in the box.`;

describe('textFingerprint / sharedText', () => {
  it('finds one body under two letterheads, whatever its line breaks', () => {
    const a = textFingerprint(`Bramblewick Dental Supply\n\n${BODY}`);
    const b = textFingerprint(`Bramblewick Dental Supply, Inc.\n${BODY.replace(/\n/g, ' ')}`);
    expect(a.length).toBeGreaterThan(40);
    expect(sharedText(a, b).share).toBe(1);
  });

  it('finds little in common between two letters of one company', () => {
    const a = textFingerprint(`Bramblewick Dental Supply\n\n${BODY}`);
    const b = textFingerprint(`Bramblewick Dental Supply\n\n${OTHER}`);
    expect(sharedText(a, b).share).toBeLessThan(0.3);
  });

  it('measures a shortened copy against the shorter text', () => {
    const a = textFingerprint(`Letterhead\n${BODY}`);
    const b = textFingerprint(`Letterhead\n${BODY.slice(0, 300)}`);
    expect(sharedText(a, b).share).toBeGreaterThan(0.9);
  });
});

describe('letterheadKey', () => {
  it('reads the sender of a letter from a name on its first line', () => {
    expect(letterheadKey('Bramblewick Dental Supply, Inc.\n\nOn March 3 …')).toBe('bramblewick');
    expect(letterheadKey('The Bramblewick Group d/b/a Bramble Smiles\nOn March 3 …')).toBe('bramblewick');
    expect(letterheadKey('Dr. Olwen Pike, D.D.S.\nOn March 3 …')).toBe('olwen');
    expect(letterheadKey('株式会社ためしデンタル\n当社は…')).toBe('タメ');
  });

  it('reads no sender from an address, a headline or a sentence', () => {
    expect(letterheadKey('https://bramblewick.example/news/1\n…')).toBeNull();
    expect(letterheadKey('Notice of Data Breach\n…')).toBeNull();
    expect(letterheadKey('We are writing to tell you about an incident.\n…')).toBeNull();
    expect(letterheadKey('個人情報の漏えいについて\n…')).toBeNull();
  });
});

function view(
  text: string,
  date: string,
  org = 'Bramblewick Dental Supply',
  url: string | null = null,
): NoticeView {
  const facts = noticeFacts({
    organization: fact(org),
    detected: fact(date),
    causes: [fact('unauthorized_access')],
  });
  return noticeView(text, facts, url);
}

const incidentOf = (n: NoticeView) => incidentOfOne(n, true);

describe('scoreContinuation: copies of one letter', () => {
  it('joins one letter listed twice under two spellings of its sender', () => {
    const first = view(`Bramblewick Dental Supply\n\n${BODY}`, '2031-03-03');
    const copy = view(`Bramblewick Dental Supply, Inc.\n\n${BODY}`, '2031-03-03');
    const s = scoreContinuation(copy, incidentOf(first));
    expect(s.reasons.map((r) => r.code)).toContain('same_text');
    expect(s.joins).toBe(true);
  });

  it('keeps a form letter about another day apart', () => {
    const first = view(`Bramblewick Dental Supply\n\n${BODY}`, '2031-03-03');
    const later = view(`Bramblewick Dental Supply\n\n${BODY.replace(/2031/g, '2033')}`, '2033-03-03');
    expect(scoreContinuation(later, incidentOf(first)).joins).toBe(false);
  });

  it('keeps apart two clients whose letters reprint one vendor paragraph', () => {
    const vendor = `Pellinore Billing, our billing vendor, told us that ${BODY.slice(BODY.indexOf('found'))}`;
    const a = view(`Quillfeather Clinic\n\n${vendor}`, '2031-03-03', 'Pellinore Billing');
    const b = view(`Harrowgate Eye Care, Inc.\n\n${vendor}`, '2031-03-03', 'Pellinore Billing');
    const s = scoreContinuation(b, incidentOf(a));
    expect(s.reasons.map((r) => r.code)).toContain('other_letterhead');
    expect(s.joins).toBe(false);
  });

  it("takes a news site reprinting one organisation's post for a third party, not another publisher", () => {
    const own = view(
      `Headline of a data incident\n\n${BODY}`,
      '2031-03-03',
      undefined,
      'https://bramblewick.example/n/1',
    );
    const news = view(
      `Headline of a data incident\n\nBramblewick Dental Supply reported an incident. ${OTHER}`,
      '2031-03-03',
      undefined,
      'https://clinictradewire.example/story/9',
    );
    const s = scoreContinuation(news, incidentOf(own));
    expect(s.reasons.map((r) => r.code)).not.toContain('other_site');
  });
});
