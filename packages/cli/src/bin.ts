#!/usr/bin/env node
import { run } from './run';

// `prachum parse … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Ctrl-C or a kill: exit with the shell's code for the signal. Output files are written whole within
// one turn of the event loop, so none is left half written.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => process.exit(code));
}

process.exitCode = await run(process.argv.slice(2));
