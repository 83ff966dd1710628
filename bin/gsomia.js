#!/usr/bin/env node
// The built bundle (npm install runs `prepare`, which builds it into dist/).
import { main } from '../dist/gsomia.js';

await main();
