import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));

describe('Company names (Japanese)', () => {
  it('reads 「事業場の名称」「X社の名称」 and a name wrapped across a space (事業 所名)', () => {
    expect(classes('誤送付した書類には、事業場の名称、所在地が記載されていた。')).toContain('Company names');
    expect(classes('流出した一覧には、Q社の名称及び担当者名が含まれていた。')).toEqual(
      new Set(['Company names', 'Names']),
    );
    expect(classes('通知書には、被保険者氏名、事業 所名が記載されていた。')).toContain('Company names');
  });

  it('leaves the name of a person’s workplace to Employers', () => {
    expect(classes('漏えいした情報は、受講者の氏名、勤務先の法人の名称です。')).not.toContain(
      'Company names',
    );
  });
});
