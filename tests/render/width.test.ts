import { describe, expect, it } from 'vitest';
import { cutColumns, displayWidth, isWide, padColumns, padColumnsStart } from '../../src/render/width.js';

describe('display width (East Asian Width, the ranges gsomia prints)', () => {
  it('counts kanji, kana, Hangul and fullwidth forms as two columns, everything else as one', () => {
    for (const wide of ['年', '通', 'か', 'カ', '한', '일', '（', '）', '：', '，', '、', '。', '　'])
      expect(isWide(wide), wide).toBe(true);
    for (const narrow of ['a', '2', '-', '…', '—', '−', '“', '┃', '░', '▼', 'é', '~']) expect(isWide(narrow), narrow).toBe(false);
  });

  it('measures a text by its columns, colour codes aside', () => {
    expect(displayWidth('2020-08-24')).toBe(10);
    expect(displayWidth('2020年8月24日')).toBe(13);
    expect(displayWidth('2020년 8월 24일 (월)')).toBe(20);
    expect(displayWidth('2020年8月24日（星期一）')).toBe(23);
    expect(displayWidth('\u001b[1m期間\u001b[22m')).toBe(4);
  });

  it('pads and cuts by columns, never splitting a wide character', () => {
    expect(padColumns('期間', 7)).toBe('期間   ');
    expect(padColumns('terms', 7)).toBe('terms  ');
    expect(padColumns('通告した場合', 7)).toBe('通告した場合');
    expect(padColumnsStart('期', 4)).toBe('  期');
    expect(cutColumns('期間満了', 5)).toBe('期間');
    expect(cutColumns('期間満了', 6)).toBe('期間満');
    expect(cutColumns('GSOMIA', 3)).toBe('GSO');
  });
});
