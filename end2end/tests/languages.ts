// The eight languages as the tests expect them: code, own name (as the switcher shows it), direction, and the
// digits numbers are written with.
export const WESTERN = '0123456789';

export const LANGUAGES: [code: string, name: string, dir: 'ltr' | 'rtl', digits: string][] = [
  ['en', 'English', 'ltr', WESTERN],
  ['cy', 'Cymraeg', 'ltr', WESTERN],
  ['pl', 'Polski', 'ltr', WESTERN],
  ['ro', 'Română', 'ltr', WESTERN],
  ['ar', 'العربية', 'rtl', '٠١٢٣٤٥٦٧٨٩'],
  ['ur', 'اردو', 'rtl', WESTERN],
  ['fa', 'فارسی', 'rtl', '۰۱۲۳۴۵۶۷۸۹'],
  ['pa', 'ਪੰਜਾਬੀ', 'ltr', WESTERN],
];

/**
 * Chooses a language as a reader does: the one language control in the header opens (a `<details>`, so
 * without JavaScript too) and the language's own link is followed. Returns the link's `hreflang`.
 */
export async function chooseLanguage(page: import('@playwright/test').Page, name: string): Promise<string | null> {
  const control = page.locator('.wm-language');
  const link = control.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await control.locator('summary').click();
  const hreflang = await link.getAttribute('hreflang');
  await link.click();
  return hreflang;
}
