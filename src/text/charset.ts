/**
 * Turns the bytes of an HTML page into a string. Japanese notices are still often Shift_JIS or
 * EUC-JP, declared in the Content-Type header, in a <meta> tag, or not at all.
 *
 * Order (as in the HTML standard's encoding sniffing, simplified): byte-order mark, then the
 * header's charset, then a <meta charset> / <meta http-equiv> in the first 4 KB, then a guess:
 * UTF-8 if the bytes are valid UTF-8, else Shift_JIS, else EUC-JP, else windows-1252.
 *
 * @example decodeHtml(bytes, 'text/html; charset=Shift_JIS') // => '<html>…お知らせ…'
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bom.label, bytes.subarray(bom.skip))!;
  const declared = charsetFromContentType(contentTypeHeader) ?? charsetFromMeta(bytes);
  if (declared) {
    const out = decodeWith(declared, bytes);
    if (out !== null) return out;
  }
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return utf8;
  // EUC-JP bytes often also decode as Shift_JIS (as half-width katakana), so decode both and keep
  // the one that looks less like mojibake.
  const candidates = ['shift_jis', 'euc-jp']
    .map((label) => decodeWith(label, bytes, true))
    .filter((s): s is string => s !== null)
    .sort((a, b) => oddness(a) - oddness(b));
  return candidates[0] ?? decodeWith('windows-1252', bytes)!;
}

/** Half-width katakana and replacement characters: rare in real notices, common in mojibake. */
function oddness(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xff61 && c <= 0xff9f) || c === 0xfffd) n++;
  }
  return n;
}

/** The charset parameter of a Content-Type header, or null. */
export function charsetFromContentType(header?: string | null): string | null {
  if (!header) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header);
  return m ? m[1]!.toLowerCase() : null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one char, so ASCII markup is readable whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function bomCharset(b: Uint8Array): { label: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

/** Labels seen on Japanese sites that the WHATWG encoding list spells differently. */
const ALIASES: Record<string, string> = {
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  'windows-31j': 'shift_jis',
  eucjp: 'euc-jp',
  'x-euc-jp': 'euc-jp',
};

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | null {
  const l = ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    return new TextDecoder(l, { fatal }).decode(bytes);
  } catch {
    // Unknown label (RangeError) or invalid bytes under fatal (TypeError): try the next candidate.
    return null;
  }
}
