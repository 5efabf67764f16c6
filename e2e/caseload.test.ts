// A manager's work on one case in the browser: record a consultation, agree a goal and mark it achieved,
// close the case and find it again under the closed cases. Refused input names the field.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';
import { loggedIn } from './login.ts';

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });

describe('a case in the browser: consultations, goals, closure', () => {
  let lotse: RunningLotse;
  let context: BrowserContext;
  let page: Page;
  let clientPath = '';
  let caseCode = '';
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => {
    await context?.close();
    await lotse?.stop();
  });

  it('the open cases lead to a client page with consultations, goals and closure, free of serious violations', async () => {
    context = await loggedIn(lotse, 'im01.demo', 1280);
    page = await context.newPage();
    await page.goto(`${lotse.webUrl}/faelle`);
    await page.getByRole('button', { name: 'offene', exact: true }).click();
    await page.waitForURL(/stand=offen/);
    const statuses = await page.locator('table.data tbody tr td:last-child').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['offen']));
    const link = page.locator('table.data tbody tr a').first();
    caseCode = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/faelle\/[^/?]+$/);
    clientPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').innerText()).toBe(`Fall ${caseCode}`);
    for (const heading of ['Beratungsgespräche', 'Integrationsplan: Ziele', 'Fall abschließen'])
      expect(await page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a consultation without a topic is refused naming the topics; with topics it is listed in Berlin time', async () => {
    const consultations = section(page, 'Beratungsgespräche');
    const before = await consultations.locator('tbody tr').count();
    // The form starts at today's date.
    const today = await consultations.getByLabel('Datum').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await consultations.getByLabel('Uhrzeit').fill('09:45');
    await consultations.getByRole('button', { name: 'Gespräch festhalten' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Themen: bitte mindestens ein Thema');
    // What was entered stays.
    expect(await section(page, 'Beratungsgespräche').getByLabel('Uhrzeit').inputValue()).toBe('09:45');

    const form = section(page, 'Beratungsgespräche');
    await form.getByLabel('Wohnen').check();
    await form.getByLabel('Sprache').check();
    await form.getByRole('button', { name: 'Gespräch festhalten' }).click();
    await page.waitForURL(/erledigt=beratung/);
    expect(await page.getByRole('status').innerText()).toContain('Beratungsgespräch ist festgehalten');
    const rows = section(page, 'Beratungsgespräche').locator('tbody tr');
    expect(await rows.count()).toBe(before + 1);
    const [year, month, day] = today.split('-');
    const recorded = rows.filter({ hasText: `${day}.${month}.${year}, 09:45` });
    expect(await recorded.count()).toBe(1);
    expect(await recorded.innerText()).toContain('Wohnen, Sprache');
  });

  it('a goal with a blank text is refused naming the goal field; a goal is added and marked achieved', async () => {
    const goals = section(page, 'Integrationsplan: Ziele');
    expect(await goals.innerText()).toContain('Keine Namen und keine Angaben zur Gesundheit');
    await goals.getByLabel('Bereich').selectOption({ label: 'Sprache' });
    await goals.getByLabel('Ziel', { exact: true }).fill('   ');
    await goals.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Ziel: bitte einen kurzen Text');
    expect(await section(page, 'Integrationsplan: Ziele').getByLabel('Bereich').inputValue()).toBe(
      'LANGUAGE',
    );

    const form = section(page, 'Integrationsplan: Ziele');
    await form.getByLabel('Ziel', { exact: true }).fill('B1-Sprachkurs abschließen');
    await form.getByLabel('Zu erreichen bis (freiwillig)').fill('2030-03-31');
    await form.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await page.waitForURL(/erledigt=ziel/);
    const row = section(page, 'Integrationsplan: Ziele').locator('tbody tr', { hasText: 'B1-Sprachkurs' });
    expect(await row.innerText()).toMatch(/Sprache\s+B1-Sprachkurs abschließen\s+31\.03\.2030\s+offen/);

    await row.getByRole('button', { name: 'erreicht' }).click();
    await page.waitForURL(/erledigt=ziel-stand/);
    const achieved = section(page, 'Integrationsplan: Ziele').locator('tbody tr', {
      hasText: 'B1-Sprachkurs',
    });
    expect(await achieved.innerText()).toContain('erreicht');
    expect(await achieved.getByRole('button', { name: 'wieder öffnen' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTEFACTS, 'client-caseload.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('closing asks for confirmation, then the page shows the closure and offers no dead ends', async () => {
    const closure = section(page, 'Fall abschließen');
    await closure.getByLabel('Ergebnis').selectOption({ label: 'Ziele erreicht' });
    await closure.getByRole('button', { name: 'Fall abschließen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('bestätigen');
    expect(await page.locator('dl').innerText()).toContain('offen');

    const form = section(page, 'Fall abschließen');
    const closedOn = await form.getByLabel('Abschlussdatum').inputValue();
    await form.getByLabel('Ja, ich schließe diesen Fall ab.').check();
    await form.getByRole('button', { name: 'Fall abschließen' }).click();
    await page.waitForURL(/erledigt=abschluss/);
    expect(await page.getByRole('status').innerText()).toContain('Der Fall ist abgeschlossen');
    const [year, month, day] = closedOn.split('-');
    expect(await page.locator('.closed-notice').innerText()).toBe(
      `Dieser Fall ist seit ${day}.${month}.${year} abgeschlossen. Ergebnis: Ziele erreicht.`,
    );
    // Consultations and goals stay visible; nothing is offered that the API would refuse.
    expect(await section(page, 'Beratungsgespräche').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await section(page, 'Integrationsplan: Ziele').innerText()).toContain('B1-Sprachkurs abschließen');
    for (const button of ['Gespräch festhalten', 'Ziel hinzufügen', 'wieder öffnen', 'Fall abschließen'])
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Fall abschließen' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTEFACTS, 'client-closed.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the closed case is no longer among the open cases and is found under the closed ones', async () => {
    await page.goto(`${lotse.webUrl}/faelle?stand=offen`);
    expect(await page.getByRole('link', { name: caseCode, exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'abgeschlossene', exact: true }).click();
    await page.waitForURL(/stand=abgeschlossen/);
    expect(
      await page.getByRole('button', { name: 'abgeschlossene', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    const statuses = await page.locator('table.data tbody tr td:last-child').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['abgeschlossen']));
    // The closed list pages in case-code order; follow "more" until the case shows up.
    while ((await page.getByRole('link', { name: caseCode, exact: true }).count()) === 0) {
      const more = page.getByRole('button', { name: 'Weitere Fälle' });
      expect(await more.count()).toBe(1);
      await more.click();
      await page.waitForLoadState();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: caseCode, exact: true }).click();
    await page.waitForURL(new RegExp(`${clientPath}$`));
    expect(await page.locator('.closed-notice').innerText()).toContain('Ziele erreicht');
  });
});
