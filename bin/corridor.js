#!/usr/bin/env node
// Runs the built CLI (npm install builds it into dist/ through the prepare script).
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
