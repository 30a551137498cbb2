import { SECTORS as RECORD_SECTORS } from '../incidents/record.js';

/**
 * Sectors of the benchmarks: the import records' vocabulary (PRC organisation types, HHS = health,
 * WA industries, the JP list's categories: src/incidents/record.ts) plus `business`, a company whose
 * industry no source names (株式会社…, "… Inc.").
 */
export const SECTORS = [...RECORD_SECTORS.filter((s) => s !== 'other'), 'business', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { ja: string; en: string }> = {
  health: { ja: '医療', en: 'health' },
  government: { ja: '行政・自治体', en: 'government' },
  education: { ja: '教育', en: 'education' },
  finance: { ja: '金融', en: 'finance' },
  retail: { ja: '小売', en: 'retail' },
  tech: { ja: '情報通信', en: 'technology' },
  nonprofit: { ja: '団体・非営利', en: 'non-profit' },
  business: { ja: '企業 (業種不明)', en: 'business (industry unknown)' },
  other: { ja: 'その他', en: 'other' },
};

const isSector = (s: string): s is Sector => (SECTORS as readonly string[]).includes(s);

// Order matters: a 市立病院 is a hospital, a 学校法人 is a school, a 医療法人 is not a company, a
// credit union is a bank, and a 教育委員会 is a local government body although it is about schools.
// A bare place suffix (サンプル市) is tried last, so that サンプル市場株式会社 stays a company.
const RULES: [Sector, RegExp][] = [
  [
    'government',
    /(教育委員会|役所|役場|県庁|都庁|府庁|道庁|省$|庁$|\bCity of\b|\bCounty\b|\bDepartment of\b|\bMinistry\b|\bGovernment\b|\bState of\b)/i,
  ],
  [
    'health',
    /(病院|医療|医院|クリニック|診療所|薬局|歯科|\bHospitals?\b|\bHealth\b|\bHealthcare\b|\bMedical\b|\bClinic\b|\bPharmacy\b)/i,
  ],
  [
    'education',
    /(大学|学校|高校|高等学校|中学校|小学校|学園|学院|幼稚園|保育園|\bUniversity\b|\bCollege\b|\bSchool\b|\bAcademy\b)/i,
  ],
  [
    'finance',
    /(銀行|信用金庫|信用組合|証券|保険|生命|\bBank\b|\bBancorp\b|\bInsurance\b|\bFinancial\b|\bCredit Union\b|\bSecurities\b)/i,
  ],
  [
    'nonprofit',
    /(協会|組合|財団|社団|連合会|協議会|特定非営利|NPO法人|\bAssociation\b|\bUnion\b|\bFoundation\b|\bSociety\b|\bCharity\b)/i,
  ],
  [
    'business',
    /(株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|\bInc\b|\bCorp(oration)?\b|\bLtd\b|\bLLC\b|\bCo\.|\bCompany\b|\bPLC\b|\bGmbH\b|\bK\.K\.)/i,
  ],
  ['government', /(市|県|町|村|区|都|府|独立行政法人)$/],
];

/**
 * The sector an organisation's name suggests; 'other' when nothing does.
 *
 * @example sectorOf('株式会社サンプル商事') // => 'business'
 * @example sectorOf('サンプル市') // => 'government'
 * @example sectorOf('サンプル市立病院') // => 'health'
 */
export function sectorOf(name: string | null | undefined): Sector {
  if (!name) return 'other';
  const n = name.normalize('NFKC').trim();
  for (const [sector, re] of RULES) if (re.test(n)) return sector;
  return 'other';
}

/**
 * An incident's sector: the first specific sector its source records give (a dataset's organisation
 * type or industry), else what the organisation's name suggests, else 'other'. A record's own
 * 'other' (PRC "other business", WA "other" industry) gives way to the name, which may tell more.
 *
 * @example sectorFor(['health'], 'Example Partners') // => 'health' (an HHS row)
 * @example sectorFor([], 'サンプル大学') // => 'education'
 * @example sectorFor(['other'], 'Example Widgets Inc.') // => 'business'
 */
export function sectorFor(recordSectors: readonly string[], name: string | null | undefined): Sector {
  const specific = recordSectors.find((s) => s !== 'other' && isSector(s));
  if (specific) return specific as Sector;
  return sectorOf(name);
}

/**
 * An incident's country: the first its source records give; a Japanese notice without one is from
 * Japan (the notices leakwatch reads in Japanese are Japanese organisations'); else null.
 *
 * @example countryFor([], 'ja') // => 'JP'
 * @example countryFor(['US', 'US'], 'en') // => 'US'
 */
export function countryFor(recordCountries: readonly string[], lang: 'ja' | 'en' | null): string | null {
  const c = recordCountries.find((x) => /^[A-Z]{2}$/i.test(x));
  if (c) return c.toUpperCase();
  return lang === 'ja' ? 'JP' : null;
}
