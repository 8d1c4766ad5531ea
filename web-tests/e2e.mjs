// End-to-end tests of the unspin web page in headless Debian Chromium, driven by playwright-core.
// Usage: node e2e.mjs BASE_URL SCREENSHOT_PATH   (run.sh starts the server and passes both)
// Every check throws on failure; the process exits 1 on the first one, naming it.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [base, screenshotPath] = process.argv.slice(2);
if (!base || !screenshotPath) {
  console.error('usage: node e2e.mjs BASE_URL SCREENSHOT_PATH');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt';
const spunPath = path.join(repo, 'seeds/spun', SEED);
const spun = await readFile(spunPath, 'utf8');
const reference = await readFile(path.join(repo, 'seeds/restored', SEED));

// Chromium must not reach for the network: this machine's network is closed, and the page must
// work offline anyway. A fresh profile each run, so no earlier state leaks in.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

let failures = 0;
async function step(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}\n${String(e.stack || e).replace(/^/gm, '  ')}`);
    throw e;
  }
}

async function apiFindings(text) {
  const response = await fetch(new URL('/api/check', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, format: 'plaintext' }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).files[0].findings;
}

const profile = await mkdtemp(path.join(tmpdir(), 'unspin-chromium-'));
const downloads = await mkdtemp(path.join(tmpdir(), 'unspin-downloads-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
});

// Everything the page loads must come from the unspin server; nothing may log an error
// (a Content-Security-Policy violation is logged as one).
const foreign = [];
const consoleErrors = [];
context.on('request', (request) => {
  const url = request.url();
  if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
});
context.on('page', (page) => watch(page));
function watch(page) {
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
}

async function checkArticle(page) {
  await page.click('#check');
  await page.locator('#results').waitFor({ state: 'visible', timeout: 30000 });
}

const marks = (page) => page.locator('#view mark.hl');
const tip = (locator) => locator.evaluate((node) => getComputedStyle(node, '::after').content);

async function downloadRestored(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const saved = path.join(downloads, download.suggestedFilename());
  await download.saveAs(saved);
  return { name: download.suggestedFilename(), bytes: await readFile(saved) };
}

try {
  const page = context.pages()[0] || await context.newPage();
  watch(page);
  const expected = await apiFindings(spun);

  await step('the page loads with its form', async () => {
    await page.goto(base);
    assert.equal(await page.title(), 'unspin: restore a spun article');
    assert.equal(await page.locator('#results').isHidden(), true);
  });

  await step('pasting the spun seed highlights as many phrasings as the API finds', async () => {
    assert.ok(expected.length > 100, `the seed should have many findings, the API gave ${expected.length}`);
    await page.fill('#article', spun);
    await checkArticle(page);
    assert.equal(await marks(page).count(), expected.length);
    assert.equal(await page.locator('#findings li').count(), expected.length);
    assert.match(await page.textContent('#finding-count'), new RegExp(`^${expected.length} \\(`));
    assert.match(await page.textContent('#spin-score'), /^\d+(\.\d+)? spun phrasings per 1,000 words$/);
    const first = marks(page).first();
    assert.equal(await first.textContent(), expected[0].spun);
    assert.match(await first.getAttribute('class'), new RegExp(`\\b${expected[0].confidence}\\b`));
  });

  await step('the original shows on hover and on keyboard focus', async () => {
    await marks(page).nth(0).hover();
    assert.ok((await tip(marks(page).nth(0))).includes(expected[0].replacements[0]));
    await page.mouse.move(0, 0);
    await marks(page).nth(1).focus();
    assert.ok((await tip(marks(page).nth(1))).includes(expected[1].replacements[0]));
  });

  await step('accepting one finding puts its original back, in every view', async () => {
    await page.click('#finding-0 .accept');
    assert.equal(await page.getAttribute('#finding-0 .accept', 'aria-pressed'), 'true');
    assert.equal(await marks(page).first().textContent(), expected[0].replacements[0]);
    assert.match(await marks(page).first().getAttribute('class'), /\baccepted\b/);
    assert.equal(await page.textContent('#accepted-count'), `1 of ${expected.length}`);
    await page.check('input[name="view"][value="inline"]');
    assert.equal(await page.locator('#view del').count(), 1);
    assert.equal(await page.textContent('#view ins'), expected[0].replacements[0]);
    await page.check('input[name="view"][value="side"]');
    assert.equal(await page.locator('#view section').count(), 2);
    assert.equal(await page.textContent('#view section:nth-child(2) ins'), expected[0].replacements[0]);
    await page.check('input[name="view"][value="highlights"]');
  });

  await step('the keyboard rejects and accepts a focused highlight, keeping focus', async () => {
    await marks(page).nth(1).focus();
    await page.keyboard.press('r');
    assert.match(await marks(page).nth(1).getAttribute('class'), /\brejected\b/);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '1');
    await page.keyboard.press('a');
    assert.match(await marks(page).nth(1).getAttribute('class'), /\baccepted\b/);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '2');
  });

  await step('a screenshot for the docs', async () => {
    await page.evaluate(() => document.querySelector('#results-heading').scrollIntoView());
    await marks(page).nth(2).focus();
    await page.screenshot({ path: screenshotPath });
    const png = await readFile(screenshotPath);
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  });

  await step('accept all, then the download equals the reference restoration byte for byte', async () => {
    await page.click('#accept-all');
    assert.equal(await page.textContent('#accepted-count'), `${expected.length} of ${expected.length}`);
    assert.equal(await page.locator('#view mark.hl:not(.accepted)').count(), 0);
    const { name, bytes } = await downloadRestored(page);
    assert.equal(name, 'restored.txt');
    assert.ok(bytes.equals(reference), `the download (${bytes.length} bytes) differs from seeds/restored/${SEED} (${reference.length} bytes)`);
  });

  await step('an uploaded file is checked as read and downloads under its own name', async () => {
    await page.goto(base);
    await page.setInputFiles('#upload', spunPath);
    await page.waitForFunction(() => document.querySelector('#article').value.length > 0);
    await checkArticle(page);
    assert.equal(await marks(page).count(), expected.length);
    await page.click('#accept-all');
    const { name, bytes } = await downloadRestored(page);
    assert.equal(name, SEED.replace(/\.txt$/, '.restored.txt'));
    assert.ok(bytes.equals(reference), 'the download differs from the reference restoration');
  });

  await step('an empty article is refused with a message, not sent', async () => {
    await page.goto(base);
    await page.click('#check');
    assert.match(await page.textContent('#status'), /Paste an article or upload a file first/);
    assert.equal(await page.locator('#results').isHidden(), true);
  });

  await step('on a phone-sized screen nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(base);
    await page.fill('#article', spun);
    await checkArticle(page);
    for (const view of ['highlights', 'inline', 'side']) {
      await page.check(`input[name="view"][value="${view}"]`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the ${view} view is ${overflow}px wider than the screen`);
    }
  });

  // Markup in an article is text to check, never code to run: every payload must show literally in
  // every view, create no element, set no flag and open no dialog. A CSP violation (the page's
  // second line of defence) would be a console error, which the last step refuses.
  const PAYLOADS = [
    '<script>window.__xss = "script"</script>',
    '<img src=x onerror="window.__xss = \'img\'">',
    '"><svg onload="window.__xss = \'svg\'">',
    '<a href="javascript:window.__xss=\'link\'">the link</a>',
    '<iframe srcdoc="<script>parent.__xss = \'iframe\'</script>"></iframe>',
    '</textarea><script>alert("textarea")</script>',
    '<details open ontoggle="window.__xss = \'details\'">',
    '<body onload="alert(\'body\')">',
    '&lt;b&gt; &amp; &#60;i&#62; {{constructor.constructor("alert(1)")()}} ${alert(2)}',
  ];
  const xssText = PAYLOADS.map((payload, i) => `Officials mentioned ${payload} in paragraph ${i}.`).join('\n\n') + '\n';
  const dialogs = [];
  const xssPage = await context.newPage();
  xssPage.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });

  async function assertInert(where) {
    for (const view of ['highlights', 'inline', 'side']) {
      await xssPage.check(`input[name="view"][value="${view}"]`);
      const foreignElements = await xssPage.locator(
        '#view :is(script, img, svg, iframe, a, details, body, b, i), #findings :is(script, img, svg, iframe, a)').count();
      assert.equal(foreignElements, 0, `${where}, ${view} view: markup from the article became elements`);
      const shown = await xssPage.locator('#view .text').first().textContent();
      for (const payload of PAYLOADS) assert.ok(shown.includes(payload), `${where}, ${view} view: not shown literally: ${payload}`);
    }
    await xssPage.waitForTimeout(300); // error and load handlers fire asynchronously
    assert.equal(await xssPage.evaluate(() => window.__xss), undefined, `${where}: a payload ran`);
    assert.deepEqual(dialogs, [], `${where}: a payload opened a dialog`);
  }

  await step('markup and scripts in a pasted article show as text and never run', async () => {
    for (const format of ['plaintext', 'markdown', 'html']) {
      await xssPage.goto(base);
      await xssPage.fill('#article', xssText);
      await xssPage.selectOption('#format', format);
      await xssPage.click('#check');
      await xssPage.locator('#results').waitFor({ state: 'visible', timeout: 30000 });
      assert.ok(await xssPage.locator('#view mark.hl').count() >= 1, `${format}: the spun phrasings around the payloads are found`);
      await assertInert(`pasted as ${format}`);
    }
  });

  await step('an uploaded file whose name and text are payloads shows both as text, also in errors', async () => {
    const name = '"><img src=x onerror="window.__xss=\'name\'">.txt';
    await xssPage.goto(base);
    await xssPage.setInputFiles('#upload', { name, mimeType: 'text/plain', buffer: Buffer.from(xssText) });
    await xssPage.waitForFunction(() => document.querySelector('#article').value.length > 0);
    assert.equal(await xssPage.textContent('#status'), `Loaded ${name}. Press “Check article”.`);
    await xssPage.click('#check');
    await xssPage.locator('#results').waitFor({ state: 'visible', timeout: 30000 });
    await assertInert('uploaded');
    await xssPage.click('#accept-all');
    await Promise.all([xssPage.waitForEvent('download'), xssPage.click('#download')]);
    assert.ok((await xssPage.textContent('#status')).includes('<img src=x onerror='), 'the status names the download literally');

    // An error message that quotes the request's name: the API refuses a NUL character with it.
    await xssPage.goto(base);
    await xssPage.setInputFiles('#upload', { name, mimeType: 'text/plain', buffer: Buffer.from('Officials\u0000 mentioned it.\n') });
    await xssPage.waitForFunction(() => document.querySelector('#article').value.length > 0);
    await xssPage.click('#check');
    await xssPage.waitForFunction(() => document.querySelector('#status').classList.contains('error'));
    assert.ok((await xssPage.textContent('#status')).includes(`${name}:1:10: looks binary`), await xssPage.textContent('#status'));
    assert.equal(await xssPage.locator('#status *').count(), 0, 'the error message made no elements');
    assert.equal(await xssPage.evaluate(() => window.__xss), undefined, 'a payload in the name ran');
    assert.deepEqual(dialogs, []);
    // Chromium logs the refused request itself as an error; that one was asked for.
    const refused = consoleErrors.findIndex((message) => /status of 422/.test(message));
    assert.ok(refused >= 0, 'the refused request was logged');
    consoleErrors.splice(refused, 1);
  });

  await step('the page fetched nothing from elsewhere and logged no errors', async () => {
    assert.deepEqual(foreign, []);
    assert.deepEqual(consoleErrors, []);
  });
} catch (e) {
  if (failures === 0) console.log(`not ok - setup\n  ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
}
if (!process.exitCode) console.log('all end-to-end checks passed');
