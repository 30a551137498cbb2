/**
 * The legal forms a Japanese organisation's name carries (株式会社, 学校法人 …) and the words it ends
 * in (…市, …病院), as regex sources to build the name readers from, and a company's forms among them.
 */
export const JA_LEGAL = String.raw`株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立大学法人|地方独立行政法人|特定非営利活動法人|認定NPO法人|NPO法人|\(株\)`;

/** The words an organisation's name ends in (…市, …病院, …協会), as a regex source. */
export const JA_SUFFIX =
  '労働局|法務局|財務局|運輸局|職業安定所|労働基準監督署|保健所|事務所|研究所|市|県|都|府|道庁|町|村|区役所|病院|医療センター|センター|大学|大学病院|学園|高校|高等学校|中学校|小学校|協会|連盟|組合|機構|財団|振興会|公社|銀行|信用金庫|生協|省|庁|委員会|クリニック|医院|診療所|保育園|保育所|幼稚園|こども園|図書館|博物館|美術館|公民館|商工会議所|商工会|協議会|(?<!大)学院|歯科|歯科医院';

/** A company's legal form (not a school's, a hospital's or a foundation's). */
export const COMPANY_FORM = /株式会社|有限会社|合同会社|\(株\)/;
