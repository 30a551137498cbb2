import { describe, expect, it } from 'vitest';
import { extractStage } from './stage.js';
import { sents } from './testing/helpers.js';

const stage = (t: string) => extractStage(sents(t), 'ja')?.value ?? null;

describe('extractStage: an earlier notice cited by its title', () => {
  it('does not take the stage of a cited title', () => {
    expect(
      stage(
        '当会は、5月2日に公表いたしました「架空会員サイトの侵入事案に係る調査結果のご報告」のとおり、調査を終えておりましたが、その後、新たな対応を行うこととしましたのでお知らせします。',
      ),
    ).toBe('update');
    expect(
      stage('先日「貸出システムの障害について(第3報)」にてお知らせしたとおり、システムを停止しております。'),
    ).toBe('update');
  });
  it('keeps the stage the notice states of itself', () => {
    expect(
      stage('架空会員サイトの侵入事案に係る調査結果のご報告\n調査が完了しましたのでご報告いたします。'),
    ).toBe('final');
    expect(stage('「旧会員サイト」を運営するサーバーについて、調査が完了いたしました。')).toBe('final');
  });
});
