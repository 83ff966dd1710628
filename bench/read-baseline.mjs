// The scale benchmark's baseline: read and JSON.parse every definition file in a
// directory, nothing else. gsomia's `deadlines --all` is measured against this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.';
let count = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  JSON.parse(readFileSync(join(dir, name), 'utf8'));
  count += 1;
}
process.stdout.write(`${count}\n`);
