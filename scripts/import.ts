/** `npm run import -- <file>...`: the importer's command line (see docs/import.md). */
import { fileURLToPath } from 'node:url';
import { text } from 'node:stream/consumers';
import { runImport } from '../src/importer/run';

const code = await runImport(process.argv.slice(2), {
  // npm runs scripts from the project root; paths typed by the user start where they typed them.
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  defaultOut: fileURLToPath(new URL('../content/articles', import.meta.url)),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  readStdin: () => text(process.stdin),
});
process.exitCode = code;
