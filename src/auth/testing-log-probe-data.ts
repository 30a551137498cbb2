/** Fictional values the log probe uses and the no-personal-data test searches the logs for. */
export const PROBE = {
  editor: 'yamada-hanako',
  editorPassword: 'violet kettle runs uphill',
  emailTried: 'taro.suzuki@example.jp',
  passwordTried: 'Secret-Password-123!',
  reason: '広報窓口の鈴木様に電話で確認',
};
