import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { renderReadme } from '../scripts/readme-examples.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the real output of every $ gsomia example', () => {
    expect((renderReadme as (text: string) => string)(readme)).toBe(readme);
  });

  // A ```ts block: scripts/readme-examples.mjs runs ```console blocks only.
  it('shows examples/library.ts, the example the packed-install test runs, as its Library example', () => {
    const example = readFileSync(new URL('../examples/library.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`## Library\n`);
    expect(readme).toContain(`\n\`\`\`ts\n${example}\`\`\`\n`);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npx gsomia status --on 2020-08-24');
    expect(readme).toContain('npm install && npm test');
  });
});
