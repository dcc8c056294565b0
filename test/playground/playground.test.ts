import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openAs,
  openHome,
  percentile,
  type RunningPlayground,
  startSeededPlayground,
  travel,
  typeCommand,
} from './browser.js';

// A person in Debian's Chromium, on the real page, against the real Pacer behind the stand-in.
let running: RunningPlayground;
let browser: Browser;
let page: Page;
const SAM = 'USAM';
const MARIA = 'UMARIA';

beforeAll(async () => {
  [running, browser] = await Promise.all([startSeededPlayground(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

const messages = (p: Page) => p.getByTestId('messages').getByTestId('message');
const lastMessage = (p: Page) => messages(p).last();

describe('the playground, used in a browser', () => {
  it("opens on the seeded year: #sales holds last month's awards", async () => {
    await openAs(page, running.web.url, SAM);
    await page.getByTestId('messages').getByText('Awards · November 2026').waitFor();
    await page
      .getByTestId('clock')
      .getByText(/Wed, Dec 2, 2026/)
      .waitFor();
    const cold = (await page.evaluate('window.pacerReadyMs')) as number;
    await openAs(page, running.web.url, SAM);
    const warm = (await page.evaluate('window.pacerReadyMs')) as number;
    console.warn(
      `playground bench: page ready with the seeded year (navigation start → drawn) first load ${Math.round(cold)} ms, reload ${Math.round(warm)} ms`,
    );
  });

  it('a rep logs /deal 12.5k Acme: the confirmation only they see, and the celebration in #sales', async () => {
    await openAs(page, running.web.url, SAM);
    await typeCommand(page, '/deal 12.5k Acme');
    const confirmation = messages(page)
      .filter({ hasText: 'Only visible to you' })
      .filter({ hasText: '$12,500' })
      .last();
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('Acme');
    const celebration = messages(page)
      .filter({ hasNotText: 'Only visible to you' })
      .filter({ hasText: '$12,500' })
      .last();
    await celebration.waitFor();
    expect(await celebration.textContent()).toContain('Sam Carter');

    // Undo on the confirmation: a real block_actions payload; Pacer replaces the message.
    await confirmation.getByRole('button', { name: 'Undo' }).click();
    await messages(page).filter({ hasText: 'Undone:' }).filter({ hasText: 'Acme' }).last().waitFor();
    // As in Slack, another person does not see Sam's ephemeral messages.
    await openAs(page, running.web.url, MARIA);
    expect(await messages(page).filter({ hasText: 'Undone:' }).count()).toBe(0);
  });

  it('a rep fills in the /deal form; a bad amount is shown under its field, then the deal is logged', async () => {
    await openAs(page, running.web.url, SAM);
    await typeCommand(page, '/deal');
    const modal = page.getByTestId('modal');
    await modal.waitFor();
    await modal.locator('[data-block="amount"]').fill('a lot');
    await modal.locator('[data-block="customer"]').fill('Globex');
    await modal.getByTestId('modal-submit').click();
    const error = modal.getByTestId('field-error-amount');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/amount|number/i);
    await modal.locator('[data-block="amount"]').fill('8,250');
    await modal.locator('[data-block="product"]').selectOption({ label: 'Services' });
    await modal.getByTestId('modal-submit').click();
    await modal.waitFor({ state: 'detached' });
    await messages(page)
      .filter({ hasText: 'Only visible to you' })
      .filter({ hasText: '$8,250' })
      .last()
      .waitFor();
  });

  it('a manager runs /leaderboard and sees the month', async () => {
    await openAs(page, running.web.url, MARIA);
    for (let i = 0; i < 20; i++) {
      const before = await messages(page).count();
      await typeCommand(page, '/leaderboard');
      await messages(page).nth(before).waitFor();
    }
    // Measured in the page: from Enter to the answer drawn (the browser's own clock).
    const rounds = (await page.evaluate('window.pacerRoundTrips')) as number[];
    expect(rounds).toHaveLength(20);
    const board = lastMessage(page);
    expect(await board.textContent()).toMatch(/Leaderboard · December 2026/);
    console.warn(
      `playground bench: /leaderboard typed → rendered, 20 rounds: p50 ${Math.round(percentile(rounds, 50))} ms, p95 ${Math.round(percentile(rounds, 95))} ms`,
    );
  }, 60_000);

  it("time travel to Monday 09:00 brings the reminder to #sales and to a rep's DM", async () => {
    await openAs(page, running.web.url, SAM);
    await travel(page, 'Next Monday 09:00');
    await page
      .getByTestId('clock')
      .getByText(/Mon, Dec 7, 2026, 09:00/)
      .waitFor();
    await messages(page).filter({ hasText: "This week's team target" }).last().waitFor();
    await page.getByTestId('dm-pacer').click();
    const dm = messages(page).filter({ hasText: 'Your target this week' }).last();
    await dm.waitFor();
    expect(await dm.textContent()).toMatch(/\$/);
  }, 120_000);

  it('time travel to Thursday 15:00: the reps answer the check-in in the form, and the manager gets the digest', async () => {
    for (const rep of ['USAM', 'UPRIYA', 'UDIEGO', 'ULILY', 'UNOAH']) {
      await openAs(page, running.web.url, rep, 'dm');
      // New York's 15:00 comes first; Los Angeles's three hours later. Each rep's own DM brings it.
      if (rep === 'USAM') await travel(page, 'Thursday 15:00 for Sam');
      if (rep === 'UDIEGO') await travel(page, 'Thursday 15:00 for Diego');
      const checkin = messages(page)
        .filter({ has: page.getByRole('button', { name: 'Start check-in' }) })
        .last();
      await checkin.waitFor();
      await checkin.getByRole('button', { name: 'Start check-in' }).click();
      const modal = page.getByTestId('modal');
      await modal.waitFor();
      await modal.locator('[data-block="week"]').fill(`Two demos booked (${rep}).`);
      await modal
        .locator('[data-block="blockers"]')
        .fill(rep === 'UNOAH' ? 'Still learning the pricing tool.' : '');
      await modal.locator('[data-block="confidence"]').selectOption(rep === 'UNOAH' ? '2' : '4');
      await modal.getByTestId('modal-submit').click();
      await modal.waitFor({ state: 'detached' });
      await messages(page)
        .filter({ hasText: `Two demos booked (${rep}).` })
        .last()
        .waitFor();
    }
    await openAs(page, running.web.url, MARIA, 'dm');
    await travel(page, '+1 hour');
    const digest = messages(page)
      .filter({ hasText: 'Check-ins ·' })
      .filter({ hasText: 'Everyone answered.' })
      .last();
    await digest.waitFor();
    expect(await digest.textContent()).toContain('Noah Kim');
  }, 180_000);
  it("opening Pacer's Home tab publishes it: a rep's pace and deals, and Log a deal opens the form", async () => {
    await openHome(page, running.web.url, SAM);
    const home = page.getByTestId('home');
    await home.getByText('Your pace').waitFor();
    expect(await home.textContent()).toContain('Your recent deals');
    // The month chart (and the weekly trend under it) follow in a second publish, shown from the
    // uploaded files (slack_file).
    const chart = home.locator('.image-block img').first();
    await chart.waitFor();
    await expect
      .poll(() => chart.evaluate((img) => (img as { naturalWidth: number }).naturalWidth))
      .toBe(800);
    expect(await chart.getAttribute('alt')).toContain('cumulative revenue by day');
    expect(await home.locator('.image-block img').nth(1).getAttribute('alt')).toContain(
      'revenue each week against the week’s target',
    );
    // The composer is for conversations; Slack's Home tab has none.
    expect(await page.getByTestId('composer').isVisible()).toBe(false);
    // A Home button is block_actions from the view, with a trigger_id the form opens with.
    await home.getByRole('button', { name: 'Log a deal' }).click();
    const modal = page.getByTestId('modal');
    await modal.waitFor();
    expect(await modal.locator('[data-block="amount"]').count()).toBe(1);
    await modal.locator('[data-close]').first().click();
    await modal.waitFor({ state: 'detached' });
  }, 60_000);

  it('a page that connects after the Home chart was published gets it first thing on its stream', async () => {
    const state = async (): Promise<{ home: Record<string, { seq: number; blocks: { type: string }[] }> }> =>
      (await fetch(`${running.web.url}/api/state?as=${SAM}`)).json() as never;
    // Sam opens the tab (app_home_opened); the chart comes in a second publish.
    await fetch(`${running.web.url}/api/home`, { method: 'POST', body: JSON.stringify({ user: SAM }) });
    await expect
      .poll(async () => (await state()).home[SAM]?.blocks.some((b) => b.type === 'image'), {
        timeout: 30_000,
      })
      .toBe(true);
    const newest = (await state()).home[SAM]!.seq;
    // No change happens after this connection: whatever the page shows, the stream's first state gave it.
    const stream = await fetch(`${running.web.url}/api/events?as=${SAM}`, {
      signal: AbortSignal.timeout(20_000),
    });
    const reader = stream.body!.getReader();
    let text = '';
    while (!/event: state\ndata: .*\n\n/.test(text))
      text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const first = JSON.parse(/event: state\ndata: (.*)\n\n/.exec(text)![1]!);
    expect(first.home[SAM].seq).toBe(newest);
    expect(first.home[SAM].blocks.some((b: { type: string }) => b.type === 'image')).toBe(true);
  }, 60_000);

  it("a manager's Home tab shows their reports' month and the latest check-ins' blockers", async () => {
    await openHome(page, running.web.url, MARIA);
    const home = page.getByTestId('home');
    await home.getByText('Your reports this month').waitFor();
    expect(await home.textContent()).toContain('Noah Kim');
    expect(await home.textContent()).toContain('Still learning the pricing tool.');
  }, 60_000);

  it('/pacer export sends the CSV to the DM, shown as a file', async () => {
    await openAs(page, running.web.url, 'UADA', 'dm');
    await typeCommand(page, '/pacer export deals 2026-11');
    const file = page.getByTestId('file').filter({ hasText: 'pacer-deals-2026-11.csv' });
    await file.waitFor();
    expect(await file.textContent()).toMatch(/CSV · [\d.]+ KB/);
  }, 60_000);
});
