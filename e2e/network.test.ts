// The coordinators' network map in a real browser: the district, one municipality, an isolated helper
// circle that stops being isolated once a contact is recorded; viewers look but do not edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';
import { loggedIn } from './login.ts';

const drawn = (page: Page) => page.locator('.network-graph').getAttribute('data-ready');
/** Clicks "Als PNG speichern" and returns the download's width and height; it must be a PNG. */
async function exportedPng(page: Page): Promise<[number, number]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als PNG speichern' }).click(),
  ]);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
const isolatedCount = async (page: Page) =>
  Number(/(\d+) isoliert/.exec(await page.locator('.summary').innerText())?.[1] ?? Number.NaN);

describe('network map in the browser', () => {
  let lotse: RunningLotse;
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => lotse?.stop());

  it('a coordinator filters to one municipality, finds the isolated helper circle, records a contact and the mark goes', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const networkRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('query NetworkPage'))
        networkRequests.push(request.postData()!);
    });

    await page.goto(`${lotse.webUrl}/netzwerk`);
    await expect.poll(() => drawn(page)).toBe('true');
    expect(await page.locator('.summary').innerText()).toMatch(/[\d.]+ Akteure, [\d.]+ Verbindungen/);
    // The map's data was asked for once, by the page's head before the app started (netzwerk-vorab.js).
    expect(networkRequests).toHaveLength(1);
    const nodesShown = Number(await page.locator('.network-graph').getAttribute('data-nodes'));
    expect(nodesShown).toBeGreaterThan(100);
    // "Neu anordnen" draws the district as on a first visit. The positions of the first visit are kept in
    // the browser; pile every actor on one spot there, reload (drawn where kept), and lay out again.
    const stored = () => page.evaluate(`localStorage.getItem('lotse:netzwerk:district')`) as Promise<string>;
    const firstVisit = JSON.parse(await stored()) as Record<string, [number, number]>;
    expect(Object.keys(firstVisit)).toHaveLength(nodesShown);
    const piled = Object.fromEntries(Object.keys(firstVisit).map((key) => [key, [0, 0]]));
    await page.evaluate(
      `localStorage.setItem('lotse:netzwerk:district', ${JSON.stringify(JSON.stringify(piled))})`,
    );
    await page.reload();
    await expect.poll(() => drawn(page)).toBe('true');
    expect(networkRequests).toHaveLength(2); // one per page load
    const relayout = page.getByRole('button', { name: 'Neu anordnen' });
    await relayout.click();
    await expect.poll(() => relayout.isEnabled()).toBe(true);
    expect(JSON.parse(await stored())).toEqual(firstVisit);
    expect(Number(await page.locator('.network-graph').getAttribute('data-nodes'))).toBe(nodesShown);
    await page.screenshot({ path: join(ARTEFACTS, 'network-district.png') });

    // The PNG for the minutes: a real PNG, at most 4,000 px on its longest side.
    const [width, height] = await exportedPng(page);
    expect(Math.max(width, height)).toBeLessThanOrEqual(4000);
    expect(Math.min(width, height)).toBeGreaterThan(500);
    expect(await seriousViolations(page)).toEqual([]);

    // One municipality: Ballendorf, where a helper circle was founded in the demo's last month.
    await page.getByLabel('Gebiet').selectOption({ label: 'Ballendorf' });
    await page.locator('form.controls').getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/gemeinde=08425013/);
    await expect.poll(() => drawn(page)).toBe('true');
    // Within the running app the page asks itself, once, for the new scope.
    expect(networkRequests).toHaveLength(3);
    expect(networkRequests[2]).toContain('08425013');
    const isolatedBefore = await isolatedCount(page);
    expect(isolatedBefore).toBeGreaterThanOrEqual(1);

    await page.getByLabel('Akteur suchen').fill('Neuer Helferkreis');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Neuer Helferkreis Ballendorf (Demo)');
    expect(await panel.locator('[data-mark="isolated"]').count()).toBe(1);
    await expect.poll(() => panel.getByText('Kontakte je Monat').count()).toBe(1);

    // Record a contact with the town hall (Bürgermeisteramt) of Ballendorf.
    const partner = panel.getByLabel('mit');
    const townHall = (await partner.locator('option').allInnerTexts()).find((name) =>
      name.startsWith('Bürgermeisteramt'),
    );
    expect(townHall).toBeTruthy();
    await partner.selectOption({ label: townHall! });
    await panel.getByLabel('Thema (kurz, keine Klientendaten)').fill('Kennenlernen, Sprachcafé planen');
    await panel.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Kontakt gespeichert' }).count())
      .toBe(1);
    await expect.poll(() => panel.locator('[data-mark="isolated"]').count()).toBe(0);
    expect(await panel.innerText()).toMatch(/Partner auf der Karte: 1 · Kontakte mit ihnen im Zeitraum: 1/);
    expect(await isolatedCount(page)).toBe(isolatedBefore - 1);
    await page.screenshot({ path: join(ARTEFACTS, 'network-contact.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // The coordinator corrects the helper circle's name and adds its phone number from the panel.
    await panel.getByText('Organisation bearbeiten').click();
    const editing = panel.locator('details.edit-org');
    expect(await editing.getByLabel('Name').inputValue()).toBe('Neuer Helferkreis Ballendorf (Demo)');
    await editing.getByLabel('Name').fill('Helferkreis Ballendorf (Demo)');
    await editing.getByLabel('Telefon').fill('07345 0000-0 (Demo)');
    await editing.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect
      .poll(() => editing.getByRole('status').innerText())
      .toBe('Änderungen an „Helferkreis Ballendorf (Demo)“ gespeichert.');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Helferkreis Ballendorf (Demo)');
    await expect.poll(() => panel.innerText()).toContain('07345 0000-0 (Demo)');
    expect(await editing.getByLabel('Art').inputValue()).toBe('HELPER_CIRCLE');
    await page.screenshot({ path: join(ARTEFACTS, 'network-edit.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('the shortest path between two actors is named and an ego network can be opened', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/netzwerk?gemeinde=08425033`);
    await expect.poll(() => drawn(page)).toBe('true');
    await page.getByLabel('Akteur suchen').fill('Jobcenter');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').count()).toBe(1);
    const target = panel.getByLabel('Kürzester Weg zu');
    const options = await target.locator('option').allInnerTexts();
    await target.selectOption({ label: options.find((o) => o.startsWith('IM Demo')) ?? options[1]! });
    await expect
      .poll(() => panel.getByRole('status').first().innerText())
      .toMatch(/Weg über \d+ Schritte: .+ → .+/);
    await panel.getByRole('button', { name: '1 Schritt(e)' }).click();
    await page.waitForURL(/akteur=ORGANIZATION%3A/);
    await expect.poll(() => drawn(page)).toBe('true');
    expect(await page.locator('.ego').innerText()).toContain('Ego-Netzwerk von');
    await context.close();
  });

  it('betweenness and communities follow the first picture: the count, colours by community, the panel', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/netzwerk?gemeinde=08425033`);
    await expect.poll(() => drawn(page)).toBe('true');
    // Asked for once the map is on screen: then the summary counts communities, and the colouring by
    // community can be chosen.
    await expect
      .poll(async () => /(\d+) Gemeinschaften/.exec(await page.locator('.summary').innerText())?.[1])
      .toMatch(/^[1-9]\d*$/);
    const byCommunity = page.getByLabel('Gemeinschaft (Louvain)');
    expect(await byCommunity.isEnabled()).toBe(true);
    const graph = page.locator('.network-graph');
    const byKind = await graph.screenshot();
    await byCommunity.check();
    await expect.poll(async () => (await graph.screenshot()).equals(byKind)).toBe(false);
    // The legend now sets the communities against the municipalities: one row per coloured community,
    // whose actors add up to the map's (with the grey rest, if any).
    const legend = page.locator('section.legend');
    expect(await legend.getByRole('heading', { name: 'Gemeinschaften und Gemeinden' }).count()).toBe(1);
    // Ehingen's few communities all have a colour of their own: one row each, and every actor in one.
    const rows = (await legend.locator('ul.communities li').allInnerTexts()).map((row) => row.trim());
    const summary = await page.locator('.summary').innerText();
    expect(rows).toHaveLength(Number(/(\d+) Gemeinschaften/.exec(summary)![1]));
    expect(rows[0]).toMatch(/^Gemeinschaft 1: \d+ Akteure – Ehingen \(Donau\) \d+/);
    const actors = rows.reduce((sum, row) => sum + Number(/: (\d+) Akteure/.exec(row)![1]), 0);
    expect(actors).toBe(Number(/^(\d+) Akteure/.exec(summary)![1]));
    // The side panel names the actor's betweenness.
    await page.getByLabel('Akteur suchen').fill('Jobcenter');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    await expect
      .poll(() => page.locator('aside.panel [data-betweenness]').innerText())
      .toMatch(/Vermittlerrolle \(Betweenness\): \d+([.,]\d+)?$/);
    await context.close();
  });

  it('a viewer sees the network but no editing, and the API refuses a merge', async () => {
    const context = await loggedIn(lotse, 'netzwerk.demo');
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/netzwerk?gemeinde=08425013`);
    await expect.poll(() => drawn(page)).toBe('true');
    expect(await page.getByText('Ihre Rolle sieht das Netzwerk, ändert es aber nicht.').count()).toBe(1);
    expect(await page.getByText('Organisation hinzufügen').count()).toBe(0);
    const response = await page.request.post(`${lotse.webUrl}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation { mergeOrganizations(keepId: "a", mergeId: "b", apply: true) { applied } }',
      },
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });

  it('a coordinator adds a duplicate, records a contact for it and merges it: the preview names both, the contact moves', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const place = '08425072';
    await page.goto(`${lotse.webUrl}/netzwerk?gemeinde=${place}`);
    await expect.poll(() => drawn(page)).toBe('true');

    // Two entries for one helper circle, added through the page's form.
    const adding = page.locator('section.editing details').filter({ hasText: 'Organisation hinzufügen' });
    await adding.locator('summary').click();
    for (const name of ['Freundeskreis Asyl Prüfort (Demo)', 'Freundeskreis Asyl Prüfort e. V. (Demo)']) {
      await adding.getByLabel('Name').fill(name);
      await adding.getByLabel('Art').selectOption('HELPER_CIRCLE');
      await adding.getByLabel('Gemeinde').selectOption(place);
      await adding.getByRole('button', { name: 'Organisation anlegen' }).click();
      await expect
        .poll(() => adding.getByRole('status').innerText())
        .toBe(`Organisation „${name}“ angelegt.`);
    }
    const summary = async () => page.locator('.summary').innerText();
    await expect.poll(summary).toMatch(/^\d+ Akteure/);

    // The duplicate gets a contact with the first partner in its list.
    await page.getByLabel('Akteur suchen').fill('Freundeskreis Asyl Prüfort e. V.');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Freundeskreis Asyl Prüfort e. V. (Demo)');
    const partner = panel.getByLabel('mit');
    const partnerName = (await partner.locator('option').allInnerTexts()).find(
      (name) => !name.startsWith('–') && !name.startsWith('Freundeskreis Asyl Prüfort'),
    )!;
    await partner.selectOption({ label: partnerName });
    await panel.getByLabel('Thema (kurz, keine Klientendaten)').fill('Patenschaften abstimmen');
    await panel.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Kontakt gespeichert' }).count())
      .toBe(1);

    const merging = page.locator('section.editing details').filter({ hasText: 'Doppelte Organisation' });
    await merging.locator('summary').click();
    const from = merging.getByLabel('Doppelte Organisation (wird archiviert)');
    const into = merging.getByLabel('in diese Organisation übernehmen');
    // The same organisation twice is refused on the page, naming what to do.
    await from.selectOption({ label: 'Freundeskreis Asyl Prüfort (Demo)' });
    await into.selectOption({ label: 'Freundeskreis Asyl Prüfort (Demo)' });
    await merging.getByRole('button', { name: 'Vorschau' }).click();
    await expect
      .poll(() => merging.getByRole('alert').innerText())
      .toBe(
        'Nicht zusammengeführt: Bitte zwei verschiedene Organisationen wählen: die doppelte und die, die bleibt.',
      );

    await from.selectOption({ label: 'Freundeskreis Asyl Prüfort e. V. (Demo)' });
    await merging.getByRole('button', { name: 'Vorschau' }).click();
    const preview = merging.getByRole('status');
    await expect.poll(() => preview.innerText()).toContain('Übernommen würden 1 Kontakte');
    expect(await preview.innerText()).toContain(
      'Vorschau: „Freundeskreis Asyl Prüfort e. V. (Demo)“ in „Freundeskreis Asyl Prüfort (Demo)“ übernehmen.',
    );
    // The previewed pair stays chosen, so "apply" merges exactly that pair.
    expect(await from.locator('option:checked').innerText()).toBe('Freundeskreis Asyl Prüfort e. V. (Demo)');
    expect(await into.locator('option:checked').innerText()).toBe('Freundeskreis Asyl Prüfort (Demo)');
    await page.screenshot({ path: join(ARTEFACTS, 'network-merge-preview.png'), fullPage: true });
    // Choosing another pair takes the offer to apply back: that pair was not previewed.
    const another = (await into.locator('option').allInnerTexts()).find(
      (name) => !name.startsWith('–') && !name.startsWith('Freundeskreis Asyl Prüfort'),
    )!;
    await into.selectOption({ label: another });
    expect(await merging.getByRole('button', { name: 'Jetzt zusammenführen' }).count()).toBe(0);
    // Back to the previewed pair: its preview applies again.
    await into.selectOption({ label: 'Freundeskreis Asyl Prüfort (Demo)' });
    await merging.getByRole('button', { name: 'Jetzt zusammenführen' }).click();
    await expect
      .poll(() => merging.locator('.done').innerText())
      .toBe(
        '„Freundeskreis Asyl Prüfort e. V. (Demo)“ in „Freundeskreis Asyl Prüfort (Demo)“ zusammengeführt: ' +
          '1 Kontakte, 0 Angebote, 0 Treffen, 0 Weiterleitungen, 0 Beschäftigte übernommen.',
      );

    // The duplicate is off the map; the one kept has its contact.
    await page.getByLabel('Akteur suchen').fill('Freundeskreis Asyl Prüfort e. V.');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => page.getByText('Kein Akteur mit diesem Namen auf der Karte.').count()).toBe(1);
    await page.getByLabel('Akteur suchen').fill('Freundeskreis Asyl Prüfort (Demo)');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Freundeskreis Asyl Prüfort (Demo)');
    await expect
      .poll(() => panel.innerText())
      .toMatch(/Partner auf der Karte: 1 · Kontakte mit ihnen im Zeitraum: 1/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('above 400 actors the district is drawn with frames and a canvas of ties, and stays usable', async () => {
    const context = await loggedIn(lotse, 'koordination.demo');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // Fictional associations without contacts: enough actors for the large-map mode (ADR 0009), all isolated.
    const places = ['08425033', '08425072', '08425013'];
    for (let i = 1; i <= 80; i++) {
      const response = await page.request.post(`${lotse.webUrl}/graphql`, {
        headers: { 'content-type': 'application/json' },
        data: {
          query: 'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
          variables: {
            input: { name: `Testverein ${i} (Demo)`, kind: 'ASSOCIATION', municipalityAgs: places[i % 3] },
          },
        },
      });
      expect(((await response.json()) as { errors?: unknown[] }).errors).toBeUndefined();
    }

    await page.goto(`${lotse.webUrl}/netzwerk`);
    await expect.poll(() => drawn(page)).toBe('true');
    expect(Number(await page.locator('.network-graph').getAttribute('data-nodes'))).toBeGreaterThan(400);
    expect(await isolatedCount(page)).toBeGreaterThanOrEqual(80);
    // The ties are on a canvas of their own, which only large maps draw on.
    const tiePixels = () =>
      page.evaluate(`(() => {
        const canvas = document.querySelector('.network-graph canvas.ties');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let drawn = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
        return drawn;
      })()`) as Promise<number>;
    expect(await tiePixels()).toBeGreaterThan(10_000);

    // Highlighting marks the 80 isolated associations; switched off, the picture changes.
    const graph = page.locator('.network-graph');
    const marked = await graph.screenshot();
    await page.getByLabel('Brücken und Isolierte hervorheben').uncheck();
    await expect.poll(async () => (await graph.screenshot()).equals(marked)).toBe(false);
    await page.getByLabel('Brücken und Isolierte hervorheben').check();

    // An actor found by search opens in the panel, marked isolated.
    await page.getByLabel('Akteur suchen').fill('Testverein 42 (Demo)');
    await page.locator('form.search').getByRole('button', { name: 'Anzeigen' }).click();
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Testverein 42 (Demo)');
    expect(await panel.locator('[data-mark="isolated"]').count()).toBe(1);
    await page.screenshot({ path: join(ARTEFACTS, 'network-large.png') });

    // The PNG of a large map: ties and frames from their canvas, actors and names above.
    const [width, height] = await exportedPng(page);
    expect(Math.max(width, height)).toBeLessThanOrEqual(4000);
    expect(Math.min(width, height)).toBeGreaterThan(500);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('a visitor without login is sent to the login', async () => {
    const page = await lotse.browser.newPage();
    await page.goto(`${lotse.webUrl}/netzwerk`);
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    await page.close();
  });
});
