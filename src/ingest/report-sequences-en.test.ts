import { sequenceSuite } from './testing-sequences.js';

/**
 * English successive reports told in general words — the organisation named differently in each, a
 * copy on a news host, a later report widening the window and the count — and reports that must stay
 * apart. Every organisation, host and sentence is fictional, written for this test.
 */

type Report = { text: string; url?: string };

const ONE_INCIDENT: Record<string, Report[]> = {
  'a name written shorter, then longer; the later report widens the count': [
    {
      url: 'https://www.businesswire.com/news/home/20330314/quillmere',
      text: `Quillmere Health notice of a security incident
March 14, 2033
Quillmere Health is writing about an incident involving patient information. On February 27, 2033, we detected ransomware on servers at our billing office. We took the servers offline and engaged outside forensic specialists. Their review found that files holding names, addresses and insurance details of about 2,400 patients may have been copied.`,
    },
    {
      url: 'https://www.quillmere-health.example/news/security-incident-update',
      text: `Update on the Quillmere Health security incident
April 30, 2033
Quillmere Health System, Inc. is providing an update on the ransomware incident first announced on March 14, 2033. The forensic review is now complete. It found that files holding names, addresses, insurance details and dates of birth of 6,150 patients were copied between February 20 and February 27, 2033. We are mailing letters to every affected patient.`,
    },
  ],
  'a later report that moves the start of the window months back': [
    {
      url: 'https://www.larkspur-outfitters.example/security',
      text: `Larkspur Outfitters notice of a payment card incident
May 20, 2034
Larkspur Outfitters found malicious code on its online checkout page. Card details entered between May 1, 2034 and May 9, 2034 may have been captured. We removed the code on May 9, 2034.`,
    },
    {
      url: 'https://www.larkspur-outfitters.example/security-update',
      text: `Update on our checkout review
July 8, 2034
Our forensic review found that the malicious code was first placed on the checkout page earlier than we knew. Card details entered between January 12, 2034 and May 9, 2034 may have been captured.`,
    },
  ],
  'a Japanese company notice and its copy on a regional news host': [
    {
      url: 'https://www.kinomiya-shokai.example.co.jp/news/20340611.html',
      text: `不正アクセスによるお客様情報流出のおそれについて
2034年6月11日
株式会社きのみや商会
当社の通販サイトのサーバーが外部から不正にアクセスされ、お客様の氏名、住所、電話番号が流出したおそれがあることが分かりました。
2034年6月2日に不審な通信を検知し、直ちにサイトを停止いたしました。外部の専門会社と調査を進めており、対象のお客様には個別にご連絡いたします。`,
    },
    {
      url: 'https://www.minato-keizai-news.example.jp/articles/88123',
      text: `きのみや商会 通販サイトで情報流出のおそれ
当社の通販サイトのサーバーが外部から不正にアクセスされ、お客様の氏名、住所、電話番号が流出したおそれがあることが分かりました。
2034年6月2日に不審な通信を検知し、直ちにサイトを停止いたしました。外部の専門会社と調査を進めており、対象のお客様には個別にご連絡いたします。
株式会社きのみや商会`,
    },
  ],
  'one letter filed twice from one address, its sender not read and spelt two ways': [
    {
      url: 'https://attorneygeneral.example.gov/files/brackenfold-notice.pdf',
      text: `Brackenfold Pediatric Associates

On October 3, 2035, we learned that an unknown party had entered the server that runs our appointment scheduling. We shut the server down the same day and asked an outside security firm to look into what happened. The firm found that the party was inside between September 26 and October 3, 2035, and that it could see the names, birth dates and phone numbers of families who booked visits with us. We have found no sign that anything was used to harm anyone. We have moved scheduling to a new server, changed every password and added a second sign-in step for staff.`,
    },
    {
      url: 'https://attorneygeneral.example.gov/files/brackenfold-notice.pdf',
      text: `Brackenfold Pediatric Associates, P.A.

On October 3, 2035, we learned that an unknown party had entered the server that runs our appointment scheduling. We shut the server down the same day and asked an outside security firm to look into what happened. The firm found that the party was inside between September 26 and October 3, 2035, and that it could see the names, birth dates and phone numbers of families who booked visits with us. We have found no sign that anything was used to harm anyone. We have moved scheduling to a new server, changed every password and added a second sign-in step for staff.`,
    },
  ],
  'a short letter filed twice from one address': [
    {
      url: 'https://attorneygeneral.example.gov/files/tarnwick-letter.pdf',
      text: `Tarnwick Tool Hire Ltd.

Tarnwick Tool Hire has learned that a laptop holding a list of its account customers was taken from a staff car on June 2, 2036. The list gave names and home addresses. We reported the theft to the police.`,
    },
    {
      url: 'https://attorneygeneral.example.gov/files/tarnwick-letter.pdf',
      text: `Tarnwick Tool Hire Limited (customer letter)

Tarnwick Tool Hire has learned that a laptop holding a list of its account customers was taken from a staff car on June 2, 2036. The list gave names and home addresses. We reported the theft to the police.`,
    },
  ],
};

const APART: Record<string, Report[]> = {
  'one organisation, two breaches years apart': [
    {
      url: 'https://www.quillmere-health.example/news/2033-incident',
      text: `Quillmere Health notice of a security incident
March 14, 2033
On February 27, 2033, Quillmere Health detected ransomware on servers at its billing office. Names and insurance details of about 2,400 patients may have been copied.`,
    },
    {
      url: 'https://www.quillmere-health.example/news/2035-mailbox',
      text: `Quillmere Health System notice of an email incident
August 2, 2035
On July 19, 2035, Quillmere Health System found that a staff mailbox had been opened with a stolen password. The mailbox held appointment lists for about 300 patients.`,
    },
  ],
  'two clients of one vendor, each on its own site': [
    {
      url: 'https://www.ashgrove-dental.example/notice',
      text: `Ashgrove Dental Group notice of a vendor incident
June 3, 2034
Ashgrove Dental Group uses Tallowby Records to store patient charts. On May 20, 2034, Tallowby Records told us that an intruder had reached its storage servers between May 2 and May 9, 2034. Charts of some of our patients were on those servers.`,
    },
    {
      url: 'https://www.fernlea-vision.example/privacy-notice',
      text: `Fernlea Vision Clinic notice of a vendor incident
June 5, 2034
Fernlea Vision Clinic uses Tallowby Records to store patient charts. On May 20, 2034, Tallowby Records told us that an intruder had reached its storage servers between May 2 and May 9, 2034. Charts of some of our patients were on those servers.`,
    },
  ],
  'two senders of one letter filed from one address': [
    {
      url: 'https://attorneygeneral.example.gov/files/vendor-sample.pdf',
      text: `Brackenfold Pediatric Associates

On October 3, 2035, we learned that an unknown party had entered the server that runs our appointment scheduling. We shut the server down the same day and asked an outside security firm to look into what happened. The firm found that the party was inside between September 26 and October 3, 2035, and that it could see the names, birth dates and phone numbers of families who booked visits with us. We have found no sign that anything was used to harm anyone. We have moved scheduling to a new server, changed every password and added a second sign-in step for staff.`,
    },
    {
      url: 'https://attorneygeneral.example.gov/files/vendor-sample.pdf',
      text: `Wistmoor Family Clinic

On October 3, 2035, we learned that an unknown party had entered the server that runs our appointment scheduling. We shut the server down the same day and asked an outside security firm to look into what happened. The firm found that the party was inside between September 26 and October 3, 2035, and that it could see the names, birth dates and phone numbers of families who booked visits with us. We have found no sign that anything was used to harm anyone. We have moved scheduling to a new server, changed every password and added a second sign-in step for staff.`,
    },
  ],
};

sequenceSuite('English report sequences through the extractor', { oneIncident: ONE_INCIDENT, apart: APART });
