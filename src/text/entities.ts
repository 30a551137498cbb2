/**
 * Decodes the character references a tag stripper meets: the five XML ones, &nbsp;, a few common
 * typographic names, and numeric references. Unknown names are left as written. Code points that
 * are not valid (surrogates, > U+10FFFF, NUL) become U+FFFD, as the HTML standard says.
 *
 * @example decodeEntities('A&amp;B &#x6F22;&#23383;') // => 'A&B 漢字'
 */
export function decodeEntities(s: string): string {
  return s.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref[0] === '#') {
        const cp =
          ref[1] === 'x' || ref[1] === 'X'
            ? Number.parseInt(ref.slice(2), 16)
            : Number.parseInt(ref.slice(1), 10);
        if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          return '\uFFFD';
        return String.fromCodePoint(cp);
      }
      return NAMED[ref] ?? whole;
    },
  );
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  hellip: '\u2026',
  middot: '\u00B7',
  bull: '\u2022',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  yen: '\u00A5',
  times: '\u00D7',
};
