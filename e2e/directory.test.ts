// The first slice in a real browser: `npm start` brings up the demo district, and a visitor sees the
// municipalities and a municipality's services — without logging in.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';

describe('directory in the browser', () => {
  let lotse: RunningLotse;
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => lotse?.stop());

  it('the start page lists the demo district with service counts', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(lotse.webUrl);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Lotse');
    const list = page.getByRole('list').filter({ hasText: 'Ehingen (Donau)' });
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Blaubeuren');
    expect(text).toMatch(/\d+ Angebote/);
    await page.screenshot({ path: join(ARTEFACTS, 'start.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('choosing a municipality shows its services with provider and languages', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(lotse.webUrl);
    await page
      .getByRole('link', { name: /Ehingen \(Donau\)/ })
      .first()
      .click();
    await page.waitForURL(/\/gemeinden\/\d{8}/);
    await expect
      .poll(() => page.locator('#services-heading').textContent())
      .toContain('Angebote in Ehingen (Donau)');
    const body = await page.locator('body').innerText();
    expect(body).toContain('(Demo)');
    expect(body).toMatch(/Sprachen/);
    await page.screenshot({ path: join(ARTEFACTS, 'municipality.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a service page shows hours with today marked, who may come, the responsible area and when it was checked', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${lotse.webUrl}/gemeinden/08425033`);
    const first = page.locator('h3 a').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/angebote\//);
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);
    for (const heading of ['Kontakt', 'Sprechzeiten', 'Wer kann kommen?', 'Zuständigkeit'])
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
    // The demo's day is Wednesday 15 July 2020 (LOTSE_TODAY): its row is marked as today.
    const today = page.locator('tr[aria-current="date"]');
    expect(await today.count()).toBe(1);
    expect(await today.locator('th').innerText()).toContain('Mittwoch');
    expect(await page.getByRole('status').first().innerText()).toMatch(
      /geöffnet|Sprechzeit|Terminvereinbarung/,
    );
    expect(await page.locator('body').innerText()).toMatch(/Zuletzt geprüft am|Noch nicht geprüft/);
    await page.screenshot({ path: join(ARTEFACTS, 'service.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // An unknown service is a clear 404 page, not an error dump.
    const missing = await page.goto(`${lotse.webUrl}/angebote/gibt-es-nicht`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('alert').innerText()).toContain('nicht (mehr) im Verzeichnis');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const context = await lotse.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/gemeinden/08425033`);
    await expect.poll(() => page.locator('#services-heading').textContent()).toContain('Angebote in');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#services-heading').textContent()).toContain('Services in');
    // The same page, without the switch's parameter; the category names follow the language too.
    expect(new URL(page.url()).pathname).toBe('/gemeinden/08425033');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('body').innerText()).toMatch(/Municipalities/);
    await page.screenshot({ path: join(ARTEFACTS, 'municipality-en.png') });
    // Remembered in a cookie for the next visit.
    await page.goto(lotse.webUrl);
    expect(await page.locator('h2#municipalities-heading').textContent()).toBe('Municipalities');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect.poll(() => page.locator('h2#municipalities-heading').textContent()).toBe('Gemeinden');
    await context.close();
  });

  it('the API answers through the web app’s /graphql proxy', async () => {
    const response = await fetch(`${lotse.webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { ags name } }' }),
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { municipalities: { ags: string; name: string }[] } };
    expect(data.municipalities.length).toBeGreaterThanOrEqual(50);
    expect(data.municipalities.map((m) => m.name)).toContain('Ulm');
  });
});
