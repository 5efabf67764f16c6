// The first slice in a real browser: `npm start` brings up the demo district, and a visitor sees the
// municipalities and a municipality's services — without logging in.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';

describe('directory in the browser', () => {
  let lotse: RunningLotse;
  // Nothing listens on port 9 of this machine: every map tile fails, as offline in a counselling room.
  const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
  beforeAll(async () => {
    lotse = await startLotse({ LOTSE_TILE_URL: UNREACHABLE_TILES });
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
    expect(problems, problems.join('\n')).toEqual([]);
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
    expect(problems, problems.join('\n')).toEqual([]);
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

  it('the directory map shows every service and the municipality outlines when no tile can be loaded', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const failedTiles: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (request) => {
      if (request.url().startsWith('http://127.0.0.1:9/')) failedTiles.push(request.url());
    });
    await page.goto(`${lotse.webUrl}/angebote`);
    const map = page.locator('.geo-map');
    await expect.poll(() => map.getAttribute('data-ready')).toBe('true');
    const total = Number((await page.locator('#list-heading').innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(400);
    // Tiles were asked for and failed; the map says so and keeps its own data instead of a grey box.
    await expect.poll(() => failedTiles.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Kartenhintergrund ist nicht erreichbar').count()).toBe(1);
    expect(await map.getAttribute('class')).toContain('offline');
    expect(await map.locator('path.leaflet-interactive, path').count()).toBeGreaterThanOrEqual(50);
    expect(await page.getByText('Gemeindegrenzen ungefähr').count()).toBe(1);
    // Every service is on the map: single markers plus the counts of the clusters add up to the total.
    const single = await map.locator('.geo-marker').count();
    const clustered = (await map.locator('.geo-cluster').allInnerTexts()).reduce(
      (sum, n) => sum + Number(n),
      0,
    );
    expect(single + clustered).toBe(total);
    await page.screenshot({ path: join(ARTEFACTS, 'directory-offline-map.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  it('a visitor filters the directory without logging in, and the list and the map select each other', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${lotse.webUrl}/angebote`);
    await expect.poll(() => page.locator('.geo-map').getAttribute('data-ready')).toBe('true');
    // Each choice filters at once (and the button does the same without JavaScript).
    await page.getByLabel('Kategorie').selectOption({ label: 'Schwangerschaftsberatung' });
    await page.waitForURL(/kategorie=PREGNANCY_COUNSELLING/);
    await page.getByLabel('Sprache').selectOption({ label: 'Arabisch' });
    await page.waitForURL(/sprache=ar/);
    await expect.poll(() => page.locator('#list-heading').innerText()).toMatch(/^\d+ Angebote?$/);
    const items = page.locator('section.list li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#list-heading').innerText()).toBe(`${count} Angebote`);
    for (const text of await items.allInnerTexts()) {
      expect(text).toContain('Schwangerschaftsberatung');
      expect(text).toContain('Arabisch');
    }
    const map = page.locator('.geo-map');
    await expect.poll(() => map.locator('.geo-marker, .geo-cluster').count()).toBeGreaterThan(0);

    // List → map: the chosen service's popup opens.
    const firstName = (await items.first().locator('h3').innerText()).trim();
    const firstId = (await items.first().getAttribute('id'))!.replace('angebot-', '');
    await items.first().getByRole('button', { name: 'Auf der Karte zeigen' }).click();
    await expect.poll(() => page.locator('.leaflet-popup-content').innerText()).toContain(firstName);
    expect(await map.locator(`.geo-marker-selected[data-id="${firstId}"]`).count()).toBe(1);

    // Map → list: a marker, clicked on the freshly drawn map, marks its entry in the list.
    await page.reload();
    await expect.poll(() => map.getAttribute('data-ready')).toBe('true');
    const marker = map.locator('.geo-marker').last();
    const markerId = await marker.getAttribute('data-id');
    await marker.click();
    await expect
      .poll(() => page.locator('section.list li.selected').getAttribute('id'))
      .toBe(`angebot-${markerId}`);

    // A filter the page cannot use is named, not an error page.
    await page.goto(`${lotse.webUrl}/angebote?kategorie=GIBT_ES_NICHT&barrierefrei=1`);
    expect(await page.getByRole('alert').innerText()).toContain('Kategorie');
    expect(await page.getByLabel('barrierefrei').isChecked()).toBe(true);
    await page.goto(`${lotse.webUrl}/angebote?kategorie=PREGNANCY_COUNSELLING&sprache=ar`);
    await expect.poll(() => page.locator('.geo-map').getAttribute('data-ready')).toBe('true');
    await page.screenshot({ path: join(ARTEFACTS, 'directory-filtered.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Without login there is no way into the caseload: client pages send the visitor to the login.
    expect(await page.getByRole('link', { name: 'Anmelden' }).count()).toBe(1);
    await page.goto(`${lotse.webUrl}/faelle/demo-client-0001`);
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
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
