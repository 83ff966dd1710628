import { createRequire } from 'node:module';

/**
 * Keeps V8's young generation at its first size for a scan of a whole directory.
 *
 * Why: a scan reads, parses and compiles one file after another, and almost everything it
 * allocates is garbage a moment later. V8 still grows its young generation after every few
 * scavenges (it counts the survivors since the last growth, not the rate), so a scan of
 * 100,000 files ended at about 100 MiB against 60 MiB for 10,000, although it holds nothing
 * of a file it has visited (a 52-bit hash of the id, id-table.ts). With the growth factor at
 * 1 the young generation stays small: about 70 MiB for 100,000 files, with no loss of speed
 * measured by the bench.
 *
 * How: `--semi-space-growth-factor` is read by V8 each time it grows the young generation,
 * so setting it once the process runs takes effect; the command-line form is not the same
 * (V8 clamps it when it sizes the heap at start-up), and the bin cannot pass flags to node
 * portably. Node's documentation warns that flags changed after start-up may behave in
 * unexpected ways: this is the one flag we change, for one command, and
 * tests/e2e/young-generation.test.ts fails if a Node or V8 upgrade stops honouring it.
 * `node:v8` loads Node's streams, so it is required here and only for the scan (required,
 * not imported: the bin's bundle has no dynamic import of its own, see bin/gsomia.js).
 */
export async function holdYoungGeneration(): Promise<void> {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}
