#!/usr/bin/env node
// The `pygil` command. Loads the single-file bundle (dist/pygil.mjs): one
// module instead of hundreds keeps start-up close to Node's own.
import { main } from '../dist/pygil.mjs';

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
