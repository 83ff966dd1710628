import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueJson } from '../helpers/agreement.js';
import { IN_2026, runIn } from '../helpers/cli.js';

/**
 * A small strict XML check: one prolog, then tags that balance, attributes quoted, no
 * stray `<` or unescaped `&` in text. Returns the element names in document order.
 */
function checkXml(text: string): string[] {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = text.slice(text.indexOf('\n') + 1);
  const names: string[] = [];
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let position = 0;
  while (position < body.length) {
    const match = token.exec(body);
    if (match === null) break;
    position = token.lastIndex;
    const [, closing, name, attributes, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      expect(textPart, 'unescaped & in text').not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
      continue;
    }
    expect(attributes ?? '', 'unescaped & in an attribute').not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    if (closing) expect(open.pop(), `</${name}> closes the wrong element`).toBe(name);
    else {
      names.push(name as string);
      if (!selfClosing) open.push(name as string);
    }
  }
  expect(position, `unparsable markup at ${body.slice(position, position + 40)}`).toBe(body.length);
  expect(open).toEqual([]);
  expect(names[0]).toBe('svg');
  return names;
}

const gsomia2026 = ['timeline', '--format', 'svg', '--from', '2026-01-01', '--until', '2028-12-31'];

describe('timeline --format svg', () => {
  it('is a well-formed standalone SVG with a title, a legend and the 2027-08-24 deadline label', async () => {
    const { code, stdout } = await runIn(gsomia2026, IN_2026);
    expect(code).toBe(0);
    const names = checkXml(stdout);
    expect(names).toContain('title');
    expect(stdout).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1200 \d+" width="1200" height="\d+"/);
    expect(stdout).toContain('<title id="timeline-title">GSOMIA timeline, 2026-01-01 to 2028-12-31</title>');
    expect(stdout).toContain('>Legend</text>');
    expect(stdout).toMatch(/>2027-08-24<\/text>/);
    expect(stdout).toMatch(/>2026-08-24<\/text>/);
    expect(stdout).toMatch(/>2027<\/text>/);
  });

  it('uses readable type: every font-size is at least 11', async () => {
    const { stdout } = await runIn(gsomia2026, IN_2026);
    const sizes = [...stdout.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it('gives the same bytes every time', async () => {
    expect((await runIn(gsomia2026, IN_2026)).stdout).toBe((await runIn(gsomia2026, IN_2026)).stdout);
  });

  it('is well formed for every agreement and for very long windows', async () => {
    for (const agreement of ['gsomia', 'inf', 'paris', 'new-start', 'japan-korea-fisheries-1965']) {
      for (const window of [[], ['--from', '0001-01-01', '--until', '9999-12-31'], ['--from', '2019-11-22', '--until', '2019-11-22']]) {
        const { code, stdout } = await runIn(['timeline', '--format', 'svg', '--agreement', agreement, ...window], IN_2026);
        expect(code).toBe(0);
        checkXml(stdout);
        expect(stdout.length).toBeLessThan(200_000);
      }
    }
  });

  it('escapes a title with <, & and quotes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gsomia-svg-'));
    try {
      const file = join(dir, 'odd.json');
      const gsomia = catalogueJson('gsomia') as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...gsomia, $schema: undefined, id: 'odd', shortTitle: 'A <b> & "C"' }));
      const { code, stdout, stderr } = await runIn(['timeline', '--format', 'svg', '--agreement', file], IN_2026);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      checkXml(stdout);
      expect(stdout).toContain('A &lt;b&gt; &amp; &quot;C&quot; timeline');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const chromium = '/usr/bin/chromium';
  it.skipIf(!existsSync(chromium))(
    'renders to a non-trivial PNG in headless chromium (skipped where /usr/bin/chromium is not installed)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gsomia-png-'));
      try {
        const svg = join(dir, 'gsomia.svg');
        const png = join(dir, 'gsomia.png');
        writeFileSync(svg, (await runIn(gsomia2026, IN_2026)).stdout);
        execFileSync(
          chromium,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            `--user-data-dir=${join(dir, 'profile')}`,
            `--screenshot=${png}`,
            '--window-size=1200,400',
            `file://${svg}`,
          ],
          { stdio: 'ignore', timeout: 60_000 },
        );
        expect(existsSync(png)).toBe(true);
        expect(statSync(png).size).toBeGreaterThan(5_000);
        expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
