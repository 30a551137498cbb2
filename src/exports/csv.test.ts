import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('CSV (RFC 4180, formula-safe)', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('株式会社サンプル商事')).toBe('株式会社サンプル商事');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1234)).toBe('1234');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+81 3 0000 0000')).toBe("'+81 3 0000 0000");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://example.com","x")')).toBe(
      '"\'=HYPERLINK(""http://example.com"",""x"")"',
    );
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends records with CRLF', () => {
    expect(csvLine(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });
});
