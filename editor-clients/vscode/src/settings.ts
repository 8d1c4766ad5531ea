// The part of the "unspin" settings that is the server's configuration (docs/language-server.md).
// The client-only keys (java.home, server.*, trace.server) are never sent to the server, and only
// the keys a user has set are, so that the server's own defaults apply to the rest.
import type * as vscode from 'vscode';

export const SECTION = 'unspin';

export const SERVER_KEYS = [
  'dictionaries',
  'defaultDictionary',
  'workspaceDictionary',
  'ignoredEntriesFile',
  'minConfidence',
  'severity',
  'ignoredEntries',
  'fileTypes',
  'debounceMs',
  'cleanCorpus',
  'defaultCleanCorpus',
  'thesaurus',
  'fixOnSaveConfidence',
] as const;

/** Whether any scope (user, workspace, folder, or their language-specific forms) sets the key. */
function isSet(inspected: object | undefined): boolean {
  if (!inspected) {
    return false;
  }
  const i = inspected as Record<string, unknown>;
  return ['globalValue', 'workspaceValue', 'workspaceFolderValue',
    'globalLanguageValue', 'workspaceLanguageValue', 'workspaceFolderLanguageValue']
    .some((k) => i[k] !== undefined);
}

/** The server's settings from a configuration of section "unspin": only the keys the user set. */
export function serverSettings(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    if (isSet(config.inspect(key))) {
      out[key] = config.get(key);
    }
  }
  return out;
}
