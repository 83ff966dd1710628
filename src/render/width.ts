// Display width in a terminal: East Asian wide characters (kanji, kana, Hangul, fullwidth
// forms) take two columns, everything else one. Enough of Unicode's East Asian Width for
// the characters gsomia prints; ambiguous ones (box drawing, shades) count as narrow, as
// terminals show them outside a CJK locale.

/** The ranges of wide characters: [first, last] code points. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。「」〜)
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms (（）：，)
  [0xffe0, 0xffe6], // fullwidth signs
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

/** Whether one character takes two columns: isWide('年') → true, isWide('a') → false. */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x1100) return false;
  return WIDE.some(([first, last]) => code >= first && code <= last);
}

/** Columns a text takes: displayWidth('2020年8月24日') → 13; ANSI colour codes count nothing. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) width += isWide(char) ? 2 : 1;
  return width;
}

/** padEnd by columns: padColumns('期間', 7) → '期間   ' (4 + 3 columns). */
export function padColumns(text: string, columns: number): string {
  const width = displayWidth(text);
  return width >= columns ? text : text + ' '.repeat(columns - width);
}

/** padStart by columns: padColumnsStart('日', 4) → '  日'. */
export function padColumnsStart(text: string, columns: number): string {
  const width = displayWidth(text);
  return width >= columns ? text : ' '.repeat(columns - width) + text;
}

/**
 * The longest start of a text within `columns`, never splitting a wide character:
 * cutColumns('期間満了', 5) → '期間' (4 columns; a third would need 6).
 */
export function cutColumns(text: string, columns: number): string {
  let width = 0;
  let out = '';
  for (const char of text) {
    const w = isWide(char) ? 2 : 1;
    if (width + w > columns) break;
    width += w;
    out += char;
  }
  return out;
}
