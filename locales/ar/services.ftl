# Draft translation: not yet checked by a fluent Arabic speaker.
# The service directory, and the words it shares with requests for support.

nav-services = الخدمات

services-title = الخدمات
services-heading = خدمات يمكنها المساعدة
services-lead = خدمات محلية ووطنية للأشخاص المتأثرين بالجريمة. إنها مجانية، ومعظمها مستقل عن الشرطة.
services-request-lead = يمكن التواصل مع بعض الخدمات المحلية من خلال هذا الموقع. أخبرونا قليلًا عما حدث، وستتواصل معكم الخدمة المناسبة بالطريقة التي تقولون إنها آمنة.
services-request-link = اطلبوا من خدمة أن تتواصل معكم
services-search-label = البحث في الخدمات
services-search-button = بحث
services-search-results = خدمات عن «{ $words }»
services-filter-label = تصفية الخدمات
services-filter-what = ماذا حدث
services-filter-who = لمن
services-filter-clear = عرض كل الخدمات
services-count = { $count ->
    [0] لم نجد أي خدمة. جربوا كلمات أخرى.
    [zero] لم نجد أي خدمة. جربوا كلمات أخرى، أو اعرضوا كل الخدمات.
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}

service-about = عن هذه الخدمة
service-national = وطنية
service-local = محلية في منطقة Cleveland
service-takes-requests = يمكنكم أن تطلبوا منهم التواصل معكم من خلال هذا الموقع
service-police-run = هذه الخدمة تديرها الشرطة.
service-placeholder = ما زلنا نتحقق من بعض هذه التفاصيل مع الخدمة.
service-ages-between = الأعمار من { $min } إلى { $max }
service-ages-from = الأعمار من { $min } فما فوق
service-ages-up-to = الأعمار حتى { $max }

crime-violence = عنف أو اعتداء أو تهديدات
crime-theft-burglary = سطو على المنزل أو سرقة بالإكراه أو سرقة
crime-domestic-abuse = العنف الأسري
crime-sexual-violence = اغتصاب أو اعتداء جنسي أو إساءة جنسية
crime-stalking-harassment = الملاحقة أو التحرش
crime-hate-crime = جريمة كراهية
crime-fraud-cyber = احتيال أو نصب أو جريمة عبر الإنترنت
crime-anti-social-behaviour = سلوك معادٍ للمجتمع (anti-social behaviour)
crime-road-collision = حادث سير
crime-criminal-damage = إتلاف الممتلكات
crime-other = شيء آخر
crime-not-sure = لا أعرف إن كان ما حدث جريمة

need-emotional = شخص أتحدث إليه عن مشاعري
need-practical = مساعدة عملية، مثل الإصلاحات أو المال أو ملء الاستمارات
need-safety = مساعدة لأشعر بالأمان أكثر أو لأكون أكثر أمانًا
need-justice = فهم عمل الشرطة والمحاكم
need-restorative-justice = التواصل مع الشخص الذي آذاني (العدالة التصالحية – restorative justice)
need-information = معلومات عن الخيارات المتاحة لي
need-crisis = الدعم في أوقات الأزمات

group-everyone = الجميع
group-women = النساء
group-men = الرجال
group-lgbtq = مجتمع الميم (LGBTQ+)
group-deaf = الصم
group-young-people = الشباب
group-older-people = كبار السن
group-bame = السود والآسيويون والأقليات العرقية
group-migrants = المهاجرون واللاجئون
group-disabled = الأشخاص ذوو الإعاقة

contact-kind-phone = الهاتف
contact-kind-text = رسالة نصية
contact-kind-email = البريد الإلكتروني
contact-kind-website = الموقع الإلكتروني
contact-kind-webchat = الدردشة عبر الإنترنت
contact-kind-bsl-video-relay = ترجمة بلغة الإشارة البريطانية عبر الفيديو (BSL video relay)
contact-kind-relay-uk = Relay UK

age-under-13 = أقل من ١٣
age-13-15 = من ١٣ إلى ١٥
age-16-17 = ١٦ أو ١٧
age-18-24 = من ١٨ إلى ٢٤
age-25-44 = من ٢٥ إلى ٤٤
age-45-64 = من ٤٥ إلى ٦٤
age-65-plus = ٦٥ أو أكثر

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = تم التحقق من التفاصيل في { $date }
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
