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
