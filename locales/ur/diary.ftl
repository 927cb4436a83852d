# Draft translation: not yet checked by a fluent Urdu speaker.
# The private diary.

nav-diary = آپ کی ڈائری

diary-title = ڈائری
diary-heading = آپ کی ڈائری
diary-lead = ایک نجی جگہ جہاں آپ لکھ سکتے ہیں کہ آپ کیسا محسوس کر رہے ہیں اور کس چیز سے مدد ملتی ہے۔ اسے صرف آپ پڑھ سکتے ہیں۔
diary-lead-supporter = ایک نجی جگہ جہاں آپ لکھ سکیں کہ کسی کا ساتھ دیتے ہوئے آپ کیسے ہیں، اور آپ کو کس چیز سے مدد ملتی ہے۔ اپنا خیال رکھنا بھی اہم ہے۔ اسے صرف آپ پڑھ سکتے ہیں۔
diary-write = ایک تحریر لکھیں
diary-views-label = اپنی ڈائری دیکھنے کے طریقے
diary-progress-link = آپ کی پیش رفت
diary-timeline-link = ٹائم لائن
diary-print-link = پرنٹ کریں یا PDF کے طور پر محفوظ کریں
diary-export-link = اپنی ڈائری ڈاؤن لوڈ کریں
diary-empty = آپ نے ابھی تک کچھ نہیں لکھا۔ آپ کی لکھی ہوئی تحریریں، اور گائیڈز سے محفوظ کیے گئے آپ کے خیالات، یہاں نظر آئیں گے۔
diary-newer = نئی تحریریں
diary-older = پرانی تحریریں
diary-pages-label = تحریروں کے صفحات
diary-page-of = { $pages } میں سے صفحہ { $page }
diary-privacy-heading = آپ کی ڈائری کون پڑھ سکتا ہے
diary-privacy-body = آپ کی ڈائری آپ کے پاس ورڈ سے لاک ہے۔ کوئی اور اسے نہیں پڑھ سکتا، یہ ویب سائٹ چلانے والے لوگ بھی نہیں۔ اگر آپ کا پاس ورڈ اور آپ کے ریکوری کوڈز دونوں کھو جائیں تو آپ کی ڈائری واپس حاصل نہیں کی جا سکتی۔
diary-delete-all-link = اپنی پوری ڈائری حذف کریں
diary-entry-unreadable = یہ تحریر کھل نہیں سکی۔ ہو سکتا ہے یہ خراب ہو گئی ہو۔ آپ اسے حذف کر سکتے ہیں۔
diary-entry-helped = کس چیز سے مدد ملی:
diary-entry-source = گائیڈ سے محفوظ کیا گیا: { $guide }
diary-edit-link = ترمیم کریں
diary-delete-entry-link = حذف کریں
diary-cancel = منسوخ کریں
diary-back = اپنی ڈائری پر واپس جائیں

diary-new-title = ایک تحریر لکھیں
diary-edit-title = تحریر میں ترمیم کریں
diary-date-legend = تاریخ
diary-date-hint = مثال کے طور پر، 27 3 2026 (دن، مہینہ، سال)
diary-feeling-legend = آپ کیسا محسوس کر رہے ہیں؟
diary-feeling-hint = 1 سے 10 تک کوئی نمبر چنیں۔ 1 کا مطلب ہے بہت برا، 10 کا مطلب ہے بہت اچھا۔
feeling-1 = 1 – بہت برا
feeling-10 = 10 – بہت اچھا
feeling-score = { $score ->
    [1] بہت برا
    [2] بہت برا
    [3] برا
    [4] برا
    [5] درمیانہ
    [6] درمیانہ
    [7] کافی اچھا
    [8] کافی اچھا
    [9] بہت اچھا
   *[10] بہت اچھا
}
diary-text-label = آپ کیا لکھنا چاہیں گے؟ (اختیاری)
diary-text-hint = کیا ہوا، آپ کیسا محسوس کرتے ہیں، آپ کے ذہن میں جو بھی ہو۔
diary-text-hint-supporter = آپ کیسے ہیں، ان کا ساتھ دینا کیسا چل رہا ہے، آپ کے ذہن میں جو کچھ بھی ہو۔
diary-helped-legend = کس چیز سے مدد ملی؟ (اختیاری)
diary-helped-hint = آج جس چیز سے بھی مدد ملی، اس پر نشان لگائیں۔
diary-own-tags-label = کیا کسی اور چیز سے مدد ملی؟ (اختیاری)
diary-own-tags-hint = مختلف چیزوں کو انگریزی کاما (,) سے الگ کریں۔
diary-save = تحریر محفوظ کریں
diary-error-date-missing = تحریر کی تاریخ درج کریں
diary-error-date-invalid = تاریخ ایک اصل تاریخ ہونی چاہیے، جیسے 27 3 2026
diary-error-date-future = تاریخ مستقبل کی نہیں ہو سکتی
diary-error-feeling = آپ کیسا محسوس کر رہے ہیں، اس کے لیے 1 سے 10 تک کوئی نمبر چنیں
diary-error-text-long = { $max } حروف یا اس سے کم لکھیں
diary-error-tags = زیادہ سے زیادہ 10 چیزیں شامل کریں، اور ہر ایک زیادہ سے زیادہ 40 حروف کی ہو
diary-saved = آپ کی تحریر محفوظ ہو گئی ہے۔
diary-updated = آپ کی تحریر اپ ڈیٹ ہو گئی ہے۔
diary-deleted-entry = تحریر حذف کر دی گئی ہے۔

helped-talking = کسی سے بات کرنا
helped-family-friends = گھر والے یا دوست
helped-support-service = کوئی مددگار سروس
helped-sleep = نیند
helped-rest = آرام
helped-exercise = ورزش یا چہل قدمی
helped-outdoors = باہر کھلی فضا میں وقت گزارنا
helped-breathing = سانس کی مشق
helped-routine = روزمرہ کے معمول پر قائم رہنا
helped-writing = باتیں لکھ لینا
helped-creative = کوئی تخلیقی کام
helped-faith = ایمان یا دعا

diary-delete-entry-title = تحریر حذف کریں
diary-delete-entry-heading = کیا آپ { $date } کی اپنی تحریر حذف کرنا چاہتے ہیں؟
diary-delete-entry-body = یہ عمل واپس نہیں ہو سکتا۔
diary-delete-entry-button = تحریر حذف کریں

diary-progress-title = آپ کی پیش رفت
diary-progress-heading = آپ کی پیش رفت
diary-progress-empty = جب آپ کچھ تحریریں لکھ لیں گے تو یہاں ایک چارٹ نظر آئے گا کہ آپ کیسا محسوس کرتے رہے ہیں۔
diary-chart-title = آپ کیسا محسوس کرتے رہے ہیں
diary-chart-description = { $start } سے { $end } تک { $count ->
    [one] 1 تحریر
   *[other] { $count } تحریریں
}، ہر ایک کو 1 (بہت برا) سے 10 (بہت اچھا) تک نمبر دیا گیا ہے۔ یہی اعداد نیچے دی گئی ٹیبل میں بھی ہیں۔
diary-chart-caption = زیادہ نمبر بہتر ہے۔ ہر نقطہ ایک تحریر ہے۔
diary-helped-heading = کس چیز سے سب سے زیادہ بار مدد ملی ہے
diary-helped-none = جب آپ اپنی تحریروں میں لکھیں گے کہ کس چیز سے مدد ملی، تو جن چیزوں سے آپ کو سب سے زیادہ بار مدد ملتی ہے وہ یہاں دکھائی جائیں گی۔
diary-helped-count = { $count ->
    [one] 1 تحریر
   *[other] { $count } تحریریں
}
diary-table-heading = آپ کی تحریریں اعداد میں
diary-table-caption = ہر تحریر میں آپ نے کیسا محسوس کیا
diary-table-date = تاریخ
diary-table-feeling = احساس (1 سے 10)

diary-timeline-title = ڈائری کی ٹائم لائن
diary-timeline-heading = ٹائم لائن

diary-print-title = پرنٹ کرنے کے لیے ڈائری
diary-print-heading = آپ کی ڈائری
diary-print-body = یہ صفحہ پرنٹ کرنے یا PDF کے طور پر محفوظ کرنے کے لیے اپنے براؤزر کا Print (پرنٹ) کا آپشن استعمال کریں، مثلاً کسی کاؤنسلر (مشیر) یا کیس ورکر کے ساتھ شیئر کرنے کے لیے۔ سوچ لیں کہ آپ اس کاپی کو کہاں رکھیں گے۔

diary-delete-all-title = اپنی ڈائری حذف کریں
diary-delete-all-heading = اپنی پوری ڈائری حذف کریں
diary-delete-all-warning = ہر تحریر فوراً حذف کر دی جائے گی۔ یہ عمل واپس نہیں ہو سکتا۔ ہو سکتا ہے آپ پہلے اپنی ڈائری ڈاؤن لوڈ کرنا چاہیں۔
diary-delete-all-confirm = مجھے معلوم ہے کہ میری ڈائری حذف کر دی جائے گی
diary-delete-all-button = میری ڈائری حذف کریں
diary-delete-all-error = تصدیق کے لیے باکس پر نشان لگائیں کہ آپ اپنی ڈائری حذف کرنا چاہتے ہیں
diary-deleted-title = ڈائری حذف ہو گئی
diary-deleted-heading = آپ کی ڈائری حذف کر دی گئی ہے
diary-locked-body = اپنی ڈائری کھولنے کے لیے سائن آؤٹ کریں اور دوبارہ سائن ان کریں۔ ڈائریوں کو محفوظ رکھنے کے طریقے میں تبدیلی کے بعد ایسا صرف ایک بار ہوتا ہے۔

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = جنوری
month-alone-2 = فروری
month-alone-3 = مارچ
month-alone-4 = اپریل
month-alone-5 = مئی
month-alone-6 = جون
month-alone-7 = جولائی
month-alone-8 = اگست
month-alone-9 = ستمبر
month-alone-10 = اکتوبر
month-alone-11 = نومبر
month-alone-12 = دسمبر
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = دن
date-month = مہینہ
date-year = سال
