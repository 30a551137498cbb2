import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fictional notices for fault tests: companies 架空商事{n}株式会社 that do not exist, example.jp
 * addresses, made-up counts. Every second notice is a later report (第二報) of the previous one's
 * company, so ingestion also merges into existing incidents.
 *
 * @example fictionalNotice(3) // '個人情報漏えいに関するお知らせ(第二報)\n…架空商事1株式会社…'
 */
export function fictionalNotice(i: number): string {
  const company = Math.floor(i / 2);
  const later = i % 2 === 1;
  const day = (i % 27) + 1;
  return [
    `個人情報漏えいに関するお知らせ(${later ? '第二報' : '第一報'})`,
    `2025年${(company % 12) + 1}月${day}日`,
    `架空商事${company}株式会社`,
    `当社が運営する「架空ストア${company}」のサーバーへの不正アクセスにより、お客様${company * 7 + (later ? 13 : 5)}名の氏名、メールアドレスが流出した可能性があります。`,
    `お問い合わせ: support@kakuu${company}.example.jp 電話 090-0000-${String(company % 10000).padStart(4, '0')}`,
    `(通番 ${i})`,
  ].join('\n');
}

/** Writes notices 0…n-1 as notice-00000.txt … into `dir`. */
export function writeFictionalNotices(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `notice-${String(i).padStart(5, '0')}.txt`), fictionalNotice(i));
}
