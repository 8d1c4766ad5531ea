// Bundles the extension and vscode-languageclient into dist/extension.js (CommonJS; `vscode` stays external).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap: false,
  logLevel: 'warning',
});
