import { sequenceSuite } from './testing-sequences.js';

/**
 * Letters known by their letterheads (src/incidents/sender.ts): one letter filed under two spellings
 * of its sender, and a sender's later letter whose body says only "we" — with no organisation read,
 * no shared address and no own site, only the name on the letterhead finds the earlier letter. And
 * letters that must stay apart: two senders, one sender's two incidents. Every organisation, place
 * and sentence is fictional, written for this test; each sequence is ingested in both orders.
 */

type Report = { text: string; url?: string };

const BANK_BODY = `On June 3, 2031, a laptop holding your account details was stolen from a locked storage room at one of our branch offices. Since then we have worked with the police to recover it and to find out whose records it held.`;

const bankA: Report = {
  url: 'https://attorneygeneral.example.gov/files/letter-batch-1.pdf',
  text: `Quarrydale Bank\n\n${BANK_BODY}`,
};
const bankB: Report = {
  url: 'https://attorneygeneral.example.gov/files/letter-batch-7.pdf',
  text: `Quarrydale Bank, N.A.\n\n${BANK_BODY.replace('Since then', 'Since that day')}`,
};

const OUTFITTER_BODY = `We are writing to tell you about unauthorized access to your account on our website, fernhollowgear.example. On November 4, 2032, we noticed a surge of failed sign-ins and began an investigation. We found that an attacker had tried email addresses and passwords taken from other companies' breaches against our sign-in page on November 3 and 4, 2032, and that some of those attempts succeeded. We reset the passwords of every account involved and blocked the addresses the attempts came from. Stored payment cards cannot be viewed in full on our website.`;

const outfitterA: Report = {
  url: 'https://attorneygeneral.example.gov/files/sample-notices-2.pdf',
  text: `Pellow Apparel, LLC doing business as Fernhollow Gear\n\n${OUTFITTER_BODY}`,
};
const outfitterB: Report = {
  url: 'https://attorneygeneral.example.gov/files/pellow-sample-notice.pdf',
  text: `Pellow Apparel, LLC doing business as Fernhollow Gear®\n\n${OUTFITTER_BODY}`,
};

const cityFirst: Report = {
  url: 'https://attorneygeneral.example.gov/files/ashmoor-residents.pdf',
  text: `City of Ashmoor, Oregon\n\nOn April 2, 2033, the City said it had found a network intrusion affecting several of its computer systems. While investigating, the City learned that some files taken in the intrusion had been posted on a public website.`,
};
const cityLater: Report = {
  url: 'https://attorneygeneral.example.gov/files/ashmoor-staff-rev2.pdf',
  text: `City of Ashmoor\n\nAs you know, we recently experienced a network intrusion that we first identified on April 2, 2033. Police and outside specialists are still investigating it. On May 19, 2033, we learned that some files holding staff records had been posted on a public website. We wanted you to know of this now.`,
};

const ONE_INCIDENT: Record<string, Report[]> = {
  'one letter filed twice, its bank spelt with and without N.A.': [bankA, bankB],
  'one letter filed twice, its bank spelt with and without N.A. (other order)': [bankB, bankA],
  'one sample letter under a d/b/a letterhead, with and without the ® sign': [outfitterA, outfitterB],
  'one sample letter under a d/b/a letterhead (other order)': [outfitterB, outfitterA],
  'a city’s later letter that says only "as you know", its letterhead without the state': [
    cityFirst,
    cityLater,
  ],
  'a city’s later letter that says only "as you know" (other order)': [cityLater, cityFirst],
};

const APART: Record<string, Report[]> = {
  'two towns’ letters in one vendor’s words': [
    {
      url: 'https://attorneygeneral.example.gov/files/town-of-wexcombe.pdf',
      text: `Town of Wexcombe\n\n${BANK_BODY.replace('account details', 'permit records')}`,
    },
    {
      url: 'https://attorneygeneral.example.gov/files/town-of-brill.pdf',
      text: `Town of Brillhaven\n\n${BANK_BODY.replace('account details', 'permit records')}`,
    },
  ],
  'one bank’s two thefts two years apart, told in its template words': [
    bankA,
    {
      url: 'https://attorneygeneral.example.gov/files/letter-2033.pdf',
      text: `Quarrydale Bank, N.A.\n\nOn September 14, 2033, a laptop holding your account details was taken from a parked car of one of our staff. We reported the theft to the police the same day and are working to find out whose records it held.`,
    },
  ],
  'one city’s two intrusions, the second letter not referring to the first': [
    cityFirst,
    {
      url: 'https://attorneygeneral.example.gov/files/ashmoor-2035.pdf',
      text: `City of Ashmoor\n\nOn August 8, 2035, we found that an unknown person had signed in to the mailbox of our permits office. The mailbox held names and addresses of applicants. We closed the access the same day.`,
    },
  ],
  'one city’s later letter about its 2035 intrusion, then its 2033 first letter read late': [
    {
      url: 'https://attorneygeneral.example.gov/files/ashmoor-2035-update.pdf',
      text: `City of Ashmoor\n\nAs you know, we recently experienced an intrusion into the mailbox of our permits office, which we first identified on August 8, 2035. We have now learned that the mailbox held scanned driver's licenses of some applicants.`,
    },
    cityFirst,
  ],
  'two cities named alike on their letterheads': [
    cityFirst,
    {
      url: 'https://attorneygeneral.example.gov/files/ashmoor-springs.pdf',
      text: `City of Ashmoor Springs\n\nAs you know, we recently experienced a network intrusion that we first identified on April 2, 2033. Police and outside specialists are still investigating it.`,
    },
  ],
};

sequenceSuite('letters known by their letterheads', { oneIncident: ONE_INCIDENT, apart: APART });
