import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/render/github.js';

// GitHub Actions workflow commands: a message escapes %, CR and LF; a property value
// (title=…) also escapes : and , which would end it.

describe('escapeData', () => {
  it.each([
    ['100%', '100%25'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A stays text', '%250A stays text'],
    ['a: b, c', 'a: b, c'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeData(text)).toBe(escaped);
  });
});

describe('escapeProperty', () => {
  it.each([
    ['GSOMIA notice deadline', 'GSOMIA notice deadline'],
    ['A, B: C', 'A%2C B%3A C'],
    ['50%:\n', '50%25%3A%0A'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeProperty(text)).toBe(escaped);
  });
});
