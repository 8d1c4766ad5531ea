// The unspin page: sends the article to POST /api/check, shows the findings, and builds the restored
// text in the browser from the findings the user accepts. No framework and nothing fetched from
// elsewhere, so the page works offline and loads at once.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { text: '', name: null, findings: [], report: null, view: 'highlights' };
let uploaded = null; // {name, text}: the file exactly as read, since a textarea rewrites CRLF to LF

// The API gives 1-based lines and columns in code points (as editors count); the page needs
// UTF-16 offsets into the text. Lines end at LF, CRLF or a lone CR, as in the report writer.
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function offset(text, starts, line, column) {
  let i = starts[line - 1];
  for (let k = 1; k < column; k++) {
    const code = text.codePointAt(i);
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

function toFindings(text, file) {
  const starts = lineStarts(text);
  return file.findings.map((f, index) => ({
    index,
    start: offset(text, starts, f.line, f.column),
    end: offset(text, starts, f.endLine, f.endColumn),
    line: f.line,
    spun: f.spun,
    replacement: f.replacements[0],
    alternatives: f.replacements.slice(1),
    confidence: f.confidence,
    entry: f.entry,
    decision: 'pending', // pending, accepted or rejected
  }));
}

function restoredText() {
  let out = '';
  let at = 0;
  for (const f of state.findings) {
    out += state.text.slice(at, f.start) + (f.decision === 'accepted' ? f.replacement : f.spun);
    at = f.end;
  }
  return out + state.text.slice(at);
}

// ---- checking ---------------------------------------------------------------------------------

async function check(event) {
  event.preventDefault();
  const typed = $('article').value;
  const useUpload = uploaded && typed === uploaded.text.replace(/\r\n?/g, '\n');
  const text = useUpload ? uploaded.text : typed;
  if (text.trim() === '') {
    setStatus('Paste an article or upload a file first.', true);
    $('article').focus();
    return;
  }
  const body = { text, format: $('format').value };
  if (useUpload) body.path = uploaded.name;
  setStatus('Checking…');
  $('check').disabled = true;
  try {
    const response = await fetch('/api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      setStatus(`The server refused the article: ${answer.error}`, true);
      return;
    }
    show(text, useUpload ? uploaded.name : null, answer);
  } catch (e) {
    setStatus(`Could not reach the unspin server (${e.message}). Is it still running?`, true);
  } finally {
    $('check').disabled = false;
  }
}

function show(text, name, report) {
  const file = report.files[0];
  state.text = text;
  state.name = name;
  state.report = report;
  state.findings = toFindings(text, file);
  const c = file.counts;
  $('spin-score').textContent = `${file.spinScore} spun phrasings per 1,000 words`;
  $('finding-count').textContent = `${file.findings.length} (${c.certain} certain, ${c.likely} likely, ${c.possible} possible)`;
  $('word-count').textContent = file.words.toLocaleString('en');
  $('shown-note').textContent = report.minConfidence === 'possible'
    ? 'Showing findings of every confidence.'
    : `Showing findings of confidence “${report.minConfidence}” or surer: the article’s own evidence says the rest are ordinary English here.`;
  renderList();
  render();
  $('results').hidden = false;
  setStatus(file.findings.length === 0
    ? 'No spun phrasings found.'
    : `${file.findings.length} spun phrasings found. Review them below.`);
  $('results').focus();
}

function setStatus(message, error = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', error);
}

// ---- the views --------------------------------------------------------------------------------

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function mark(f) {
  const accepted = f.decision === 'accepted';
  const node = el('mark', {
    class: `hl ${f.decision === 'pending' ? f.confidence : f.decision}`,
    tabindex: '0',
    role: 'button',
    'data-i': String(f.index),
  }, accepted ? f.replacement : f.spun);
  const tip = accepted ? `was “${f.spun}” (${f.confidence})`
    : f.decision === 'rejected' ? `kept; the original would be “${f.replacement}”`
      : `original: “${f.replacement}” (${f.confidence})`;
  node.dataset.tip = tip;
  node.setAttribute('aria-label', `${accepted ? f.replacement : f.spun}: ${f.decision === 'pending' ? 'spun, ' : f.decision + ', '}${tip}`);
  return node;
}

/** The text with each finding drawn by `part`, in a pre-wrapped block. */
function textWith(part) {
  const block = el('div', { class: 'text' });
  let at = 0;
  for (const f of state.findings) {
    block.append(state.text.slice(at, f.start), ...part(f));
    at = f.end;
  }
  block.append(state.text.slice(at));
  return block;
}

const diffSpun = (f) => (f.decision === 'accepted' ? [el('del', {}, f.spun)] : [f.spun]);
const diffRestored = (f) => (f.decision === 'accepted' ? [el('ins', {}, f.replacement)] : [f.spun]);

function render() {
  const view = $('view');
  const focused = document.activeElement && document.activeElement.closest('#view mark');
  const refocus = focused ? focused.dataset.i : null;
  view.replaceChildren();
  view.className = `view ${state.view}`;
  if (state.view === 'highlights') {
    view.append(textWith((f) => [mark(f)]));
  } else if (state.view === 'inline') {
    view.append(textWith((f) => [...diffSpun(f), ...diffRestored(f).filter((n) => typeof n !== 'string')]));
  } else {
    const spun = el('section', { 'aria-label': 'Spun text' });
    spun.append(el('h4', {}, 'Spun'), textWith(diffSpun));
    const restored = el('section', { 'aria-label': 'Restored text' });
    restored.append(el('h4', {}, 'Restored'), textWith(diffRestored));
    view.append(spun, restored);
  }
  if (refocus !== null) {
    const again = view.querySelector(`mark[data-i="${refocus}"]`);
    if (again) again.focus();
  }
  const accepted = state.findings.filter((f) => f.decision === 'accepted').length;
  $('accepted-count').textContent = `${accepted} of ${state.findings.length}`;
}

function renderList() {
  const list = $('findings');
  list.replaceChildren();
  for (const f of state.findings) {
    const item = el('li', { id: `finding-${f.index}`, 'data-decision': f.decision });
    const what = el('span', { class: 'what' });
    what.append(el('span', { class: `hl ${f.confidence}` }, f.spun), ' → ', el('strong', {}, f.replacement));
    if (f.alternatives.length) what.append(` (or ${f.alternatives.join(', ')})`);
    what.append(el('span', { class: 'meta' }, ` ${f.confidence}, line ${f.line}`));
    const accept = el('button', { type: 'button', class: 'accept', 'aria-pressed': 'false' }, 'Accept');
    const reject = el('button', { type: 'button', class: 'reject', 'aria-pressed': 'false' }, 'Reject');
    accept.setAttribute('aria-label', `Accept “${f.replacement}” for “${f.spun}” on line ${f.line}`);
    reject.setAttribute('aria-label', `Reject “${f.replacement}” for “${f.spun}” on line ${f.line}`);
    accept.addEventListener('click', () => decide([f], f.decision === 'accepted' ? 'pending' : 'accepted'));
    reject.addEventListener('click', () => decide([f], f.decision === 'rejected' ? 'pending' : 'rejected'));
    const buttons = el('span', { class: 'buttons' });
    buttons.append(accept, reject);
    const box = el('div', { class: 'item' });
    box.append(what, buttons);
    item.append(box);
    list.append(item);
  }
}

function decide(findings, decision) {
  for (const f of findings) {
    f.decision = decision;
    const item = $(`finding-${f.index}`);
    item.dataset.decision = decision;
    item.querySelector('.accept').setAttribute('aria-pressed', String(decision === 'accepted'));
    item.querySelector('.reject').setAttribute('aria-pressed', String(decision === 'rejected'));
  }
  render();
}

// ---- downloads and uploads --------------------------------------------------------------------

function download() {
  const name = state.name ? state.name.replace(/(\.[^.]*)?$/, '.restored$1') : 'restored.txt';
  const url = URL.createObjectURL(new Blob([restoredText()], { type: 'text/plain;charset=utf-8' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus(`Downloaded ${name}.`);
}

async function upload() {
  const file = $('upload').files[0];
  if (!file) return;
  try {
    // fatal: refuse non-UTF-8 rather than show replacement characters; keep a BOM as written
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
    uploaded = { name: file.name, text };
    $('article').value = text;
    const ext = file.name.toLowerCase().split('.').pop();
    $('format').value = ['md', 'markdown'].includes(ext) ? 'markdown' : ['html', 'htm'].includes(ext) ? 'html' : 'plaintext';
    setStatus(`Loaded ${file.name}. Press “Check article”.`);
  } catch (e) {
    uploaded = null;
    setStatus(`${file.name} is not UTF-8 text: save it as UTF-8 and try again.`, true);
  }
}

// ---- wiring -----------------------------------------------------------------------------------

function onMarkKey(event) {
  const node = event.target.closest('#view mark');
  if (!node) return;
  const f = state.findings[Number(node.dataset.i)];
  if (event.key === 'a') decide([f], 'accepted');
  else if (event.key === 'r') decide([f], 'rejected');
  else if (event.key === 'Enter' || event.key === ' ') goToItem(f, event);
}

function goToItem(f, event) {
  if (event) event.preventDefault();
  const item = $(`finding-${f.index}`);
  item.scrollIntoView({ block: 'center' });
  item.querySelector('.accept').focus();
}

document.addEventListener('DOMContentLoaded', () => {
  $('input-form').addEventListener('submit', check);
  $('upload').addEventListener('change', upload);
  $('accept-all').addEventListener('click', () => decide(state.findings, 'accepted'));
  $('reject-all').addEventListener('click', () => decide(state.findings, 'rejected'));
  $('download').addEventListener('click', download);
  for (const radio of document.querySelectorAll('input[name="view"]')) {
    radio.addEventListener('change', () => { state.view = radio.value; render(); });
  }
  $('view').addEventListener('keydown', onMarkKey);
  $('view').addEventListener('click', (event) => {
    const node = event.target.closest('mark');
    if (node) goToItem(state.findings[Number(node.dataset.i)]);
  });
});
