// The command's entry point: bin/corridor.js runs the built copy of this file.
import { main } from './main.js';

// `corridor projects | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
