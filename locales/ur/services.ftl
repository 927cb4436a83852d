# Draft translation: not yet checked by a fluent Urdu speaker.
# The service directory, and the words it shares with requests for support.

nav-services = سروسز

services-title = سروسز
services-heading = سروسز جو مدد کر سکتی ہیں
services-lead = جرم سے متاثرہ لوگوں کے لیے مقامی اور قومی سروسز۔ یہ مفت ہیں، اور ان میں سے زیادہ تر پولیس سے الگ اور آزاد ہیں۔
services-request-lead = کچھ مقامی سروسز سے اس ویب سائٹ کے ذریعے رابطہ کیا جا سکتا ہے۔ ہمیں تھوڑا سا بتائیں کہ کیا ہوا، اور صحیح سروس آپ سے اس طریقے سے رابطہ کرے گی جسے آپ محفوظ بتائیں۔
services-request-link = کسی سروس سے کہیں کہ وہ آپ سے رابطہ کرے
services-search-label = سروسز تلاش کریں
services-search-button = تلاش کریں
services-search-results = “{ $words }” کے لیے سروسز
services-filter-label = سروسز کو فلٹر کریں
services-filter-what = کیا ہوا
services-filter-who = کس کے لیے
services-filter-clear = تمام سروسز دکھائیں
services-count = { $count ->
    [0] کوئی سروس نہیں ملی۔ دوسرے الفاظ آزمائیں۔
    [one] 1 سروس
   *[other] { $count } سروسز
}

service-about = اس سروس کے بارے میں
service-national = قومی
service-local = Cleveland میں مقامی
service-takes-requests = آپ اس ویب سائٹ کے ذریعے ان سے کہہ سکتے ہیں کہ وہ آپ سے رابطہ کریں
service-police-run = یہ سروس پولیس چلاتی ہے۔
service-placeholder = ان میں سے کچھ تفصیلات کی ابھی سروس کے ساتھ تصدیق کی جا رہی ہے۔
service-ages-between = عمر { $min } سے { $max } سال
service-ages-from = عمر { $min } سال اور اس سے زیادہ
service-ages-up-to = عمر { $max } سال تک

crime-violence = تشدد، حملہ یا دھمکیاں
crime-theft-burglary = گھر میں چوری (نقب زنی)، ڈکیتی یا چوری
crime-domestic-abuse = گھریلو بدسلوکی
crime-sexual-violence = ریپ (عصمت دری)، جنسی حملہ یا جنسی زیادتی
crime-stalking-harassment = پیچھا کرنا (stalking) یا ہراساں کرنا
crime-hate-crime = نفرت پر مبنی جرم (hate crime)
crime-fraud-cyber = فراڈ، دھوکا دہی یا آن لائن جرم
crime-anti-social-behaviour = سماج دشمن رویہ (anti-social behaviour)
crime-road-collision = سڑک پر ٹکر یا حادثہ
crime-criminal-damage = جائیداد یا سامان کو نقصان پہنچانا
crime-other = کچھ اور
crime-not-sure = مجھے یقین نہیں کہ یہ جرم تھا

need-emotional = کوئی جس سے میں اپنے احساسات کے بارے میں بات کر سکوں
need-practical = عملی مدد، جیسے مرمت، پیسے یا فارم بھرنا
need-safety = خود کو محفوظ محسوس کرنے یا محفوظ رہنے میں مدد
need-justice = پولیس اور عدالتوں کو سمجھنا
need-restorative-justice = اس شخص سے بات چیت جس نے مجھے نقصان پہنچایا (restorative justice)
need-information = میرے پاس موجود راستوں کے بارے میں معلومات
need-crisis = بحران کے وقت مدد

group-everyone = سب کے لیے
group-women = خواتین
group-men = مرد
group-lgbtq = LGBTQ+ افراد
group-deaf = بہرے (Deaf) افراد
group-young-people = نوجوان
group-older-people = بزرگ افراد
group-bame = سیاہ فام، ایشیائی اور اقلیتی نسلی پس منظر کے لوگ
group-migrants = تارکینِ وطن اور پناہ گزین
group-disabled = معذور افراد

contact-kind-phone = فون
contact-kind-text = ٹیکسٹ میسج
contact-kind-email = ای میل
contact-kind-website = ویب سائٹ
contact-kind-webchat = ویب چیٹ
contact-kind-bsl-video-relay = برطانوی اشاروں کی زبان (British Sign Language) میں ویڈیو ریلے
contact-kind-relay-uk = Relay UK

age-under-13 = 13 سال سے کم
age-13-15 = 13 سے 15 سال
age-16-17 = 16 یا 17 سال
age-18-24 = 18 سے 24 سال
age-25-44 = 25 سے 44 سال
age-45-64 = 45 سے 64 سال
age-65-plus = 65 سال یا اس سے زیادہ

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = تفصیلات کی جانچ { $date } کو ہوئی
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
