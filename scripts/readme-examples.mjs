// Keeps the README's examples true: every ```console block holds `$ gsomia …` lines,
// each followed by what the built bin prints for it. `node scripts/readme-examples.mjs`
// rewrites the outputs from real runs; `--check` exits 1 when one differs (the test
// suite runs the same comparison).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;
const bin = `${root}bin/gsomia.js`;

/** Splits a shell-like command line on spaces, keeping 'quoted words' together. */
function words(line) {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Runs one README command the way a reader would, with no colour and a fixed clock. */
export function runExample(command) {
  const [name, ...args] = words(command);
  if (name !== 'gsomia') throw new Error(`README example must start with gsomia: ${command}`);
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', TZ: 'UTC' },
  });
  const stderr = run.stderr ? run.stderr : '';
  const status = run.status === 0 ? '' : `[exit ${run.status}]\n`;
  // CSV and iCalendar end lines with CRLF; Markdown shows them with LF.
  return `${run.stdout}${stderr}${status}`.replaceAll('\r\n', '\n');
}

/** The README with every example's output replaced by a fresh run. */
export function renderReadme(text) {
  return text.replace(/```console\n([\s\S]*?)```/g, (_block, body) => {
    const commands = body.split('\n').filter((line) => line.startsWith('$ '));
    const parts = commands.map((line) => `${line}\n${runExample(line.slice(2))}`);
    return `\`\`\`console\n${parts.join('')}\`\`\``;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath, 'utf8');
  const fresh = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (fresh !== current) {
      console.error('README examples are out of date: run node scripts/readme-examples.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, fresh);
  }
}
