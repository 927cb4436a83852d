# Draft translation: not yet checked by a fluent Arabic speaker.
# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = حسابكم
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج

## Registration

register-title = إنشاء حساب
register-heading = إنشاء حساب
register-lead = لا تحتاجون إلى حساب لقراءة الأدلة أو لطلب الدعم. يتيح لكم الحساب الاحتفاظ بيوميات خاصة، وحفظ تقدمكم في الأدلة، ومعرفة ما يحدث في طلب الدعم الذي أرسلتموه.
register-safe-heading = كيف نحافظ على أمان حسابكم
register-safe-body = في كل مرة تسجلون فيها الدخول، ستحتاجون إلى كلمة المرور وإلى رمز من تطبيق مصادقة على هاتفكم، مثل Google Authenticator أو Microsoft Authenticator أو Authy. لا يستطيع أي شخص آخر الدخول إلى حسابكم، حتى لو عرف كلمة المرور.
register-name-body = يمكنكم اختيار أي اسم لتسجيل الدخول. ليس من الضروري أن يكون اسمكم الحقيقي، ولا تحتاجون إلى عنوان بريد إلكتروني.
register-lose-both = إذا فقدتم كلمة المرور والهاتف معًا، فستحتاجون إلى إنشاء حساب جديد، وستضيع يومياتكم. لا يستطيع أحد، ولا حتى نحن، أن يعيدكم إلى الحساب أو أن يقرأ يومياتكم: هذا ما يحافظ على خصوصيتهما.
register-age-heading = من يمكنه الحصول على حساب
register-age-body = يجب أن يكون عمركم ١٦ عامًا أو أكثر. يمكن لأي شخص قراءة هذا الموقع دون حساب.
register-start = ابدأوا الآن
register-have-account = هل لديكم حساب بالفعل؟

register-who-title = لأي غرض ستستخدمون حسابكم؟
register-who-legend = لأي غرض ستستخدمون حسابكم؟
register-who-hint = الحساب لكم دائمًا: أنتم وحدكم تسجلون الدخول إليه، ومذكراته عنكم.
register-who-self = دعم لنفسي
register-who-self-hint = حدث لي شيء.
register-who-supporter = دعم لي وأنا أدعم شخصًا آخر
register-who-supporter-hint = مثلًا، تساعدون صديقًا أو قريبًا أو شريكًا أو جارًا أو زميلًا تأثر بجريمة. هذا لا ينشئ حسابًا له، ولن يعرف به.
register-who-error = اختاروا الغرض من استخدام حسابكم

register-age-title = هل عمركم ١٦ عامًا أو أكثر؟
register-age-legend = هل عمركم ١٦ عامًا أو أكثر؟
register-age-yes = نعم
register-age-no = لا
register-age-error = اختاروا «نعم» إذا كان عمركم ١٦ عامًا أو أكثر

under-16-title = مساعدة لليافعين
under-16-heading = يجب أن يكون عمركم ١٦ عامًا أو أكثر لإنشاء حساب
under-16-body = ما زال بإمكانكم قراءة كل ما في هذا الموقع دون حساب.
under-16-help-heading = أشخاص يمكنهم مساعدتكم الآن
under-16-childline = Childline (خط مساعدة الأطفال) مجاني لكل من هم دون 19 عامًا. يمكنكم الاتصال بالرقم 0800 1111 أو التحدث إلى مستشار عبر الإنترنت. لا تظهر المكالمات في فاتورة هاتفكم.
under-16-adult = يمكنكم أيضًا التحدث إلى شخص بالغ تثقون به، مثل معلم أو ممرضة المدرسة أو مرشد شبابي أو أحد الأقارب.
under-16-victim-support = لدى منظمة Victim Support (دعم الضحايا) خدمة للأطفال والشباب المتأثرين بالجريمة. اتصلوا بخط الدعم المجاني (Supportline) التابع لها على الرقم 08 08 16 89 111 ليوصلوكم بهذه الخدمة.
under-16-danger = إذا كنتم في خطر الآن، اتصلوا بالرقم 999.

details-title = اختاروا بيانات تسجيل الدخول
details-heading = اختاروا بيانات تسجيل الدخول
name-label = اسم تسجيل الدخول
name-hint = أي اسم ستتذكرونه، من ٣ أحرف على الأقل. ليس من الضروري أن يكون اسمكم الحقيقي. لن يراه أي شخص آخر.
email-label = عنوان البريد الإلكتروني (اختياري)
email-hint = لا تحتاجون إليه. لن يراه أي شخص آخر، ولا يُستخدم لتسجيل الدخول.
new-password-label = كلمة المرور
new-password-hint = ٨ أحرف على الأقل. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية يسهل تذكرها. يمكنكم لصق كلمة مرور من برنامج لإدارة كلمات المرور.
name-error-missing = أدخلوا اسمًا لتسجيل الدخول
name-error-too-short = يجب أن يتكون اسم تسجيل الدخول من ٣ أحرف على الأقل
name-error-too-long = يجب أن يتكون اسم تسجيل الدخول من ٦٤ حرفًا أو أقل
name-error-control = يمكن أن يحتوي اسم تسجيل الدخول على حروف وأرقام ومسافات وعلامات ترقيم فقط
email-error-invalid = أدخلوا عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com، أو اتركوا الخانة فارغة
password-error-missing = أدخلوا كلمة مرور
password-error-too-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }
password-error-too-long = يجب ألا يزيد عدد أحرف كلمة المرور عن { $max }
password-error-weak = سيكون من السهل جدًا على شخص آخر أن يخمّن كلمة المرور هذه.
password-weak-keyboard-row = صفوف المفاتيح المتجاورة، مثل qwerty، سهلة التخمين.
password-weak-keyboard-pattern = الأنماط القصيرة على لوحة المفاتيح سهلة التخمين.
password-weak-repeats = الحروف المكررة مثل aaa سهلة التخمين.
password-weak-repeated-group = المجموعات المكررة مثل abcabc سهلة التخمين.
password-weak-common = هذه واحدة من أكثر كلمات المرور شيوعًا.
password-weak-similar-common = هذه تشبه كثيرًا كلمة مرور شائعة.
password-weak-sequence = التسلسلات مثل abc أو 123 سهلة التخمين.
password-weak-recent-year = السنوات القريبة سهلة التخمين.
password-weak-single-word = الكلمة الواحدة سهلة التخمين.
password-weak-date = التواريخ سهلة التخمين.
password-weak-name = الأسماء وحدها سهلة التخمين.
password-tip-few-words = جربوا بضع كلمات لا تأتي معًا في العادة.
password-tip-no-symbols-needed = لا تحتاجون إلى رموز أو أرقام أو حروف كبيرة.
password-tip-add-word = أضيفوا كلمة أو كلمتين أخريين. الكلمات غير المألوفة أفضل.
password-tip-capitals = الحروف الكبيرة لا تجعل التخمين أصعب بكثير.
password-tip-reversed = الكلمات المكتوبة بالعكس ليست أصعب في التخمين بكثير.
password-tip-substitutions = استبدال الحروف بأرقام أو رموز، مثل @ بدلًا من a، لا يفيد كثيرًا.
password-tip-keyboard = استخدموا نمطًا أطول على لوحة المفاتيح يغيّر اتجاهه مرات أكثر.
password-tip-repeats = تجنبوا تكرار الكلمات والحروف.
password-tip-sequences = تجنبوا التسلسلات مثل abc أو 123.
password-tip-dates = تجنبوا التواريخ والسنوات، وخاصة تلك المرتبطة بكم.

authenticator-title = إعداد تطبيق المصادقة
authenticator-heading = إعداد تطبيق المصادقة
authenticator-step-install = ثبّتوا تطبيق مصادقة على هاتفكم إذا لم يكن لديكم واحد. التطبيقات Google Authenticator وMicrosoft Authenticator وAuthy كلها مجانية.
authenticator-step-add = في التطبيق، أضيفوا حسابًا.
authenticator-step-scan = إذا كانت هذه الصفحة على جهاز آخر، يمكنكم بدلًا من ذلك مسح رمز QR هذا بالتطبيق.
authenticator-qr-alt = رمز QR لإضافة Waymark إلى تطبيق المصادقة
authenticator-entry-name = سيعرض التطبيق هذا باسم “Waymark”، وهو اسم لا يكشف الغرض من هذا الموقع. لكن أي شخص يتصفح التطبيق على هاتفكم يمكنه رؤية هذا الإدخال. إذا كان أحد يتفقد هاتفكم، ففكروا فيما إذا كان ذلك آمنًا لكم.
authenticator-key-body = إذا كان التطبيق على هذا الهاتف، فاختاروا إدخال مفتاح، ثم انسخوا هذا المفتاح والصقوه أو اكتبوه. إذا سأل التطبيق، فاختاروا رمزًا مبنيًا على الوقت.
authenticator-key-label = المفتاح
authenticator-step-code = سيعرض التطبيق رمزًا من ٦ أرقام يتغير كل ٣٠ ثانية. أدخلوه أدناه.
code-label = الرمز من تطبيق المصادقة
code-hint = الرمز المكوّن من ٦ أرقام، مثل 123456.
code-error-missing = أدخلوا الرمز المكوّن من ٦ أرقام من تطبيق المصادقة
code-error-format = أدخلوا الرمز على شكل ٦ أرقام، أو رمز استرداد مثل ABCD-EFGH-2345-6789
code-error-wrong = الرمز غير صحيح. تأكدوا من أن الوقت في هاتفكم مضبوط تلقائيًا، ثم أدخلوا أحدث رمز.
code-error-used = تم استخدام هذا الرمز من قبل. انتظروا حتى يعرض التطبيق رمزًا جديدًا.

recovery-codes-title = احفظوا رموز الاسترداد
recovery-codes-heading = احفظوا رموز الاسترداد
recovery-codes-lead = إذا فقدتم هاتفكم أو تطبيق المصادقة، يمكنكم تسجيل الدخول بأحد هذه الرموز بدلًا من ذلك. كل رمز يعمل مرة واحدة فقط.
recovery-codes-list-label = رموز الاسترداد الخاصة بكم
recovery-codes-warning = لن تروا هذه الرموز مرة أخرى. احتفظوا بها في مكان آمن لا يستطيع أي شخص آخر الوصول إليه.
recovery-codes-safe-heading = طرق للحفاظ عليها بأمان
recovery-codes-safe-paper = اكتبوها على ورقة واحتفظوا بها في مكان خاص.
recovery-codes-safe-manager = احفظوها في برنامج لإدارة كلمات المرور.
recovery-codes-safe-not-phone = لا تحتفظوا بها فقط على الهاتف الذي عليه تطبيق المصادقة، ولا ترسلوها بالبريد الإلكتروني أو في رسالة.
recovery-codes-done = لقد حفظت رموزي

## Signing in

sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول
password-label = كلمة المرور
sign-in-button = تسجيل الدخول
sign-in-forgotten = هل نسيتم كلمة المرور؟
sign-in-help = مشكلات أخرى في تسجيل الدخول
sign-in-no-account = ليس لديكم حساب بعد؟
sign-in-create = إنشاء حساب
sign-in-error-name = أدخلوا اسم تسجيل الدخول
sign-in-error-password = أدخلوا كلمة المرور
sign-in-error-mismatch = اسم تسجيل الدخول أو كلمة المرور غير صحيح
sign-in-error-wait = محاولات كثيرة جدًا. انتظروا { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}، ثم حاولوا مرة أخرى.
sign-in-paused = تم إيقاف تسجيل الدخول بكلمة المرور وحدها مؤقتًا لاسم تسجيل الدخول هذا، لمدة { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة إضافية
    [two] دقيقتين إضافيتين
    [few] { $minutes } دقائق إضافية
    [many] { $minutes } دقيقة إضافية
   *[other] { $minutes } دقيقة إضافية
}، بسبب كثرة المحاولات غير الناجحة.
sign-in-paused-owner = إذا كان هذا حسابكم، ما زال بإمكانكم تسجيل الدخول الآن: أدخلوا كلمة المرور ورمزًا من تطبيق المصادقة (أو رمز استرداد) معًا.
sign-in-paused-code-label = الرمز من تطبيق المصادقة، أو رمز استرداد
sign-in-error-busy = يحاول عدد كبير جدًا من الأشخاص تسجيل الدخول في الوقت نفسه. حاولوا مرة أخرى بعد قليل.
limit-error-too-many = تمت محاولات كثيرة جدًا. حاول مرة أخرى بعد ساعة.
sign-in-session-idle = تم تسجيل خروجكم لأنه لم يحدث أي نشاط لمدة ٣٠ دقيقة.
sign-in-session-expired = تم تسجيل خروجكم لأنكم بقيتم مسجلين الدخول لمدة ١٢ ساعة.
sign-in-session-needed = سجلوا الدخول لرؤية تلك الصفحة.

code-title = أدخلوا الرمز
code-heading = أدخلوا الرمز من تطبيق المصادقة
code-use-recovery = استخدام رمز استرداد بدلًا من ذلك
code-error-paused = أُدخلت رموز خاطئة كثيرة جدًا من هذا الاتصال. انتظروا { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}، أو أعيدوا تعيين كلمة المرور باستخدام رمز استرداد.

recovery-sign-in-title = استخدام رمز استرداد
recovery-sign-in-heading = أدخلوا رمز استرداد
recovery-code-label = رمز الاسترداد
recovery-code-hint = يبدو بهذا الشكل: ABCD-EFGH-2345-6789. كل رمز يعمل مرة واحدة فقط.
recovery-code-error-missing = أدخلوا أحد رموز الاسترداد الخاصة بكم
recovery-code-error-format = أدخلوا رمز استرداد مثل ABCD-EFGH-2345-6789
recovery-code-error-wrong = رمز الاسترداد هذا غير صحيح، أو تم استخدامه من قبل

lost-access-title = مشكلات في تسجيل الدخول
lost-access-heading = إذا لم تستطيعوا تسجيل الدخول
lost-access-password-heading = إذا نسيتم كلمة المرور
lost-access-password-body = يمكنكم وضع كلمة مرور جديدة إذا كان لديكم تطبيق المصادقة وأحد رموز الاسترداد.
lost-access-password-link = إعادة تعيين كلمة المرور
lost-access-phone-heading = إذا فقدتم هاتفكم أو تطبيق المصادقة
lost-access-phone-body = سجلوا الدخول بكلمة المرور وأحد رموز الاسترداد. ثم أعيدوا إعداد تطبيق المصادقة من صفحة حسابكم.
lost-access-both-heading = إذا فقدتم كلمة المرور والهاتف، أو الهاتف ورموز الاسترداد
lost-access-both-body = لا يستطيع أحد أن يعيدكم إلى حسابكم، ولا حتى نحن. هذا ما يحافظ على خصوصيته: فكل من يعرف اسم تسجيل الدخول أو لديه هاتفكم القديم لا يستطيع الدخول أيضًا.
lost-access-both-new = يمكنكم إنشاء حساب جديد. لا يمكن استرجاع أي شيء محفوظ في الحساب القديم، بما في ذلك يومياتكم.

signed-out-title = تم تسجيل الخروج
signed-out-heading = لقد سجلتم الخروج
signed-out-idle-heading = تم تسجيل خروجكم
signed-out-idle = تم تسجيل خروجكم لأنه لم يحدث أي نشاط لمدة ٣٠ دقيقة. هذا يحمي حسابكم إذا تركتم جهازكم.
signed-out-tip = إذا كنتم تستخدمون جهازًا مشتركًا مع آخرين، أغلقوا نافذة المتصفح أيضًا.
signed-out-sign-in = تسجيل الدخول مرة أخرى

session-warning-title = سيتم تسجيل خروجكم قريبًا
session-warning-body = لحماية حسابكم، سيتم تسجيل خروجكم إذا لم يحدث أي نشاط لمدة ٣٠ دقيقة.
session-warning-stay = البقاء مسجلين الدخول
session-warning-leave = تسجيل الخروج الآن

## Forgotten password

reset-title = إعادة تعيين كلمة المرور
reset-heading = إعادة تعيين كلمة المرور
reset-lead = تحتاجون إلى اسم تسجيل الدخول، وأحد رموز الاسترداد، وتطبيق المصادقة.
reset-button = إعادة تعيين كلمة المرور
reset-error-mismatch = هذه البيانات لا تطابق أي حساب. تحققوا منها وحاولوا مرة أخرى.
reset-done-title = تمت إعادة تعيين كلمة المرور
reset-done-heading = تمت إعادة تعيين كلمة المرور
reset-done-body = لقد استخدمتم أحد رموز الاسترداد، وتم تسجيل خروجكم من كل الأجهزة. سجلوا الدخول بكلمة المرور الجديدة.

## The account page

account-title = حسابكم
account-heading = حسابكم
account-for = الحساب مخصص لـ
account-for-self = دعم لنفسي
account-for-supporter = دعم لي بصفتي داعمًا
supporter-guides-link = أدلة لمن يدعمون شخصًا ما
account-role = الدور
account-role-staff = موظف
account-service = الخدمة
account-recovery-left = رموز الاسترداد المتبقية
account-recovery-get-new = الحصول على رموز جديدة
account-security-heading = الأمان
account-change-password = تغيير كلمة المرور
account-reset-authenticator = إعادة إعداد تطبيق المصادقة
account-new-recovery-codes = الحصول على رموز استرداد جديدة
account-sessions-heading = الأجهزة التي سجلتم الدخول منها
account-sessions-caption = الأجهزة المسجل دخولها إلى حسابكم
account-sessions-device = الجهاز
account-sessions-last-active = آخر نشاط
account-sessions-this-device = هذا الجهاز
account-sessions-sign-out-others = تسجيل الخروج من كل الأجهزة الأخرى
account-data-heading = معلوماتكم
account-data-body = نزّلوا كل ما يحتويه حسابكم، في ملف يمكنكم الاحتفاظ به أو مشاركته مع شخص تثقون به.
account-data-download = تنزيل معلوماتكم
account-delete-heading = حذف حسابكم
account-delete-link = حذف حسابكم
account-sign-out = تسجيل الخروج

device-description = { $browser } على { $system }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = متصفح
device-system-android = Android
device-system-ios = iPhone أو iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = جهاز آخر
time-just-now = الآن
time-minutes-ago = { $minutes ->
    [zero] منذ أقل من دقيقة
    [one] منذ دقيقة واحدة
    [two] منذ دقيقتين
    [few] منذ { $minutes } دقائق
    [many] منذ { $minutes } دقيقة
   *[other] منذ { $minutes } دقيقة
}
time-hours-ago = { $hours ->
    [zero] منذ أقل من ساعة
    [one] منذ ساعة واحدة
    [two] منذ ساعتين
    [few] منذ { $hours } ساعات
    [many] منذ { $hours } ساعة
   *[other] منذ { $hours } ساعة
}

flash-password-changed = تم تغيير كلمة المرور. تم تسجيل خروجكم من الأجهزة الأخرى.
flash-authenticator-changed = تمت إعادة إعداد تطبيق المصادقة. الرموز من التطبيق القديم لم تعد تعمل.
flash-recovery-codes-replaced = لديكم رموز استرداد جديدة. رموزكم القديمة لم تعد تعمل.
flash-other-sessions-ended = تم تسجيل خروجكم من كل الأجهزة الأخرى.
flash-welcome = حسابكم جاهز.
flash-recovery-codes-low = { $count ->
    [zero] لم يبقَ لديكم أي رمز استرداد
    [one] بقي لديكم رمز استرداد واحد فقط
    [two] بقي لديكم رمزا استرداد فقط
    [few] بقي لديكم { $count } رموز استرداد فقط
    [many] بقي لديكم { $count } رمز استرداد فقط
   *[other] بقي لديكم { $count } رمز استرداد فقط
}. احصلوا على رموز جديدة حتى لا تنفد رموزكم.
flash-code-failures = { $count ->
    [zero] لم يُدخَل أي رمز خاطئ
    [one] أُدخل رمز خاطئ واحد
    [two] أُدخل رمزان خاطئان
    [few] أُدخلت { $count } رموز خاطئة
    [many] أُدخل { $count } رمزًا خاطئًا
   *[other] أُدخل { $count } رمز خاطئ
} في حسابكم قبل أن تسجلوا الدخول. إذا لم تكونوا أنتم من فعل ذلك، فقد يكون شخص ما يعرف كلمة المرور الخاصة بكم: غيّروها الآن.

reauth-lead = للحفاظ على أمان حسابكم، أكّدوا أنكم أنتم أصحاب الحساب.
reauth-code-label = الرمز من تطبيق المصادقة، أو رمز استرداد
reauth-error-mismatch = البيانات غير صحيحة. تحققوا من اسم تسجيل الدخول وكلمة المرور والرمز.

change-password-title = تغيير كلمة المرور
change-password-heading = تغيير كلمة المرور
current-password-label = كلمة المرور الحالية
change-password-new-label = كلمة المرور الجديدة
change-password-button = تغيير كلمة المرور

reset-authenticator-title = إعادة إعداد تطبيق المصادقة
reset-authenticator-heading = إعادة إعداد تطبيق المصادقة
reset-authenticator-lead = افعلوا ذلك إذا كان لديكم هاتف جديد أو إذا فقدتم التطبيق. سيتوقف تطبيقكم القديم عن العمل.

new-codes-title = الحصول على رموز استرداد جديدة
new-codes-heading = الحصول على رموز استرداد جديدة
new-codes-lead = ستحصلون على ١٠ رموز جديدة. ستتوقف رموزكم القديمة عن العمل.

delete-title = حذف حسابكم
delete-heading = حذف حسابكم
delete-warning = لا يمكن التراجع عن هذا. سيُحذف حسابكم وكل ما فيه فورًا، بما في ذلك يومياتكم وتقدمكم في الأدلة.
delete-button = حذف حسابي
deleted-title = تم حذف الحساب
deleted-heading = تم حذف حسابكم
deleted-body = تم حذف كل ما كان فيه. ما زال بإمكانكم استخدام هذا الموقع دون حساب.

## Staff enrolment

staff-enrol-title = إعداد حساب الموظف
staff-enrol-heading = إعداد حساب الموظف
staff-enrol-lead = مرحبًا { $name }. اختاروا بيانات تسجيل الدخول، ثم قوموا بإعداد تطبيق المصادقة. تسجيل الدخول بخطوتين مفعّل دائمًا للموظفين.
invite-invalid-title = الرابط غير صالح
invite-invalid-heading = انتهت صلاحية هذا الرابط أو تم استخدامه من قبل
invite-invalid-body = روابط التسجيل تعمل مرة واحدة، ولمدة ٢٤ ساعة. اطلبوا رابطًا جديدًا من أحد المسؤولين.
nav-label = الحساب
code-error-closed = أُدخلت رموز خاطئة كثيرة جدًا لهذا الحساب، لذا لم يعد يقبل رموزًا. أعيدوا تعيين كلمة المرور برمز استرداد لفتحه من جديد.
flash-code-entry-was-closed = أُغلق إدخال الرموز لحسابكم بعد رموز خاطئة كثيرة جدًا، حتى أعدتم تعيين كلمة المرور. إذا لم تكن تلك الرموز منكم، فقد يعرف أحدهم كلمة المرور.
