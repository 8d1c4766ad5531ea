// Inspects the built .vsix and loads its bundled extension under Node with a stub `vscode` module.
// Usage: node test/inspect-vsix.mjs [VSIX] (default: the one `npm run package` makes). Exits 1 on any failure.
import assert from 'assert/strict';
import { createHash } from 'crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import Module, { createRequire } from 'module';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';
import { readZip } from './zip.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(here, '..', '..');
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const vsix = process.argv[2] ?? join(here, `${manifest.name}-${manifest.version}.vsix`);
const jar = process.env.UNSPIN_JAR ?? join(repo, 'cli', 'target', 'unspin.jar');

let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}\n     ${String(e.stack ?? e).split('\n').slice(0, 6).join('\n     ')}`);
  }
}
const sha = (b) => createHash('sha256').update(b).digest('hex');

assert.ok(existsSync(vsix), `no .vsix at ${vsix}: run "npm run package" first`);
const entries = readZip(readFileSync(vsix));
const packaged = JSON.parse(entries.get('extension/package.json')().toString('utf8'));

await check('the server jar is inside, identical to the built one, and has the lsp command', () => {
  const inside = entries.get('extension/server/unspin.jar');
  assert.ok(inside, 'extension/server/unspin.jar is missing');
  const bytes = inside();
  assert.equal(sha(bytes), sha(readFileSync(jar)), `the jar in the .vsix differs from ${jar}`);
  const classes = readZip(bytes);
  assert.ok(classes.has('dev/unspin/lsp/LspCommand.class'), 'the jar has no dev/unspin/lsp/LspCommand.class');
  assert.match(classes.get('META-INF/MANIFEST.MF')().toString(), /Main-Class: /, 'the jar is not runnable');
});

await check('the .vsix holds the bundle, manifest and README, and no sources or node_modules', () => {
  assert.equal(packaged.main, './dist/extension.js');
  assert.ok(entries.has('extension/dist/extension.js'));
  assert.ok(entries.has('extension/readme.md') || entries.has('extension/README.md'), 'README missing');
  const stray = [...entries.keys()].filter((n) => /node_modules|\/src\/|\.ts$|\.map$/.test(n));
  assert.deepEqual(stray, []);
});

await check('activation events: plain text, Markdown, HTML and unspin dictionaries', () => {
  assert.deepEqual([...packaged.activationEvents].sort(),
    ['onLanguage:html', 'onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:unspin']);
  assert.match(packaged.engines.vscode, /^\^1\.(9[1-9]|[1-9]\d\d)/, 'vscode-languageclient 11 needs VS Code >= 1.91');
});

await check("dictionary language: *.unspin with the server's dictionary language id, # comments, a grammar", () => {
  const source = readFileSync(join(repo, 'server/src/main/java/dev/unspin/lsp/DictionaryDocuments.java'), 'utf8');
  const constant = (name) => new RegExp(`static final String ${name} = "([^"]+)"`).exec(source)?.[1];
  assert.ok(constant('LANGUAGE_ID') && constant('EXTENSION'), 'cannot find LANGUAGE_ID and EXTENSION in DictionaryDocuments.java');
  const languages = packaged.contributes.languages;
  assert.equal(languages.length, 1, JSON.stringify(languages));
  const [language] = languages;
  assert.equal(language.id, constant('LANGUAGE_ID'));
  assert.deepEqual(language.extensions, [constant('EXTENSION')]);
  assert.equal(language.aliases[0], 'unspin dictionary');
  const configuration = entries.get(`extension/${language.configuration.replace(/^\.\//, '')}`);
  assert.ok(configuration, `${language.configuration} is not in the .vsix`);
  assert.equal(JSON.parse(configuration().toString('utf8')).comments.lineComment, '#');
  const [grammar] = packaged.contributes.grammars;
  assert.equal(grammar.language, language.id);
  const grammarFile = entries.get(`extension/${grammar.path.replace(/^\.\//, '')}`);
  assert.ok(grammarFile, `${grammar.path} is not in the .vsix`);
  assert.equal(JSON.parse(grammarFile().toString('utf8')).scopeName, grammar.scopeName);
});

await check('dictionary grammar: comments, arrow, confidence words, field keys, quoted values', () => {
  // A one-line TextMate scan: at each point the earliest match wins, the first pattern on a tie.
  const { patterns } = JSON.parse(entries.get('extension/syntaxes/unspin.tmLanguage.json')().toString('utf8'));
  const rules = patterns.map((p) => ({ ...p, re: new RegExp(p.match ?? `${p.begin}(?:\\\\.|[^\\\\])*?${p.end}`, 'g') }));
  const scan = (line) => {
    const out = [];
    for (let at = 0, best; at < line.length; at = best.m.index + Math.max(best.m[0].length, 1)) {
      best = undefined;
      for (const rule of rules) {
        rule.re.lastIndex = at;
        const m = rule.re.exec(line);
        if (m && (!best || m.index < best.m.index)) best = { rule, m };
      }
      if (!best) break;
      if (best.rule.name) out.push(`${best.rule.name.split('.')[0]}:${best.m[0].trim()}`);
      Object.entries(best.rule.captures ?? {}).forEach(([i, c]) => out.push(`${c.name.split('.')[0]}:${best.m[Number(i)]}`));
    }
    return out;
  };
  assert.deepEqual(scan('  # alter => adjust ; certain'), ['comment:# alter => adjust ; certain']);
  assert.deepEqual(scan('alter => change ; likely ; id: alter-2 ; seen: a.txt:21'), ['keyword:=>', 'punctuation:;',
    'constant:likely', 'punctuation:;', 'variable:id', 'punctuation::', 'punctuation:;', 'variable:seen', 'punctuation::']);
  assert.deepEqual(scan('likely => probable | possible ; example: "a \\" ; b"'), ['keyword:=>', 'punctuation:|',
    'punctuation:;', 'variable:example', 'punctuation::', 'string:"a \\" ; b"']);
});

await check('commands: restore document, reload dictionaries, show status', () => {
  const ids = packaged.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(ids, ['unspin.check', 'unspin.reloadDictionaries', 'unspin.restoreDocument', 'unspin.showStatus']);
  packaged.contributes.commands.forEach((c) => assert.ok(c.title && c.category === 'unspin', JSON.stringify(c)));
});

await check("settings mirror every key of the server's configuration (Settings.java), plus java and jar", () => {
  const source = readFileSync(join(repo, 'server/src/main/java/dev/unspin/lsp/Settings.java'), 'utf8');
  const listed = /static final List<String> KEYS = List\.of\(([^)]*)\)/.exec(source);
  assert.ok(listed, 'cannot find the KEYS list in Settings.java');
  const serverKeys = [...listed[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
  const properties = Object.keys(packaged.contributes.configuration.properties);
  const mirrored = properties.filter((p) => !/^unspin\.(java|server|trace)\./.test(p)).map((p) => p.slice('unspin.'.length)).sort();
  assert.deepEqual(mirrored, serverKeys);
  for (const key of ['unspin.java.home', 'unspin.server.jar', 'unspin.server.javaArgs', 'unspin.trace.server']) {
    assert.ok(properties.includes(key), `${key} missing`);
  }
  const p = packaged.contributes.configuration.properties;
  assert.deepEqual(p['unspin.minConfidence'].enum, ['evidence', 'certain', 'likely', 'possible']);
  assert.equal(p['unspin.minConfidence'].default, 'evidence');
});

await check('untrusted workspaces: limited, without the workspace\'s Java, jar, JVM options and file paths', () => {
  const trust = packaged.capabilities?.untrustedWorkspaces;
  assert.ok(trust, 'no capabilities.untrustedWorkspaces');
  assert.equal(trust.supported, 'limited');
  for (const key of ['unspin.java.home', 'unspin.server.jar', 'unspin.server.javaArgs', 'unspin.dictionaries',
    'unspin.workspaceDictionary', 'unspin.ignoredEntriesFile', 'unspin.cleanCorpus', 'unspin.userDictionary']) {
    assert.ok(trust.restrictedConfigurations.includes(key), `${key} is not restricted`);
  }
  const properties = packaged.contributes.configuration.properties;
  trust.restrictedConfigurations.forEach((key) => assert.ok(properties[key], `${key} is no setting`));
});

await check("the server's settings can differ per workspace folder (scope resource)", () => {
  const properties = packaged.contributes.configuration.properties;
  const serverKeys = Object.keys(properties).filter((p) => !/^unspin\.(java|server|trace)\./.test(p));
  assert.deepEqual(serverKeys.filter((key) => properties[key].scope !== 'resource'), []);
  assert.deepEqual(properties['unspin.fixOnSaveConfidence'].enum, ['certain', 'likely', 'possible']);
  assert.equal(properties['unspin.fixOnSaveConfidence'].default, 'certain');
});

await check('commands appear in the palette only where they apply', () => {
  const palette = Object.fromEntries((packaged.contributes.menus?.commandPalette ?? []).map((m) => [m.command, m.when]));
  assert.equal(palette['unspin.restoreDocument'], 'editorLangId == plaintext || editorLangId == markdown || editorLangId == html');
  assert.equal(palette['unspin.reloadDictionaries'], 'unspin.serverRunning');
  assert.equal(palette['unspin.check'], 'unspin.serverRunning');
  const bundle = entries.get('extension/dist/extension.js')().toString('utf8');
  assert.match(bundle, /"setContext",\s*"unspin\.serverRunning",\s*true/, 'the extension never sets unspin.serverRunning');
});

// Load the bundle from the .vsix itself, with `vscode` resolved to the stub.
const unpacked = mkdtempSync(join(tmpdir(), 'unspin-vsix-'));
mkdirSync(join(unpacked, 'dist'));
writeFileSync(join(unpacked, 'dist', 'extension.js'), entries.get('extension/dist/extension.js')());
mkdirSync(join(unpacked, 'server'));
writeFileSync(join(unpacked, 'server', 'unspin.jar'), entries.get('extension/server/unspin.jar')());
const stubPath = join(here, 'test', 'vscode-stub.cjs');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stubPath : resolveFilename.call(this, request, ...rest);
};
const require = createRequire(import.meta.url);
const vscode = require(stubPath);
const stub = vscode.__stub;
let extension;

await check('the bundled extension loads under Node with a stub vscode module', () => {
  extension = require(join(unpacked, 'dist', 'extension.js'));
  assert.equal(typeof extension.activate, 'function');
  assert.equal(typeof extension.deactivate, 'function');
});

const internals = extension?.internals ?? {};

await check('client options: documents, initialization options and the configuration middleware', async () => {
  stub.settings = { 'unspin.minConfidence': 'likely', 'unspin.java.home': '/opt/jdk', 'unspin.ignoredEntries': ['x-y'] };
  const options = internals.buildClientOptions();
  const selector = options.documentSelector.map((s) => `${s.scheme}:${s.language}`).sort();
  assert.deepEqual(selector, ['file:html', 'file:markdown', 'file:plaintext', 'file:unspin',
    'untitled:html', 'untitled:markdown', 'untitled:plaintext', 'untitled:unspin']);
  // Only the server's keys, and only those the user set.
  assert.deepEqual(options.initializationOptions, { minConfidence: 'likely', ignoredEntries: ['x-y'] });
  const answer = await options.middleware.workspace.configuration(
    { items: [{ section: 'unspin' }, { section: 'editor' }] }, {}, async () => ['whole unspin section', 'editor answer']);
  assert.deepEqual(answer, [{ minConfidence: 'likely', ignoredEntries: ['x-y'] }, 'editor answer']);
});

await check('server options: java [args] -jar JAR lsp', () => {
  const server = internals.buildServerOptions('/usr/bin/java', ['-XX:+UseSerialGC'], '/ext/server/unspin.jar');
  assert.deepEqual(server, { command: '/usr/bin/java', args: ['-XX:+UseSerialGC', '-jar', '/ext/server/unspin.jar', 'lsp'] });
});

await check('java version parsing and the spin score', () => {
  assert.equal(internals.parseJavaMajor('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(internals.parseJavaMajor('java version "1.8.0_402"'), 8);
  assert.equal(internals.parseJavaMajor('openjdk version "25" 2025-09-16'), 25);
  assert.equal(internals.parseJavaMajor('no version here'), undefined);
  assert.equal(internals.wordCount('Mr. Blinken’s “coverage shift”, U.S.-made 2024 🚀'), 8);
  assert.equal(internals.spinScore(3, 600), 5);
  assert.equal(internals.spinScore(3, 0), 0);
});

await check('the Java found on this machine is accepted (17 or newer)', async () => {
  const java = await internals.findJava('');
  assert.ok(java.major >= 17, JSON.stringify(java));
});

async function activateWith(settings, env) {
  const saved = { ...process.env };
  Object.keys(process.env).forEach((k) => delete process.env[k]);
  Object.assign(process.env, env);
  stub.settings = settings;
  stub.messages.length = 0;
  stub.commands.clear();
  internals.running.problem = undefined;
  internals.running.client = undefined;
  try {
    await extension.activate({ subscriptions: [], asAbsolutePath: (p) => join(unpacked, p) });
  } finally {
    Object.keys(process.env).forEach((k) => delete process.env[k]);
    Object.assign(process.env, saved);
  }
  return stub.messages.filter(([kind]) => kind === 'error').map(([, text]) => text);
}

const fakeJdk = mkdtempSync(join(tmpdir(), 'unspin-jdk11-'));
mkdirSync(join(fakeJdk, 'bin'));
writeFileSync(join(fakeJdk, 'bin', 'java'), '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
chmodSync(join(fakeJdk, 'bin', 'java'), 0o755);
const jarSetting = { 'unspin.server.jar': jar };

await check('activation without any Java says so clearly, and the commands still exist', async () => {
  const errors = await activateWith(jarSetting, { PATH: '/nonexistent' });
  assert.equal(errors.length, 1, JSON.stringify(stub.messages));
  assert.match(errors[0], /needs Java 17 or newer and found none/);
  assert.match(errors[0], /unspin\.java\.home/);
  assert.deepEqual([...stub.commands.keys()].sort(), ['unspin.reloadDictionaries', 'unspin.restoreDocument', 'unspin.showStatus']);
  assert.equal(internals.running.client, undefined);
});

await check('activation with Java 11 (unspin.java.home) names the version and the fix', async () => {
  const errors = await activateWith({ ...jarSetting, 'unspin.java.home': fakeJdk }, { PATH: '/usr/bin:/bin' });
  assert.equal(errors.length, 1, JSON.stringify(stub.messages));
  assert.match(errors[0], /needs Java 17 or newer, but .*bin\/java \(from the setting unspin\.java\.home\) is Java 11/);
});

await check('activation with JAVA_HOME pointing at Java 11 is refused too', async () => {
  const errors = await activateWith(jarSetting, { PATH: '/nonexistent', JAVA_HOME: fakeJdk });
  assert.match(errors[0] ?? '', /is Java 11/);
});

await check('activation with a missing jar says which file', async () => {
  const errors = await activateWith({ 'unspin.server.jar': '/nonexistent/unspin.jar' }, { PATH: process.env.PATH });
  assert.match(errors[0] ?? '', /server jar \/nonexistent\/unspin\.jar does not exist/);
});

await check('activation with a good Java and the bundled jar constructs the language client', async () => {
  // The stub is no editor, so the server must not really run: "-version" makes that java print its version
  // and exit, and the client's start() fails; what matters is the client it constructed.
  const errors = await activateWith({ 'unspin.server.javaArgs': ['-version'] }, { PATH: process.env.PATH });
  const client = internals.running.client;
  assert.ok(client, `no client constructed; errors: ${JSON.stringify(errors)}`);
  assert.equal(client.name, 'unspin');
  assert.deepEqual(client._serverOptions.args.slice(-3), ['-jar', internals.running.jar, 'lsp']);
  assert.deepEqual(client.clientOptions.initializationOptions, {});
  assert.ok(errors.some((e) => /the server did not start/.test(e)), JSON.stringify(errors));
  assert.equal(internals.running.jar, join(unpacked, 'server/unspin.jar'));
  assert.match(internals.running.javaVersion, /version "(1[7-9]|[2-9]\d)/);
});

rmSync(unpacked, { recursive: true, force: true });
rmSync(fakeJdk, { recursive: true, force: true });
if (stub.unknown.size > 0) {
  console.log(`note: stub placeholders used for vscode.${[...stub.unknown].sort().join(', vscode.')}`);
}
console.log(failures === 0 ? 'vsix: all checks passed' : `vsix: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
