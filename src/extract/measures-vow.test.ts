import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const keys = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('process_review: a general vow is not a step', () => {
  it('skips care promised in general', () => {
    expect(keys('今後はこのような事態を起こさぬよう、情報の管理を一層徹底してまいります。')).not.toContain(
      'process_review',
    );
    expect(keys('当組合としては、管理体制の強化に努め、信頼の回復を図ります。')).not.toContain(
      'process_review',
    );
  });
  it('keeps a step told as done or a concrete change', () => {
    expect(keys('個人情報の管理の徹底として、持出し記録簿を新たに設けました。')).toContain('process_review');
    expect(keys('今後は送付前に二人一組で宛先を確認するよう手順を見直してまいります。')).toContain(
      'process_review',
    );
  });
});
