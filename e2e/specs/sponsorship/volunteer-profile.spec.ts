import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y';
import {
  DEMO_PASSWORD,
  demoEmail,
  expectSessionKnown,
  SIGN_IN_LABELS,
  submitSignIn,
} from '../../support/identity';
import { useLocale } from '../../support/locale';
import { ROOT } from '../../support/system';

const SCREENS = join(ROOT, 'dist/e2e/screens');
mkdirSync(SCREENS, { recursive: true });

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENS, `sponsorship-volunteer-${name}.png`),
    fullPage: true,
  });
}

// Texts of the page as the volunteer reads them (apps/web/public/i18n, namespace volunteerProfile).
const AR = {
  title: 'رعايتي',
  district: 'في أي حي من بوركن تسكن؟',
  maxDistance: 'ما أقصى مسافة يمكنك أن تقطعها؟',
  about: 'نبذة عني',
  save: 'حفظ الملف الشخصي',
  addLanguage: 'إضافة لغة',
  german: 'التدرّب على الألمانية',
  ownGender: 'جنسك (اختياري)',
  ownGenderHint:
    'فقط لكي يمكن اقتراحك على العائلات التي ترغب في أن تكون المرافِقة امرأة أو أن يكون المرافِق رجلاً.',
  created: 'شكراً! تم حفظ ملفك الشخصي. سيتواصل معك فريق التنسيق.',
  updated: 'تم حفظ التغييرات.',
};
const DE = {
  title: 'Meine Patenschaft',
  district: 'In welchem Ortsteil von Borken wohnen Sie?',
  ownGender: 'Ihr Geschlecht (freiwillig)',
};

// Leyla Haddad (volunteer2, Arabic) keeps her profile by keyboard only: no mouse clicks in the form.
test('a volunteer fills the Patenschaft profile by keyboard, saves it and finds it after a reload', async ({
  page,
}) => {
  await useLocale(page, 'ar');
  await page.goto('/anmelden');
  await expectSessionKnown(page);
  await submitSignIn(page, SIGN_IN_LABELS.ar, demoEmail('volunteer2'), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/konto$/);

  await page.goto('/patenschaft');
  const main = page.getByRole('main');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(AR.title);
  await expect(main.getByLabel(AR.district, { exact: true })).toBeVisible();
  const firstProfile = await main.getByTestId('volunteer-intro').isVisible();
  await expectNoAxeViolations(page);

  const about = `أحب ركوب الدراجة والطبخ. ${Date.now()}`;
  await test.step('fill the form with the keyboard', async () => {
    // District with arrow keys on the closed select: "please choose", Innenstadt, Gemen, Weseke.
    await main.getByLabel(AR.district, { exact: true }).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(main.getByLabel(AR.district, { exact: true })).toHaveValue('weseke');

    const distance = main.getByLabel(AR.maxDistance, { exact: true });
    await distance.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');

    // A second language: the add button moves the focus to the new row's language select.
    const rowsBefore = await main.locator('select[id^="vp-languages-code-"]').count();
    await main.getByRole('button', { name: AR.addLanguage }).focus();
    await page.keyboard.press('Enter');
    const newRow = main.locator(`#vp-languages-code-${rowsBefore}`);
    await expect(newRow).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(main.locator(`#vp-languages-level-${rowsBefore}`)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(main.locator(`#vp-languages-level-${rowsBefore}`)).toHaveValue('good');

    for (const slot of ['tue-evening', 'sat-morning']) {
      const box = main.locator(`#vp-slots-${slot}`);
      await box.focus();
      if (!(await box.isChecked())) await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    const german = main.getByLabel(AR.german, { exact: true });
    await german.focus();
    if (!(await german.isChecked())) await page.keyboard.press('Space');
    await expect(german).toBeChecked();

    // Her own gender, right after the preference: "not stated" first, then female, male, diverse.
    const ownGender = main.getByLabel(AR.ownGender, { exact: true });
    await expect(ownGender).toHaveAccessibleDescription(AR.ownGenderHint);
    await ownGender.focus();
    await page.keyboard.press('Home');
    await expect(ownGender).toHaveValue('');
    await page.keyboard.press('ArrowDown');
    await expect(ownGender).toHaveValue('female');

    const aboutField = main.getByLabel(AR.about, { exact: true });
    await aboutField.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(about);
    await expect(main.getByTestId('about-count')).toContainText(String(about.length));

    await main.getByRole('button', { name: AR.save, exact: true }).focus();
    await page.keyboard.press('Enter');
  });

  const languageCount = await main.locator('select[id^="vp-languages-code-"]').count();
  const newLanguage = await main.locator(`#vp-languages-code-${languageCount - 1}`).inputValue();
  await test.step('the profile is saved and the vetting progress appears', async () => {
    await expect(main.getByTestId('volunteer-profile-saved')).toHaveText(
      firstProfile ? AR.created : AR.updated,
    );
    await expect(main.getByTestId('volunteer-status')).toBeVisible();
    await expect(main.getByTestId('vetting-next')).not.toBeEmpty();
    await expectNoAxeViolations(page);
    await screenshot(page, 'ar-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'ar-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('after a reload the saved values are there', async () => {
    await page.reload();
    await expect(main.getByLabel(AR.district, { exact: true })).toHaveValue('weseke');
    await expect(main.getByLabel(AR.maxDistance, { exact: true })).toHaveValue('12');
    await expect(main.locator(`#vp-languages-code-${languageCount - 1}`)).toHaveValue(newLanguage);
    await expect(main.locator(`#vp-languages-level-${languageCount - 1}`)).toHaveValue('good');
    await expect(main.locator('#vp-slots-tue-evening')).toBeChecked();
    await expect(main.locator('#vp-slots-sat-morning')).toBeChecked();
    await expect(main.getByLabel(AR.about, { exact: true })).toHaveValue(about);
    await expect(main.getByLabel(AR.ownGender, { exact: true })).toHaveValue('female');
    await expect(main.getByTestId('volunteer-intro')).toHaveCount(0);
  });

  await test.step('in German, on desktop and phone', async () => {
    await page.goto('/patenschaft?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(DE.title);
    await expect(main.getByLabel(DE.district, { exact: true })).toHaveValue('weseke');
    const ownGender = main.getByLabel(DE.ownGender, { exact: true });
    await expect(ownGender).toHaveValue('female');
    await expect(ownGender.locator('option:checked')).toHaveText('weiblich');
    await expect(ownGender).toHaveAccessibleDescription(
      'Nur damit Familien, die sich eine Patin oder einen Paten wünschen, Sie vorgeschlagen bekommen können.',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'de-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'de-phone');
    await expectNoAxeViolations(page);
  });
});
