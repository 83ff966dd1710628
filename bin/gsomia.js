#!/usr/bin/env node
// The built bundle (npm install runs `prepare`, which builds it into dist/). CommonJS, as
// bin/package.json says: Node's ESM loader would add a few milliseconds to every answer.
'use strict';

// Node 22.1+ can keep V8's compiled code between runs (in the system's temp directory),
// which trims start-up further; Node 20 has no such cache and simply skips this.
require('node:module').enableCompileCache?.();

require('../dist/gsomia.js').main();
