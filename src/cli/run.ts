// The command's entry point: bin/corridor.js runs the built copy of this file.
import { main } from './main.js';

await main(process.argv);
