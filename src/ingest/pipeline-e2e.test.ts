import { expect, it } from 'vitest';
import { createReader } from '../store/reader.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotice } from './pipeline.js';

/** A fictional breach told in two reports, written for this test (real extract(), no fakes). */
const FIRST = `株式会社みなと文具
不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)
2025年9月2日
株式会社みなと文具(以下「当社」)が運営する「みなと文具オンライン」において、第三者による不正アクセスを受け、お客様の氏名、メールアドレスが流出した可能性があることが判明しました。
2025年8月28日、サーバの異常を検知しました。対象は約3,000名様です。`;

const FINAL = `株式会社みなと文具
不正アクセスに関する調査結果のご報告(最終報)
2025年10月20日
当社が運営する「みなと文具オンライン」への不正アクセスにつきまして、外部専門機関による調査が完了しましたのでご報告いたします。
2025年8月28日、サーバの異常を検知しました。
調査の結果、お客様2,870名様の氏名、メールアドレス、電話番号が流出したことを確認しました。
全てのお客様にパスワードの再設定をお願いしております。`;

describeEachDialect('ingestNotice end to end (real extraction)', (getDb) => {
  it('merges a first report and a final report of one breach', async () => {
    const db = getDb();
    const a = await ingestNotice(db, { text: FIRST, via: 'file', url: 'https://minato.example.jp/news/1' });
    const b = await ingestNotice(db, { text: FINAL, via: 'file', url: 'https://minato.example.jp/news/2' });
    expect(a.status).toBe('new');
    expect(b.status).toBe('updated');
    expect(b.incidentId).toBe(a.incidentId);
    const inc = await createReader(db).getIncident(a.incidentId!);
    expect(inc!.organization?.name).toBe('株式会社みなと文具');
    expect(inc!.notice_count).toBe(2);
    expect(inc!.report_stage).toBe('final');
    expect(inc!.published).toBe('2025-09-02');
    expect(inc!.affected?.count).toBe(2870);
    expect(inc!.data_classes).toEqual(expect.arrayContaining(['Names', 'Email addresses']));
    expect(inc!.facts.affected?.evidence?.quote).toContain('2,870');
    const affected = inc!.history.filter((h) => h.field === 'affected');
    expect(affected.map((h) => h.kind)).toEqual(['set', 'changed']);
    // Evidence offsets point into the stored (normalised) text.
    const notice = await createReader(db).getNotice(b.noticeId);
    const ev = notice!.facts.affected!.evidence;
    expect(notice!.text.slice(ev.start, ev.end)).toBe(ev.quote);
    const hits = await createReader(db).searchIncidents('みなと文具');
    expect(hits.items[0]?.incident.id).toBe(a.incidentId);
  });

  it("titles an incident with the notice's readable title: no web address, no repost prefix", async () => {
    const db = getDb();
    const repost = `https://blog.example.net/2099/01/post.html
【インシデント事件簿#2099-014】架空市 個人情報を含むメールの誤送信について
架空市(以下「本市」)において、市民の方の氏名とメールアドレスを含むファイルを誤って別の事業者へ送信しました。
対象は12名です。`;
    const r = await ingestNotice(db, { text: repost, via: 'file' });
    const inc = await createReader(db).getIncident(r.incidentId!);
    expect(inc!.title).not.toMatch(/https?:|事件簿|【/);
    expect(inc!.title).toContain('架空市');
    const english = `https://www.example.com/notice
Notice of Data Security Incident
Contoso Dental Group is writing to tell you about an incident that may have involved your name and address.`;
    const e = await ingestNotice(db, { text: english, via: 'file' });
    const incEn = await createReader(db).getIncident(e.incidentId!);
    expect(incEn!.title).not.toMatch(/https?:|www\./);
  });
});
