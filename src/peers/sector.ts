/** Sectors derived from an organisation's name (a heuristic: no sector field exists in notices). */
export const SECTORS = ['government', 'healthcare', 'education', 'association', 'business', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { ja: string; en: string }> = {
  government: { ja: '行政・自治体', en: 'government' },
  healthcare: { ja: '医療', en: 'healthcare' },
  education: { ja: '教育', en: 'education' },
  association: { ja: '団体・組合', en: 'association' },
  business: { ja: '企業', en: 'business' },
  other: { ja: 'その他', en: 'other' },
};

// Order matters: a 市立病院 is a hospital, a 学校法人 is a school, a 医療法人 is not a company, and a
// 教育委員会 is a local government body although it is about schools.
const RULES: [Sector, RegExp][] = [
  [
    'government',
    /(教育委員会|役所|役場|県庁|都庁|府庁|道庁|省$|庁$|\bCity of\b|\bCounty\b|\bDepartment of\b|\bMinistry\b|\bGovernment\b)/i,
  ],
  [
    'healthcare',
    /(病院|医療|医院|クリニック|診療所|薬局|\bHospital|\bHealth\b|\bHealthcare\b|\bMedical\b|\bClinic\b)/i,
  ],
  [
    'education',
    /(大学|学校|高校|高等学校|中学校|小学校|学園|学院|幼稚園|\bUniversity\b|\bCollege\b|\bSchool\b|\bAcademy\b)/i,
  ],
  [
    'association',
    /(協会|組合|財団|社団|連合会|協議会|\bAssociation\b|\bUnion\b|\bFoundation\b|\bSociety\b)/i,
  ],
  [
    'business',
    /(株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|\bInc\b|\bCorp(oration)?\b|\bLtd\b|\bLLC\b|\bCo\.|\bCompany\b|\bPLC\b|\bGmbH\b|\bK\.K\.)/i,
  ],
  ['government', /(市|県|町|村|区|都|府)$/],
];

/**
 * The sector an organisation's name suggests; 'other' when nothing does.
 *
 * @example sectorOf('株式会社サンプル商事') // => 'business'
 * @example sectorOf('サンプル市') // => 'government'
 * @example sectorOf('サンプル市立病院') // => 'healthcare'
 */
export function sectorOf(name: string | null | undefined): Sector {
  if (!name) return 'other';
  const n = name.normalize('NFKC').trim();
  for (const [sector, re] of RULES) if (re.test(n)) return sector;
  return 'other';
}
