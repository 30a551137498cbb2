import { describe, expect, it } from 'vitest';
import { headlineUnit, speakerKind } from './speaker.js';

describe('who speaks in a notice', () => {
  it('reads who speaks and which unit a title is about', () => {
    expect(speakerKind('本市では、本市の職員が名簿を紛失しました。県にも報告しました。')).toBe(
      'municipality',
    );
    expect(speakerKind('当社は、弊社グループのサーバーについて調査しました。')).toBe('company');
    expect(speakerKind('市場調査の結果をお知らせします。')).toBeNull();
    expect(headlineUnit('報道発表資料 北区役所における文書の誤送付について')).toBe('北区役所');
    expect(headlineUnit('個人情報を含む書類の誤送付について')).toBeNull();
  });
});
