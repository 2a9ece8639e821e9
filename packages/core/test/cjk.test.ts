import { describe, expect, it } from 'vitest';
import { cjkTerms, hanBigrams } from '../src/index.js';

describe('CJK terms', () => {
  it('split Han runs into overlapping bigrams, so two-character words are found anywhere', () => {
    expect(hanBigrams('最低生活保障')).toEqual(['最低', '低生', '生活', '活保', '保障']);
    expect(hanBigrams('申请低保需要什么材料')).toContain('低保');
  });

  it('keep a lone character, Latin words and numbers, and fold full-width forms', () => {
    expect(cjkTerms('水 ＡＢＣ１２３ 12345热线')).toEqual(['水', '热线', 'abc123', '12345']);
  });
});
