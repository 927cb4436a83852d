# Draft translation: not yet checked by a fluent Urdu speaker.
# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = مرکزی مواد پر جائیں
exit-this-page = یہ صفحہ فوراً چھوڑیں
exit-this-page-hint = یا Shift کی (key) کو 3 بار دبائیں
language-switcher-label = زبان منتخب کریں

footer-urgent = کیا آپ اس وقت خطرے میں ہیں؟ 999 پر کال کریں۔ اگر آپ موبائل پر بول نہیں سکتے تو جب آپ سے کہا جائے تو 55 دبائیں۔
footer-links-heading = اس ویب سائٹ کے بارے میں معلومات
footer-staying-safe = آن لائن محفوظ رہنا
footer-bsl = برطانوی اشاروں کی زبان (BSL)
footer-privacy = رازداری
footer-accessibility = رسائی (Accessibility)
footer-cookies = کوکیز
footer-independent = Waymark پولیس سے الگ اور آزاد ہے۔ آپ اسے استعمال کر سکتے ہیں، چاہے آپ نے کسی کو بتایا ہو یا نہیں کہ آپ کے ساتھ کیا ہوا۔

not-found-title = صفحہ نہیں ملا
not-found-heading = صفحہ نہیں ملا
not-found-body = اگر آپ نے ویب ایڈریس خود ٹائپ کیا ہے تو دیکھ لیں کہ وہ درست ہے۔ اگر آپ کسی لنک سے یہاں آئے ہیں تو ہو سکتا ہے صفحہ کہیں اور منتقل ہو گیا ہو۔
not-found-home = پہلے صفحے پر جائیں

cross-site-title = فارم نہیں بھیجا گیا
cross-site-heading = آپ کا فارم نہیں بھیجا گیا
cross-site-body = یہ فارم کسی اور ویب سائٹ سے آیا تھا، اس لیے ہم نے اسے قبول نہیں کیا۔ اس سے آپ ان ویب سائٹس سے محفوظ رہتے ہیں جو آپ کے نام سے کام کرنے کی کوشش کرتی ہیں۔ اگر آپ نے اسی ویب سائٹ پر فارم بھرا تھا تو اس پر واپس جائیں اور اسے دوبارہ بھیجیں۔

server-error-title = معذرت، کوئی مسئلہ ہے
server-error-heading = معذرت، سروس میں کوئی مسئلہ ہے
server-error-body = بعد میں دوبارہ کوشش کریں۔ آپ نے جو کچھ پہلے محفوظ کیا تھا وہ محفوظ ہے۔
server-error-urgent = اگر آپ کو ابھی مدد چاہیے تو Victim Support (جرم سے متاثرہ لوگوں کی مدد کرنے والی تنظیم) کی مفت Supportline کو ⁦08 08 16 89 111⁩ پر کال کریں۔ ایمرجنسی میں 999 پر کال کریں۔
