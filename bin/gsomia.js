#!/usr/bin/env node
// The built bundle (npm install runs `prepare`, which builds it into dist/).
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code between runs (in the system's temp directory),
// which trims start-up further; Node 20 has no such cache and simply skips this.
module.enableCompileCache?.();

const { main } = await import('../dist/gsomia.js');
await main();
