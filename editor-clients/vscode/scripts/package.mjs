// Builds unspin-<version>.vsix: type-checks, bundles, copies the server jar in, runs vsce.
// The jar comes from UNSPIN_JAR or ../../cli/target/unspin.jar (build it with `mvn -DskipTests package`).
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = process.env.UNSPIN_JAR ?? join(here, '..', '..', 'cli', 'target', 'unspin.jar');
if (!existsSync(jar)) {
  console.error(`package: no server jar at ${jar}; run "mvn -B -DskipTests package" at the repository root first`);
  process.exit(1);
}
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
const bin = (name) => join(here, 'node_modules', '.bin', name);

run(bin('tsc'), ['--noEmit', '-p', '.']);
run(process.execPath, [join(here, 'scripts', 'bundle.mjs')]);
mkdirSync(join(here, 'server'), { recursive: true });
copyFileSync(jar, join(here, 'server', 'unspin.jar'));
const { name, version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const out = `${name}-${version}.vsix`;
// No LICENSE: the project has not chosen one yet. stdin is closed so vsce can never wait on a question.
run(bin('vsce'), ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', out]);
console.log(`package: built ${join(here, out)}`);
