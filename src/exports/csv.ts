/**
 * CSV per RFC 4180: fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, quote, CR or LF, quotes doubled inside. Cells a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR — the OWASP "CSV injection" list) get a leading apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** UTF-8 byte order mark: lets Excel in Japan open UTF-8 CSV without garbling 日本語. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field.
 *
 * @example csvCell('=HYPERLINK("x")') // => '"\'=HYPERLINK(""x"")"'
 * @example csvCell('a,b') // => '"a,b"'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
