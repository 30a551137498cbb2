import { describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { freshStore, ingestInOrder } from './testing-sequences.js';

/**
 * One breach told by several publishers: a local paper, the body's own page, a radio site months
 * later, a trade news site's final report — pages of different hosts, each read with its own (or no)
 * organisation, that name one body in their titles (src/incidents/subject.ts). And what must stay
 * apart: the same body's other breach months later, its subsidiary's breach, two councils whose
 * articles name one agency, two clients of one vendor. Each page is ingested as a page read from the
 * web is: its address on the first line. Every organisation, host and sentence is fictional,
 * written for this test.
 */

type Page = { url: string; text: string };

const ONE_INCIDENT: Record<string, Page[]> = {
  "a council's attack: a local paper, the council's update page, a radio site's article seven weeks later": [
    {
      url: 'https://www.ashbyherald.example/news/ashby-council-cyber-attack',
      text: `Ashby Council hit by cyber attack
12 March 2031
The National Cyber Agency is helping after an attack took down many online services of Ashby Council on Tuesday. Nobody yet knows whether residents' records were taken, a spokesperson for Ashby Council said.`,
    },
    {
      url: 'https://www.ashby.example/news/update-on-attack',
      text: `Ashby,
13
March
2031

Update on the attack on council services

Our staff are working with the National Cyber Agency to find out what the attack on our servers reached. We have told the regulator, and most services of Ashby Council remain offline for now.`,
    },
    {
      url: 'https://www.wavefm.example/news/ashby-files-posted',
      text: `Criminals post files taken in Ashby Council attack
2 May 2031
Files taken from Ashby Council in the attack have been posted on a leak site, officials said. The leader of Ashby Council said staff were checking what the files held.`,
    },
  ],
  "a company's break-in told by two trade news sites, the second three weeks later": [
    {
      url: 'https://www.secnews.example/a/1',
      text: `サンプル精機にて社員PCに外部から侵入
発表日時2031/3/1
サンプル精機で、社員が使うPC2台に外部から侵入された跡が見つかった。同社は、PCの中のメールを読まれたおそれがあるとみて調べている。`,
    },
    {
      url: 'https://www.logistics-news.example/b/2',
      text: `サンプル精機 社員PC侵入の調査結果
2031年3月22日
サンプル精機は22日、社員PC2台への侵入について、専門の調査会社による調べでは情報が外へ出た跡はなかったと伝えた。`,
    },
  ],
  "a hospital's outage in the news, then its own notice, updated months later, that refers back to its first post":
    [
      {
        url: 'https://www.metronews.example/brookfield-health-outage',
        text: `Brookfield Health says network outage came from a cyber incident
November 29, 2031
Brookfield Health, which runs three hospitals in the county, said on Wednesday that its network outage came from a cybersecurity incident. Patients are still being seen, officials at Brookfield Health said.`,
      },
      {
        url: 'https://www.brookfieldhealth.example/notice',
        text: `Brookfield Health security incident: update of June 3, 2032
June 3, 2032
This page gives an update on the cyber incident that took systems at Brookfield Health offline, first posted here on November 28, 2031. We have since learned that an intruder was inside parts of our network from November 12 to November 27, 2031.`,
      },
    ],
};

const APART: Record<string, Page[]> = {
  'the same company in the news again seven months later, for another attack': [
    {
      url: 'https://www.secnews.example/a/1',
      text: `サンプル精機にて社員PCに外部から侵入
発表日時2031/3/1
サンプル精機で、社員が使うPC2台に外部から侵入された跡が見つかった。同社は、PCの中のメールを読まれたおそれがあるとみて調べている。`,
    },
    {
      url: 'https://www.itnews.example/c/3',
      text: `サンプル精機 ファイルサーバー暗号化
2031年10月20日
サンプル精機は10月20日、社内のファイルサーバーが身代金要求型のウイルスに感染し、ファイルを開けなくなったと発表した。`,
    },
  ],
  "a company's break-in, then its overseas subsidiary's three weeks later": [
    {
      url: 'https://www.secnews.example/a/1',
      text: `サンプル精機にて社員PCに外部から侵入
発表日時2031/3/1
サンプル精機で、社員が使うPC2台に外部から侵入された跡が見つかった。同社は、PCの中のメールを読まれたおそれがあるとみて調べている。`,
    },
    {
      url: 'https://www.asianews.example/d/4',
      text: `サンプル精機 タイ現地法人のサーバーに侵入
2031年3月20日
サンプル精機は3月20日、タイ現地法人が使うサーバーの一部に外から侵入されたと発表した。`,
    },
  ],
  'two councils hit on one day, whose articles both name the agency called in': [
    {
      url: 'https://www.ashbyherald.example/news/ashby-attack',
      text: `Ashby Council hit by cyber attack as National Cyber Agency called in
12 March 2031
Online services of Ashby Council went down on Tuesday. The National Cyber Agency is helping, a spokesperson for Ashby Council said.`,
    },
    {
      url: 'https://www.corleypost.example/news/corley-attack',
      text: `Corley Council hit by cyber attack as National Cyber Agency called in
12 March 2031
Online services of Corley Council went down on Tuesday. The National Cyber Agency is helping, a spokesperson for Corley Council said.`,
    },
  ],
  "two shops' pages about the breach of the vendor that runs their web shops": [
    {
      url: 'https://www.pellmart.example/orvane-incident',
      text: `Orvane incident and our customers
May 4, 2031
Orvane, the company that runs our online shop for us, told us on May 2, 2031 that someone had broken into its systems. Card details typed into our checkout may have been taken.`,
    },
    {
      url: 'https://www.hadleyoutdoor.example/notice',
      text: `Orvane incident
May 5, 2031
Our web shop is run for us by a third-party platform provider, Orvane, which told us on May 2, 2031 of an intrusion. Card details typed into our checkout may have been taken.`,
    },
  ],
};

/** Each page read as a file that begins with its address, in order. */
function ingestPages(db: Db, pages: Page[]): Promise<(string | null)[]> {
  return ingestInOrder(
    db,
    pages.map((p) => ({ text: `${p.url}\n${p.text}` })),
  );
}

describe('one breach told by several publishers, found by the body their titles name', () => {
  const db = freshStore();

  for (const [name, pages] of Object.entries(ONE_INCIDENT)) {
    it(`one incident: ${name}`, async () => {
      const ids = await ingestPages(db(), pages);
      expect(ids[0]).not.toBeNull();
      expect(new Set(ids).size).toBe(1);
    });
  }

  for (const [name, pages] of Object.entries(APART)) {
    it(`apart: ${name}`, async () => {
      const ids = await ingestPages(db(), pages);
      expect(ids.includes(null)).toBe(false);
      expect(ids.slice(0, -1)).not.toContain(ids.at(-1));
    });
  }
});
