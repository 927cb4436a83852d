# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = درخواست‌ها
triage-queue-heading = درخواست‌های حمایت
triage-queue-caption = درخواست‌های حمایت، اول فوری‌ها و بعد جدیدترین‌ها
triage-queue-empty = اینجا درخواستی وجود ندارد.
triage-filter-label = فیلتر بر اساس وضعیت
triage-all = همه
triage-reference = شمارهٔ پیگیری
triage-received = تاریخ دریافت
triage-what = چه اتفاقی افتاد
triage-age = سن
triage-from = ثبت‌شده توسط
triage-self = خود فرد
triage-by-supporter = یک حامی، با موافقت خود فرد
triage-status = وضعیت
triage-assigned = واگذارشده به
triage-unassigned = واگذار نشده
triage-assigned-to-you = به شما واگذار شده
triage-assigned-to = واگذارشده به { $name }
triage-urgent = فوری
triage-urgent-first = درخواست‌های فوری اول می‌آیند: فرد الان در امان نیست یا مطمئن نیست، هنوز ادامه دارد، یا حمایت در بحران خواسته است.
triage-report-link = گزارش برای کمیسر
triage-audit-link = سابقهٔ رویدادها (audit log)

triage-status-new = جدید
triage-status-in-contact = در تماس
triage-status-supported = در حال دریافت حمایت
triage-status-closed = بسته‌شده
triage-status-transferred = منتقل‌شده

triage-received-on = دریافت‌شده در { $date }
triage-open-lead = باز کردن این درخواست جزئیات فرد را نشان می‌دهد. این کار با نام شما و زمان در تاریخچهٔ درخواست ثبت می‌شود.
triage-open-button = باز کردن این درخواست
triage-safety-heading = پیش از تماس گرفتن
triage-safety-supporter = این درخواست را یک حامی ثبت کرده است. اول با خود فرد، از راه‌های زیر، تماس بگیرید؛ فقط اگر نتوانستید با او تماس بگیرید، با حامی تماس بگیرید.
triage-contact-heading = با چه کسی تماس بگیرید
triage-details-heading = دربارهٔ درخواست
triage-actions-heading = اقدامات
triage-assign-to-me = واگذاری به من
triage-status-legend = وضعیت
triage-status-error = یک وضعیت انتخاب کنید
triage-note-label = افزودن یادداشت (اختیاری)
triage-note-hint = یادداشت‌ها همراه درخواست نگه داشته می‌شوند و فقط کارکنان سازمان شما آن‌ها را می‌بینند.
triage-update-save = ذخیرهٔ وضعیت و یادداشت
triage-update-nothing = وضعیت دیگری انتخاب کنید یا یادداشتی بنویسید
triage-note-error = یادداشتی بنویسید تا ذخیره شود
triage-transfer-legend = انتقال به سازمانی دیگر
triage-transfer-reason = چرا آن را منتقل می‌کنید؟
triage-transfer-save = انتقال
triage-transfer-service-error = سازمانی را که درخواست باید به آن منتقل شود انتخاب کنید
triage-transfer-reason-error = دلیل انتقال را بنویسید
triage-saved = ذخیره شد.
triage-transferred = درخواست منتقل شد. اکنون در صف سرویس دیگر است.
triage-history-heading = سابقه
triage-history-system = سامانه
triage-event-received = دریافت شد و برای { $service } فرستاده شد
triage-event-viewed = دیده شد
triage-views =
    { $count ->
        [one] یک بار باز شد
       *[other] { $count } بار باز شد
    }، آخرین بار توسط { $name } در { $when }.
triage-event-assigned = واگذار شد
triage-event-status = وضعیت به «{ $status }» تغییر کرد
triage-event-note = یادداشت اضافه شد
triage-event-transferred = به { $service } منتقل شد

triage-audit-title = سابقهٔ رویدادها
triage-audit-heading = سابقهٔ رویدادها
triage-audit-lead = هر باری که درخواستی دریافت، دیده یا تغییر داده شد، از جدیدترین. یادداشت‌ها اینجا نشان داده نمی‌شوند.
triage-audit-when = چه زمانی
triage-audit-service = سازمان
triage-audit-who = چه کسی
triage-audit-what = چه کاری

account-requests-heading = درخواست‌های حمایت شما
account-requests-caption = درخواست‌هایی که فرستاده‌اید، از جدیدترین
account-requests-reference = شمارهٔ پیگیری
account-requests-sent = تاریخ ارسال
account-requests-service = سازمان
account-requests-status = وضعیت
account-request-received = دریافت شد. آن‌ها به شیوه‌ای که گفتید امن است با شما تماس می‌گیرند.
account-request-in-progress = سازمان با شما در تماس است
account-request-closed = بسته‌شده
account-staff-queue = باز کردن درخواست‌های سازمان شما

staff-team-link = حساب‌های کارکنان
staff-team-title = حساب‌های کارکنان
staff-team-heading = حساب‌های کارکنان
staff-team-lead = حساب غیرفعال نمی‌تواند وارد شود و نشست‌هایش بی‌درنگ پایان می‌یابد. حساب‌ها هرگز حذف نمی‌شوند، پس کارهای هر کس با نام او در گزارش حسابرسی می‌ماند.
staff-team-name = نام
staff-team-role = نقش
staff-team-standing = حساب
staff-team-action = تغییر
staff-role-admin = مدیر
staff-role-staff = کارمند
staff-standing-invited = دعوت‌شده، هنوز ثبت‌نام نکرده
staff-standing-active = فعال
staff-standing-disabled = غیرفعال
staff-disable = غیرفعال کردن
staff-enable = فعال کردن دوباره
staff-log-heading = گزارش حساب‌های کارکنان
staff-log-lead = ثبت‌نام‌ها، ورودها، ورودهای ناموفق، برنامه‌های احراز هویت و کدهای بازیابی تازه، و حساب‌های غیرفعال یا دوباره فعال‌شده، تازه‌ترین نخست. هیچ نشانی یا جزئیات شخصی دیگری نگه داشته نمی‌شود.
staff-log-by = توسط
staff-event-enrolled = ثبت‌نام کرد
staff-event-signed-in = وارد شد
staff-event-sign-in-failed = ورود ناموفق
staff-event-authenticator-reset = برنامهٔ احراز هویت تازه تنظیم شد
staff-event-recovery-codes-replaced = کدهای بازیابی تازه ساخته شد
staff-event-disabled = حساب غیرفعال شد
staff-event-enabled = حساب دوباره فعال شد
