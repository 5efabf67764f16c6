// The network meeting report in a real browser: a viewer opens H1 2020 against H2 2019, sorts by the
// change, prints and downloads; small figures never reach a viewer; coordinators see exact ones.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PUBLISHED_TOTALS } from '@lotse/seeds';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';
import { loggedIn } from './login.ts';

/** A German number as the page prints it ("1.234,5", "−0,012", "+0,3"); null for "< 5" and "–". */
function germanNumber(text: string): number | null {
  const clean = text.trim().replaceAll('.', '').replace(',', '.').replace('−', '-').replace('+', '');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

const COUNT_COLUMNS = ['actors', 'ties', 'contacts', 'isolated', 'components', 'external'];
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
const grouped = (value: number) => new Intl.NumberFormat('de-DE').format(value);

async function columnTexts(page: Page, column: string): Promise<string[]> {
  return page.locator(`table.figures tbody td[data-column="${column}"]`).allInnerTexts();
}

describe('network meeting report in the browser', () => {
  let lotse: RunningLotse;
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => lotse?.stop());

  it('a viewer opens H1 2020, compares it with H2 2019, sorts by the change, prints and downloads a table', async () => {
    const context = await loggedIn(lotse, 'netzwerk.demo');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${lotse.webUrl}/berichte`);
    // The demo has the Alb-Donau-Kreis and Ulm (its hub); the report starts with the first. A viewer
    // gets one district at a time (two reports subtracted could give back a hidden count).
    const districts = await page.getByLabel('Landkreis').locator('option').allInnerTexts();
    expect(districts).toEqual(['Alb-Donau-Kreis', 'Ulm']);
    expect(await page.getByLabel('Landkreis').inputValue()).toBe('Alb-Donau-Kreis');
    await page.getByLabel('Zeitraum').selectOption({ label: '1. Halbjahr 2020' });
    await page.getByLabel('Vergleich mit').selectOption({ label: '2. Halbjahr 2019' });
    await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
    await page.waitForURL(/halbjahr=2020-H1/);
    expect(new URL(page.url()).searchParams.get('vergleich')).toBe('halbjahr:2019-H2');
    await expect
      .poll(() => page.getByTestId('period-line').innerText())
      .toBe('Alb-Donau-Kreis · Zeitraum 01.01.2020 – 30.06.2020, verglichen mit 01.07.2019 – 31.12.2019');
    expect(new URL(page.url()).searchParams.get('kreis')).toBe('Alb-Donau-Kreis');

    // A viewer never sees a count below 5: each is a number ≥ 5 or "< 5".
    expect(await page.getByText('Zahlen unter 5 werden als „< 5“ gezeigt').count()).toBe(1);
    const rows = await page.locator('table.figures').first().locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    for (const column of COUNT_COLUMNS) {
      for (const text of await columnTexts(page, column)) {
        const value = germanNumber(text);
        expect(value === null ? text : value >= 5, `${column}: ${text}`).toSatisfy(
          (ok: unknown) => ok === true || ok === '< 5',
        );
      }
    }
    expect(await page.locator('td.suppressed').count()).toBeGreaterThan(0);

    // Sort by the change in density: largest first, then smallest first.
    const changeHeader = page.getByRole('columnheader', { name: 'Veränderung Dichte' });
    await changeHeader.getByRole('button').click();
    expect(await changeHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = (await columnTexts(page, 'changeDensity')).map(germanNumber).filter((v) => v !== null);
    expect(descending.length).toBeGreaterThan(3);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await changeHeader.getByRole('button').click();
    expect(await changeHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await columnTexts(page, 'changeDensity')).map(germanNumber).filter((v) => v !== null);
    expect(ascending).toEqual([...descending].reverse());

    // The choropleth is drawn from Lotse's own (approximate) outlines, with a legend.
    await expect.poll(() => page.locator('.choropleth-map').getAttribute('data-ready')).toBe('true');
    expect(await page.locator('.choropleth-map path.leaflet-interactive').count()).toBe(rows);
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTEFACTS, 'report-viewer.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // "Drucken" opens the browser's print dialog; the print view is A4, one section per page.
    // Runs in the browser (a string: this file is compiled without the DOM's types).
    await page.evaluate('window.printed = false; window.print = () => { window.printed = true; }');
    await page.getByRole('button', { name: 'Drucken' }).click();
    expect(await page.evaluate('window.printed')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > div > header').isVisible()).toBe(false);
    expect(await page.locator('.map-print svg').isVisible()).toBe(true);
    expect(await page.locator('form.controls').isVisible()).toBe(false);
    expect(await page.locator('.as-of').first().innerText()).toContain('Datenstand: 15.07.2020');
    await page.screenshot({ path: join(ARTEFACTS, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTEFACTS, 'report-print.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(5);
    await page.emulateMedia({ media: 'screen' });

    // The table as CSV: the same figures, "< 5" included, one row per municipality and the district.
    const href = await page.getByRole('link', { name: 'Tabelle als CSV' }).first().getAttribute('href');
    const response = await page.request.get(`${lotse.webUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const csv = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^Gemeinde;AGS;Akteure;Verbindungen;Kontakte;Dichte;/);
    expect(csv).toHaveLength(rows + 2);
    expect(csv.at(-1)).toMatch(/^Landkreis gesamt;/);
    expect(csv.some((line) => line.includes(';< 5'))).toBe(true);

    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('"Zahlen, Daten, Fakten" shows the brochure totals, and a coordinator sees exact figures', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/berichte?halbjahr=2020-H1`);
    expect(await page.getByText('Ihre Rolle sieht genaue Zahlen.').count()).toBe(1);
    const totals = await page.locator('.figure .total').allInnerTexts();
    expect(totals).toEqual([
      `Zusammen: ${grouped(PUBLISHED_TOTALS.consultations.total)}`,
      `Zusammen: ${grouped(sum(PUBLISHED_TOTALS.referrals.byGroup))}`,
      `Zusammen: ${grouped(sum(PUBLISHED_TOTALS.contacts.byGroup))}`,
    ]);
    expect(await page.locator('td.suppressed').count()).toBe(0);
    // The brochure's five half-years are the bars' series.
    expect(await page.locator('.figure').first().locator('svg').getAttribute('aria-label')).toContain(
      '1. Halbjahr 2018',
    );
    await page.screenshot({ path: join(ARTEFACTS, 'report-coordinator.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Another district: its one municipality, and none of the Alb-Donau-Kreis's activity.
    expect(await page.getByLabel('Landkreis').locator('option').allInnerTexts()).toEqual([
      'Alb-Donau-Kreis',
      'Ulm',
      'Alle Landkreise',
    ]);
    await page.getByLabel('Landkreis').selectOption('Ulm');
    await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
    await page.waitForURL(/kreis=Ulm/);
    await expect.poll(() => page.getByTestId('period-line').innerText()).toMatch(/^Ulm · /);
    const names = await page.locator('table.figures').first().locator('tbody th').allInnerTexts();
    expect(names).toEqual(['Ulm']);
    expect(await page.locator('.figure .total').allInnerTexts()).toEqual([
      'Zusammen: 0',
      'Zusammen: 0',
      'Zusammen: 0',
    ]);
    await context.close();
  });

  it('an admin replaces an approximate outline with an official one; a faulty file stores nothing', async () => {
    const square = (lon: number, lat: number) => [
      [
        [lon, lat],
        [lon + 0.05, lat],
        [lon + 0.05, lat + 0.04],
        [lon, lat + 0.04],
        [lon, lat],
      ],
    ];
    const collection = (features: { ags: string; coordinates: number[][][] }[]) =>
      Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: features.map((f) => ({
            type: 'Feature',
            properties: { AGS: f.ags, GEN: 'Demo' },
            geometry: { type: 'Polygon', coordinates: f.coordinates },
          })),
        }),
      );
    const context = await loggedIn(lotse, 'admin.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/berichte`);
    await page.getByRole('link', { name: 'Amtliche Grenzen importieren' }).click();
    await page.waitForURL(/\/berichte\/umrisse$/);
    const state = () => page.getByText('Zurzeit ungefähre Umrisse').innerText();
    const before = /(\d+) von (\d+)/.exec(await state())!;
    expect(before[1]).toBe(before[2]);

    // Projected coordinates (UTM, as VG250 ships them): refused, with the hint, and nothing stored.
    await page.getByLabel('GeoJSON-Datei').setInputFiles({
      name: 'utm.geojson',
      mimeType: 'application/geo+json',
      buffer: collection([{ ags: '08425013', coordinates: square(571_000, 5_370_000) }]),
    });
    await page.getByRole('button', { name: 'Umrisse importieren' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Nichts gespeichert');
    expect(await page.getByRole('alert').innerText()).toContain('EPSG:4326');
    expect(await page.getByRole('alert').locator('li code').first().innerText()).toMatch(/^features\[0\]/);
    expect(await state()).toContain(`${before[1]} von ${before[2]}`);

    await page.getByLabel('GeoJSON-Datei').setInputFiles({
      name: 'grenzen.geojson',
      mimeType: 'application/geo+json',
      buffer: collection([
        { ags: '08425013', coordinates: square(10.02, 48.52) },
        { ags: '99999999', coordinates: square(10.1, 48.5) },
      ]),
    });
    await page.getByRole('button', { name: 'Umrisse importieren' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toContain('Aus „grenzen.geojson“ gespeichert: 1 – sie ersetzen');
    expect(await page.getByRole('status').innerText()).toContain('99999999');
    expect(await state()).toContain(`${Number(before[1]) - 1} von ${before[2]}`);
    await page.screenshot({ path: join(ARTEFACTS, 'report-outlines.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const viewer = await loggedIn(lotse, 'netzwerk.demo');
    const viewerPage = await viewer.newPage();
    const refused = await viewerPage.goto(`${lotse.webUrl}/berichte/umrisse`);
    expect(refused?.status()).toBe(403);
    await viewer.close();
  });

  it('a period the other way round is refused naming the field, and a visitor is sent to the login', async () => {
    const context = await loggedIn(lotse, 'netzwerk.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/berichte?von=2020-06-30&bis=2020-01-01`);
    expect(await page.getByRole('alert').innerText()).toContain('„von“ muss vor „bis“ liegen');
    expect(await page.locator('table.figures').count()).toBe(0);
    await page.goto(`${lotse.webUrl}/berichte?kreis=Atlantis`);
    expect(await page.getByRole('alert').innerText()).toContain('Diesen Landkreis kennt Lotse nicht');
    expect(await page.locator('table.figures').count()).toBe(0);
    await page.goto(`${lotse.webUrl}/berichte?kreis=alle`);
    expect(await page.getByRole('alert').innerText()).toContain('Ihre Rolle sieht Berichte je Landkreis');
    expect(await page.locator('table.figures').count()).toBe(0);
    const allCsv = await page.request.get(`${lotse.webUrl}/berichte/tabelle/kontakte?kreis=alle`);
    expect(allCsv.status()).toBe(400);
    expect(await allCsv.text()).toContain('bitte einen Landkreis wählen');
    await context.close();

    const visitor = await lotse.browser.newPage();
    await visitor.goto(`${lotse.webUrl}/berichte`);
    expect(new URL(visitor.url()).pathname).toBe('/anmelden');
    const csv = await visitor.request.get(`${lotse.webUrl}/berichte/tabelle/gemeinden`, { maxRedirects: 0 });
    expect(csv.status()).toBe(303);
    await visitor.close();
  });
});
