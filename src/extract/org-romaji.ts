import type { HostKind } from './structure.js';

/**
 * The body a public web address spells in romaji: pref.hyogo.lg.jp is 兵庫県's, city.takamatsu.lg.jp
 * 高松市's, and a repost's address that carries the name (…-Takamatsu-city-…, …-Saitama-Prefecture-…)
 * names it too. A romanised name cannot be turned back into kanji without a table, so the table
 * holds the 47 prefectures and the larger cities (the designated, core and former special cities,
 * names only, from the public lists of Japan's city system). A smaller city's address reads as no
 * name: the text's own names are used then, as before.
 */

const PREFECTURES: Record<string, string> = {
  hokkaido: '北海道',
  aomori: '青森県',
  iwate: '岩手県',
  miyagi: '宮城県',
  akita: '秋田県',
  yamagata: '山形県',
  fukushima: '福島県',
  ibaraki: '茨城県',
  tochigi: '栃木県',
  gunma: '群馬県',
  saitama: '埼玉県',
  chiba: '千葉県',
  tokyo: '東京都',
  kanagawa: '神奈川県',
  niigata: '新潟県',
  toyama: '富山県',
  ishikawa: '石川県',
  fukui: '福井県',
  yamanashi: '山梨県',
  nagano: '長野県',
  gifu: '岐阜県',
  shizuoka: '静岡県',
  aichi: '愛知県',
  mie: '三重県',
  shiga: '滋賀県',
  kyoto: '京都府',
  osaka: '大阪府',
  hyogo: '兵庫県',
  nara: '奈良県',
  wakayama: '和歌山県',
  tottori: '鳥取県',
  shimane: '島根県',
  okayama: '岡山県',
  hiroshima: '広島県',
  yamaguchi: '山口県',
  tokushima: '徳島県',
  kagawa: '香川県',
  ehime: '愛媛県',
  kochi: '高知県',
  fukuoka: '福岡県',
  saga: '佐賀県',
  nagasaki: '長崎県',
  kumamoto: '熊本県',
  oita: '大分県',
  miyazaki: '宮崎県',
  kagoshima: '鹿児島県',
  okinawa: '沖縄県',
};

// Designated, core and former special cities. A romaji name two cities share (太田市 in Gunma,
// 大田区 in Tokyo: both "ota") is left out.
const CITIES: Record<string, string> = {
  sapporo: '札幌市',
  hakodate: '函館市',
  asahikawa: '旭川市',
  aomori: '青森市',
  hachinohe: '八戸市',
  morioka: '盛岡市',
  sendai: '仙台市',
  akita: '秋田市',
  yamagata: '山形市',
  fukushima: '福島市',
  koriyama: '郡山市',
  iwaki: 'いわき市',
  mito: '水戸市',
  tsukuba: 'つくば市',
  utsunomiya: '宇都宮市',
  maebashi: '前橋市',
  takasaki: '高崎市',
  isesaki: '伊勢崎市',
  saitama: 'さいたま市',
  kawagoe: '川越市',
  kumagaya: '熊谷市',
  kawaguchi: '川口市',
  tokorozawa: '所沢市',
  kasukabe: '春日部市',
  soka: '草加市',
  koshigaya: '越谷市',
  chiba: '千葉市',
  funabashi: '船橋市',
  kashiwa: '柏市',
  hachioji: '八王子市',
  yokohama: '横浜市',
  kawasaki: '川崎市',
  yokosuka: '横須賀市',
  hiratsuka: '平塚市',
  odawara: '小田原市',
  chigasaki: '茅ヶ崎市',
  sagamihara: '相模原市',
  atsugi: '厚木市',
  yamato: '大和市',
  niigata: '新潟市',
  nagaoka: '長岡市',
  joetsu: '上越市',
  toyama: '富山市',
  kanazawa: '金沢市',
  fukui: '福井市',
  kofu: '甲府市',
  nagano: '長野市',
  matsumoto: '松本市',
  gifu: '岐阜市',
  shizuoka: '静岡市',
  hamamatsu: '浜松市',
  numazu: '沼津市',
  fuji: '富士市',
  nagoya: '名古屋市',
  toyohashi: '豊橋市',
  okazaki: '岡崎市',
  ichinomiya: '一宮市',
  kasugai: '春日井市',
  toyota: '豊田市',
  yokkaichi: '四日市市',
  otsu: '大津市',
  kyoto: '京都市',
  osaka: '大阪市',
  sakai: '堺市',
  kishiwada: '岸和田市',
  toyonaka: '豊中市',
  suita: '吹田市',
  takatsuki: '高槻市',
  hirakata: '枚方市',
  ibaraki: '茨木市',
  yao: '八尾市',
  neyagawa: '寝屋川市',
  higashiosaka: '東大阪市',
  kobe: '神戸市',
  himeji: '姫路市',
  amagasaki: '尼崎市',
  akashi: '明石市',
  nishinomiya: '西宮市',
  kakogawa: '加古川市',
  takarazuka: '宝塚市',
  nara: '奈良市',
  wakayama: '和歌山市',
  tottori: '鳥取市',
  matsue: '松江市',
  okayama: '岡山市',
  kurashiki: '倉敷市',
  hiroshima: '広島市',
  kure: '呉市',
  fukuyama: '福山市',
  shimonoseki: '下関市',
  takamatsu: '高松市',
  matsuyama: '松山市',
  kochi: '高知市',
  kitakyushu: '北九州市',
  fukuoka: '福岡市',
  kurume: '久留米市',
  saga: '佐賀市',
  nagasaki: '長崎市',
  sasebo: '佐世保市',
  kumamoto: '熊本市',
  oita: '大分市',
  miyazaki: '宮崎市',
  kagoshima: '鹿児島市',
  naha: '那覇市',
};

// city.X.… / pref.X.…: the label after the registry word. (A ward's own site, city.X-Y.lg.jp, has a
// dash and is not in the table.)
const HOST_NAME_LABEL = /(?:^|\.)(city|pref)\.([a-z]+)\./;
// 「…-Takamatsu-city-…」「…-Saitama-Prefecture-…」: a repost's address spelling the body.
const SLUG_NAME = /[/_-]([a-z]{3,15})[-_](city|prefecture)(?=[-_/.]|$)/i;

const KIND_OF: Record<string, HostKind> = { city: 'city', pref: 'prefecture', prefecture: 'prefecture' };

/**
 * The prefecture or city a notice's own address spells, with its kind, or null.
 *
 * @example placeOfAddress('www.pref.hyogo.lg.jp', 'https://web.pref.hyogo.lg.jp/a.html') // → { name: '兵庫県', kind: 'prefecture' }
 * @example placeOfAddress('blog.example.net', 'https://blog.example.net/2024/07/x-Takamatsu-city-leak.html') // → { name: '高松市', kind: 'city' }
 */
export function placeOfAddress(
  host: string | null,
  url: string | null,
): { name: string; kind: HostKind } | null {
  const h = host ? HOST_NAME_LABEL.exec(host) : null;
  const s = !h && url ? SLUG_NAME.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, '')) : null;
  const word = h ? h[1] : s?.[2];
  const label = h ? h[2] : s?.[1];
  if (!word || !label) return null;
  const kind = KIND_OF[word.toLowerCase()]!;
  const key = label.toLowerCase();
  const name = kind === 'prefecture' ? PREFECTURES[key] : CITIES[key];
  return name ? { name, kind } : null;
}
