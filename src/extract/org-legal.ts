/**
 * The legal forms a Japanese organisation's name carries (株式会社, 学校法人 …), as a regex source to
 * build the name readers from, and the forms of a company among them.
 */
export const JA_LEGAL = String.raw`株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立大学法人|地方独立行政法人|特定非営利活動法人|認定NPO法人|NPO法人|\(株\)`;

/** A company's legal form (not a school's, a hospital's or a foundation's). */
export const COMPANY_FORM = /株式会社|有限会社|合同会社|\(株\)/;
