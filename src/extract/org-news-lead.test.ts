import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Invented news reports and reposts (session 18, branch h/newsorg): the body a report is about.
const org = (t: string) => extract(t).organization?.value ?? null;

describe('news reports: the announcing or breached body, not the place, outlet or dateline', () => {
  it('reads the body after 「…の」 when the report never makes the place its subject', () => {
    const t =
      'https://news.example.jp/a/2\n見本県見本市の見本記念病院で、患者の個人情報約300人分が外部に流出したことが4日、分かった。\n病院によると、職員のパソコンがウイルスに感染した。';
    expect(org(t)).toBe('見本記念病院');
  });
  it('keeps a place the report makes its subject', () => {
    const t =
      'https://news.example.jp/a/3\n見本県見本市は5日、見本市の見本中央小学校で児童の名簿を紛失したと明らかにした。市によると、教諭が持ち帰っていた。';
    expect(org(t)).toBe('見本市');
  });
  it('reads a body written with its seat in brackets (「X大(X市)が」)', () => {
    const t =
      'https://news.example.jp/a/4\n見本県立大で不正アクセス\n\n 見本県立大(見本市)が管理するメールサーバーに何者かが侵入し、教職員の情報が外部に送られたことが9日、大学への取材で分かった。';
    expect(org(t)).toBe('見本県立大');
  });
  it('takes the subject of the lead announcement, with a descriptor before it', () => {
    const t =
      'https://example.com/news/9\nThe appliance maker Norvale announced Friday that data from some customers was stolen by an unauthorized party in May.\nThe company said it would notify customers.';
    expect(org(t)).toBe('Norvale');
  });
  it('prefers the breached subject of the lead to "patients of" a hospital it runs', () => {
    const t =
      'https://example.com/news/10\nBrightmoor Health sustained a data breach, exposing records of 40,000 people, the health system said Monday.\nIn the region, patients of Kellan Hospital and Ridgeway Hospital were affected.\nBrightmoor Health said it learned of the breach June 3.';
    expect(org(t)).toBe('Brightmoor Health');
  });
  it('reads no dateline or place before a lower-case noun as the body', () => {
    const t =
      'https://example.com/news/11\nBreach exposed student data\n\nHALFORD (AP) — A data breach at the Halford public school system exposed records of students, officials revealed Thursday.\n\nThe Halford Unified School District said it learned of the breach on May 2.';
    expect(org(t)).toBe('Halford Unified School District');
  });
  it('resolves "The District" as a subject to the fuller name the repost gives', () => {
    const t =
      "https://example.org/?p=1\nHere is a notice sent to the state from the Westbrook Valley School District:\nOn May 1, 2031, parents could view another student's record. The District has no reason to believe the data was misused.";
    expect(org(t)).toBe('Westbrook Valley School District');
  });
});
