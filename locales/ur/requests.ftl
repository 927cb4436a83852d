# Draft translation: not yet checked by a fluent Urdu speaker.
# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = رابطہ
request-caption = کسی سروس سے کہیں کہ وہ آپ سے رابطہ کرے
request-honeypot = اسے خالی چھوڑ دیں

request-start-heading = کسی سروس سے کہیں کہ وہ آپ سے رابطہ کرے
request-start-lead = ہمیں تھوڑا سا بتائیں کہ کیا ہوا اور کس چیز سے مدد ملے گی۔ ہم یہ معلومات اس سروس کو دیں گے جو آپ کی مدد کے لیے سب سے موزوں ہو، اور وہ آپ سے اس طریقے سے رابطہ کرے گی جسے آپ محفوظ بتائیں۔
request-start-police = یہ سروسز پولیس سے آزاد ہیں، اور ضروری نہیں کہ آپ نے جو ہوا اس کی رپورٹ کی ہو۔ آپ جو بتاتے ہیں وہ اسے راز میں رکھتی ہیں۔ لیکن اگر انہیں لگے کہ کسی بچے کو خطرہ ہے، یا کسی کو شدید نقصان پہنچ سکتا ہے، تو انہیں آپ کی رضامندی کے بغیر بھی یہ معلومات دوسروں کو بتانی پڑ سکتی ہیں۔ کچھ بھی بتانے سے پہلے آپ ان سے اس بارے میں پوچھ سکتے ہیں۔
request-start-how-heading = یہ کیسے کام کرتا ہے
request-start-how-questions = آپ چند مختصر سوالوں کے جواب دیں گے، ایک وقت میں ایک سوال۔ زیادہ تر سوال اختیاری ہیں یا ان میں “میں یہ نہیں بتانا چاہتا/چاہتی” کا جواب موجود ہے۔
request-start-how-service = ہم آپ کے جوابات ایک سروس کو بھیجتے ہیں، جو اس بنیاد پر چنی جاتی ہے کہ کیا ہوا اور آپ کی عمر کیا ہے۔ بھیجنے سے پہلے آپ دیکھ سکتے ہیں کہ وہ کون سی سروس ہے۔
request-start-how-safe = آپ ہمیں بتاتے ہیں کہ آپ سے کیسے اور کب رابطہ کرنا محفوظ ہے، کیا ہم پیغام چھوڑ سکتے ہیں، اور کیا ہم بتا سکتے ہیں کہ ہم کون ہیں۔
request-start-how-time = اس میں تقریباً 5 سے 10 منٹ لگتے ہیں۔ آپ کے جوابات اس وقت تک رکھے جاتے ہیں جب تک آپ اپنا براؤزر بند نہ کریں، یا 30 منٹ تک کوئی سرگرمی نہ ہونے تک۔
request-start-signed-in = آپ سائن ان ہیں، اس لیے آپ نے پہلے جو کچھ بتایا ہے وہ ہم خود بھر دیں گے، اور آپ اپنے اکاؤنٹ میں دیکھ سکیں گے کہ آگے کیا ہوتا ہے۔
request-start-no-account = آپ کو اکاؤنٹ کی ضرورت نہیں۔ اگر آپ کا اکاؤنٹ ہے اور آپ دیکھنا چاہتے ہیں کہ آگے کیا ہوتا ہے تو پہلے سائن ان کر لیں۔
request-start-urgent = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔ یہ سروسز فوری طور پر جواب نہیں دے سکتیں۔
request-start-button = ابھی شروع کریں
request-start-directory = یا تمام سروسز دیکھیں اور ان سے خود رابطہ کریں

request-yes = ہاں
request-no = نہیں
request-rather-not-say = میں یہ نہیں بتانا چاہتا/چاہتی
request-choose-all = جتنے جوابات آپ پر لاگو ہوں، سب چنیں۔
request-choose-listed = دیے گئے جوابات میں سے کوئی ایک چنیں، یا اسے خالی چھوڑ دیں۔
request-too-long = یہ جواب بہت لمبا ہے۔ { $max } حروف یا اس سے کم استعمال کریں۔

request-safe = کیا آپ اس وقت محفوظ ہیں؟
request-safe-hint = اگر آپ یہ کسی اور کے لیے پڑھ رہے ہیں تو ان کی طرف سے جواب دیں۔
request-safe-yes = ہاں
request-safe-no = نہیں
request-safe-not-sure = مجھے یقین نہیں
request-safe-error = منتخب کریں کہ آیا آپ اس وقت محفوظ ہیں
request-urgent-heading = اگر آپ خطرے میں ہیں تو ابھی مدد حاصل کریں
request-urgent-carry-on-heading = آپ اب بھی کسی سروس سے رابطہ کرنے کو کہہ سکتے ہیں
request-urgent-carry-on = مدد مانگنے کے لیے ضروری نہیں کہ آپ ابھی محفوظ ہوں۔ آپ کے اب تک کے جوابات محفوظ رکھے گئے ہیں۔
request-urgent-carry-on-safely = اس کے بعد ہم چند مختصر سوالات پوچھیں گے، جن میں یہ بھی شامل ہے کہ سروس آپ سے کیسے اور کب محفوظ طریقے سے رابطہ کر سکتی ہے، کیا وہ پیغام چھوڑ سکتی ہے اور کیا وہ بتا سکتی ہے کہ وہ کون ہیں۔
request-urgent-continue = آگے بڑھیں اور رابطے کا محفوظ طریقہ چنیں

request-who = آپ کس کے لیے مدد مانگ رہے ہیں؟
request-who-me = اپنے لیے
request-who-someone = کسی ایسے شخص کے لیے جسے میرا سہارا حاصل ہے
request-who-someone-hint = ضروری ہے کہ انہیں اس درخواست کا علم ہو اور وہ اس پر رضامند ہوں۔
request-who-error = منتخب کریں کہ مدد کس کے لیے ہے

request-age = { $who ->
    [someone] جس شخص کا آپ ساتھ دے رہے ہیں اس کی عمر کتنی ہے؟
   *[me] آپ کی عمر کتنی ہے؟
}
request-age-hint = اس سے ہمیں ایسی سروس چننے میں مدد ملتی ہے جو اس عمر کے لوگوں کے ساتھ کام کرتی ہو۔
request-age-error = عمر کا کوئی گروپ منتخب کریں، یا یہ کہ آپ نہیں بتانا چاہتے

request-what = { $who ->
    [someone] ان کے ساتھ کیا ہوا؟
   *[me] آپ کے ساتھ کیا ہوا؟
}
request-what-error = کم از کم ایک جواب چنیں۔ اگر آپ کو یقین نہیں تو “مجھے یقین نہیں کہ یہ جرم تھا” چنیں

request-when = یہ کب ہوا؟
request-when-week = پچھلے ایک ہفتے میں
request-when-month = پچھلے ایک مہینے میں
request-when-six-months = پچھلے 6 مہینوں میں
request-when-longer = 6 مہینے سے زیادہ پہلے
request-when-ongoing = یہ اب بھی ہو رہا ہے
request-when-error = منتخب کریں کہ یہ کب ہوا، یا یہ کہ آپ نہیں بتانا چاہتے

request-police = کیا اس کی رپورٹ پولیس کو کی گئی ہے؟
request-police-hint = آپ مدد حاصل کر سکتے ہیں، چاہے آپ رپورٹ کریں یا نہ کریں۔ یہ سروسز پولیس سے الگ اور آزاد ہیں۔
request-police-yes = ہاں
request-police-no = نہیں
request-police-not-sure = مجھے یقین نہیں
request-police-error = کوئی جواب منتخب کریں، یا یہ کہ آپ نہیں بتانا چاہتے

request-needs = کس چیز سے مدد ملے گی
request-needs-legend = { $who ->
    [someone] کس طرح کی مدد سے انہیں فائدہ ہوگا؟
   *[me] کس طرح کی مدد سے آپ کو فائدہ ہوگا؟
}
request-needs-other = کوئی اور بات جو آپ سروس کو بتانا چاہیں (اختیاری)
request-needs-other-hint = صرف وہی لکھیں جو آپ سروس کو پڑھوانا چاہتے ہیں۔
request-needs-error = کم از کم ایک قسم کی مدد چنیں، یا ہمیں اپنے الفاظ میں بتائیں

request-language-heading = زبان اور رسائی
request-language = آپ کون سی زبان استعمال کرنا چاہیں گے؟ (اختیاری)
request-language-hint = مثال کے طور پر، انگریزی، پولش، اردو یا برطانوی اشاروں کی زبان (British Sign Language)۔
request-interpreter = کیا آپ ترجمان چاہیں گے؟
request-interpreter-hint = اگر آپ انگریزی استعمال کریں گے تو اس کا جواب دینے کی ضرورت نہیں۔
request-interpreter-error = منتخب کریں کہ آیا آپ ترجمان چاہیں گے
request-access = کیا آپ کو ان میں سے کسی چیز کی ضرورت ہے؟
request-access-bsl = ترجمان کے ساتھ برطانوی اشاروں کی زبان (BSL)
request-access-relay = Relay UK یا ٹیکسٹ ریلے (ٹائپ کرنا اور پڑھنا، اشاروں کی زبان نہیں)
request-access-easy-read = آسان زبان (easy read) میں معلومات
request-access-large-print = بڑے حروف میں چھپی ہوئی معلومات
request-access-other = کچھ اور
request-access-other-label = ہمیں کسی بھی اور چیز کے بارے میں بتائیں جس سے آپ کو سروس استعمال کرنے میں مدد ملے (اختیاری)

request-contact-heading = { $who ->
    [someone] سروس ان سے کیسے رابطہ کر سکتی ہے؟
   *[me] سروس آپ سے کیسے رابطہ کر سکتی ہے؟
}
request-contact-lead = { $who ->
    [someone] اگلے صفحے پر ہم پوچھیں گے کہ ان سے کب اور کیسے رابطہ کرنا محفوظ ہے۔
   *[me] اگلے صفحے پر ہم پوچھیں گے کہ آپ سے کب اور کیسے رابطہ کرنا محفوظ ہے۔
}
request-name = { $who ->
    [someone] سروس انہیں کس نام سے پکارے؟
   *[me] سروس آپ کو کس نام سے پکارے؟
}
request-name-hint = یہ ضروری نہیں کہ یہ پورا یا اصل نام ہو۔
request-name-error = کوئی ایسا نام درج کریں جو سروس استعمال کر سکے
request-channels = { $who ->
    [someone] سروس ان سے رابطے کے لیے کون سے طریقے استعمال کر سکتی ہے؟
   *[me] سروس آپ سے رابطے کے لیے کون سے طریقے استعمال کر سکتی ہے؟
}
request-channels-error = رابطے کا کم از کم ایک طریقہ چنیں
request-channel-phone = فون کال
request-channel-text = ٹیکسٹ میسج
request-channel-email = ای میل
request-phone = فون نمبر
request-phone-hint = فون کالز اور ٹیکسٹ میسجز کے لیے۔ مثال کے طور پر، ⁦07700 900 982⁩۔
request-phone-missing = فون نمبر درج کریں، یا فون کالز اور ٹیکسٹ میسجز سے نشان ہٹا دیں
request-phone-invalid = فون نمبر درست شکل میں درج کریں، جیسے ⁦07700 900 982⁩ یا ⁦+44 7700 900 982⁩
request-email = ای میل ایڈریس
request-email-hint = صرف اس صورت میں جب اوپر ای میل چنا گیا ہو۔
request-email-missing = ای میل ایڈریس درج کریں، یا ای میل سے نشان ہٹا دیں
request-email-invalid = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com

request-safe-contact-heading = جب سروس رابطہ کرے تو محفوظ رہنا
request-safe-contact-lead = { $who ->
    [someone] سروس ان ہدایات پر بالکل ٹھیک ٹھیک عمل کرے گی۔ سوچیں کہ ان کا فون یا ای میلز اور کون دیکھ سکتا ہے۔
   *[me] سروس ان ہدایات پر بالکل ٹھیک ٹھیک عمل کرے گی۔ سوچیں کہ آپ کا فون یا ای میلز اور کون دیکھ سکتا ہے۔
}
request-safe-phone = کیا سروس کے لیے اس نمبر پر کال کرنا محفوظ ہے؟
request-safe-text = کیا سروس کے لیے ٹیکسٹ میسج بھیجنا محفوظ ہے؟
request-safe-email = کیا سروس کے لیے ای میل بھیجنا محفوظ ہے؟
request-safe-times = کس وقت رابطہ کرنا محفوظ ہے؟ (اختیاری)
request-safe-times-hint = مثال کے طور پر، ہفتے کے دنوں میں صبح 10 بجے سے دوپہر 2 بجے کے درمیان۔
request-safe-voicemail = کیا سروس وائس میل (صوتی پیغام) چھوڑ سکتی ہے؟
request-safe-voicemail-error = منتخب کریں کہ آیا سروس وائس میل چھوڑ سکتی ہے
request-safe-say-who = کیا سروس بتا سکتی ہے کہ وہ کون ہیں؟
request-safe-say-who-hint-phone = اگر آپ “نہیں” کہیں تو وہ آپ کو کال کرتے یا پیغام چھوڑتے وقت اپنی سروس کا نام نہیں لیں گے۔
request-safe-say-who-hint-text = اگر آپ “نہیں” کہیں تو وہ ٹیکسٹ پیغامات میں اپنی سروس کا نام نہیں لکھیں گے۔
request-safe-say-who-hint-email = اگر آپ “نہیں” کہیں تو وہ ای میلز میں، بھیجنے والے کے نام اور موضوع سمیت، اپنی سروس کا نام نہیں لکھیں گے۔
request-safe-say-who-error = منتخب کریں کہ آیا سروس بتا سکتی ہے کہ وہ کون ہیں
request-safe-channel-error = منتخب کریں کہ آیا رابطے کا یہ طریقہ محفوظ ہے
request-no-safe-channel = رابطے کا کم از کم ایک طریقہ محفوظ ہونا چاہیے۔ واپس جا کر کوئی اور طریقہ چنیں، یا اس کے بجائے کسی ہیلپ لائن پر کال کریں
request-code-word-heading = کوڈ ورڈ (خفیہ لفظ)
request-code-word = کوڈ ورڈ (اختیاری)
request-code-word-hint = اگر کوئی اور فون اٹھائے تو سروس صرف اسی شخص کو کال کی وجہ بتائے گی جو یہ لفظ بولے۔

request-supporter-heading = آپ کے بارے میں، بطور مددگار
request-supporter-lead = اگر سروس اس شخص تک نہ پہنچ سکے جس کا آپ ساتھ دے رہے ہیں تو وہ آپ سے رابطہ کر سکتی ہے۔ وہ ہمیشہ پہلے اسی شخص سے، اس کے لیے محفوظ طریقے سے، رابطہ کرنے کی کوشش کریں گے۔
request-supporter-name = آپ کا نام
request-supporter-name-error = اپنا نام درج کریں
request-supporter-phone = آپ کا فون نمبر
request-supporter-email = آپ کا ای میل ایڈریس
request-supporter-contact-error = اپنا فون نمبر یا ای میل ایڈریس درج کریں
request-supporter-relationship = آپ انہیں کیسے جانتے ہیں؟ (اختیاری)
request-supporter-agreed-legend = ان کی رضامندی
request-supporter-agreed = انہیں اس درخواست کا علم ہے اور وہ اس پر رضامند ہیں
request-supporter-agreed-error = تصدیق کریں کہ اس شخص کو اس درخواست کا علم ہے اور وہ اس پر رضامند ہیں

request-about-heading = آپ کے بارے میں (اختیاری)
request-about-lead = یہ سوالات Police and Crime Commissioner کی مدد کرتے ہیں، جو ووٹ سے منتخب ہونے والا شخص ہے، یہاں متاثرین کی سروسز کے پیسے دیتا ہے، اور پولیس افسر نہیں ہے۔ ان سوالات سے یہ دیکھنے میں مدد ملتی ہے کہ لوگوں کے کون سے گروپس تک مدد نہیں پہنچ رہی، تاکہ سروسز بہتر ہو سکیں۔ آپ کے جوابات باقی سب لوگوں کے جوابات کے ساتھ گنے جاتے ہیں اور کبھی آپ کے نام کے ساتھ نہیں دکھائے جاتے۔
request-about-commissioner = یہ دفتر پولیس فورس سے الگ ہے، اور صرف اعداد دیکھتا ہے: کبھی کوئی درخواست نہیں، اور کبھی کسی ایک فرد کے جوابات نہیں۔
request-about-optional = آپ ان میں سے کوئی بھی یا سارے سوالات چھوڑ سکتے ہیں۔
request-about-heading-supporter = اس شخص کے بارے میں جس کا آپ ساتھ دے رہے ہیں (اختیاری)
request-about-lead-supporter = یہ سوالات Police and Crime Commissioner کی مدد کرتے ہیں، جو ووٹ سے منتخب ہونے والا شخص ہے، یہاں متاثرین کی سروسز کے پیسے دیتا ہے، اور پولیس افسر نہیں ہے۔ ان سوالات سے یہ دیکھنے میں مدد ملتی ہے کہ لوگوں کے کون سے گروپس تک مدد نہیں پہنچ رہی، تاکہ سروسز بہتر ہو سکیں۔ صرف وہی بتائیں جو آپ جانتے ہیں اور جو وہ شخص، جس کی آپ مدد کر رہے ہیں، بتانے پر راضی ہے۔ جوابات باقی سب لوگوں کے جوابات کے ساتھ گنے جاتے ہیں اور کبھی کسی نام کے ساتھ نہیں دکھائے جاتے۔
equality-gender = آپ کی جنس کیا ہے؟
equality-gender-supporter = ان کی جنس کیا ہے؟
equality-gender-woman = عورت
equality-gender-man = مرد
equality-gender-non-binary = نان بائنری (Non-binary)
equality-gender-other = کوئی اور طرح سے
equality-ethnicity = آپ کا نسلی گروپ کیا ہے؟
equality-ethnicity-supporter = ان کا نسلی گروپ کیا ہے؟
equality-ethnicity-asian = ایشیائی یا ایشیائی برطانوی
equality-ethnicity-black = سیاہ فام، سیاہ فام برطانوی، کیریبین یا افریقی
equality-ethnicity-mixed = مخلوط یا ایک سے زیادہ نسلی گروپس
equality-ethnicity-white = سفید فام
equality-ethnicity-other = کوئی اور نسلی گروپ
equality-sexuality = ان میں سے کون سا آپ کے جنسی رجحان کو سب سے بہتر بیان کرتا ہے؟
equality-sexuality-supporter = ان میں سے کون سا اس شخص کے جنسی رجحان کو سب سے بہتر بیان کرتا ہے؟
equality-sexuality-straight = مخالف جنس کی طرف رجحان (Straight یا heterosexual)
equality-sexuality-gay-lesbian = گے یا لیزبین
equality-sexuality-bisexual = بائی سیکشوئل
equality-sexuality-other = کوئی اور جنسی رجحان
equality-disability = کیا آپ خود کو معذور سمجھتے ہیں؟
equality-disability-supporter = کیا وہ خود کو معذور سمجھتے ہیں؟
equality-disability-hint = مثال کے طور پر، کوئی جسمانی یا ذہنی صحت کا مسئلہ یا بیماری جو روزمرہ زندگی میں آپ پر اثر ڈالتی ہو۔

request-check-heading = بھیجنے سے پہلے اپنے جوابات چیک کریں
request-not-answered = جواب نہیں دیا گیا
request-change = تبدیل کریں
request-check-safety-title = رابطہ اور حفاظت
request-check-about-title = کیا ہوا
request-check-language-title = زبان اور رسائی
request-check-supporter-title = آپ کے بارے میں، بطور مددگار
request-check-equality-title = اختیاری سوالات
request-check-name = استعمال کرنے کے لیے نام
request-check-contact = رابطے کے طریقے
request-check-safe-contact = حفاظتی ہدایات
request-check-safe-phone = فون کالز محفوظ ہیں
request-check-unsafe-phone = فون نہ کریں
request-check-safe-text = ٹیکسٹ میسجز محفوظ ہیں
request-check-unsafe-text = ٹیکسٹ میسج نہ بھیجیں
request-check-safe-email = ای میلز محفوظ ہیں
request-check-unsafe-email = ای میل نہ کریں
request-check-safe-times = محفوظ اوقات: { $times }
request-check-no-voicemail = وائس میل نہ چھوڑیں
request-check-no-name = یہ نہ بتائیں کہ آپ کون ہیں
request-check-code-word = کوڈ ورڈ: { $word }
request-check-safe-now = اس وقت محفوظ ہیں
request-check-who = مدد کس کے لیے
request-check-age = { $who ->
    [someone] ان کی عمر
   *[me] آپ کی عمر
}
request-check-what = کیا ہوا
request-check-when = کب
request-check-police = پولیس کو رپورٹ کی گئی
request-check-needs = کس مدد سے فائدہ ہوگا
request-check-language = زبان
request-check-interpreter = ترجمان کی ضرورت ہے
request-check-access = رسائی کی ضروریات
request-check-supporter = آپ کی تفصیلات
request-check-agreed = انہیں علم ہے اور وہ رضامند ہیں
request-check-send-heading = اب اپنی درخواست بھیجیں
request-check-goes-to = آپ کی درخواست { $service } کو جائے گی۔
request-check-privacy = آپ کے جوابات خفیہ کوڈ (encryption) میں رکھے جاتے ہیں اور صرف اس سروس کا عملہ انہیں پڑھ سکتا ہے۔ جب سروس آپ کی درخواست بند کر دیتی ہے تو انہیں حذف کر دیا جاتا ہے۔
request-consent-legend = معلومات شیئر کرنے کی اجازت
request-consent-me = میں اجازت دیتا/دیتی ہوں کہ میرے جوابات اس سروس کے ساتھ شیئر کیے جائیں تاکہ وہ مجھ سے رابطہ کر سکیں
request-consent-someone = میں اجازت دیتا/دیتی ہوں کہ یہ جوابات اس سروس کے ساتھ شیئر کیے جائیں، اور جس شخص کا میں ساتھ دے رہا/رہی ہوں اس نے بھی اجازت دی ہے
request-consent-error = اپنے جوابات شیئر کرنے کی اجازت دینے کے لیے باکس پر نشان لگائیں، یا آپ یہ صفحہ چھوڑ سکتے ہیں اور کچھ بھی نہیں بھیجا جائے گا
request-too-many = پچھلے ایک گھنٹے میں اس کنکشن سے کئی درخواستیں بھیجی گئی ہیں۔ براہِ مہربانی بعد میں دوبارہ کوشش کریں، یا نیچے دی گئی ہیلپ لائنز میں سے کسی ایک پر کال کریں۔
request-send = درخواست بھیجیں

request-done-title = بھیج دی گئی
request-done-heading = درخواست بھیج دی گئی
request-done-reference = آپ کا حوالہ نمبر { $reference } ہے
request-done-next-heading = آگے کیا ہوگا
request-done-next = { $service } آپ سے اس طریقے سے رابطہ کرے گی جسے آپ نے محفوظ بتایا تھا۔
request-done-next-within = { $service } آپ سے اس طریقے سے رابطہ کرے گی جسے آپ نے محفوظ بتایا تھا۔ سروس کی کوشش ہے کہ { $days } کاروباری دنوں کے اندر ایسا کرے۔
request-done-safe = وہ آپ کی حفاظتی ہدایات پر عمل کریں گے۔ اگر حالات بدل جائیں، یا آپ سے رابطہ کرنا اب محفوظ نہ رہے، تو انہیں یا کسی ہیلپ لائن کو کال کریں۔
request-done-status-account = آپ اپنے اکاؤنٹ میں دیکھ سکتے ہیں کہ آپ کی درخواست پر کیا ہو رہا ہے۔
request-done-status-reference = اگر آپ اپنی درخواست کے بارے میں پوچھنا چاہیں تو اپنا حوالہ نمبر کسی محفوظ جگہ رکھیں۔ اگر ایسا کرنا محفوظ نہیں تو اسے رکھنا ضروری نہیں۔
request-done-urgent = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔
request-done-others-heading = دوسری سروسز جو مدد کر سکتی ہیں
request-done-others-lead = آپ ان سروسز سے خود بھی رابطہ کر سکتے ہیں۔ یہ مفت ہیں۔
request-done-meanwhile-heading = جب تک آپ انتظار کر رہے ہیں
request-done-guides = جرم کے بعد حالات سے نمٹنے کے بارے میں گائیڈز پڑھیں

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] جس شخص کی آپ مدد کر رہے ہیں وہ کہاں رہتا ہے؟
   *[me] آپ کہاں رہتے ہیں؟
}
request-area-hint = ہم اسے صرف مقامی سروس چننے کے لیے استعمال کرتے ہیں۔ کلیولینڈ ان چار علاقوں پر مشتمل ہے۔
request-area-postcode = اس کے بجائے میں اپنے پوسٹ کوڈ کا پہلا حصہ دوں گا
request-area-outside = کلیولینڈ سے باہر کہیں
request-postcode = پوسٹ کوڈ کا پہلا حصہ (صرف اگر آپ نے اوپر یہ چنا ہے)
request-postcode-hint = مثال کے طور پر TS10۔ ہم اسے صرف علاقہ معلوم کرنے کے لیے استعمال کرتے ہیں اور اسے محفوظ نہیں رکھتے۔
request-area-error = چنیں کہ آپ کہاں رہتے ہیں، یا یہ کہ آپ نہ بتانا پسند کریں گے
request-postcode-missing = پوسٹ کوڈ کا پہلا حصہ درج کریں، جیسے TS10، یا کوئی علاقہ چنیں
request-postcode-invalid = کسی پوسٹ کوڈ کا پہلا حصہ درج کریں، جیسے TS10، یا کوئی علاقہ چنیں
request-postcode-spans = یہ پوسٹ کوڈ ایک سے زیادہ علاقوں پر مشتمل ہے۔ اس کے بجائے علاقہ چنیں
request-check-area = { $who ->
    [someone] وہ کہاں رہتے ہیں
   *[me] آپ کہاں رہتے ہیں
}
request-signpost-heading = آپ مدد کے لیے کہاں جا سکتے ہیں
request-signpost-outside = یہ سائٹ صرف کلیولینڈ (Hartlepool، Middlesbrough، Redcar and Cleveland اور Stockton-on-Tees) کی سروسز کو درخواستیں بھیج سکتی ہے، اس لیے ہم نے کچھ نہیں بھیجا۔ نیچے دی گئی سروسز آپ کی مدد کر سکتی ہیں چاہے آپ کہیں بھی رہتے ہوں۔ Victim Support کی سپورٹ لائن بھی آپ کو آپ کے قریب مدد کے بارے میں بتا سکتی ہے۔
request-signpost-none = یہاں کی کوئی بھی مقامی سروس اس عمر کے کسی شخص کی ایسی درخواست نہیں لے سکتی، اس لیے ہم نے کچھ نہیں بھیجا۔ نیچے دی گئی سروسز مدد کر سکتی ہیں، اور آپ خود ان سے رابطہ کر سکتے ہیں۔
request-signpost-services = آپ واپس کے لنک سے اپنے جوابات بدل سکتے ہیں۔
