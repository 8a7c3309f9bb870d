import { expect, test, type Page } from '@playwright/test';
import {
  SPONSORSHIP_ROUTES,
  WORKSHOP_ROUTES,
  type BorrowerCreateRequest,
  type BorrowerDetail,
  type FamilyDetail,
  type FamilyRequest,
} from '@zusammen/shared/contracts';
import { uniqueSuffix } from '../admin/admin-support';
import { apiSession, bookSeminarRoom, createEvent } from '../booking/event-registration-support';
import { signInAs } from '../../support/notifications';

/**
 * Issue 8, "no script tag ever reflected unescaped in the web app": records whose visible texts are markup —
 * an event and its room booking, a borrower at the bike counter, a family in the sponsorship programme —
 * and search boxes fed from `?q=`. Each page must show the text literally, run nothing (no dialog) and contain
 * no element the text would have created. Names carry a unique suffix so other specs never meet them.
 */
const MARKUP = `<img src=x onerror=alert(1)><script>alert(2)</script>"><svg onload=alert(3)>`;

/** Elements the markup would create if it were parsed as HTML. */
const INJECTED = 'img[src="x"], svg[onload], [onerror]';

/** Script elements carrying the markup's code (the app's own scripts never call alert). */
function scriptsWithAlert(page: Page): Promise<number> {
  return page.evaluate(
    () => [...document.querySelectorAll('script')].filter((s) => s.text.includes('alert(')).length,
  );
}

/** Records every dialog (alert/confirm/prompt) a page opens, dismissing it so the page goes on. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** The page shows `text` literally (as text, not markup) and nothing was injected or executed. */
async function expectShownLiterally(page: Page, text: string, dialogs: string[]): Promise<void> {
  await expect(page.getByRole('main').getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator(INJECTED).count(), `injected elements on ${page.url()}`).toBe(0);
  expect(await scriptsWithAlert(page), `script elements on ${page.url()}`).toBe(0);
  expect(dialogs, `dialogs on ${page.url()}`).toEqual([]);
}

test('texts made of markup are shown literally and never run, on every page that shows them', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const text = `${MARKUP} ${suffix}`;

  let eventId = '';
  await test.step('an organizer books a room and puts an event on it, both titled with markup', async () => {
    const organizer = await apiSession(browser, 'organizer');
    const booking = await bookSeminarRoom(organizer, text, '13:00', '14:00');
    const event = await createEvent(organizer, {
      bookingId: booking.id,
      title: { de: text },
      description: { de: `${MARKUP} Beschreibung` },
      audience: 'everyone',
      public: true,
      languagesSpoken: ['de'],
      capacity: 5,
      requiresApproval: false,
      waitlistEnabled: false,
    });
    eventId = event.id;

    const dialogs = watchDialogs(organizer.page);
    await organizer.page.goto('/raeume/meine');
    await expectShownLiterally(organizer.page, text, dialogs);
    await organizer.page.goto('/raeume/veranstaltungen');
    await expectShownLiterally(organizer.page, text, dialogs);
    await organizer.close();
  });

  await test.step('anyone reads the event in the public programme', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    await page.goto(`/programm/${eventId}`);
    await expectShownLiterally(page, text, dialogs);
    await page.goto('/programm');
    await expectShownLiterally(page, text, dialogs);
    await context.close();
  });

  await test.step('the bike counter registers a person named with markup and finds them by ?q=', async () => {
    const workshop = await apiSession(browser, 'workshop');
    const request: BorrowerCreateRequest = {
      displayName: text,
      preferredLocale: 'de',
      reminderChannel: 'phone',
      phone: '+49 2861 555',
    };
    const created = await workshop.post<BorrowerDetail>(WORKSHOP_ROUTES.borrowers, request);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const dialogs = watchDialogs(workshop.page);
    await workshop.page.goto(`/werkstatt/personen?q=${encodeURIComponent(suffix)}`);
    await expectShownLiterally(workshop.page, text, dialogs);
    await workshop.page.goto(`/werkstatt/personen/${created.body.id}`);
    await expectShownLiterally(workshop.page, text, dialogs);
    await workshop.close();
  });

  await test.step('staff record a family whose contact name is markup', async () => {
    const staff = await apiSession(browser, 'staff');
    const request: FamilyRequest = {
      contactName: text,
      contactChannel: 'via_staff',
      preferredLocale: 'de',
      district: 'innenstadt',
      languages: [{ code: 'de', level: 'basic' }],
      members: [{ alias: MARKUP.slice(0, 40), ageBand: '27-64' }],
      needs: ['german'],
      availability: ['tue-evening'],
      volunteerGenderPreference: 'none',
      interpreterAvailable: false,
      urgent: false,
      staffNote: `${MARKUP} note`,
    };
    const created = await staff.post<FamilyDetail>(SPONSORSHIP_ROUTES.families, request);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const dialogs = watchDialogs(staff.page);
    await staff.page.goto(`/verwaltung/patenschaften/familien/${created.body.id}`);
    await expectShownLiterally(staff.page, text, dialogs);
    await staff.page.goto('/verwaltung/patenschaften/familien');
    await expectShownLiterally(staff.page, text, dialogs);
    await staff.close();
  });
});

test('search boxes fed from ?q= show the query as text and run nothing', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = watchDialogs(page);
  await signInAs(page, 'admin', 'de');
  const q = encodeURIComponent(MARKUP);
  for (const url of [
    `/werkstatt/personen?q=${q}`,
    `/werkstatt/fahrraeder?q=${q}`,
    `/verwaltung/patenschaften/tandems?q=${q}`,
    `/programm?q=${q}`,
    `/anmelden?lang=${q}`,
  ]) {
    await page.goto(url);
    await expect(page.getByRole('main')).toBeVisible();
    // the search box (where the page has one) holds the query as its value, not as markup
    const search = page.getByRole('main').getByRole('searchbox');
    if ((await search.count()) > 0) await expect(search.first()).toHaveValue(MARKUP.slice(0, 100));
    expect(await page.locator(INJECTED).count(), `injected elements on ${url}`).toBe(0);
    expect(await scriptsWithAlert(page), `script elements on ${url}`).toBe(0);
    expect(dialogs, `dialogs on ${url}`).toEqual([]);
  }
  await context.close();
});
