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
staff-role-admin = مسؤول
staff-role-staff = موظف
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
