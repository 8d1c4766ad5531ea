// The language client's options: how the server is started and what the client sends it.
import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient';
import type { Executable, LanguageClientOptions } from 'vscode-languageclient/node';
import { SECTION, serverSettings } from './settings';

/** The VS Code languages the server checks as prose (plain text, Markdown, HTML). */
export const LANGUAGES = ['plaintext', 'markdown', 'html'];
/**
 * Dictionary files (*.unspin, package.json "languages"), which the server lints. Their id is the
 * one the server takes for a dictionary, so an untitled one is linted too, not only by its name.
 */
export const DICTIONARY_LANGUAGE = 'unspin';

export function buildServerOptions(java: string, javaArgs: string[], jar: string): Executable {
  return { command: java, args: [...javaArgs, '-jar', jar, 'lsp'] };
}

function scopedSettings(scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  return serverSettings(vscode.workspace.getConfiguration(SECTION, scope));
}

export function buildClientOptions(output?: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [...LANGUAGES, DICTIONARY_LANGUAGE].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: scopedSettings(undefined),
    outputChannel: output,
    middleware: {
      workspace: {
        // The server asks for section "unspin": answer with its keys only (not java.home and the like).
        configuration: async (params: ConfigurationParams, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) => (item.section === SECTION ? scopedSettings(item.scopeUri) : answers[i]));
        },
      },
    },
  };
}
