// Logging in and out in the browser: the session cookie comes from the API through the web app, is
// HttpOnly, survives a reload, and logout ends it on the server.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.ts';
import { ARTEFACTS, startLotse, type RunningLotse } from './harness.ts';

describe('login and logout in the browser', () => {
  let lotse: RunningLotse;
  beforeAll(async () => {
    lotse = await startLotse();
  });
  afterAll(async () => lotse?.stop());

  it('a wrong password is refused with a clear message; nothing is remembered', async () => {
    const context = await lotse.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${lotse.webUrl}/anmelden`);
    // A click before the page is rendered reaches no button (e2e/login.ts): wait for the started app.
    await page.waitForSelector('body[data-hydrated="true"]');
    await page.getByLabel('Benutzername').fill('im01.demo');
    await page.getByLabel('Passwort').fill('falsch-falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('stimmen nicht');
    expect(await page.getByLabel('Benutzername').inputValue()).toBe('im01.demo');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('lotse_session');
    await page.screenshot({ path: join(ARTEFACTS, 'login-wrong.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a demo manager logs in, stays logged in after a reload, and logs out', async () => {
    const context = await lotse.browser.newContext();
    const page = await context.newPage();
    await page.goto(lotse.webUrl);
    await page.getByRole('link', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/anmelden/);
    await page.getByLabel('Benutzername').fill('im01.demo');
    await page.getByLabel('Passwort').fill('Lotse-Demo-2026');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.locator('header').innerText()).toContain('Angemeldet als');
    const session = (await context.cookies()).find((c) => c.name === 'lotse_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.reload();
    expect(await page.locator('header').innerText()).toContain('Angemeldet als');
    await page.screenshot({ path: join(ARTEFACTS, 'logged-in.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect.poll(() => page.locator('header').innerText()).toContain('Anmelden');
    // The old session id no longer works on the server, even if a browser kept it.
    const reply = await fetch(`${lotse.webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `lotse_session=${session!.value}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await reply.json()) as { data: { me: unknown } }).data.me).toBeNull();
    await context.close();
  });
});
