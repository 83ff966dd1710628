import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house rules of src/: the model at the bottom, the engine above it, render above the
// engine, the cli on top; no cycles; commander only in cli/. Read from the import lines
// themselves (type imports included: a type cycle is still a tangle to read).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Each module of src/ (path relative to src/) with the modules and packages it imports. */
function importGraph(): Map<string, { modules: string[]; packages: string[] }> {
  const graph = new Map<string, { modules: string[]; packages: string[] }>();
  for (const file of sourceFiles(SRC)) {
    const modules: string[] = [];
    const packages: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2]) as string;
      if (spec.startsWith('.')) modules.push(relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
      else packages.push(spec);
    }
    graph.set(relative(SRC, file), { modules, packages });
  }
  return graph;
}

const graph = importGraph();
const layerOf = (module: string) => module.split('/')[0] as string;

describe('the layers of src/', () => {
  it('finds the modules it checks', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('engine/compile.ts')?.modules).toContain('model/fast-accept.ts');
  });

  it.each([
    ['model', ['engine', 'render', 'catalogue', 'cli', 'index.ts']],
    ['calendar', ['model', 'engine', 'render', 'catalogue', 'cli', 'index.ts']],
    ['engine', ['render', 'catalogue', 'cli', 'index.ts']],
    ['render', ['catalogue', 'cli', 'index.ts']],
    // catalogue/ reads files into compiled agreements, for the library and the cli alike
    ['catalogue', ['render', 'cli', 'index.ts']],
  ])('%s imports nothing from %j', (layer, above) => {
    const offending = [...graph].flatMap(([module, { modules }]) =>
      layerOf(module) === layer ? modules.filter((target) => above.includes(layerOf(target))).map((target) => `${module} → ${target}`) : [],
    );
    expect(offending).toEqual([]);
  });

  it('has commander imported from cli/ alone, and chalk from cli/color.ts alone', () => {
    const users = (pattern: RegExp) =>
      [...graph].filter(([, { packages }]) => packages.some((name) => pattern.test(name))).map(([module]) => module);
    expect(users(/^(@commander-js\/extra-typings|commander)$/).filter((module) => layerOf(module) !== 'cli')).toEqual([]);
    expect(users(/^chalk$/)).toEqual(['cli/color.ts']);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, path: string[]) => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
        return;
      }
      state.set(module, 'open');
      for (const target of graph.get(module)?.modules ?? []) visit(target, [...path, module]);
      state.set(module, 'done');
    };
    for (const module of graph.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });
});
