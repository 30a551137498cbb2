import { describe, expect, it } from 'vitest';
import { seriesStem } from './headline-forms.js';

describe('seriesStem', () => {
  it('gives one stem to a numbered series of titles, a site name after | left out', () => {
    const a = seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ(第1報)|小鳥台記念病院');
    expect(a).toBe('当院の電子カルテへの不正アクセスに関するお知らせ');
    expect(seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ【第3報】')).toBe(a);
  });
  it('gives none to a title without a report number, or to a short one', () => {
    expect(seriesStem('当院の電子カルテへの不正アクセスに関するお知らせ')).toBeNull();
    expect(seriesStem('不正アクセスについて(第2報)')).toBeNull();
  });
});
