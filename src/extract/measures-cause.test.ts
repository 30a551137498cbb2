import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractMeasures } from './measures.js';
import { toPlain } from './plain.js';
import { sents } from './testing/helpers.js';

const keys = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('process_review: a sentence telling the cause names the missing check', () => {
  it('skips a check named in a sentence that states the cause', () => {
    expect(keys('送付前に複数の職員で宛名を確認しなかったことが原因と考えております。')).not.toContain(
      'process_review',
    );
    expect(keys('発送の際、二重のチェックを行わなかったことにより発生したものです。')).not.toContain(
      'process_review',
    );
  });
  it('skips it under a 原因 heading, and keeps it under the prevention heading', () => {
    const p = toPlain(
      extract(
        [
          '案内文書の誤送付について',
          '1 概要',
          '3月4日、町民1名分の案内文書を別の方に送付しました。',
          '2 原因',
          '封入の際、複数の職員による確認ができない時間帯に作業を行っていました。',
        ].join('\n'),
      ),
    );
    expect(p.measures).not.toContain('process_review');
    expect(keys('今後は、封入の際に複数の職員で宛名を確認する体制とします。')).toContain('process_review');
  });
});
