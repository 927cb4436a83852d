# Draft translation: not yet checked by a fluent Urdu speaker.
# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = آپ کا اکاؤنٹ
nav-sign-in = سائن ان کریں
nav-sign-out = سائن آؤٹ کریں

## Registration

register-title = اکاؤنٹ بنائیں
register-heading = اکاؤنٹ بنائیں
register-lead = گائیڈز پڑھنے یا مدد مانگنے کے لیے آپ کو اکاؤنٹ کی ضرورت نہیں۔ اکاؤنٹ کے ذریعے آپ ایک نجی ڈائری رکھ سکتے ہیں، گائیڈز میں اپنی پیش رفت محفوظ کر سکتے ہیں، اور دیکھ سکتے ہیں کہ مدد کے لیے آپ کی درخواست پر کیا ہو رہا ہے۔
register-safe-heading = ہم آپ کے اکاؤنٹ کو کیسے محفوظ رکھتے ہیں
register-safe-body = ہر بار سائن ان کرتے وقت آپ کو اپنا پاس ورڈ اور اپنے فون کی آتھنٹیکیٹر ایپ (تصدیقی ایپ) کا ایک کوڈ درکار ہوگا، جیسے Google Authenticator یا Microsoft Authenticator یا Authy۔ کوئی اور شخص اندر نہیں آ سکتا، چاہے اسے آپ کا پاس ورڈ معلوم ہو۔
register-name-body = آپ کوئی بھی سائن ان نام چن سکتے ہیں۔ اس کا آپ کا اصل نام ہونا ضروری نہیں، اور آپ کو ای میل ایڈریس کی ضرورت نہیں۔
register-lose-both = اگر آپ کا پاس ورڈ اور آپ کا فون دونوں کھو جائیں تو آپ کو نیا اکاؤنٹ بنانا ہوگا، اور آپ کی ڈائری ضائع ہو جائے گی۔ کوئی بھی، ہم بھی نہیں، آپ کو دوبارہ اکاؤنٹ میں داخل نہیں کر سکتا اور نہ آپ کی ڈائری پڑھ سکتا ہے: اسی وجہ سے یہ نجی رہتے ہیں۔
register-age-heading = اکاؤنٹ کون بنا سکتا ہے
register-age-body = آپ کی عمر 16 سال یا اس سے زیادہ ہونی چاہیے۔ کوئی بھی شخص اکاؤنٹ کے بغیر یہ ویب سائٹ پڑھ سکتا ہے۔
register-start = ابھی شروع کریں
register-have-account = کیا آپ کا پہلے سے اکاؤنٹ ہے؟

register-who-title = آپ اپنا اکاؤنٹ کس لیے استعمال کریں گے؟
register-who-legend = آپ اپنا اکاؤنٹ کس لیے استعمال کریں گے؟
register-who-hint = اکاؤنٹ ہمیشہ آپ کا ہوتا ہے: صرف آپ اس میں سائن ان کرتے ہیں، اور اس کی ڈائری آپ کے بارے میں ہوتی ہے۔
register-who-self = اپنے لیے مدد
register-who-self-hint = میرے ساتھ کچھ ہوا۔
register-who-supporter = میرے لیے مدد، جب میں کسی اور کا ساتھ دے رہا/رہی ہوں
register-who-supporter-hint = مثال کے طور پر، آپ کسی دوست، رشتہ دار، پارٹنر، پڑوسی یا ساتھی کی مدد کر رہے ہیں جو جرم سے متاثر ہوا ہے۔ اس سے ان کا اکاؤنٹ نہیں بنتا، اور انہیں اس کا علم نہیں ہوگا۔
register-who-error = منتخب کریں کہ آپ اپنا اکاؤنٹ کس لیے استعمال کریں گے

register-age-title = کیا آپ کی عمر 16 سال یا اس سے زیادہ ہے؟
register-age-legend = کیا آپ کی عمر 16 سال یا اس سے زیادہ ہے؟
register-age-yes = ہاں
register-age-no = نہیں
register-age-error = اگر آپ کی عمر 16 سال یا اس سے زیادہ ہے تو “ہاں” منتخب کریں

under-16-title = نوجوانوں کے لیے مدد
under-16-heading = اکاؤنٹ بنانے کے لیے آپ کی عمر 16 سال یا اس سے زیادہ ہونی چاہیے
under-16-body = آپ پھر بھی اکاؤنٹ کے بغیر اس ویب سائٹ پر سب کچھ پڑھ سکتے ہیں۔
under-16-help-heading = وہ لوگ جو ابھی آپ کی مدد کر سکتے ہیں
under-16-childline = Childline (بچوں کی ہیلپ لائن) ⁦19⁩ سال سے کم عمر ہر شخص کے لیے مفت ہے۔ آپ ⁦0800 1111⁩ پر کال کر سکتے ہیں یا آن لائن کسی کاؤنسلر (مشیر) سے بات کر سکتے ہیں۔ یہ کالیں آپ کے فون کے بل پر نظر نہیں آتیں۔
under-16-adult = آپ کسی ایسے بڑے سے بھی بات کر سکتے ہیں جس پر آپ کو بھروسہ ہو، جیسے کوئی استاد، اسکول نرس، یوتھ ورکر یا رشتہ دار۔
under-16-victim-support = Victim Support کے پاس جرم سے متاثر ہونے والے بچوں اور نوجوانوں کے لیے ایک سروس ہے۔ اس سروس سے رابطے کے لیے ان کی مفت Supportline کو ⁦08 08 16 89 111⁩ پر کال کریں۔
under-16-danger = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔

details-title = اپنی سائن ان تفصیلات چنیں
details-heading = اپنی سائن ان تفصیلات چنیں
name-label = سائن ان نام
name-hint = کوئی بھی نام جو آپ کو یاد رہے، کم از کم 3 حروف کا۔ اس کا آپ کا اصل نام ہونا ضروری نہیں۔ کوئی اور اسے نہیں دیکھے گا۔
email-label = ای میل ایڈریس (اختیاری)
email-hint = اس کی ضرورت نہیں۔ کوئی اور اسے نہیں دیکھے گا، اور یہ سائن ان کے لیے استعمال نہیں ہوتا۔
new-password-label = پاس ورڈ
new-password-hint = کم از کم 8 حروف۔ چند ایسے الفاظ جن کا آپس میں کوئی تعلق نہ ہو، مل کر ایک مضبوط پاس ورڈ بناتے ہیں جو یاد رکھنا آسان ہوتا ہے۔ آپ پاس ورڈ مینیجر سے بھی پاس ورڈ پیسٹ کر سکتے ہیں۔
name-error-missing = سائن ان نام درج کریں
name-error-too-short = آپ کا سائن ان نام کم از کم 3 حروف کا ہونا چاہیے
name-error-too-long = آپ کا سائن ان نام 64 حروف یا اس سے کم ہونا چاہیے
name-error-control = آپ کے سائن ان نام میں صرف حروف، اعداد، خالی جگہیں اور رموزِ اوقاف ہو سکتے ہیں
email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com، یا اسے خالی چھوڑ دیں
password-error-missing = پاس ورڈ درج کریں
password-error-too-short = آپ کا پاس ورڈ کم از کم { $min } حروف کا ہونا چاہیے
password-error-too-long = آپ کا پاس ورڈ { $max } حروف یا اس سے کم ہونا چاہیے
password-error-weak = کسی کے لیے اس پاس ورڈ کا اندازہ لگانا بہت آسان ہوگا۔
password-weak-keyboard-row = کی بورڈ پر ساتھ ساتھ والی کیز کی قطاروں کا، جیسے qwerty، اندازہ لگانا آسان ہوتا ہے۔
password-weak-keyboard-pattern = کی بورڈ پر چھوٹے پیٹرن کا اندازہ لگانا آسان ہوتا ہے۔
password-weak-repeats = بار بار دہرائے گئے حروف کا، جیسے aaa، اندازہ لگانا آسان ہوتا ہے۔
password-weak-repeated-group = دہرائے گئے گروپس کا، جیسے abcabc، اندازہ لگانا آسان ہوتا ہے۔
password-weak-common = یہ سب سے عام پاس ورڈز میں سے ایک ہے۔
password-weak-similar-common = یہ ایک عام پاس ورڈ سے بہت ملتا جلتا ہے۔
password-weak-sequence = ترتیب وار حروف یا اعداد کا، جیسے abc یا 123، اندازہ لگانا آسان ہوتا ہے۔
password-weak-recent-year = حالیہ برسوں کا اندازہ لگانا آسان ہوتا ہے۔
password-weak-single-word = صرف ایک لفظ کا اندازہ لگانا آسان ہوتا ہے۔
password-weak-date = تاریخوں کا اندازہ لگانا آسان ہوتا ہے۔
password-weak-name = اکیلے ناموں کا اندازہ لگانا آسان ہوتا ہے۔
password-tip-few-words = چند ایسے الفاظ آزمائیں جو عام طور پر ایک ساتھ استعمال نہیں ہوتے۔
password-tip-no-symbols-needed = آپ کو علامات، اعداد یا بڑے حروف (capital letters) کی ضرورت نہیں۔
password-tip-add-word = ایک یا دو لفظ اور شامل کریں۔ غیر معمولی الفاظ بہتر ہیں۔
password-tip-capitals = بڑے حروف (capital letters) سے اندازہ لگانا زیادہ مشکل نہیں ہوتا۔
password-tip-reversed = الٹے ہجوں والے الفاظ کا اندازہ لگانا زیادہ مشکل نہیں ہوتا۔
password-tip-substitutions = حروف کی جگہ اعداد یا علامات لگانے سے، جیسے a کی جگہ @، زیادہ فائدہ نہیں ہوتا۔
password-tip-keyboard = کی بورڈ پر زیادہ لمبا پیٹرن استعمال کریں جس میں زیادہ موڑ ہوں۔
password-tip-repeats = دہرائے گئے الفاظ اور حروف سے بچیں۔
password-tip-sequences = ترتیب وار حروف یا اعداد سے بچیں، جیسے abc یا 123۔
password-tip-dates = تاریخوں اور برسوں سے بچیں، خاص طور پر ان سے جن کا آپ سے تعلق ہو۔

authenticator-title = اپنی آتھنٹیکیٹر ایپ سیٹ اپ کریں
authenticator-heading = اپنی آتھنٹیکیٹر ایپ سیٹ اپ کریں
authenticator-step-install = اگر آپ کے فون پر آتھنٹیکیٹر ایپ نہیں ہے تو ایک انسٹال کر لیں۔ Google Authenticator اور Microsoft Authenticator اور Authy سب مفت ہیں۔
authenticator-step-add = ایپ میں ایک اکاؤنٹ شامل کریں۔
authenticator-step-scan = اگر یہ صفحہ کسی دوسرے آلے پر ہے تو آپ اس کے بجائے ایپ سے یہ QR کوڈ اسکین کر سکتے ہیں۔
authenticator-qr-alt = Waymark کو آپ کی آتھنٹیکیٹر ایپ میں شامل کرنے کے لیے QR کوڈ
authenticator-entry-name = ایپ اسے “Waymark” کے نام سے دکھائے گی، یہ نام نہیں بتاتا کہ یہ ویب سائٹ کس لیے ہے۔ لیکن جو بھی آپ کے فون پر ایپ دیکھے وہ یہ اندراج دیکھ سکتا ہے۔ اگر کوئی آپ کا فون چیک کرتا ہے تو سوچیں کہ کیا یہ آپ کے لیے محفوظ ہے۔
authenticator-key-body = اگر ایپ اسی فون پر ہے تو کلید درج کرنے کا انتخاب کریں، پھر یہ کلید کاپی کر کے پیسٹ کریں یا ٹائپ کریں۔ اگر ایپ پوچھے تو وقت پر مبنی کوڈ چنیں۔
authenticator-key-label = کلید (Key)
authenticator-step-code = ایپ ایک 6 ہندسوں والا کوڈ دکھائے گی جو ہر 30 سیکنڈ میں بدل جاتا ہے۔ اسے نیچے درج کریں۔
code-label = آپ کی آتھنٹیکیٹر ایپ کا کوڈ
code-hint = 6 ہندسوں والا کوڈ، مثال کے طور پر 123456۔
code-error-missing = اپنی آتھنٹیکیٹر ایپ سے 6 ہندسوں والا کوڈ درج کریں
code-error-format = کوڈ 6 اعداد کی شکل میں درج کریں، یا ریکوری کوڈ درج کریں جیسے ⁦ABCD-EFGH-2345-6789⁩
code-error-wrong = کوڈ درست نہیں ہے۔ دیکھ لیں کہ آپ کے فون کا وقت خود بخود سیٹ ہوتا ہے، پھر سب سے نیا کوڈ درج کریں۔
code-error-used = یہ کوڈ پہلے ہی استعمال ہو چکا ہے۔ ایپ میں نیا کوڈ آنے کا انتظار کریں۔

recovery-codes-title = اپنے ریکوری کوڈز محفوظ کریں
recovery-codes-heading = اپنے ریکوری کوڈز محفوظ کریں
recovery-codes-lead = اگر آپ کا فون یا آپ کی آتھنٹیکیٹر ایپ کھو جائے تو آپ اس کے بجائے ان میں سے کسی ایک کوڈ سے سائن ان کر سکتے ہیں۔ ہر کوڈ صرف ایک بار کام کرتا ہے۔
recovery-codes-list-label = آپ کے ریکوری کوڈز
recovery-codes-warning = آپ یہ کوڈز دوبارہ نہیں دیکھ سکیں گے۔ انہیں کسی ایسی محفوظ جگہ رکھیں جہاں کوئی اور نہ پہنچ سکے۔
recovery-codes-safe-heading = انہیں محفوظ رکھنے کے طریقے
recovery-codes-safe-paper = انہیں کاغذ پر لکھ کر کسی نجی جگہ رکھیں۔
recovery-codes-safe-manager = انہیں پاس ورڈ مینیجر میں محفوظ کریں۔
recovery-codes-safe-not-phone = انہیں صرف اسی فون پر نہ رکھیں جس میں آپ کی آتھنٹیکیٹر ایپ ہے، اور انہیں ای میل یا میسج کے ذریعے نہ بھیجیں۔
recovery-codes-done = میں نے اپنے کوڈز محفوظ کر لیے ہیں

## Signing in

sign-in-title = سائن ان کریں
sign-in-heading = سائن ان کریں
password-label = پاس ورڈ
sign-in-button = سائن ان کریں
sign-in-forgotten = کیا آپ اپنا پاس ورڈ بھول گئے ہیں؟
sign-in-help = سائن ان کرنے میں دوسرے مسائل
sign-in-no-account = ابھی تک اکاؤنٹ نہیں ہے؟
sign-in-create = اکاؤنٹ بنائیں
sign-in-error-name = اپنا سائن ان نام درج کریں
sign-in-error-password = اپنا پاس ورڈ درج کریں
sign-in-error-mismatch = سائن ان نام یا پاس ورڈ درست نہیں ہے
sign-in-error-wait = بہت زیادہ کوششیں ہو گئی ہیں۔ { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
sign-in-paused = بہت زیادہ ناکام کوششوں کی وجہ سے، اس سائن ان نام کے لیے صرف پاس ورڈ سے سائن ان کرنا { $minutes ->
    [one] مزید 1 منٹ
   *[other] مزید { $minutes } منٹ
} کے لیے روک دیا گیا ہے۔
sign-in-paused-owner = اگر یہ آپ کا اکاؤنٹ ہے تو آپ پھر بھی ابھی سائن ان کر سکتے ہیں: اپنا پاس ورڈ اور اپنی آتھنٹیکیٹر ایپ کا کوڈ (یا ایک ریکوری کوڈ) ایک ساتھ درج کریں۔
sign-in-paused-code-label = آپ کی آتھنٹیکیٹر ایپ کا کوڈ، یا ایک ریکوری کوڈ
sign-in-error-busy = اس وقت بہت سے لوگ ایک ساتھ سائن ان کر رہے ہیں۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
limit-error-too-many = بہت زیادہ کوششیں کی گئی ہیں۔ ایک گھنٹے بعد دوبارہ کوشش کریں۔
sign-in-session-idle = آپ کو سائن آؤٹ کر دیا گیا کیونکہ 30 منٹ تک کوئی سرگرمی نہیں ہوئی۔
sign-in-session-expired = آپ کو سائن آؤٹ کر دیا گیا کیونکہ آپ 12 گھنٹے سے سائن ان تھے۔
sign-in-session-needed = وہ صفحہ دیکھنے کے لیے سائن ان کریں۔

code-title = اپنا کوڈ درج کریں
code-heading = اپنی آتھنٹیکیٹر ایپ کا کوڈ درج کریں
code-use-recovery = اس کے بجائے ریکوری کوڈ استعمال کریں
code-error-paused = اس کنکشن سے بہت زیادہ غلط کوڈ درج کیے گئے ہیں۔ { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
} انتظار کریں، یا ریکوری کوڈ کے ذریعے اپنا پاس ورڈ ری سیٹ کریں۔

recovery-sign-in-title = ریکوری کوڈ استعمال کریں
recovery-sign-in-heading = ریکوری کوڈ درج کریں
recovery-code-label = ریکوری کوڈ
recovery-code-hint = یہ ⁦ABCD-EFGH-2345-6789⁩ جیسا دکھائی دیتا ہے۔ ہر کوڈ صرف ایک بار کام کرتا ہے۔
recovery-code-error-missing = اپنے ریکوری کوڈز میں سے کوئی ایک درج کریں
recovery-code-error-format = ریکوری کوڈ درج کریں، جیسے ⁦ABCD-EFGH-2345-6789⁩
recovery-code-error-wrong = یہ ریکوری کوڈ درست نہیں ہے، یا یہ پہلے ہی استعمال ہو چکا ہے

lost-access-title = سائن ان کرنے میں مسائل
lost-access-heading = اگر آپ سائن ان نہیں کر سکتے
lost-access-password-heading = اگر آپ اپنا پاس ورڈ بھول گئے ہیں
lost-access-password-body = اگر آپ کے پاس آپ کی آتھنٹیکیٹر ایپ اور آپ کا ایک ریکوری کوڈ موجود ہے تو آپ نیا پاس ورڈ بنا سکتے ہیں۔
lost-access-password-link = اپنا پاس ورڈ ری سیٹ کریں
lost-access-phone-heading = اگر آپ کا فون یا آتھنٹیکیٹر ایپ کھو گئی ہے
lost-access-phone-body = اپنے پاس ورڈ اور اپنے ایک ریکوری کوڈ کے ساتھ سائن ان کریں۔ پھر اپنے اکاؤنٹ کے صفحے سے اپنی آتھنٹیکیٹر ایپ دوبارہ سیٹ اپ کریں۔
lost-access-both-heading = اگر آپ کا پاس ورڈ اور فون دونوں، یا آپ کا فون اور ریکوری کوڈز دونوں کھو گئے ہیں
lost-access-both-body = کوئی بھی آپ کو دوبارہ آپ کے اکاؤنٹ میں داخل نہیں کر سکتا، ہم بھی نہیں۔ اسی وجہ سے یہ نجی رہتا ہے: جو شخص آپ کا سائن ان نام جانتا ہو یا جس کے پاس آپ کا پرانا فون ہو، وہ بھی اندر نہیں آ سکتا۔
lost-access-both-new = آپ نیا اکاؤنٹ بنا سکتے ہیں۔ پرانے اکاؤنٹ میں محفوظ کوئی بھی چیز، بشمول آپ کی ڈائری، واپس حاصل نہیں کی جا سکتی۔

signed-out-title = سائن آؤٹ ہو گیا
signed-out-heading = آپ سائن آؤٹ ہو چکے ہیں
signed-out-idle-heading = آپ کو سائن آؤٹ کر دیا گیا ہے
signed-out-idle = آپ کو سائن آؤٹ کر دیا گیا کیونکہ 30 منٹ تک کوئی سرگرمی نہیں ہوئی۔ اگر آپ اپنا آلہ (فون یا کمپیوٹر) چھوڑ کر چلے جائیں تو اس سے آپ کا اکاؤنٹ محفوظ رہتا ہے۔
signed-out-tip = اگر آپ کسی اور کے ساتھ مشترکہ آلہ استعمال کر رہے ہیں تو براؤزر کی ونڈو بھی بند کر دیں۔
signed-out-sign-in = دوبارہ سائن ان کریں

session-warning-title = آپ جلد ہی سائن آؤٹ ہو جائیں گے
session-warning-body = آپ کے اکاؤنٹ کی حفاظت کے لیے، اگر 30 منٹ تک کوئی سرگرمی نہ ہوئی تو آپ کو سائن آؤٹ کر دیا جائے گا۔
session-warning-stay = سائن ان رہیں
session-warning-leave = ابھی سائن آؤٹ کریں

## Forgotten password

reset-title = اپنا پاس ورڈ ری سیٹ کریں
reset-heading = اپنا پاس ورڈ ری سیٹ کریں
reset-lead = آپ کو اپنا سائن ان نام، اپنا ایک ریکوری کوڈ اور اپنی آتھنٹیکیٹر ایپ درکار ہوگی۔
reset-button = پاس ورڈ ری سیٹ کریں
reset-error-mismatch = یہ تفصیلات کسی اکاؤنٹ سے نہیں ملتیں۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
reset-done-title = پاس ورڈ ری سیٹ ہو گیا
reset-done-heading = آپ کا پاس ورڈ ری سیٹ ہو گیا ہے
reset-done-body = آپ نے اپنا ایک ریکوری کوڈ استعمال کر لیا ہے، اور آپ کو ہر جگہ سے سائن آؤٹ کر دیا گیا ہے۔ اپنے نئے پاس ورڈ سے سائن ان کریں۔

## The account page

account-title = آپ کا اکاؤنٹ
account-heading = آپ کا اکاؤنٹ
account-for = اکاؤنٹ کس کے لیے ہے
account-for-self = اپنے لیے مدد
account-for-supporter = بطور معاون میرے لیے مدد
supporter-guides-link = کسی کا ساتھ دینے والوں کے لیے گائیڈز
account-role = کردار
account-role-staff = عملہ
account-service = سروس
account-recovery-left = باقی ریکوری کوڈز
account-recovery-get-new = نئے کوڈز حاصل کریں
account-security-heading = سیکیورٹی
account-change-password = اپنا پاس ورڈ تبدیل کریں
account-reset-authenticator = اپنی آتھنٹیکیٹر ایپ دوبارہ سیٹ اپ کریں
account-new-recovery-codes = نئے ریکوری کوڈز حاصل کریں
account-sessions-heading = آپ کہاں کہاں سائن ان ہیں
account-sessions-caption = وہ آلات جن پر آپ کا اکاؤنٹ سائن ان ہے
account-sessions-device = آلہ
account-sessions-last-active = آخری بار استعمال
account-sessions-this-device = یہ آلہ
account-sessions-sign-out-others = باقی ہر جگہ سے سائن آؤٹ کریں
account-data-heading = آپ کی معلومات
account-data-body = آپ کے اکاؤنٹ میں موجود ہر چیز ایک فائل کی شکل میں ڈاؤن لوڈ کریں، جسے آپ اپنے پاس رکھ سکتے ہیں یا کسی ایسے شخص کے ساتھ شیئر کر سکتے ہیں جس پر آپ کو بھروسہ ہو۔
account-data-download = اپنی معلومات ڈاؤن لوڈ کریں
account-delete-heading = اپنا اکاؤنٹ حذف کریں
account-delete-link = اپنا اکاؤنٹ حذف کریں
account-sign-out = سائن آؤٹ کریں

device-description = { $system } پر { $browser }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = کوئی براؤزر
device-system-android = Android
device-system-ios = iPhone یا iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = کسی اور آلے
time-just-now = ابھی ابھی
time-minutes-ago = { $minutes ->
    [one] 1 منٹ پہلے
   *[other] { $minutes } منٹ پہلے
}
time-hours-ago = { $hours ->
    [one] 1 گھنٹہ پہلے
   *[other] { $hours } گھنٹے پہلے
}

flash-password-changed = آپ کا پاس ورڈ تبدیل کر دیا گیا ہے۔ آپ کو دوسرے آلات پر سائن آؤٹ کر دیا گیا ہے۔
flash-authenticator-changed = آپ کی آتھنٹیکیٹر ایپ دوبارہ سیٹ اپ ہو گئی ہے۔ آپ کی پرانی ایپ کے کوڈ اب کام نہیں کرتے۔
flash-recovery-codes-replaced = آپ کے پاس نئے ریکوری کوڈز ہیں۔ آپ کے پرانے کوڈز اب کام نہیں کرتے۔
flash-other-sessions-ended = آپ کو باقی ہر جگہ سے سائن آؤٹ کر دیا گیا ہے۔
flash-welcome = آپ کا اکاؤنٹ تیار ہے۔
flash-recovery-codes-low = آپ کے پاس { $count ->
    [one] صرف 1 ریکوری کوڈ باقی ہے
   *[other] صرف { $count } ریکوری کوڈز باقی ہیں
}۔ نئے کوڈز حاصل کر لیں تاکہ آپ کے کوڈز ختم نہ ہو جائیں۔
flash-code-failures = آپ کے سائن ان کرنے سے پہلے آپ کے اکاؤنٹ کے لیے { $count ->
    [one] 1 غلط کوڈ درج کیا گیا تھا
   *[other] { $count } غلط کوڈ درج کیے گئے تھے
}۔ اگر یہ آپ نہیں تھے تو ہو سکتا ہے کسی کو آپ کا پاس ورڈ معلوم ہو: اسے ابھی تبدیل کریں۔

reauth-lead = اپنے اکاؤنٹ کو محفوظ رکھنے کے لیے تصدیق کریں کہ یہ آپ ہی ہیں۔
reauth-code-label = آپ کی آتھنٹیکیٹر ایپ کا کوڈ، یا ایک ریکوری کوڈ
reauth-error-mismatch = تفصیلات درست نہیں ہیں۔ اپنا سائن ان نام، پاس ورڈ اور کوڈ چیک کریں۔

change-password-title = اپنا پاس ورڈ تبدیل کریں
change-password-heading = اپنا پاس ورڈ تبدیل کریں
current-password-label = موجودہ پاس ورڈ
change-password-new-label = نیا پاس ورڈ
change-password-button = پاس ورڈ تبدیل کریں

reset-authenticator-title = اپنی آتھنٹیکیٹر ایپ دوبارہ سیٹ اپ کریں
reset-authenticator-heading = اپنی آتھنٹیکیٹر ایپ دوبارہ سیٹ اپ کریں
reset-authenticator-lead = ایسا تب کریں جب آپ کے پاس نیا فون ہو یا آپ کی ایپ کھو گئی ہو۔ آپ کی پرانی ایپ کام کرنا بند کر دے گی۔

new-codes-title = نئے ریکوری کوڈز حاصل کریں
new-codes-heading = نئے ریکوری کوڈز حاصل کریں
new-codes-lead = آپ کو 10 نئے کوڈز ملیں گے۔ آپ کے پرانے کوڈز کام کرنا بند کر دیں گے۔

delete-title = اپنا اکاؤنٹ حذف کریں
delete-heading = اپنا اکاؤنٹ حذف کریں
delete-warning = یہ عمل واپس نہیں ہو سکتا۔ آپ کا اکاؤنٹ اور اس میں موجود ہر چیز، بشمول آپ کی ڈائری اور گائیڈز میں آپ کی پیش رفت، فوراً حذف کر دی جائے گی۔
delete-button = میرا اکاؤنٹ حذف کریں
deleted-title = اکاؤنٹ حذف ہو گیا
deleted-heading = آپ کا اکاؤنٹ حذف کر دیا گیا ہے
deleted-body = اس میں موجود ہر چیز حذف کر دی گئی ہے۔ آپ اب بھی اکاؤنٹ کے بغیر یہ ویب سائٹ استعمال کر سکتے ہیں۔

## Staff enrolment

staff-enrol-title = اپنا اسٹاف اکاؤنٹ سیٹ اپ کریں
staff-enrol-heading = اپنا اسٹاف اکاؤنٹ سیٹ اپ کریں
staff-enrol-lead = خوش آمدید، { $name }۔ اپنی سائن ان تفصیلات چنیں، پھر اپنی آتھنٹیکیٹر ایپ سیٹ اپ کریں۔ عملے کے لیے دو مرحلوں والا سائن ان (two-factor) ہمیشہ لازمی ہے۔
invite-invalid-title = لنک درست نہیں
invite-invalid-heading = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے
invite-invalid-body = اندراج (enrolment) کے لنک صرف ایک بار، 24 گھنٹوں کے لیے کام کرتے ہیں۔ کسی ایڈمنسٹریٹر سے نیا لنک مانگیں۔
nav-label = اکاؤنٹ
code-error-closed = اس اکاؤنٹ کے لیے بہت زیادہ غلط کوڈ درج کیے گئے ہیں، اس لیے یہ مزید کوڈ نہیں لیتا۔ اسے دوبارہ کھولنے کے لیے ریکوری کوڈ سے اپنا پاس ورڈ ری سیٹ کریں۔
flash-code-entry-was-closed = بہت زیادہ غلط کوڈز کے بعد آپ کے اکاؤنٹ کے لیے کوڈ درج کرنا پاس ورڈ ری سیٹ ہونے تک بند کر دیا گیا تھا۔ اگر وہ کوڈ آپ کے نہیں تھے تو ممکن ہے کسی کو آپ کا پاس ورڈ معلوم ہو۔
