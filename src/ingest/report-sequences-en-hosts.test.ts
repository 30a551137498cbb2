import { pageSequenceSuite, type SequencePage } from './testing-sequences.js';

/**
 * English later reports that say only "we", on another host of the same organisation (a news host
 * under a university's .edu, a blog on a blogging platform, a help centre), citing the earlier post
 * without a date ("an update on the incident", "the ransomware attack in March", "last week we
 * emailed all members") — and what must stay apart: another incident of the same organisation in
 * another year, a vendor's report beside a client's notice, two colleges hit through one flaw, two
 * bodies whose hosts share a first word. Each page is ingested as a page read from the web is: its
 * address on the first line. Every organisation, host and sentence is fictional, written for this test.
 */

type Page = SequencePage;

/** A university's first report (stands in a sequence and beside a later, other incident). */
const HARROWGATE_FIRST: Page = {
  url: 'https://www.harrowgate.edu/news/2031/cyber-incident',
  text: `Cyber incident affecting university IT services
4 March 2031
Harrowgate University is dealing with a cyber incident that has disrupted several of our IT services. Early on Monday 3 March 2031 our IT team spotted unusual activity on the network and took a number of systems offline as a precaution. We are working with outside specialists and have informed the police and the regulator. At this stage we do not know whether any personal data has been affected. We will post more information on this page as soon as we can.`,
};

/** The same university's update a week later. */
const HARROWGATE_UPDATE: Page = {
  url: 'https://www.harrowgate.edu/news/2031/cyber-incident-next-steps',
  text: `Cyber incident: what we know so far
12 March 2031
We want to give students and staff an update on the incident that has affected our IT services since last week. Working with outside specialists, we have found that an unauthorised party copied some files from a shared drive before the systems were taken offline. The files may include names, student ID numbers and contact details. We are contacting the people concerned directly. Most services, including email and the virtual learning environment, are now running again.`,
};

/** A university's status page (stands in a sequence and beside a namesake college). */
const TILLBURY_STATUS: Page = {
  url: 'https://www.tillbury.edu/it-status/network-disruption',
  text: `Network disruption
September 9, 2035
On September 8, 2035, our technology team found ransomware on several servers that run student records and payroll. We disconnected the network to contain it and brought in an incident response firm.`,
};

const ONE_INCIDENT: Record<string, Page[]> = {
  "a university's three posts: an update in other words, then a news host under its .edu": [
    HARROWGATE_FIRST,
    HARROWGATE_UPDATE,
    {
      url: 'https://news.harrowgate.edu/2031/04/information-about-the-recent-security-incident',
      text: `Information about the recent security incident
16 April 2031
Our review of the files taken during the ransomware attack in March is now complete. It found that the files held the names, dates of birth and contact details of about 8,200 current and former students, and the bank details of 140 members of staff. We have written to everyone whose information was in the files and are offering twelve months of credit monitoring. We are sorry for the worry this has caused.`,
    },
  ],
  "a lender's help-centre page and its numbered update on the main site": [
    {
      url: 'https://help.fernbrook.com/hc/en-us/articles/4410-security-incident',
      text: `Security incident: what you need to know
Posted June 2, 2032
What happened?
On May 28, 2032, we detected unauthorized access to a database used by our loan servicing platform. We shut off the access the same day and brought in a forensic firm.
What information was involved?
Customer names, email addresses, loan account numbers and, for some customers, bank account numbers.
What should I do?
Watch your accounts for activity you do not recognise. We will never ask for your password by phone.`,
    },
    {
      url: 'https://www.fernbrook.com/blog/security-incident-update-2',
      text: `Security incident update #2
June 19, 2032
Here is the second update on the security incident we told customers about earlier this month. The forensic firm has confirmed that the unauthorized party accessed the loan servicing database between May 24 and May 28, 2032. About 31,000 customers had loan account numbers in the affected tables, and 2,900 of them also had bank account numbers stored there. Every affected customer will receive an email from us this week.`,
    },
  ],
  'two blog posts on a blogging platform, the later one dated only by its address': [
    {
      url: 'https://ashburylibraries.wordpress.com/2033/02/10/update-on-the-cyber-attack',
      text: `Update on the cyber attack
Last week we emailed all members about the cyber attack on our systems. We are still working with specialists to find out exactly what happened. We have not seen any evidence that member details have been published online. You can now borrow and return books as normal at every branch, but online renewals are still unavailable.`,
    },
    {
      url: 'https://ashburylibraries.wordpress.com/2033/03/02/our-online-services-are-back',
      text: `Our online services are back
We are pleased to say that online renewals, reservations and e-book loans are working again after the February cyber attack. The investigation has now finished: the attacker copied member records, including names, card numbers and email addresses, but not PINs. Thank you for your patience over the past month.`,
    },
  ],
  "a university's status page, then its statement on a press wire naming it only in the opening sentence": [
    TILLBURY_STATUS,
    {
      url: 'https://www.businesswire.com/news/home/20350930/tillbury',
      text: `Tillbury University statement on the September network attack
September 30, 2035
Tillbury University today gave an update on the ransomware attack on its network earlier this month. The incident response firm found that the attackers copied payroll files holding names, Social Security numbers and bank details of 2,350 employees before the network was disconnected.`,
    },
  ],
  "a help centre on a help-desk platform under the company's label, then an update on its own domain": [
    {
      url: 'https://corvenna.zendesk.com/hc/en-us/articles/881-account-security',
      text: `Account security notice
February 11, 2036
On February 9, 2036, we found that someone had signed in to a support tool with a stolen employee password and looked up customer records. We locked the tool the same day. Names, email addresses and the last four digits of card numbers were visible.`,
    },
    {
      url: 'https://www.corvenna.com/blog/account-security-update',
      text: `Account security update
February 25, 2036
We want to give customers an update on the support tool incident. Our review found that 4,120 customer records were viewed between February 2 and February 9, 2036. We have emailed each of those customers.`,
    },
  ],
  "a news room's undated posts: an update, then one that refers back to an e-mail": [
    {
      url: 'https://www.pellbrook.example.com.au/newsroom/post/system-outage-update',
      text: `System outage update
Pellbrook Mutual has brought its claims portal back online after Monday's disruption.
We are still looking into the cause with outside specialists, and it will take some time.`,
    },
    {
      url: 'https://www.pellbrook.example.com.au/newsroom/post/a-message-to-our-members',
      text: `A message to our members
I am writing with more news about the criminal attack on our systems. Earlier this week, we emailed members to say that a criminal had taken some policy records.
Our specialists now believe the records held names, dates of birth and policy numbers.`,
    },
  ],
  "an information page that names the year's cyberattack, beside an undated update on one site": [
    {
      url: 'https://www.orrinford-labs.example.co.uk/news/cyber-incident-update',
      text: `Update on the cyber incident
Orrinford Labs was hit by a ransomware attack that stopped most of its testing systems. Samples are being processed by hand while systems are rebuilt.`,
    },
    {
      url: 'https://www.orrinford-labs.example.co.uk/node/5521',
      text: `Information centre
For the latest on the data review following the 2031 cyberattack, please see the page for data controllers.
This is the final progress update on our recovery programme. All testing systems are running again.`,
    },
  ],
};

const APART: Record<string, Page[]> = {
  "a university's incident and its phishing incident three years later": [
    HARROWGATE_FIRST,
    HARROWGATE_UPDATE,
    {
      url: 'https://www.harrowgate.edu/news/2034/email-phishing-incident',
      text: `Phishing incident involving staff email accounts
7 October 2034
Harrowgate University has found that three staff email accounts were opened by a criminal who had obtained their passwords through a phishing email on 29 September 2034. The mailboxes held correspondence with about 60 applicants. We have reset the passwords, added a second sign-in step and written to the applicants concerned.`,
    },
  ],
  "a vendor's own report and a client's notice of the same breach": [
    {
      url: 'https://www.quirewell.com/security-notice',
      text: `Quirewell statement on a security incident
February 6, 2033
Quirewell Systems provides library management software to public and academic libraries. On February 1, 2033, we identified that an unauthorized party had accessed part of our hosted environment. We took the environment offline and are working with a cybersecurity firm. We are notifying the library customers whose data may have been involved.`,
    },
    {
      url: 'https://www.kestrel-library.org/news/notice-of-data-incident',
      text: `Notice of a data incident
February 8, 2033
Kestrel County Library uses a hosted system from Quirewell Systems to manage loans and member accounts. On February 2, 2033, Quirewell told us that an unauthorized party had accessed its hosted environment on February 1, 2033. Member names, library card numbers, email addresses and home addresses were held in that system. We are resetting every PIN as a precaution.`,
    },
  ],
  'two colleges hit through one file-transfer flaw, the second saying it gives an update': [
    {
      url: 'https://www.palisade.edu/it/news/file-transfer-vulnerability',
      text: `File transfer service vulnerability
March 5, 2031
Palisade College uses a third-party file transfer service that was affected by a security flaw exploited around the world on March 2, 2031. An unauthorised party used the flaw to download some files we had shared through the service. We took the service offline and are working with outside specialists to establish what the files held.`,
    },
    {
      url: 'https://www.harrowgate.edu/news/2031/file-transfer-service',
      text: `File transfer service: an update
6 March 2031
We want to give our community an update on the file transfer service flaw that was exploited around the world this week. Our own use of the service has been reviewed and no files were taken. The service remains switched off while the supplier prepares a fix.`,
    },
  ],
  "a college whose name gives a university's host label, on its own host": [
    TILLBURY_STATUS,
    {
      url: 'https://www.tillburycollege.ac.uk/news/it-outage',
      text: `IT outage update
20 September 2035
Tillbury College wants to give students an update on the IT outage that began last week. A failed storage unit took our learning platform offline; no data was lost or taken, and the platform is running again.`,
    },
  ],
  "a body's own page about its supplier's breach, beside the supplier's undated update": [
    {
      url: 'https://www.quillonhealth.example/news/cyber-incident-update',
      text: `Cyber incident update
We were hit by a ransomware attack that stopped most of our testing systems. Samples are being processed by hand while systems are rebuilt.`,
    },
    {
      url: 'https://www.heathfield-trust.example.org.uk/quillon-health-incident',
      text: `Quillon Health incident
Quillon Health has now confirmed that patient data was stolen in the ransomware attack that began last week. Quillon Health runs blood tests for our hospitals, and we are contacting the patients concerned.`,
    },
  ],
  "an organisation's update of an incident two years older, read after its newer incident": [
    {
      url: 'https://www.brantwell.example/news/2033-email-incident',
      text: `Brantwell Freight notice of an email incident
May 4, 2033
On April 28, 2033, Brantwell Freight found that a staff mailbox had been opened with a stolen password. The mailbox held invoices for about 200 customers.`,
    },
    {
      url: 'https://www.brantwell.example/news/2031-incident-update',
      text: `Update on our security incident
June 10, 2031
We want to give customers an update on the incident we told them about last month. Our review found that the attacker copied shipping records holding names and addresses of 3,400 customers.`,
    },
  ],
  'two bodies whose hosts share a first word': [
    {
      url: 'https://www.marlowdental.com/notice',
      text: `Marlow Dental notice of a data incident
April 2, 2032
Marlow Dental found that an unauthorized party had entered its patient scheduling server on March 25, 2032. Names and phone numbers of patients were on the server.`,
    },
    {
      url: 'https://help.marlow.com/articles/security-update',
      text: `Security update
April 20, 2032
We want to give our account holders an update on the attack that began last week. Our investigation found that the attacker reached a server holding account holders' names and email addresses.`,
    },
  ],
  'a first report that promises an update, months after another incident of the same body': [
    {
      url: 'https://www.kelderby-council.gov.uk/news/letters-sent-to-wrong-address',
      text: `Letters sent to the wrong address
January 12, 2033
Kelderby Council sent council tax letters for 48 households to the wrong addresses on January 9, 2033. We have asked the recipients to return or destroy them.`,
    },
    {
      url: 'https://www.kelderby-council.gov.uk/news/ransomware-attack',
      text: `Ransomware attack on council systems
June 30, 2033
Kelderby Council was hit by a ransomware attack on June 28, 2033, and several online services are down. We will provide an update on the incident when we know more.`,
    },
  ],
};

pageSequenceSuite('English later reports on other hosts, told without a date', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
