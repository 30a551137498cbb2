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

describe('staff_training: training told as a habit before the incident', () => {
  it('skips training the organisation says it has always given', () => {
    expect(
      keys('当センターではこれまで全職員に対し、年に一度、情報管理の研修を実施してまいりました。'),
    ).not.toContain('staff_training');
    expect(keys('日頃から職員研修を実施しておりましたが、このような事態となりました。')).not.toContain(
      'staff_training',
    );
  });
  it('keeps training given now, or planned from now on', () => {
    expect(keys('これまでの取扱いを見直し、全職員を対象に研修を実施しました。')).toContain('staff_training');
    expect(keys('これまでも研修を行ってきましたが、今後は全職員に改めて研修を実施します。')).toContain(
      'staff_training',
    );
  });
});
