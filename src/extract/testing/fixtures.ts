/**
 * Fictional notices written for the tests (invented companies, people and numbers; example.jp /
 * 090-0000-xxxx style contacts). Never copied from real notices.
 */

export const JA_NOTICE = `2024年6月10日
お客様各位
株式会社サンプル商事
代表取締役 見本 太郎

不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)

このたび、当社が運営する通販サイト「サンプルストア」において、第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明いたしました。

1.経緯
本年5月20日、外部のセキュリティ会社から当社サーバーに不審な通信があるとの連絡を受け、調査を開始いたしました。同日、当該サーバーをネットワークから切り離しました。
5月22日に個人情報保護委員会へ報告し、5月24日に警察へ相談いたしました。

2.不正アクセスの期間
2024年5月1日10時00分から5月20日15時30分まで

3.流出した可能性のある情報
氏名、住所、電話番号、メールアドレス、生年月日
なお、クレジットカード情報は当社では保持しておらず、流出はございません。

4.対象となるお客様
2023年4月1日~2024年5月20日にサンプルストアで商品をご購入されたお客様 最大1万2,345名

5.原因
ウェブアプリケーションの脆弱性を悪用したSQLインジェクションによるものと判明しております。

6.今後の対応
外部専門機関によるフォレンジック調査を実施しております。対象のお客様には個別にメールにてご連絡いたします。
パスワードの再設定をお願いいたします。また、不審なメールにご注意ください。
引き続き調査を進め、新たな事実が判明した場合は改めてお知らせいたします。

<本件に関するお問い合わせ先>
株式会社サンプル商事 お客様専用ダイヤル
TEL: 0120-000-123
受付時間: 10:00~17:00(土日祝を除く)
E-mail: support@example.jp
`;

export const EN_NOTICE = `NOTICE OF DATA BREACH

Example Widgets Inc. ("Example Widgets") is writing to inform you of an incident that may have involved your personal information.

What Happened? On March 3, 2023, Example Widgets discovered suspicious activity in its email environment. The investigation determined that an unauthorized party accessed two employee mailboxes between February 20, 2023 and March 2, 2023 after a phishing email.

What Information Was Involved? The affected mailboxes contained names, Social Security numbers and dates of birth of approximately 1,200 individuals. Driver's license numbers were not involved, and no bank account numbers were exposed.

What We Are Doing. We reset the passwords of the affected accounts, engaged a third-party forensic firm, notified law enforcement, and are offering two years of complimentary credit monitoring.

For More Information. Please call our dedicated call center at 1-800-555-0100, Monday through Friday, 9 a.m. to 5 p.m.
`;
