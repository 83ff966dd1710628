// A pragmatic lint for words outside the message tables: the text of every string literal
// in a source file (template literals with each `${…}` as a gap), comments left out, and
// which of those texts hold two or more English-looking words in a row.

/** The texts of the string and template literals of TypeScript source, in order. */
export function stringLiterals(source: string): string[] {
  const texts: string[] = [];
  let i = 0;
  let previous = '';
  // Each open template literal, with the depth of `{` inside its current `${…}`.
  const templates: { text: string; depth: number }[] = [];

  const readQuoted = (quote: string) => {
    let text = '';
    i += 1;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i += 1;
      text += source[i] ?? '';
      i += 1;
    }
    i += 1;
    return text;
  };
  const readRegex = () => {
    let inClass = false;
    i += 1;
    while (i < source.length && (inClass || source[i] !== '/')) {
      if (source[i] === '\\') i += 1;
      else if (source[i] === '[') inClass = true;
      else if (source[i] === ']') inClass = false;
      i += 1;
    }
    i += 1;
  };
  // Read template text up to its end (closing it) or up to a `${` (leaving it open).
  const readTemplateText = () => {
    const template = templates[templates.length - 1] as { text: string; depth: number };
    while (i < source.length) {
      const c = source[i] as string;
      if (c === '\\') {
        template.text += source[i + 1] ?? '';
        i += 2;
      } else if (c === '`') {
        i += 1;
        texts.push(template.text);
        templates.pop();
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        template.text += '\u0000';
        template.depth = 1;
        i += 2;
        return;
      } else {
        template.text += c;
        i += 1;
      }
    }
  };

  while (i < source.length) {
    const c = source[i] as string;
    const open = templates[templates.length - 1];
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === '/' && (previous === '' || '(,=:[!&|?{};'.includes(previous))) {
      readRegex();
      previous = 'x';
    } else if (c === "'" || c === '"') {
      texts.push(readQuoted(c));
      previous = 'x';
    } else if (c === '`') {
      templates.push({ text: '', depth: 0 });
      i += 1;
      readTemplateText();
      previous = 'x';
    } else if (open && open.depth > 0 && (c === '{' || c === '}')) {
      open.depth += c === '{' ? 1 : -1;
      i += 1;
      if (open.depth === 0) readTemplateText();
      previous = c;
    } else {
      if (!/\s/.test(c)) previous = c;
      i += 1;
    }
  }
  return texts;
}

// Two words of two or more letters in lower or title case, separated only by spaces or
// light punctuation: "no longer", "Term  Start", not "P90D", "--json", "BEGIN:VEVENT"
// (protocol words are upper case) or one word alone.
const TWO_WORDS = /\b[A-Za-z][a-z]+[ ,;:'’]+[A-Za-z][a-z]+\b/;

/** The literals of `source` that read like English phrases; markup tags do not count. */
export function englishPhrases(source: string): string[] {
  return stringLiterals(source).filter((text) => TWO_WORDS.test(text.replace(/<[^>]*>?|^[^<]*>/g, ' ')));
}
