# Draft translation: not yet checked by a fluent Urdu speaker.
# The self-help guides and the wellbeing check-in.

nav-guides = گائیڈز

guides-title = گائیڈز
guides-heading = گائیڈز
guides-lead = مختصر گائیڈز (رہنما تحریریں) جو آپ کو یہ سمجھنے میں مدد دیتی ہیں کہ آپ کیسا محسوس کر رہے ہیں، آگے کیا ہوگا، اور کس چیز سے مدد مل سکتی ہے۔ انہیں اپنی رفتار سے، کسی بھی ترتیب میں پڑھیں۔
guides-impact = یہ گائیڈز ان لوگوں کے لیے ہیں جنہیں مشکل تو ہو رہی ہے لیکن وہ حالات سنبھال پا رہے ہیں۔ اگر جو کچھ ہوا اس کا آپ پر بہت زیادہ اثر ہو رہا ہے تو کسی سے بات کرنا بھی مددگار ہو سکتا ہے۔
guides-check-in-link = پہلے چند سوالوں کے ذریعے اپنا حال جانچیں
guides-continue = وہیں سے جاری رکھیں جہاں آپ نے چھوڑا تھا:
guides-search-label = گائیڈز تلاش کریں
guides-search-button = تلاش کریں
guides-search-results = “{ $words }” کے بارے میں گائیڈز
guides-filter-label = گائیڈز کو فلٹر کریں
guides-filter-who = کس کے لیے
guides-filter-everyone = سب کے لیے
guides-filter-supporters = کسی کا ساتھ دینے والے لوگ
guides-filter-topic = موضوع
guides-filter-all = تمام موضوعات
guides-count = { $count ->
    [0] کوئی گائیڈ نہیں ملی۔ دوسرے الفاظ آزمائیں، یا کوئی اور موضوع چنیں۔
    [one] 1 گائیڈ
   *[other] { $count } گائیڈز
}
guide-for-victim = جرم سے متاثرہ لوگوں کے لیے
guide-for-supporter = کسی کا ساتھ دینے والے لوگوں کے لیے
guide-for-both = سب کے لیے
guide-minutes = { $minutes ->
    [one] پڑھنے میں 1 منٹ
   *[other] پڑھنے میں { $minutes } منٹ
}
guide-has-bsl = برطانوی اشاروں کی زبان (British Sign Language) میں

guide-title = گائیڈ
guide-caption = گائیڈ
guide-danger-line = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔
guide-contents = فہرست
guide-step-of = { $total } میں سے مرحلہ { $step }
guide-previous = پچھلا
guide-next = اگلا
guide-pagination = اس گائیڈ کے مراحل
guide-tip = مشورہ
guide-more-help-title = کسی سے بات کریں
guide-more-help-body = آپ کو سب کچھ اکیلے نہیں سنبھالنا۔ Victim Support کی مفت Supportline دن رات کھلی ہے، چاہے آپ نے پولیس کو بتایا ہو یا نہیں۔
guide-all-guides = تمام گائیڈز دیکھیں
guide-sources = یہ معلومات کہاں سے لی گئی ہیں
guide-reviewed = آخری بار { $date } کو جانچا گیا۔
guide-not-translated = یہ گائیڈ ابھی آپ کی زبان میں دستیاب نہیں، اس لیے انگریزی میں دکھائی جا رہی ہے۔
guide-draft-translation = اس ترجمے کو ابھی تک کسی ایسے شخص نے نہیں جانچا جو یہ زبان روانی سے بولتا ہو۔ ہو سکتا ہے کچھ الفاظ بالکل درست نہ ہوں۔
guide-progress-saved = محفوظ ہو گیا۔
guide-reflection-saved = آپ کے خیالات آپ کی ڈائری میں محفوظ ہو گئے ہیں۔
guide-reflection-empty = محفوظ کرنے کے لیے کچھ لکھیں، یا پڑھنا جاری رکھیں۔

breathing-title = سانس کی مشق
breathing-start = شروع کریں
breathing-stop = روکیں
breathing-ready = جب آپ تیار ہوں تو “شروع کریں” دبائیں اور دائرے کے ساتھ ساتھ سانس لیں۔
breathing-in = سانس اندر لیں
breathing-hold = سانس روکیں
breathing-out = آہستہ سے سانس باہر نکالیں
breathing-step-1 = کسی آرام دہ جگہ پر بیٹھ جائیں یا لیٹ جائیں۔ اپنے کندھوں کو ڈھیلا چھوڑ دیں۔
breathing-step-2 = 4 تک گنتے ہوئے ناک سے آرام سے سانس اندر لیں۔
breathing-step-3 = 2 تک گننے کے دوران سانس روکے رکھیں۔
breathing-step-4 = 6 تک گنتے ہوئے منہ سے آہستہ آہستہ سانس باہر نکالیں۔ ایسا 5 بار کریں، یا جب تک اچھا لگے۔

grounding-title = 5-4-3-2-1 گراؤنڈنگ (اس لمحے میں واپس آنے کی مشق)
grounding-lead = جب گھبراہٹ بڑھنے لگے یا یادیں لوٹ آئیں، تو یہ مشق آپ کی توجہ واپس اس جگہ لاتی ہے جہاں آپ اس وقت ہیں۔ ہر قدم پر اپنا وقت لیں۔
grounding-see = اردگرد دیکھیں اور 5 ایسی چیزوں کے نام لیں جو آپ کو نظر آ رہی ہیں۔
grounding-feel = 4 ایسی چیزوں پر دھیان دیں جنہیں آپ محسوس کر سکتے ہیں، جیسے فرش پر آپ کے پاؤں یا آپ کے کپڑوں کا کپڑا۔
grounding-hear = 3 ایسی چیزوں پر کان لگائیں جن کی آواز آپ سن سکتے ہیں۔
grounding-smell = 2 ایسی چیزیں ڈھونڈیں جن کی بو آپ سونگھ سکتے ہیں، یا 2 ایسی خوشبوئیں جو آپ کو پسند ہیں۔
grounding-taste = 1 ایسی چیز پر دھیان دیں جس کا ذائقہ آپ محسوس کر سکتے ہیں، یا پانی کا ایک گھونٹ لیں۔
grounding-after = پھر ایک آہستہ سانس لیں۔ آپ یہاں ہیں، اور اس وقت آپ محفوظ ہیں۔

reflect-title = اس کے بارے میں سوچیں
reflect-save = میری ڈائری میں محفوظ کریں
reflect-sign-in = اگر آپ کا اکاؤنٹ ہے تو آپ اپنے خیالات اپنی نجی ڈائری میں محفوظ کر سکتے ہیں۔ ورنہ یہاں کی کوئی چیز محفوظ نہیں رکھی جاتی۔
checklist-title = کرنے کے کام
checklist-save = میرے نشانات محفوظ کریں
checklist-sign-in = آپ کے لگائے ہوئے نشانات محفوظ نہیں ہوتے۔ اگر آپ کا اکاؤنٹ ہے اور آپ سائن ان کریں تو یہ اگلی بار کے لیے محفوظ رہتے ہیں۔

check-in-title = اپنا حال جانچیں
check-in-heading = آپ کیسے ہیں؟
check-in-lead = اس وقت آپ کے حالات کیسے ہیں، اس بارے میں چند سوالات۔ جتنے سوالوں کے چاہیں جواب دیں۔ اس میں تقریباً ایک منٹ لگتا ہے۔
check-in-saved-note = آپ کے جوابات آپ کی ڈائری کے ساتھ نجی طور پر محفوظ ہوتے ہیں، تاکہ آپ دیکھ سکیں کہ وہ کیسے بدلتے ہیں۔
check-in-not-saved-note = آپ کے جوابات کہیں بھی محفوظ نہیں کیے جاتے۔
check-in-sleep = جو کچھ ہوا، وہ آپ کی نیند پر کتنا اثر ڈال رہا ہے؟
check-in-daily = یہ آپ کی روزمرہ زندگی پر کتنا اثر ڈال رہا ہے، جیسے کام، اسکول یا اپنا خیال رکھنا؟
check-in-feelings = اس کے بارے میں آپ کے احساسات آپ کے معمولات میں کتنی رکاوٹ بن رہے ہیں؟
check-in-safety = جہاں آپ رہتے ہیں وہاں آپ خود کو کتنا محفوظ محسوس کرتے ہیں؟
check-in-effect-0 = بالکل نہیں
check-in-effect-1 = تھوڑا سا
check-in-effect-2 = کافی حد تک
check-in-effect-3 = بہت زیادہ
check-in-safe-0 = محفوظ
check-in-safe-1 = زیادہ تر محفوظ
check-in-safe-2 = زیادہ محفوظ نہیں
check-in-safe-3 = بالکل محفوظ نہیں
check-in-risk-heading = دو مزید سوالات
check-in-risk-lead = ان کا جواب دینا ضروری نہیں۔ ہم یہ اس لیے پوچھتے ہیں تاکہ آپ کو صحیح مدد کی طرف بھیج سکیں۔
check-in-danger = کیا اس وقت کوئی آپ کو تکلیف پہنچا رہا ہے، دھمکا رہا ہے یا آپ کو ڈرا رہا ہے؟
check-in-harm = کیا آپ کو اپنی زندگی ختم کرنے یا خود کو نقصان پہنچانے کے خیالات آئے ہیں؟
check-in-yes = ہاں
check-in-no = نہیں
check-in-skip = میں یہ نہیں بتانا چاہتا/چاہتی
check-in-submit = دیکھیں کہ کس چیز سے مدد مل سکتی ہے
check-in-history-link = اپنے پچھلے جوابات دیکھیں
check-in-result-title = جانچ کا نتیجہ
check-in-result-low-heading = گائیڈز مددگار ہو سکتی ہیں
check-in-result-low-body = آپ کے جوابات کے مطابق، گائیڈز سے شروعات کرنا اچھا رہے گا۔ آپ کسی بھی وقت کسی سے بات بھی کر سکتے ہیں۔
check-in-result-high-heading = لگتا ہے کہ اس کا آپ پر بہت زیادہ اثر ہو رہا ہے
check-in-result-high-body = یہ گائیڈز ان لوگوں کے لیے ہیں جن پر اس کے اثرات کم یا درمیانے درجے کے ہوں۔ آپ اس سے زیادہ مدد کے حق دار ہیں جتنی ایک گائیڈ دے سکتی ہے۔ کسی سے بات کرنا واقعی مددگار ہو سکتا ہے، اور اس کے لیے ضروری نہیں کہ آپ نے پولیس کو بتایا ہو۔
check-in-result-danger-heading = محفوظ رہنا آپ کا حق ہے
check-in-result-danger-body = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔ خصوصی سروسز آپ کو محفوظ رہنے اور آگے کیا کرنا ہے اس کا منصوبہ بنانے میں مدد کر سکتی ہیں، اور اس کے لیے آپ کو پولیس کے پاس جانا ضروری نہیں۔
check-in-result-harm-heading = براہِ مہربانی ابھی کسی سے بات کریں
check-in-result-harm-body = آپ کو ان خیالات کا اکیلے سامنا نہیں کرنا۔ لوگ دن رات آپ کی بات سننے کے لیے تیار ہیں۔
check-in-result-harm-samaritans = Samaritans کو ⁦116 123⁩ پر کسی بھی وقت مفت کال کریں۔
check-in-result-harm-nhs = NHS 111 پر کال کریں اور ذہنی صحت (mental health) والا آپشن منتخب کریں۔
check-in-result-harm-999 = اگر آپ کو لگتا ہے کہ آپ ان خیالات پر عمل کر سکتے ہیں، یا آپ نے خود کو نقصان پہنچایا ہے، تو 999 پر کال کریں یا A&E (ہسپتال کا ایمرجنسی شعبہ) جائیں۔
check-in-result-guides = وہ گائیڈز جن سے آپ شروعات کر سکتے ہیں
check-in-result-guides-later = جب آپ خود کو تیار محسوس کریں تو یہ گائیڈز مددگار ہو سکتی ہیں
check-in-history-title = پچھلی جانچیں
check-in-history-heading = آپ کے پچھلے جوابات
check-in-history-caption = حال جانچنے کے آپ کے جوابات، سب سے نئے پہلے
check-in-history-empty = آپ نے ابھی تک اپنا حال نہیں جانچا۔
