import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startTestApi, type TestApi } from './api-client.js';

// Debian's chromium (installed by .ci/run), driven by playwright-core: no browser download.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where the screenshot goes: a CI artifact, never committed. */
export const SCREENSHOT = path.resolve('test-artifacts', 'explorer-e2e.png');

let api: TestApi;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  api = await startTestApi();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  // A fresh profile per run (launchPersistentContext is how playwright takes --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(profile, { recursive: true, force: true });
  await api.close();
});

test('the explorer searches an actor, draws its neighbourhood, and shows the evidence of a clicked tie', async () => {
  const page = await browser.newPage();
  const origin = new URL(api.server.url).origin;
  const elsewhere: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${origin}/explorer`);
  await page.fill('#search', 'Belarus');
  await page.click('#search-form button[type=submit]');
  await page.waitForFunction(() => (window as any).explorer.cy.edges().length > 0 && /ties/.test(document.getElementById('status')!.textContent ?? ''));
  expect(await page.textContent('#results')).toContain('state:BLR');

  // Colour by type: Belarus (a state) and a person differ.
  const colours = await page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    return { state: cy.getElementById('state:BLR').style('background-color'), person: cy.nodes('[type = "PERSON"]')[0]?.style('background-color') };
  });
  expect(colours.state).not.toEqual(colours.person);

  // Click ties where they are drawn (real clicks on the canvas), the Belarus - United States talks
  // first; where a tie's midpoint is covered by an actor or another tie, the next one.
  const candidates: { id: string; x: number; y: number }[] = await page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    const box = document.getElementById('cy')!.getBoundingClientRect();
    const talks = (e: any) => e.data('type') === 'NEGOTIATED_WITH' && [e.source().id(), e.target().id()].sort().join() === 'state:BLR,state:USA';
    return cy.edges().sort((a: any, b: any) => Number(talks(b)) - Number(talks(a))).map((e: any) => ({ id: e.id(), x: box.left + e.renderedMidpoint().x, y: box.top + e.renderedMidpoint().y }));
  });
  let clicked: { source: string; target: string } | null = null;
  for (const c of candidates.slice(0, 15)) {
    await page.mouse.click(c.x, c.y);
    clicked = await page.evaluate(() => {
      const e = (window as any).explorer.cy.$('edge:selected')[0];
      return e ? { source: e.source().data('name'), target: e.target().data('name') } : null;
    });
    if (clicked) break;
  }
  expect(clicked).not.toBeNull();
  await page.waitForSelector('#evidence .evidence');
  const heading = await page.textContent('#details h2');
  expect(heading).toContain(clicked!.source);
  expect(heading).toContain(clicked!.target);
  const evidence = await page.$$eval('#evidence .evidence', (els) => els.map((e) => e.textContent ?? ''));
  expect(evidence.length).toBeGreaterThan(0);
  expect(evidence.every((t) => /article [0-9a-f]{16}/.test(t))).toBe(true);

  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});
