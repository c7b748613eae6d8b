/** `npm run import -- <file>...`: the importer's command line (see docs/import.md). */
import { text } from 'node:stream/consumers';
import { runImport } from '../src/importer/run';

const code = await runImport(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  readStdin: () => text(process.stdin),
});
process.exitCode = code;
