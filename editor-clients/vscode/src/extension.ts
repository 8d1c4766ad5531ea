// unspin for VS Code: starts the bundled language server with the user's Java.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGES, buildClientOptions, buildServerOptions } from './client';
import { reloadDictionaries, restoreDocument, showStatus, type Running } from './commands';
import { findJava, parseJavaMajor } from './java';
import { SECTION, serverSettings } from './settings';
import { SpinScoreItem, spinScore, wordCount } from './status';

const running: Running = {};

/** For the packaging test, which loads this bundle under Node with a stub `vscode` module. */
export const internals = { buildClientOptions, buildServerOptions, findJava, parseJavaMajor, serverSettings, spinScore, wordCount, running };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('unspin', { log: true });
  context.subscriptions.push(
    output,
    new SpinScoreItem(LANGUAGES),
    vscode.commands.registerCommand('unspin.restoreDocument', () => restoreDocument(running)),
    vscode.commands.registerCommand('unspin.reloadDictionaries', () => reloadDictionaries(running)),
    vscode.commands.registerCommand('unspin.showStatus', () => showStatus(running, output)),
    vscode.workspace.onDidChangeConfiguration((e) => configurationChanged(e)),
  );
  const config = vscode.workspace.getConfiguration(SECTION);
  running.jar = config.get<string>('server.jar', '').trim() || context.asAbsolutePath('server/unspin.jar');
  if (!fs.existsSync(running.jar)) {
    return fail(output, `unspin: the server jar ${running.jar} does not exist (check "unspin.server.jar").`);
  }
  try {
    const java = await findJava(config.get<string>('java.home', ''));
    running.java = java.executable;
    running.javaVersion = java.versionLine;
  } catch (e) {
    return fail(output, (e as Error).message);
  }
  const javaArgs = config.get<string[]>('server.javaArgs', []);
  running.client = new LanguageClient('unspin', 'unspin', buildServerOptions(running.java, javaArgs, running.jar),
    buildClientOptions(output));
  try {
    await running.client.start();
  } catch (e) {
    return fail(output, `unspin: the server did not start: ${(e as Error).message}`);
  }
  // The "when" clause of "Reload dictionaries" in package.json.
  void vscode.commands.executeCommand('setContext', 'unspin.serverRunning', true);
}

function fail(output: vscode.LogOutputChannel, message: string): void {
  running.problem = message;
  output.error(message);
  void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
    if (choice === 'Open Settings') {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'unspin');
    }
  });
}

function configurationChanged(e: vscode.ConfigurationChangeEvent): void {
  if (e.affectsConfiguration('unspin.java') || e.affectsConfiguration('unspin.server')) {
    void vscode.window.showInformationMessage('unspin: reload the window to restart the server with the new Java or jar.',
      'Reload Window').then((choice) => {
      if (choice === 'Reload Window') {
        void vscode.commands.executeCommand('workbench.action.reloadWindow');
      }
    });
  } else if (e.affectsConfiguration(SECTION) && running.client?.isRunning()) {
    void reloadDictionaries(running);
  }
}

export async function deactivate(): Promise<void> {
  void vscode.commands.executeCommand('setContext', 'unspin.serverRunning', false);
  await running.client?.stop();
}
