#!/usr/bin/env node
// The `pygil` command: runs the compiled CLI.
import { main } from '../dist/src/cli/main.js';

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
