import { defineMessages } from '../http/i18n.js';

/** Text of the API reference page (/api/docs), in both languages. */
export const docsText = defineMessages({
  ja: {
    title: 'API リファレンス',
    lead: '情報漏えいの事案を JSON で取得できる公開 API です。API キーは不要で、どのサイトからも GET で呼び出せます。',
    about:
      '各社が公表した漏えいのお知らせ (日本語・英語) から作った事案の記録を返します。事実には根拠となる原文の箇所が付きます。検索、フィード、Have I Been Pwned v3 互換の一覧もあります。',
    english_note:
      '各エンドポイントの概要・説明と、項目の説明は OpenAPI 文書から表示しているため英語のままです。見出しと表の項目名は日本語にしています。',
    openapi_doc: 'OpenAPI 3.1 文書: ',
    atom_feed: ' ・ Atom フィード: ',
    endpoints: 'エンドポイント一覧',
    parameters: 'パラメータ',
    responses: 'レスポンス',
    example: '例',
    example_note:
      '例の値 (事案の slug、検索語など) は、このサイトに今あるデータから選んでいます。そのまま実行すると結果が返ります。',
    example_none:
      'このサイトにはまだ該当するデータがないため、実行できる例はありません ({…} を実在する値に置き換えてください。お知らせは leakwatch ingest で取り込むと入ります)。',
    schemas: 'スキーマ',
    col_field: '項目',
    col_type: '型',
    col_notes: '説明',
    col_name: '名前',
    col_in: '場所',
    col_required: '必須',
    yes: 'はい',
    no: 'いいえ',
    in_path: 'パス',
    in_query: 'クエリ',
    in_header: 'ヘッダー',
    'tag:Incidents': '事案',
    'tag:Organizations and services': '組織とサービス',
    'tag:Search': '検索',
    'tag:Have I Been Pwned v3 compatible': 'Have I Been Pwned v3 互換',
    'tag:Affected accounts': '漏えいしたメールアドレスの確認',
    'tag:Company tools': '企業向けツール',
    'tag:Other': 'その他',
  },
  en: {
    title: 'API reference',
    lead: 'A public, read-only JSON API of data-breach incidents: no key needed, GET from any origin.',
    about:
      "Incidents built from organisations' breach notices (Japanese and English): facts with evidence, search, feeds, and a Have I Been Pwned v3-compatible breach catalogue.",
    english_note: '',
    openapi_doc: 'OpenAPI 3.1 document: ',
    atom_feed: ' · Atom feed: ',
    endpoints: 'Endpoints',
    parameters: 'Parameters',
    responses: 'Responses',
    example: 'Example',
    example_note:
      "The examples' values (incident slugs, search terms …) are taken from the data this site holds now: run as shown, each answers.",
    example_none:
      'This site holds nothing to point this example at yet: replace {…} with a real value (notices appear once some are ingested with leakwatch ingest).',
    schemas: 'Schemas',
    col_field: 'field',
    col_type: 'type',
    col_notes: 'notes',
    col_name: 'name',
    col_in: 'in',
    col_required: 'required',
    yes: 'yes',
    no: 'no',
    in_path: 'path',
    in_query: 'query',
    in_header: 'header',
    'tag:Incidents': 'Incidents',
    'tag:Organizations and services': 'Organizations and services',
    'tag:Search': 'Search',
    'tag:Have I Been Pwned v3 compatible': 'Have I Been Pwned v3 compatible',
    'tag:Affected accounts': 'Affected accounts',
    'tag:Company tools': 'Company tools',
    'tag:Other': 'Other',
  },
});

type DocsKey = Parameters<typeof docsText>[1];

/** A tag's title in the page language (an unknown tag keeps its own name). */
export function tagTitle(lang: 'ja' | 'en', tag: string): string {
  const key = `tag:${tag}` as DocsKey;
  const t = docsText(lang, key);
  return t === key ? tag : t;
}
