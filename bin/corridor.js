#!/usr/bin/env node
// Runs the built CLI (npm install builds it into dist/ through the prepare script).
import '../dist/src/cli/run.js';
