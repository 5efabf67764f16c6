// A browser context logged in as a demo user, for the end-to-end tests and the browser benchmarks.
import type { BrowserContext } from 'playwright-core';
import type { RunningLotse } from './harness.ts';

export const DEMO_PASSWORD = 'Lotse-Demo-2026';

export async function loggedIn(lotse: RunningLotse, username: string, width = 1440): Promise<BrowserContext> {
  const context = await lotse.browser.newContext({ viewport: { width, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${lotse.webUrl}/anmelden`);
  // Clicked too early, the login now and then did not happen. Reproduced with the app's files held back
  // 1.5 s: while the stylesheet is pending the page is not yet rendered, and a click there reached no
  // button (no submit event at all). Once the page was rendered, a form sent before hydration was
  // submitted and answered; without JavaScript it always is. So the tests wait for the started app.
  await page.waitForSelector('body[data-hydrated="true"]');
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  try {
    await page.locator('header', { hasText: 'Angemeldet als' }).first().waitFor({ timeout: 15_000 });
  } catch (cause) {
    // Say what the page showed instead (an error message, the form again), so a failure can be read.
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '(no main)');
    throw new Error(`login as ${username} did not succeed; ${page.url()} shows: ${shown.slice(0, 500)}`, {
      cause,
    });
  }
  await page.close();
  return context;
}
