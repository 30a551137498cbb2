import { pageSequenceSuite, type SequencePage } from './testing-sequences.js';

/**
 * One breach told by several publishers: a local paper, the body's own page, a radio site months
 * later, a trade news site's final report — pages of different hosts, each read with its own (or no)
 * organisation, that name one body in their titles (src/incidents/subject.ts). And what must stay
 * apart: the same body's other breach months later, its subsidiary's breach, two councils whose
 * articles name one agency, two clients of one vendor. Each page is ingested as a page read from the
 * web is: its address on the first line. Every organisation, host and sentence is fictional,
 * written for this test.
 */

type Page = SequencePage;

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
  "a university's break-in: a paper's headline gives its initials, its own news site its full name": [
    {
      url: 'https://www.rivertonpost.example/news/2031/05/20/ransom-fsu-files',
      text: `Criminals demand ransom over FSU student files
20 May 2031
Criminals who broke into computers at Fernwood State University (FSU) say they will post student files unless they are paid, staff at Fernwood State University said on Monday.`,
    },
    {
      url: 'https://news.fernwoodstate.example/2031/update-on-network-intrusion',
      text: `Fernwood State University gives update on network intrusion
26 May 2031
An update from the office of the provost. Fernwood State University has not paid the criminals, and the police are looking into the intrusion.`,
    },
  ],
  'a college page that names its vendor more than itself, found by the name a later article gives': [
    {
      url: 'https://www.tollbridge.example/filemover-attack',
      text: `Filemover attack

Tollbridge College

Posted 2 February 2031. Tollbridge College sends files with a product called Filemover. Filemover told us that criminals broke into Filemover servers, and files of Filemover users were copied, Filemover said. Staff at Tollbridge College are checking which files were ours.`,
    },
    {
      url: 'https://www.coastnews.example/tollbridge-college-records',
      text: `Tollbridge College says student records were taken
20 February 2031
Student records were among the files taken from Tollbridge College through the file transfer product it used, a spokesperson for Tollbridge College said.`,
    },
  ],
  "a council's attack in two news sites' articles, each read with the council as its organisation": [
    {
      url: 'https://www.millbrookgazette.example/news/millbrook-council-attack',
      text: `Millbrook Council hit by serious cyber attack
9 October 2031
Millbrook Council said on Friday that a serious cyber attack had taken many of its services offline. Millbrook Council asked residents to be patient.`,
    },
    {
      url: 'https://www.radiowest.example/tech/5c1f9a',
      text: `Criminals publish files taken in Millbrook Council attack
2 December 2031
Files taken from Millbrook Council in the October attack have been put on a leak site, a spokesperson for Millbrook Council said.`,
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

pageSequenceSuite('one breach told by several publishers, found by the body their titles name', {
  oneIncident: ONE_INCIDENT,
  apart: APART,
});
