// The manager's daily question in the browser: find Arabic-speaking pregnancy counselling near a place,
// refer a client with consent, see the referral on the client page. Others cannot open that page.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';
import { loggedIn } from './login.ts';

describe('suggestions and referral in the browser', () => {
  let lotse: RunningLotse;
  let clientUrl = '';
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => lotse?.stop());

  it('a visitor finds Arabic-speaking pregnancy counselling near Ehingen, with reasons, without login', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // From the start page: "Was wird gesucht?" and "Wo?".
    await page.goto(lotse.webUrl);
    await page.getByLabel('Was wird gesucht?').fill('schwanger');
    // "Wo?" takes an address; Lotse reads it down to the municipality it names (no geocoder offline).
    await page.getByLabel('Wo?').fill('Marktplatz 1, 89584 Ehingen');
    await page.getByRole('button', { name: 'Vorschläge zeigen' }).click();
    await page.waitForURL(/\/vorschlaege\?/);
    expect(await page.getByRole('status').filter({ hasText: 'Marktplatz 1' }).innerText()).toContain(
      'ab der Gemeinde Ehingen (Donau)',
    );
    expect(await page.getByLabel('Wo?').inputValue()).toBe('08425033');
    await page.getByLabel('Sprache').selectOption('ar');
    await page.getByRole('button', { name: 'Vorschläge zeigen' }).click();
    await page.waitForURL(/sprache=ar/);
    await expect
      .poll(() => page.locator('#results-heading').textContent())
      .toContain('Schwangerschaftsberatung ab Ehingen');
    const first = page.locator('ol.suggestions > li').first();
    await expect.poll(() => first.innerText()).toContain('berät auf Arabisch');
    expect(await first.innerText()).toMatch(/km entfernt/);
    // No referral without a case: the public sees no referral form.
    expect(await page.getByRole('button', { name: 'Weiterleiten' }).count()).toBe(0);
    // The same ranking on the map: one numbered marker per suggestion, the first on top of its popup.
    const map = page.locator('.geo-map');
    await expect.poll(() => map.getAttribute('data-ready')).toBe('true');
    const suggestions = await page.locator('ol.suggestions > li').count();
    expect(await map.locator('.geo-marker').allInnerTexts()).toEqual(
      Array.from({ length: suggestions }, (_, i) => String(i + 1)),
    );
    const firstName = (await first.locator('h3 a').innerText()).trim();
    await map.locator('.geo-marker', { hasText: /^1$/ }).click({ force: true });
    await expect.poll(() => page.locator('.leaflet-popup-content').innerText()).toContain(firstName);
    await page.screenshot({ path: join(ARTEFACTS, 'suggestions-public.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a language named in the need ranks services in it first, and the page says so', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${lotse.webUrl}/vorschlaege?bedarf=Schwangerschaftsberatung+arabisch&gemeinde=08425033`);
    expect(await page.getByRole('status').filter({ hasText: '„arabisch“' }).innerText()).toContain(
      'gefragt ist Beratung auf Arabisch',
    );
    // The field stays as chosen ("beliebig"), so the next search reads the need again.
    expect(await page.getByLabel('Sprache').inputValue()).toBe('');
    await expect
      .poll(() => page.locator('ol.suggestions > li').first().innerText())
      .toContain('berät auf Arabisch');
    await page.close();
  });

  it('a visitor starts from a point clicked on the map instead of a municipality', async () => {
    const page = await lotse.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${lotse.webUrl}/vorschlaege`);
    const map = page.locator('.geo-map');
    await expect.poll(() => map.getAttribute('data-ready')).toBe('true');
    await page.getByLabel('Was wird gesucht?').fill('Schulden');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/punkt=\d+\.\d+%2C\d+\.\d+/);
    await expect.poll(() => page.locator('ol.suggestions > li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').filter({ hasText: 'Punkt auf der Karte' }).count()).toBe(1);
    expect(await page.locator('#results-heading').innerText()).toMatch(/^Schuldnerberatung ab /);
    // Removing the point goes back to "Wo?", which is empty: the page asks for a place.
    await page.getByRole('button', { name: 'Punkt entfernen' }).click();
    await expect.poll(() => page.url()).not.toContain('punkt=');
    expect(await page.getByRole('alert').innerText()).toMatch(/Gemeinde|Ort/);
    await page.close();
  });

  it('a manager refers a client from a suggestion with consent and sees it on the client page', async () => {
    const context = await loggedIn(lotse, 'im01.demo', 1280);
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/vorschlaege`);
    await page.getByLabel('Was wird gesucht?').fill('schwanger');
    const firstCase = await page.locator('#fall option').nth(1).getAttribute('value');
    await page.getByLabel('Für welchen Fall?').selectOption(firstCase!);
    await page.getByLabel('Sprache').selectOption('ar');
    await page.getByRole('button', { name: 'Vorschläge zeigen' }).click();
    await page.waitForURL(/fall=/);
    await page.locator('ol.suggestions > li').first().waitFor();
    await page.screenshot({ path: join(ARTEFACTS, 'suggestions-manager.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    const first = page.locator('ol.suggestions > li').first();
    const serviceName = (await first.locator('h3 a').innerText()).trim();
    await first.getByRole('checkbox').check();
    await first.getByRole('button', { name: 'Weiterleiten' }).click();
    await page.waitForURL(/\/faelle\//);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('festgehalten');
    const row = page.locator('tr.new');
    expect(await row.innerText()).toContain(serviceName);
    expect(await row.innerText()).toContain('geplant');
    clientUrl = new URL(page.url()).pathname;
    await page.screenshot({ path: join(ARTEFACTS, 'client.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the manager moves the referral on with the valid next steps only, from the caseload list', async () => {
    const context = await loggedIn(lotse, 'im01.demo', 1280);
    const page = await context.newPage();
    await page.goto(lotse.webUrl);
    await page.getByRole('link', { name: 'Meine Fälle' }).click();
    await page.waitForURL(/\/faelle$/);
    expect(await page.locator('h1').innerText()).toBe('Meine Fälle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator(`a[href="${clientUrl}"]`).click();
    await page.waitForURL(new RegExp(`${clientUrl}$`));
    const row = page.locator('tr', { hasText: 'geplant' }).first();
    // From PLANNED only SENT and DECLINED are offered.
    const steps = await row.locator('select[name="status"] option').allInnerTexts();
    expect(steps).toEqual(['gesendet', 'abgelehnt']);
    // Declining needs a reason: the page says so and nothing changes.
    await row.locator('select[name="status"]').selectOption('DECLINED');
    await row.getByRole('button', { name: 'Ändern' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Grund');
    expect(await page.locator('tr', { hasText: 'geplant' }).count()).toBeGreaterThan(0);
    const planned = page.locator('tr', { hasText: 'geplant' }).first();
    await planned.locator('select[name="status"]').selectOption('SENT');
    await planned.getByRole('button', { name: 'Ändern' }).click();
    await expect.poll(() => page.locator('tr', { hasText: 'gesendet' }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTEFACTS, 'client-moved.png'), fullPage: true });
    await context.close();
  });

  it("another manager cannot open that client's page; a visitor is asked to log in", async () => {
    expect(clientUrl).toMatch(/^\/faelle\//);
    const other = await loggedIn(lotse, 'im02.demo', 1280);
    const page = await other.newPage();
    const response = await page.goto(`${lotse.webUrl}${clientUrl}`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('alert').innerText()).toContain('keinen Zugriff');
    expect(await page.locator('body').innerText()).not.toContain('Weiterleitungen');
    await other.close();

    const visitor = await lotse.browser.newPage();
    await visitor.goto(`${lotse.webUrl}${clientUrl}`);
    await visitor.waitForURL(/\/anmelden/);
    expect(await visitor.locator('h1').innerText()).toBe('Anmelden');
    await visitor.close();
  });
});
