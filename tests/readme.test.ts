import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { renderReadme } from '../scripts/readme-examples.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the real output of every $ gsomia example', () => {
    expect((renderReadme as (text: string) => string)(readme)).toBe(readme);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npx gsomia status --on 2020-08-24');
    expect(readme).toContain('npm install && npm test');
  });
});
