/**
 * Organisation and service name matching. Japanese notices name the same company in many ways —
 * 株式会社サンプル, サンプル株式会社, (株)サンプル, ｻﾝﾌﾟﾙ (half-width kana), "Sample Inc." — and
 * services in kana, romaji or English (ネットオフ / netoff / NetOff). Everything here is pure.
 */

/** Japanese legal-entity forms (法人格) that prefix or suffix a company name. */
const JA_LEGAL_FORMS = [
  '特定非営利活動法人',
  '一般社団法人',
  '一般財団法人',
  '公益社団法人',
  '公益財団法人',
  '国立大学法人',
  '独立行政法人',
  '地方独立行政法人',
  '社会福祉法人',
  '学校法人',
  '医療法人',
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '(株)',
  '(有)',
  '(同)',
  '(社)',
  '(財)',
];

/** English legal forms, stripped from the end ("Example Widgets Co., Ltd."). */
const EN_LEGAL_SUFFIX =
  /[\s,.]*\b(inc|incorporated|co|company|ltd|limited|corp|corporation|llc|plc|gmbh|kk|k\.k)\.?\s*$/i;

/** Separators that differ between spellings of one name: spaces, middle dots, dashes, quotes, brackets. */
const SEPARATORS = /[\s\u3000・･·\-‐‑‒–—―_.,，、。'"’“”「」『』【】〈〉《》()[\]{}!?:;/\\&＆+]/g;

/** Hiragana → katakana (the two kana scripts name the same sounds). */
export function toKatakana(s: string): string {
  if (!HIRAGANA.test(s)) return s;
  // Code unit by code unit (surrogate pairs pass unchanged): a replace() callback per kana costs
  // more than the rest of folding a notice's text.
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes[i] = (c >= 0x3041 && c <= 0x3096) || c === 0x309d || c === 0x309e ? c + 0x60 : c;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 4096)
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 4096) as unknown as number[]);
  return out;
}
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/;

/**
 * The form two spellings of one organisation share: NFKC (full/half width, ㈱ → (株)), lower case,
 * legal forms stripped, separators removed, hiragana folded to katakana.
 *
 * @example normalizeOrgName('株式会社 サンプル') // => 'サンプル'
 * @example normalizeOrgName('Sample Inc.') // => 'sample'
 */
export function normalizeOrgName(name: string): string {
  let out = orgKeys.get(name);
  if (out !== undefined) return out;
  // Removing separators can expose a legal form ("X K K" → "xkk" → "x"): fold to a fixed point, so
  // that a normalised name normalises to itself (each pass only shortens the name).
  out = normalizeOnce(name);
  for (let i = 0; i < 4; i++) {
    const next = normalizeOnce(out);
    if (next === out) break;
    out = next;
  }
  if (name.length <= 200) {
    if (orgKeys.size >= 20_000) orgKeys.clear();
    orgKeys.set(name, out);
  }
  return out;
}
/** normalizeOrgName's results: an ingest normalises the same few names for every notice and candidate. */
const orgKeys = new Map<string, string>();

/**
 * Old and variant kanji that names are written with either way (髙野 / 高野, 﨑 / 崎, 濵 / 浜):
 * a company's own notice uses one, a newspaper or a repost the other.
 */
const VARIANT_KANJI: Record<string, string> = {
  髙: '高', 﨑: '崎', 嵜: '崎', 德: '徳', 邊: '辺', 邉: '辺', 濵: '浜', 濱: '浜', 齋: '斎', 齊: '斉',
  櫻: '桜', 廣: '広', 澤: '沢', 國: '国', 會: '会', 榮: '栄', 來: '来', 瀨: '瀬', 惠: '恵', 眞: '真',
  冨: '富', 寳: '宝', 藏: '蔵', 圓: '円', 鐵: '鉄', 縣: '県', 學: '学', 醫: '医', 豐: '豊', 樂: '楽',
}; // biome-ignore format: a table of variants reads best as a grid
const VARIANT_KANJI_RE = new RegExp(`[${Object.keys(VARIANT_KANJI).join('')}]`, 'g');

/** A name with its variant kanji written in their common form. */
export function foldVariantKanji(s: string): string {
  return s.replace(VARIANT_KANJI_RE, (c) => VARIANT_KANJI[c] ?? c);
}

function normalizeOnce(name: string): string {
  const s = foldVariantKanji(stripLegalForm(name));
  const folded = toKatakana(s.toLowerCase()).replace(SEPARATORS, '');
  // A name that is nothing but a legal form keeps its letters rather than becoming ''.
  return folded || toKatakana(foldVariantKanji(name.normalize('NFKC')).toLowerCase()).replace(SEPARATORS, '');
}

/**
 * The name without its legal form (NFKC, spacing kept).
 *
 * @example stripLegalForm('Example Shop Co., Ltd.') // => 'Example Shop'
 */
export function stripLegalForm(name: string): string {
  let s = name.normalize('NFKC').trim();
  let prev = '';
  while (prev !== s) {
    prev = s;
    for (const form of JA_LEGAL_FORMS) {
      if (s.startsWith(form)) s = s.slice(form.length).trim();
      if (s.endsWith(form)) s = s.slice(0, -form.length).trim();
    }
    s = s.replace(EN_LEGAL_SUFFIX, '').trim();
  }
  return s;
}

/**
 * The search key: NFKC, lower case, hiragana → katakana, separators removed. Search documents and
 * queries are folded the same way, so ｻﾝﾌﾟﾙ, さんぷる and サンプル find each other.
 *
 * @example foldSearch('ｻﾝﾌﾟﾙ・ショップ') // => 'サンプルショップ'
 */
export function foldSearch(s: string): string {
  // A notice's text is folded twice as it is ingested (its search document, its continuation
  // evidence): the last long text's form is kept.
  if (s.length >= 256 && s === lastFolded[0]) return lastFolded[1];
  const out = toKatakana(s.normalize('NFKC').toLowerCase()).replace(SEPARATORS, '');
  if (s.length >= 256) lastFolded = [s, out];
  return out;
}
let lastFolded: [string, string] = ['', ''];

const KANA_ROMAJI: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o',
  カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko',
  ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so',
  ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo',
  タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do',
  ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no',
  ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo',
  パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo',
  ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro',
  ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo', ヮ: 'wa',
}; // biome-ignore format: a kana table reads best as a grid

/**
 * Hepburn romanisation of kana (other characters pass through lower-cased). Enough to compare
 * kana names with their romaji or English spelling; not a general transliterator.
 *
 * @example kanaToRomaji('ネットオフ') // => 'nettoofu'
 * @example kanaToRomaji('サンプル') // => 'sampuru' (ン before p/b/m is m, as in "Sample")
 */
export function kanaToRomaji(input: string): string {
  const s = toKatakana(input.normalize('NFKC'));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === 'ッ') {
      const r = next ? (KANA_ROMAJI[next] ?? '') : '';
      out += r.startsWith('ch') ? 't' : (r[0] ?? '');
      continue;
    }
    if (c === 'ー') {
      out += out.at(-1) ?? '';
      continue;
    }
    if (c === 'ン') {
      const r = next ? (KANA_ROMAJI[next] ?? '') : '';
      out += /^[bmp]/.test(r) ? 'm' : 'n';
      continue;
    }
    const r = KANA_ROMAJI[c];
    if (r === undefined) {
      out += c.toLowerCase();
      continue;
    }
    // Small ャュョ after an i-syllable: キャ = kya, シャ = sha, チョ = cho.
    if (next && 'ャュョ'.includes(next) && r.endsWith('i')) {
      const y = KANA_ROMAJI[next]!;
      const base = r.slice(0, -1);
      out += /(sh|ch|j)$/.test(base) ? base + y.slice(1) : base + y;
      i++;
      continue;
    }
    // Small ァィェォ after u/o-syllables: フォ = fo, ティ = ti.
    if (next && 'ァィゥェォ'.includes(next) && r.length > 1) {
      out += r.replace(/[aiueo]$/, '').replace(/su$/, 's') + KANA_ROMAJI[next]!;
      i++;
      continue;
    }
    out += r;
  }
  return out;
}

const KANA_RE = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/;
const LATIN_RE = /[a-z]/i;
const OTHER_RE = /[^\u3041-\u3096\u30a1-\u30fa\u30fca-z0-9]/i;

/** 'kana' for kana-only names, 'latin' for ASCII-letter names, 'other' for kanji or mixed names. */
export function nameScript(name: string): 'kana' | 'latin' | 'other' {
  const s = foldSearch(name);
  if (!s || OTHER_RE.test(s)) return 'other';
  if (KANA_RE.test(s) && !LATIN_RE.test(s)) return 'kana';
  if (LATIN_RE.test(s) && !KANA_RE.test(s)) return 'latin';
  return 'other';
}

/**
 * A loose key to compare a kana name with its romaji or English spelling: the romaji's consonant
 * skeleton (vowels and doubled letters dropped, l = r, v = b). '' when the name is not all kana or
 * all Latin, or the skeleton is too short to mean anything.
 *
 * @example romajiKey('ネットオフ') === romajiKey('NetOff') // both 'ntf'
 * @example romajiKey('サンプル株式会社') === romajiKey('Sample Inc.') // both 'smpr'
 */
export function romajiKey(name: string): string {
  const base = normalizeOrgName(name);
  const script = nameScript(base);
  return script === 'other' ? '' : romajiSkeleton(base, script);
}

/** romajiKey of a normalised name (normalizeOrgName) whose script is known. */
function romajiSkeleton(base: string, script: 'kana' | 'latin'): string {
  let s = script === 'kana' ? kanaToRomaji(base) : base;
  s = s
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s.length >= 3 ? s : '';
}

/**
 * True when two names very likely name the same organisation or service: the same normalised name,
 * or a kana name and a Latin name with the same romaji skeleton.
 *
 * @example namesMatch('株式会社サンプル', 'ｻﾝﾌﾟﾙ株式会社') // => true
 * @example namesMatch('ニコン', 'Nikon Corporation') // => true
 */
export function namesMatch(a: string, b: string): boolean {
  const ka = normalizeOrgName(a);
  const kb = normalizeOrgName(b);
  if (ka && ka === kb) return true;
  return crossScriptMatch(a, b);
}

/**
 * Kana vs Latin spelling with the same romaji skeleton and the same first vowel (never two names in
 * the same script). The skeleton drops every vowel, so on its own it took モリナ (morina) for Marine
 * and ミラノ (mirano) for Marlin; the first vowel tells those apart, while English spellings of
 * later vowels (Photocreate, フォトクリエイト) still match.
 */
export function crossScriptMatch(a: string, b: string): boolean {
  const ka = crossScriptKey(a);
  const kb = crossScriptKey(b);
  return ka !== null && kb !== null && ka.script !== kb.script && ka.key === kb.key;
}

/**
 * What crossScriptMatch compares, computed once per name: its script (kana or Latin) and a key of
 * romaji skeleton and first vowel. Two names match across scripts exactly when their scripts differ
 * and their keys are equal — so an index can hold names by key and answer in one lookup, instead of
 * testing every name with the same skeleton. null for a name in neither script or too short.
 *
 * @example crossScriptKey('ネットオフ') // => { script: 'kana', key: 'ntf e' }
 * @example crossScriptKey('NetOff') // => { script: 'latin', key: 'ntf e' }
 */
export function crossScriptKey(name: string): { script: 'kana' | 'latin'; key: string } | null {
  return crossScriptKeyOf(normalizeOrgName(name));
}

/**
 * crossScriptKey of a name already normalised (normalizeOrgName's result): for a search, whose
 * query is normalised once for every tier.
 */
export function crossScriptKeyOf(normalized: string): { script: 'kana' | 'latin'; key: string } | null {
  const script = nameScript(normalized);
  if (script === 'other') return null;
  const rk = romajiSkeleton(normalized, script);
  if (rk === '') return null;
  return { script, key: `${rk} ${firstVowel(normalized, script)}` };
}

/** The first vowel of a name's romaji (kana) or spelling (Latin; y before a consonant counts as i). */
function firstVowel(name: string, script: 'kana' | 'latin'): string {
  const s = (script === 'kana' ? kanaToRomaji(name) : name.toLowerCase()).replace(/y(?![aeiou])/g, 'i');
  return /[aeiou]/.exec(s)?.[0] ?? '';
}

/**
 * An ASCII slug part for a name: Latin letters and digits as they are, kana romanised, kanji
 * dropped. '' when nothing ASCII is left.
 *
 * @example slugPart('NAVERまとめ') // => 'naver-matome'
 */
export function slugPart(name: string): string {
  const s = stripLegalForm(name) || name.normalize('NFKC');
  const parts: string[] = [];
  for (const m of s.matchAll(/[a-z0-9]+|[\u3041-\u3096\u30a1-\u30fa\u30fc]+/gi)) {
    parts.push(/[a-z0-9]/i.test(m[0]) ? m[0].toLowerCase() : kanaToRomaji(m[0]));
  }
  return parts
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

/** Words that name a part or the parent of an organisation: 堺市役所 and 堺市 are one publisher. */
const ORG_UNIT_SUFFIX = /(?:ホールディングス|グループ|本社|役所|役場|事務局|本部|holdings|group|hd)$/;

/**
 * A prefecture's or municipality's name followed by one of its units (局, 部, 課, 室, 事務所,
 * センター) or boards (教育委員会, 消防本部, 議会).
 */
const PUBLIC_BODY_UNIT =
  /^(.{1,8}?[都道府県市区町村])([^都道府県市区町村]{1,12}(?:局|部|課|室|事務所|センター)|(?:教育|選挙管理|農業)?委員会|消防本部|議会)$/;

/**
 * The key one organisation's variants share: the normalised name without a trailing part/parent
 * word (ホールディングス, グループ, 役所, 事務局, Holdings …). '' when too little is left to mean
 * anything.
 *
 * @example organizationFamilyKey('サンプルホールディングス株式会社') === organizationFamilyKey('株式会社サンプル') // 'サンプル'
 * @example organizationFamilyKey('堺市役所') // => '堺市'
 * @example organizationFamilyKey('堺市健康福祉局') // => '堺市'
 * @example organizationFamilyKey('サンプル市教育委員会') // => 'サンプル市'
 */
export function organizationFamilyKey(name: string): string {
  const key = normalizeOrgName(name);
  // A bureau, department or office of a prefecture or city is that body (大阪市福祉局 → 大阪市,
  // サンプル県障害政策課 → サンプル県): its notices are the body's, reposted with either name.
  const body = PUBLIC_BODY_UNIT.exec(key);
  if (body) return body[1]!;
  const family = key.replace(ORG_UNIT_SUFFIX, '');
  const base = family.length >= 2 ? family : key;
  return base.length >= 2 ? base : '';
}

/** Words that join a name's parts and never end one ("Bank of", "Smith and"). */
const JOINING_WORDS = new Set(['of', 'and', 'the', 'for', 'at', 'on', 'in', 'de', 'la', 'und']);

/**
 * A Latin-script organisation name's words, lower case: legal form, bracketed parts, a leading "The"
 * and whatever follows "d/b/a", "doing business as", "on behalf of" or "also known as" left out.
 * Null for a name with letters of another script.
 */
function latinNameWords(name: string): string[] | null {
  const s = stripLegalForm(
    name
      .normalize('NFKC')
      .replace(/\([^)]*\)|\[[^\]]*\]|“[^”]*”|"[^"]*"/g, ' ')
      .split(/\s(?:d\/b\/a|dba|doing business as|on behalf of|also known as|a\/k\/a)\s/i)[0]!,
  ).toLowerCase();
  if (/[^\x20-\x7e\u2019]/.test(s)) return null;
  const words = s
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words;
}

/**
 * Whether one Latin-script name is the leading words of the other, at a word boundary, two words or
 * more, not ending in a joining word: "Bramble Health" and "Bramble Health System, Inc." name one
 * organisation however a report writes it; "Bramble" and "Brambleton" do not, nor "Bank of" anything.
 *
 * @example leadingWordsMatch('Bramble Health', 'The Bramble Health System, Inc.') // => true
 * @example leadingWordsMatch('Bramble Health', 'Bramble Healthcare') // => false
 */
export function leadingWordsMatch(a: string, b: string): boolean {
  const wa = latinNameWords(a);
  const wb = latinNameWords(b);
  if (!wa || !wb) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < 2 || JOINING_WORDS.has(short.at(-1)!)) return false;
  return short.every((w, i) => long[i] === w);
}

/**
 * normalizeOrgName keys of the shorter names a Latin-script name may also be written as: its leading
 * words, two or more, not ending in a joining word (leadingWordsMatch decides for each name found).
 *
 * @example leadingNameKeys('Bramble Health System, Inc.') // => ['bramblehealth', 'bramblehealthsystem']
 */
export function leadingNameKeys(name: string): string[] {
  const words = latinNameWords(name);
  if (!words) return [];
  const out = new Set<string>();
  for (let k = 2; k <= Math.min(words.length, 8); k++)
    if (!JOINING_WORDS.has(words[k - 1]!)) out.add(normalizeOrgName(words.slice(0, k).join(' ')));
  return [...out];
}
