# Draft translation: not yet checked by a fluent Urdu speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = شراکت دار تنظیمیں
partners-refer-link = کسی کو اس کی رضامندی سے ریفر کریں
partners-organisations-title = شراکت دار تنظیمیں
partners-organisations-heading = شراکت دار تنظیمیں
partners-organisations-lead = وہ تنظیمیں جن کے کارکن Waymark کے ذریعے لوگوں کو سروسز کی طرف ریفر کر سکتے ہیں، اور وہ سروسز جن کی طرف ہر تنظیم ریفر کر سکتی ہے۔ ان کے کارکن تمام عملے کی طرح دو مرحلوں سے سائن ان کرتے ہیں اور صرف یہ دیکھتے ہیں کہ ان کے اپنے ریفرل موصول ہوئے، جاری ہیں یا بند ہو گئے۔
partners-organisations-caption = رجسٹرڈ شراکت دار تنظیمیں
partners-organisations-none = ابھی تک کوئی تنظیم رجسٹر نہیں ہوئی۔
partners-organisation-name = تنظیم کا نام
partners-organisation-kind = تنظیم کی قسم
partners-organisation-services = سروسز جن کی طرف یہ ریفر کر سکتی ہے
partners-organisation-services-hint = جو بھی لاگو ہو سب منتخب کریں۔ جو ریفرل کسی اور سروس کو جاتے، وہ نہیں بھیجے جاتے۔
partners-organisation-workers = کارکن
partners-organisation-actions = اقدامات
partners-invite-worker-for = { $name } کے کسی کارکن کو مدعو کریں
partners-register-heading = تنظیم رجسٹر کریں
partners-register-button = تنظیم رجسٹر کریں
partners-name-error = نام درج کریں
partners-kind-error = تنظیم کی قسم منتخب کریں
partners-services-error = کم از کم ایک سروس منتخب کریں جس کی طرف یہ ریفر کر سکے

partners-kind-gp-practice = جی پی کلینک
partners-kind-health = کوئی اور صحت کی سروس
partners-kind-school = اسکول یا کالج
partners-kind-housing = رہائش فراہم کرنے والا ادارہ
partners-kind-council = کونسل کی سروس
partners-kind-community-group = کمیونٹی یا رضاکار گروپ
partners-kind-police = پولیس
partners-kind-other = دیگر

partners-invite-title = کارکن کو مدعو کریں
partners-invite-heading = { $name } کے کسی کارکن کو مدعو کریں
partners-invite-lead = انہیں ایک بار استعمال ہونے والا لنک ملے گا تاکہ وہ سائن ان کی تفصیلات منتخب کریں اور تصدیقی ایپ ترتیب دیں۔ پھر وہ اس تنظیم کی سروسز کی طرف لوگوں کو ریفر کر سکیں گے اور صرف اپنے ریفرلز کی پیش رفت دیکھ سکیں گے، اور کچھ نہیں۔
partners-worker-display-name = ان کا پورا نام
partners-invite-button = اندراج کا لنک بنائیں
partners-link-title = اندراج کا لنک
partners-link-lead = یہ لنک { $organisation } کے { $name } کو محفوظ طریقے سے بھیجیں۔ وہ اسے اپنا سائن ان ترتیب دینے کے لیے استعمال کریں گے۔
partners-link-back = شراکت دار تنظیموں پر واپس

partners-professional-heading = آپ کے بارے میں
partners-professional-lead = آپ ایک شراکت دار تنظیم کے کارکن کے طور پر کسی کو مدد کے لیے ریفر کر رہے ہیں۔ سروس ریفرل کے بارے میں آپ سے رابطہ کر سکتی ہے۔
partners-worker-name = آپ کا نام
partners-worker-role = آپ کا عہدہ
partners-worker-role-hint = مثلاً پریکٹس نرس یا ہاؤسنگ افسر
partners-worker-phone = آپ کا دفتری فون نمبر
partners-worker-email = آپ کا دفتری ای میل پتا
partners-worker-name-error = اپنا نام درج کریں
partners-worker-contact-error = دفتری فون نمبر یا ای میل پتا درج کریں

partners-agreement-heading = اس شخص کی رضامندی
partners-agreement-lead = صرف اسی کو ریفر کریں جو اس پر رضامند ہو۔ درج کریں کہ انہوں نے کب اور کیسے رضامندی دی، اور کس بات پر رضامند ہوئے کہ سروس کو بتائی جائے۔
partners-agreed-when = انہوں نے کب رضامندی دی؟
partners-agreed-today = آج
partners-agreed-week = پچھلے 7 دنوں میں
partners-agreed-earlier = اس سے پہلے
partners-agreed-how = انہوں نے کیسے رضامندی دی؟
partners-agreed-in-person = آمنے سامنے
partners-agreed-phone = فون پر
partners-agreed-video = ویڈیو کال پر
partners-agreed-writing = تحریری طور پر
partners-shared = وہ کس چیز کے بتائے جانے پر رضامند ہوئے؟
partners-shared-hint = جو بھی لاگو ہو سب منتخب کریں۔ جب تک وہ ریفرل پر رضامند نہ ہوں، کچھ نہیں بھیجا جاتا۔
partners-shared-referral = ریفر کیے جانے، اور سروس کے ان سے رابطہ کرنے پر
partners-shared-what-happened = کیا ہوا
partners-shared-needs = کس چیز سے ان کی مدد ہو گی
partners-shared-access = ان کی زبان اور رسائی کی ضروریات
partners-agreement-note = ان کی رضامندی کہاں درج ہے؟ (اختیاری)
partners-agreement-note-hint = مثلاً آپ کے اپنے ریکارڈ میں ایک نوٹ۔ ان کا نام شامل نہ کریں۔
partners-agreed-when-error = منتخب کریں کہ انہوں نے کب رضامندی دی
partners-agreed-how-error = منتخب کریں کہ انہوں نے کیسے رضامندی دی
partners-shared-error = صرف اسی کو ریفر کریں جو ریفرل پر رضامند ہو: "ریفر کیے جانے، اور سروس کے ان سے رابطہ کرنے پر" منتخب کریں

partners-check-title = شراکت دار تنظیم کی طرف سے ریفرل
partners-check-worker = ریفر کرنے والا
partners-check-agreement = ان کی رضامندی
partners-check-shared = وہ بتانے پر رضامند ہوئے
partners-consent = میں تصدیق کرتا/کرتی ہوں کہ وہ اس ریفرل اور جو کچھ بتایا جا رہا ہے اس پر رضامند ہیں، جیسا کہ اوپر درج ہے

partners-not-allowed-title = یہ ریفرل نہیں بھیجا جا سکتا
partners-not-allowed-service = آپ کی بتائی ہوئی باتوں کے مطابق یہ ریفرل { $service } کو جاتا، لیکن { $organisation } اس سروس کی طرف ریفر کرنے کے لیے رجسٹرڈ نہیں ہے۔ کچھ نہیں بھیجا گیا۔
partners-not-allowed-none = آپ کی بتائی ہوئی باتوں کے مطابق، جن سروسز کی طرف آپ کی تنظیم ریفر کر سکتی ہے ان میں سے کوئی یہ ریفرل نہیں لے سکتی۔ کچھ نہیں بھیجا گیا۔
partners-not-allowed-nothing-sent = آپ اپنے جوابات بدل سکتے ہیں، یا اس شخص کو کسی ایسی سروس کی تفصیلات دے سکتے ہیں جس سے وہ خود رابطہ کر سکے۔ کمشنر وہ سروسز شامل کر سکتا ہے جن کی طرف آپ کی تنظیم ریفر کر سکتی ہے۔
partners-not-allowed-others = سروسز جن سے وہ شخص رابطہ کر سکتا ہے
partners-not-allowed-directory = تمام سروسز دیکھیں

partners-done-title = ریفرل بھیج دیا گیا
partners-done-next = { $service } اس شخص سے اسی طریقے سے رابطہ کرے گی جسے انہوں نے محفوظ بتایا۔
partners-done-status = آپ اپنے اکاؤنٹ کے صفحے پر دیکھ سکتے ہیں کہ یہ موصول ہوا، جاری ہے یا بند ہو گیا۔ آپ اس کے بارے میں اور کچھ نہیں دیکھیں گے۔
partners-done-account = اپنے اکاؤنٹ پر جائیں
partners-done-another = کسی اور کو ریفر کریں

partners-from-partner = شراکت دار تنظیم کی طرف سے: { $organisation }

partners-status-received = موصول ہوا
partners-status-in-progress = جاری ہے
partners-status-closed = بند
