// The spin score of the active document, shown in the status bar. The server does not report a
// score, so it is computed here the way the CLI report defines it: unspin's diagnostics per 1,000
// words, words counted client-side (runs of letters and digits, joined by apostrophes or hyphens).
import * as vscode from 'vscode';

export const DIAGNOSTIC_SOURCE = 'unspin';

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}

/** Spun phrasings per 1,000 words, 0 for a document without words. */
export function spinScore(findings: number, words: number): number {
  return words === 0 ? 0 : (findings * 1000) / words;
}

export function unspinDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== 'dictionary-format');
}

export interface DocumentFigures {
  findings: number;
  words: number;
  score: number;
}

export function figures(document: vscode.TextDocument): DocumentFigures {
  const findings = unspinDiagnostics(document.uri).length;
  const words = wordCount(document.getText());
  return { findings, words, score: spinScore(findings, words) };
}

export class SpinScoreItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languages: string[]) {
    this.item = vscode.window.createStatusBarItem('unspin.spinScore', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'unspin spin score';
    this.item.command = 'unspin.showStatus';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) {
          this.update();
        }
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.languages.includes(document.languageId)) {
      this.item.hide();
      return;
    }
    const f = figures(document);
    this.item.text = `$(eye) spin ${f.score.toFixed(1)}`;
    this.item.tooltip = `unspin: ${f.findings} spun phrasing(s) in ${f.words} words ` +
      `(${f.score.toFixed(1)} per 1,000 words). Click for the server status.`;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
