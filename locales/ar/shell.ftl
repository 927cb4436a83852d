# Draft translation: not yet checked by a fluent Arabic speaker.
# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = الانتقال إلى المحتوى الرئيسي
exit-this-page = الخروج من هذه الصفحة
exit-this-page-hint = أو اضغطوا على مفتاح Shift ٣ مرات
language-switcher-label = اختيار اللغة

footer-urgent = هل أنتم في خطر الآن؟ اتصلوا بالرقم 999. إذا لم تستطيعوا الكلام وكنتم تتصلون من هاتف محمول، اضغطوا 55 عندما يُطلب منكم ذلك.
footer-links-heading = معلومات عن هذا الموقع
footer-staying-safe = البقاء بأمان على الإنترنت
footer-bsl = لغة الإشارة البريطانية (BSL)
footer-privacy = الخصوصية
footer-accessibility = سهولة الاستخدام
footer-cookies = ملفات تعريف الارتباط (الكوكيز)
footer-independent = Waymark مستقل عن الشرطة. يمكنكم استخدامه سواء أخبرتم أحدًا بما حدث أم لا.

not-found-title = الصفحة غير موجودة
not-found-heading = الصفحة غير موجودة
not-found-body = إذا كتبتم عنوان الصفحة بأنفسكم، تأكدوا من أنه صحيح. إذا وصلتم من خلال رابط، فربما نُقلت الصفحة إلى مكان آخر.
not-found-home = الذهاب إلى الصفحة الرئيسية

cross-site-title = لم يتم إرسال النموذج
cross-site-heading = لم يتم إرسال النموذج
cross-site-body = جاء النموذج من موقع آخر، لذلك لم نقبله. هذا يحميكم من المواقع التي تحاول التصرف باسمكم. إذا كنتم قد ملأتم نموذجًا على هذا الموقع، فارجعوا إليه وأرسلوه مرة أخرى.

server-error-title = عذرًا، هناك مشكلة
server-error-heading = عذرًا، هناك مشكلة في الخدمة
server-error-body = حاولوا مرة أخرى لاحقًا. كل ما حفظتموه من قبل ما زال محفوظًا بأمان.
server-error-urgent = إذا كنتم بحاجة إلى مساعدة الآن، اتصلوا بخط الدعم المجاني (Supportline) التابع لمنظمة Victim Support (دعم الضحايا) على الرقم 08 08 16 89 111، أو بالرقم 999 في حالات الطوارئ.
