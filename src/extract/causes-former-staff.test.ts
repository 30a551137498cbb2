import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('insider: a former member of staff who carried data off', () => {
  it('reads the former employee as the actor', () => {
    expect(
      causes('退職した元職員により、事務所の端末から利用者の名簿が不正に取得されたことが分かりました。'),
    ).toContain('insider');
    expect(
      causes('元職員Cは、共有フォルダーの顧客一覧をUSBメモリにコピーして持ち去ったとみられます。'),
    ).toContain('insider');
  });
  it('leaves a rule about former staff, and a former employee who was a victim', () => {
    expect(causes('退職者が情報を持ち出さないよう、退職時の誓約書の提出を義務付けます。')).not.toContain(
      'insider',
    );
    expect(causes('元職員あてに届いた郵便物を、別の部署へ誤って配布しました。')).not.toContain('insider');
  });
});
