import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractOrganization } from './org.js';
import { headlineSubject, notNamesOf, settleEn } from './org-en-news.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional pages and letters, written for these tests (session 14, branch h/enorg6).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;
const settled = (name: string, text: string) =>
  settleEn(
    { value: name, evidence: { quote: '', start: 0, end: 0 }, confidence: 0.5 },
    text,
    notNamesOf(text),
  )?.value ?? null;

describe('headlineSubject: the subject a news headline opens with', () => {
  it('reads the name before a headline verb, in sentence case or Title Case', () => {
    expect(headlineSubject('Norbury Outfitters tells shoppers to change their passwords')).toBe(
      'Norbury Outfitters',
    );
    expect(headlineSubject('Fenwick Valley Health Board to write to 900 patients after hack')).toBe(
      'Fenwick Valley Health Board',
    );
    expect(headlineSubject('Calder Mutual Notifies Members Of Data Breach')).toBe('Calder Mutual');
    expect(headlineSubject('The Harbour Ward Office sharply criticised its contractor')).toBe(
      'Harbour Ward Office',
    );
  });
  it('gives nothing for a headline with no subject, or whose subject is no issuer', () => {
    expect(headlineSubject('Notice of Data Breach')).toBeNull();
    expect(headlineSubject('Update on the cyber incident affecting our services')).toBeNull();
    expect(headlineSubject('Hackers hit three regional hospitals')).toBeNull();
    expect(headlineSubject('Police investigate theft of school laptops')).toBeNull();
  });
});

describe('settleEn: an answer checked against the whole text', () => {
  it('reads a bare kind word as the fuller name the text gives, or withholds it', () => {
    const text =
      'A form filed by the Orchard Springs Unified School District. The District fixed the portal.';
    expect(settled('the District', text)).toBe('Orchard Springs Unified School District');
    expect(settled('District Office', 'Staff of the Kelso District Office lost a USB stick.')).toBe(
      'Kelso District Office',
    );
    expect(settled('Board', 'The Board of Marine Pilots reported that the Board lost a laptop.')).toBe(
      'Board of Marine Pilots',
    );
    expect(
      settled('Fund', 'The Fund was affected by a cyberattack. The Fund restored its systems.'),
    ).toBeNull();
  });
  it('reads an undefined short form as the name whose initials end with it', () => {
    const text =
      'Tamsin District Health Board was hit by ransomware. The DHB said it would write to patients.';
    expect(settled('DHB', text)).toBe('Tamsin District Health Board');
    expect(settled('QRX', 'QRX said its servers were down.')).toBe('QRX');
  });
  it('drops a person and a term the text defines for a common noun', () => {
    const text =
      'Marta Oyelaran, head of communications at Brindle Hospital, said the files were on one laptop. ' +
      'Brindle serves several clinics (“Clinics”) in the valley. The hospital, Oyelaran said, acted fast.';
    expect(settled('Oyelaran', text)).toBeNull();
    expect(settled('Clinics', text)).toBeNull();
    expect(settled('Brindle CEO Tom Avery', 'Brindle CEO Tom Avery apologised.')).toBe('Brindle');
  });
});

describe('extractOrganization (English): news reports and web pages', () => {
  it('takes the headline subject over the outlet and the people quoted', () => {
    const page = [
      'https://news.example.com/2026/03/lakeland-books-breach',
      '',
      'Lakeland Books says customer emails were copied in cyber attack',
      '',
      'Bookseller Lakeland Books has warned customers that their email addresses were taken.',
      '',
      '"We are sorry," said Priya Danvers, the chain’s operations director. Danvers said the shops stayed open.',
    ].join('\n');
    expect(org(page)).toBe('Lakeland Books');
  });
  it('reads the body the breach predicate names ("a cyber attack on X", "X was targeted by")', () => {
    const blog = [
      'A message I received this morning from a lending scheme I belong to:',
      '',
      'You may have read about a cyber attack on the Northgate Archive earlier this month. ' +
        'You registered for the Readers Reward scheme, which the Northgate Archive runs.',
    ].join('\n');
    expect(org(blog)).toBe('Northgate Archive');
    const news =
      'Ashby Borough Council was targeted by criminals in March. Officials said services were slow.';
    expect(org(news)).toBe('Ashby Borough Council');
  });
  it('reads a regulator’s summary as the breached body’s ("the data breach incident of X")', () => {
    const page = [
      'https://regulator.example.org/media/2026-01.html',
      '',
      'Commissioner Publishes Report on the Data Breach Incident of Westquay Ferries',
      '',
      'The Commissioner completed an investigation into the incident (the Incident). The Incident exposed the data of 2,000 people.',
    ].join('\n');
    expect(org(page)).toBe('Westquay Ferries');
  });
  it('withholds a name the text never gives in full ("The Fund was affected …")', () => {
    const page = [
      'Back to news',
      '',
      'Final note on the network outage',
      '',
      'The Fund was affected by a cyberattack on 3 May. The Fund completed its checks and restored services.',
    ].join('\n');
    expect(org(page)).toBeNull();
  });
  it('reads a vendor that files its own notice as the issuer', () => {
    const letter =
      'Dear Sir or Madam: Corvid Commerce, Inc. (“Corvid”) hosts online shops for several merchants (“Merchants”). ' +
      'Corvid provides a checkout platform used by the Merchants. Corvid provides this notice on behalf of those Merchants.';
    expect(org(letter)).toBe('Corvid Commerce, Inc.');
  });
  it('does not read a wrapped first line of a letter as a headline', () => {
    const letter =
      'Vendco recently informed us that it suffered an incident that may have\ninvolved records of our members at Pellow Credit Union. We are writing to you.';
    expect(org(letter)).not.toBe('Vendco');
  });
  it('gives no name that only a page title’s site name holds, nor a department of a body that says "the City"', () => {
    const page = [
      'https://www.example.gov/incident',
      '',
      'Network Incident Updates - City of Harwick Falls',
      '',
      'On May 2 the City found that an attacker had reached a Fleet and Yards file server. ' +
        'The City shut the server down and called in forensic help.',
    ].join('\n');
    // (The whole extractor: the title is read by the notice's structure.)
    const issuer = (t: string) => extract(t, { lang: 'en' }).organization?.value ?? null;
    expect(issuer(page)).toBeNull();
    const named = page.replace('On May 2 the City', 'On May 2 the City of Harwick Falls');
    expect(issuer(named)).toBe('City of Harwick Falls');
  });
});

describe('settleEn: a day or a verb of the sentence read on as the last word of a name', () => {
  it('cuts a weekday or an auxiliary verb that closes a news sentence’s name', () => {
    const text =
      'Auditors advised Pellham Logistics Group Monday that the review was done. Pellham Logistics Group Has replaced its servers.';
    expect(settled('Pellham Logistics Group Monday', text)).toBe('Pellham Logistics Group');
    expect(settled('Pellham Logistics Group Has', text)).toBe('Pellham Logistics Group');
  });
  it('keeps a name whose last word is a weekday after "on", and names without such a tail', () => {
    expect(settled('The Ledger on Sunday', 'Readers of The Ledger on Sunday were told.')).toBe(
      'The Ledger on Sunday',
    );
    expect(
      settled('Pellham Logistics Group', 'Pellham Logistics Group said on Monday that it was hit.'),
    ).toBe('Pellham Logistics Group');
  });
  it('reads a news lead whose verb is capitalised by mistake without the verb', () => {
    const text =
      'Brackley Tools says 2M cards affected\nBrackley Tools Has removed malware from its shop terminals that exposed 2 million payment cards, the retailer said Thursday.';
    expect(org(text)).toBe('Brackley Tools');
  });
});

describe('English news: the body robbed, told as the object of a theft', () => {
  it('reads "hackers stole data from X, …" when the name closes the phrase', () => {
    expect(
      org(
        'https://news.example.com/a\nHackers steal Brackley Tools data of 3 million shoppers\nMore than 3 million shoppers may be affected after hackers stole data from Brackley Tools, one of the largest hardware chains.\nThe company said it found the intrusion on July 29.',
      ),
    ).toBe('Brackley Tools');
  });
});
