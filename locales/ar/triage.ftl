# Draft translation: not yet checked by a fluent Arabic speaker.
# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = الطلبات
triage-queue-heading = طلبات الدعم
triage-queue-caption = طلبات الدعم، العاجلة أولًا ثم الأحدث أولًا
triage-queue-empty = لا توجد طلبات هنا.
triage-filter-label = التصفية حسب الحالة
triage-all = الكل
triage-reference = الرقم المرجعي
triage-received = تاريخ الاستلام
triage-what = ماذا حدث
triage-age = العمر
triage-from = مقدم الطلب
triage-self = الشخص نفسه
triage-by-supporter = شخص داعم، بموافقة الشخص المعني
triage-status = الحالة
triage-assigned = مسند إلى
triage-unassigned = غير مسند
triage-assigned-to-you = مسند إليكم
triage-assigned-to = مسند إلى { $name }
triage-urgent = عاجل
triage-urgent-first = تأتي الطلبات العاجلة أولًا: الشخص ليس بأمان الآن أو غير متأكد، أو ما زال الأمر يحدث، أو طلب دعمًا في أزمة.
triage-report-link = تقرير للمفوض
triage-audit-link = سجل التدقيق

triage-status-new = جديد
triage-status-in-contact = على تواصل
triage-status-supported = يتلقى الدعم
triage-status-closed = مغلق
triage-status-transferred = محوّل

triage-received-on = تم الاستلام في { $date }
triage-open-lead = فتح هذا الطلب يعرض بيانات الشخص. ويُسجَّل ذلك في سجل الطلب مع اسمكم والوقت.
triage-open-button = افتحوا هذا الطلب
triage-safety-heading = قبل أن تتواصلوا
triage-safety-supporter = قدّم هذا الطلب شخص داعم. تواصلوا مع الشخص المعني أولًا، بالطرق المذكورة أدناه؛ ولا تتواصلوا مع الشخص الداعم إلا إذا لم تستطيعوا الوصول إليه.
triage-contact-heading = مع من تتواصلون
triage-details-heading = عن الطلب
triage-actions-heading = الإجراءات
triage-assign-to-me = إسناده إليّ
triage-status-legend = الحالة
triage-status-error = اختاروا حالة
triage-note-label = أضيفوا ملاحظة (اختياري)
triage-note-hint = تُحفظ الملاحظات مع الطلب ولا يراها إلا فريق خدمتكم.
triage-update-save = حفظ الحالة والملاحظة
triage-update-nothing = اختاروا حالة مختلفة أو اكتبوا ملاحظة
triage-note-error = اكتبوا ملاحظة لحفظها
triage-transfer-legend = التحويل إلى خدمة أخرى
triage-transfer-reason = لماذا تحوّلون الطلب؟
triage-transfer-save = تحويل
triage-transfer-service-error = اختاروا الخدمة التي تريدون التحويل إليها
triage-transfer-reason-error = اذكروا سبب التحويل
triage-saved = تم الحفظ.
triage-transferred = تم تحويل الطلب. أصبح الآن في قائمة الخدمة الأخرى.
triage-history-heading = السجل
triage-history-system = البوابة
triage-event-received = تم الاستلام والإرسال إلى { $service }
triage-event-viewed = تم الاطلاع عليه
triage-views =
    { $count ->
        [one] فُتح مرة واحدة
       *[other] فُتح { $count } مرات
    }، آخرها بواسطة { $name } في { $when }.
triage-event-assigned = تم الإسناد
triage-event-status = تم تغيير الحالة إلى { $status }
triage-event-note = تمت إضافة ملاحظة
triage-event-transferred = تم التحويل إلى { $service }

triage-audit-title = سجل التدقيق
triage-audit-heading = سجل التدقيق
triage-audit-lead = كل مرة تم فيها استلام طلب أو الاطلاع عليه أو تغييره، الأحدث أولًا. الملاحظات لا تظهر هنا.
triage-audit-when = متى
triage-audit-service = الخدمة
triage-audit-who = من
triage-audit-what = ماذا

triage-report-title = التقرير
triage-report-heading = طلبات الدعم: تقرير
triage-report-lead = أعداد الطلبات المقدمة من خلال البوابة، لمفوض الشرطة والجريمة (Police and Crime Commissioner). لا شيء هنا يكشف هوية أي شخص: الأعداد من ١ إلى ٤ تظهر على أنها «أقل من ٥».
triage-report-period = الفترة
triage-report-days = { $days ->
    [zero] آخر { $days } يوم
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}
triage-report-total = { $count ->
    [zero] لا توجد طلبات في هذه الفترة
    [one] طلب واحد في هذه الفترة
    [two] طلبان في هذه الفترة
    [few] { $count } طلبات في هذه الفترة
    [many] { $count } طلبًا في هذه الفترة
   *[other] { $count } طلب في هذه الفترة
}
triage-report-csv = التنزيل كملف CSV
triage-report-answer = الإجابة
triage-report-count = الطلبات
triage-report-fewer = أقل من ٥
triage-report-by-crime = ماذا حدث (قد يكون للطلب الواحد عدة إجابات)
triage-report-by-service = الخدمة المستلمة
triage-report-service = { $name }
triage-report-by-age = العمر
triage-report-by-who = مقدم الطلب

account-requests-heading = طلبات الدعم التي أرسلتموها
account-requests-caption = الطلبات التي أرسلتموها، الأحدث أولًا
account-requests-reference = الرقم المرجعي
account-requests-sent = تاريخ الإرسال
account-requests-service = الخدمة
account-requests-status = الحالة
account-request-received = تم الاستلام. سيتواصلون معكم بالطريقة التي قلتم إنها آمنة.
account-request-in-progress = الخدمة على تواصل معكم
account-request-closed = مغلق
account-staff-queue = فتح طلبات خدمتكم

staff-team-link = حسابات الموظفين
staff-team-title = حسابات الموظفين
staff-team-heading = حسابات الموظفين
staff-team-lead = لا يمكن للحساب المعطّل تسجيل الدخول، وتنتهي جلساته فورًا. لا تُحذف الحسابات أبدًا، لذا يبقى ما فعله كل شخص في سجل التدقيق باسمه.
staff-team-name = الاسم
staff-team-role = الدور
staff-team-standing = الحساب
staff-team-action = تغيير
staff-standing-invited = مدعو، لم يسجّل بعد
staff-standing-active = نشط
staff-standing-disabled = معطّل
staff-disable = تعطيل
staff-enable = إعادة التفعيل
staff-log-heading = سجل حسابات الموظفين
staff-log-lead = التسجيلات، وعمليات تسجيل الدخول، والمحاولات الفاشلة، وتطبيقات المصادقة ورموز الاسترداد الجديدة، والحسابات المعطّلة أو المعاد تفعيلها، الأحدث أولًا. لا تُحفظ عناوين ولا تفاصيل شخصية أخرى.
staff-log-by = بواسطة
staff-event-enrolled = سجّل
staff-event-signed-in = سجّل الدخول
staff-event-sign-in-failed = فشل تسجيل الدخول
staff-event-authenticator-reset = تم إعداد تطبيق مصادقة جديد
staff-event-recovery-codes-replaced = تم إنشاء رموز استرداد جديدة
staff-event-disabled = تم تعطيل الحساب
staff-event-enabled = تمت إعادة تفعيل الحساب

# Teams and roles
staff-role-caseworker = مسؤول حالات
staff-role-manager = مدير الخدمة
staff-role-commissioner = الجهة المفوِّضة
staff-role-operator = مسؤول الموقع
staff-role-caseworker-hint = يعمل على طلبات الخدمة.
staff-role-manager-hint = يعمل على الطلبات، ويدير أيضًا حسابات الموظفين ويطّلع على سجل التدقيق الخاص بالخدمة.
staff-role-commissioner-hint = يطّلع على الأرقام عبر جميع الخدمات. لا يرى الطلبات أو بيانات أي شخص أبدًا.
staff-role-operator-hint = يدير حسابات الموظفين في جميع الخدمات.
staff-event-invited = دُعي برابط تسجيل
staff-event-reinvited = أُعيد ضبط تسجيل الدخول وأُنشئ رابط تسجيل جديد
staff-event-made-manager = عُيّن مديرًا للخدمة
staff-event-made-caseworker = عُيّن مسؤول حالات
staff-team-action-for = { $action }: { $name }
staff-new-link = رابط تسجيل جديد
staff-reset = إعادة ضبط تسجيل الدخول
staff-make-manager = تعيين مديرًا
staff-make-caseworker = تعيين مسؤول حالات
staff-never-signed-in = ليس بعد
staff-team-every-service = جميع الخدمات
staff-invite-link = دعوة شخص
staff-team-service = الخدمة
staff-team-last-sign-in = آخر تسجيل دخول
staff-invite-title = دعوة شخص
staff-invite-heading = دعوة شخص إلى الفريق
staff-invite-lead = ستحصل على رابط يعمل مرة واحدة لمدة 24 ساعة. أعطه للشخص بنفسك: يستخدمه لاختيار بيانات تسجيل الدخول وإعداد تطبيق المصادقة.
staff-invite-name = اسمه
staff-invite-name-hint = كما سيراه الزملاء في قائمة الطلبات وسجل التدقيق.
staff-invite-role = ما الذي سيفعله؟
staff-invite-service = لأي خدمة يعمل؟
staff-invite-service-hint = غير مطلوب للجهة المفوِّضة.
staff-invite-submit = إنشاء رابط تسجيل
staff-invite-name-error = أدخل اسمه
staff-invite-role-error = اختر ما الذي سيفعله
staff-invite-service-error = اختر الخدمة التي يعمل لها
staff-last-manager-error = تحتاج الخدمة إلى مدير واحد على الأقل يمكنه تسجيل الدخول. عيّن شخصًا آخر مديرًا أولًا.
staff-link-title = رابط التسجيل
staff-link-heading = تم إنشاء رابط التسجيل
staff-link-lead = أعطِ هذا الرابط إلى { $name } بنفسك، بطريقة لا يقرؤها غيره. يستخدمه لاختيار بيانات تسجيل الدخول وإعداد تطبيق المصادقة.
staff-link-lead-reset = لم تعد بيانات تسجيل الدخول وتطبيق المصادقة الخاصة بـ { $name } تعمل، وانتهت جلساته. أعطه هذا الرابط بنفسك، بطريقة لا يقرؤها غيره، لإعداد بيانات جديدة.
staff-link-label = رابط التسجيل
staff-link-expires = يعمل مرة واحدة، حتى { $when } (بتوقيت المملكة المتحدة).
staff-link-once = لن يظهر هذا الرابط مرة أخرى. إذا فُقد، أنشئ رابطًا جديدًا من صفحة حسابات الموظفين.
staff-link-back = العودة إلى حسابات الموظفين
