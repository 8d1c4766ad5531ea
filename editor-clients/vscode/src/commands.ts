// The extension's commands. Restoring uses the server's own fix-all code action, so the result is
// the same as in every other editor.
import * as vscode from 'vscode';
import {
  CodeAction,
  CodeActionRequest,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  State,
  type LanguageClient,
} from 'vscode-languageclient/node';
import { figures } from './status';

export const FIX_ALL_KIND = 'source.fixAll.unspin';

export interface Running {
  client?: LanguageClient;
  java?: string;
  javaVersion?: string;
  jar?: string;
  problem?: string;
}

function usable(running: Running): LanguageClient | undefined {
  if (running.client && running.client.state === State.Running) {
    return running.client;
  }
  void vscode.window.showErrorMessage(running.problem ?? 'The unspin server is not running (see "unspin: Show server status").');
  return undefined;
}

export async function restoreDocument(running: Running): Promise<void> {
  const client = usable(running);
  const editor = vscode.window.activeTextEditor;
  if (!client) {
    return;
  }
  if (!editor) {
    void vscode.window.showWarningMessage('unspin: open the document to restore first.');
    return;
  }
  const document = editor.document;
  const whole = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: client.code2ProtocolConverter.asRange(whole),
    context: { diagnostics: [], only: [FIX_ALL_KIND], triggerKind: CodeActionTriggerKind.Invoked },
  });
  const fixAll = (actions ?? []).find((a): a is CodeAction => CodeAction.is(a) && a.kind === FIX_ALL_KIND && !!a.edit);
  if (!fixAll || !fixAll.edit) {
    void vscode.window.showInformationMessage('unspin: no spun phrasings to restore in this document.');
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(fixAll.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('unspin: the document changed while restoring it; try again.');
  }
}

/** The server reloads settings and dictionaries on didChangeConfiguration, asking for its settings again. */
export async function reloadDictionaries(running: Running): Promise<void> {
  const client = usable(running);
  if (client) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    void vscode.window.setStatusBarMessage('unspin: dictionaries reloaded', 3000);
  }
}

export function statusLines(running: Running): string[] {
  const client = running.client;
  const info = client?.initializeResult?.serverInfo;
  const lines = [
    `server: ${client ? State[client.state] : 'not started'}${info ? ` (${info.name} ${info.version ?? ''})` : ''}`,
    `java: ${running.java ?? 'none'}${running.javaVersion ? ` (${running.javaVersion})` : ''}`,
    `jar: ${running.jar ?? 'none'}`,
  ];
  if (running.problem) {
    lines.push(`problem: ${running.problem}`);
  }
  const document = vscode.window.activeTextEditor?.document;
  if (document) {
    const f = figures(document);
    lines.push(`${vscode.workspace.asRelativePath(document.uri)}: ${f.findings} spun phrasing(s), ${f.words} words, ` +
      `spin score ${f.score.toFixed(1)} per 1,000 words`);
  }
  return lines;
}

export async function showStatus(running: Running, output: vscode.LogOutputChannel): Promise<void> {
  const lines = statusLines(running);
  lines.forEach((l) => output.info(l));
  const choice = await vscode.window.showInformationMessage(`unspin: ${lines.join(' · ')}`, 'Show Output');
  if (choice === 'Show Output') {
    output.show();
  }
}
