// A stand-in for the `vscode` module, enough to load the bundled extension under Node and run its
// activation up to the point where it would start the server. `stub` records what the extension did.
'use strict';

const stub = {
  settings: {}, // "unspin.minConfidence" -> value the user set (global scope)
  messages: [], // [kind, text]
  commands: new Map(),
  statusItems: [],
  unknown: new Set(), // API names the extension or the library touched that this stub lacks
};

class Disposable {
  constructor(fn) { this.fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach((i) => i && i.dispose && i.dispose())); }
  dispose() { if (this.fn) this.fn(); }
}
class EventEmitter {
  constructor() { this.listeners = []; this.event = (l) => { this.listeners.push(l); return new Disposable(() => {}); }; }
  fire(e) { this.listeners.forEach((l) => l(e)); }
  dispose() {}
}
const event = () => new Disposable(() => {});
class Uri {
  constructor(value) { this.value = value; this.scheme = value.split(':')[0]; this.fsPath = value.replace(/^file:\/\//, ''); }
  static parse(value) { return new Uri(value); }
  static file(path) { return new Uri(`file://${path}`); }
  toString() { return this.value; }
}
class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range {
  constructor(a, b, c, d) {
    this.start = a instanceof Position ? a : new Position(a, b);
    this.end = a instanceof Position ? b : new Position(c, d);
  }
}

function configuration(section) {
  const full = (key) => `${section}.${key}`;
  return {
    get(key, fallback) { return Object.hasOwn(stub.settings, full(key)) ? stub.settings[full(key)] : fallback; },
    has(key) { return Object.hasOwn(stub.settings, full(key)); },
    inspect(key) {
      return { key: full(key), globalValue: stub.settings[full(key)] };
    },
    update() { return Promise.resolve(); },
  };
}

function outputChannel(name) {
  const lines = [];
  const log = (level) => (text) => lines.push(`[${level}] ${text}`);
  return { name, lines, info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'), trace: log('trace'),
    append: log('append'), appendLine: log('line'), show() {}, hide() {}, clear() {}, dispose() {}, onDidChangeLogLevel: event };
}

function message(kind) {
  return (text) => { stub.messages.push([kind, text]); return Promise.resolve(undefined); };
}

const vscode = {
  __stub: stub,
  version: '1.91.0', // the oldest VS Code the extension declares (engines.vscode)
  Disposable, EventEmitter, Uri, Position, Range,
  StatusBarAlignment: { Left: 1, Right: 2 },
  workspace: {
    getConfiguration: configuration,
    onDidChangeConfiguration: event,
    workspaceFolders: undefined,
    asRelativePath: (u) => String(u),
  },
  window: {
    activeTextEditor: undefined,
    createOutputChannel: outputChannel,
    showErrorMessage: message('error'),
    showWarningMessage: message('warning'),
    showInformationMessage: message('information'),
    setStatusBarMessage: () => new Disposable(() => {}),
    onDidChangeActiveTextEditor: event,
    createStatusBarItem(id, alignment, priority) {
      const item = { id, alignment, priority, text: '', visible: false, show() { this.visible = true; },
        hide() { this.visible = false; }, dispose() {} };
      stub.statusItems.push(item);
      return item;
    },
  },
  languages: { getDiagnostics: () => [], onDidChangeDiagnostics: event },
  commands: {
    registerCommand(id, fn) { stub.commands.set(id, fn); return new Disposable(() => stub.commands.delete(id)); },
    executeCommand: () => Promise.resolve(undefined),
  },
};

// Anything else is a placeholder: a class for a capitalised name (the library subclasses a few API
// classes at load time), a namespace for a lower-case one, and in a namespace a function returning a
// Disposable (the events and register functions the client calls while it is constructed).
function namespace(path, object) {
  return new Proxy(object, {
    get(target, name) {
      if (!(name in target) && typeof name === 'string' && name !== 'then') {
        stub.unknown.add(`${path}.${name}`);
        target[name] = () => new Disposable(() => {});
      }
      return target[name];
    },
  });
}
for (const name of ['workspace', 'window', 'languages', 'commands']) {
  vscode[name] = namespace(name, vscode[name]);
}
module.exports = new Proxy(vscode, {
  get(target, name) {
    if (!(name in target) && typeof name === 'string' && name !== 'then') {
      stub.unknown.add(name);
      target[name] = /^[A-Z]/.test(name) ? class { constructor(...args) { this.args = args; } } : namespace(name, {});
    }
    return target[name];
  },
});
