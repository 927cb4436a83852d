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

triage-report-title = گزارش
triage-report-heading = درخواست‌های حمایت: گزارش
triage-report-lead = شمار درخواست‌هایی که از طریق سامانه ثبت شده‌اند، برای کمیسر پلیس و جرم (Police and Crime Commissioner). هیچ چیز در اینجا هویت کسی را فاش نمی‌کند: شمارهای ۱ تا ۴ به‌صورت «کمتر از ۵» نشان داده می‌شوند.
triage-report-period = دوره
triage-report-days = { $days } روز گذشته
triage-report-total = { $count ->
    [one] { $count } درخواست در این دوره
   *[other] { $count } درخواست در این دوره
}
triage-report-csv = دانلود به‌صورت CSV
triage-report-answer = پاسخ
triage-report-count = درخواست‌ها
triage-report-fewer = کمتر از ۵
triage-report-by-crime = چه اتفاقی افتاد (هر درخواست می‌تواند چند پاسخ داشته باشد)
triage-report-by-service = سازمان دریافت‌کننده
triage-report-service = { $name }
triage-report-by-age = سن
triage-report-by-who = ثبت‌شده توسط

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

# Teams and roles
staff-role-caseworker = مددکار پرونده
staff-role-manager = مدیر خدمت
staff-role-commissioner = سفارش‌دهنده (کمیسیونر)
staff-role-operator = مدیر سایت
staff-role-caseworker-hint = روی درخواست‌های این خدمت کار می‌کند.
staff-role-manager-hint = روی درخواست‌ها کار می‌کند و حساب‌های کارکنان را هم مدیریت می‌کند و گزارش حسابرسی خدمت را می‌خواند.
staff-role-commissioner-hint = آمار همه خدمات را می‌بیند. هرگز درخواست‌ها یا مشخصات کسی را نمی‌بیند.
staff-role-operator-hint = حساب‌های کارکنان همه خدمات را مدیریت می‌کند.
staff-event-invited = با پیوند ثبت‌نام دعوت شد
staff-event-reinvited = ورود بازنشانی شد و پیوند ثبت‌نام تازه‌ای ساخته شد
staff-event-made-manager = مدیر خدمت شد
staff-event-made-caseworker = مددکار پرونده شد
staff-team-action-for = { $action }: { $name }
staff-new-link = پیوند ثبت‌نام تازه
staff-reset = بازنشانی ورود
staff-make-manager = مدیر کردن
staff-make-caseworker = مددکار پرونده کردن
staff-never-signed-in = هنوز نه
staff-team-every-service = همه خدمات
staff-invite-link = دعوت از کسی
staff-team-service = خدمت
staff-team-last-sign-in = آخرین ورود
staff-invite-title = دعوت از کسی
staff-invite-heading = دعوت از کسی به تیم
staff-invite-lead = پیوندی می‌گیرید که یک بار و به مدت ۲۴ ساعت کار می‌کند. خودتان آن را به او بدهید: با آن مشخصات ورود را انتخاب می‌کند و برنامه احراز هویت را راه می‌اندازد.
staff-invite-name = نام او
staff-invite-name-hint = همان‌طور که همکاران در صف و گزارش حسابرسی می‌بینند.
staff-invite-role = چه کاری خواهد کرد؟
staff-invite-service = برای کدام خدمت کار می‌کند؟
staff-invite-service-hint = برای سفارش‌دهنده لازم نیست.
staff-invite-submit = ساختن پیوند ثبت‌نام
staff-invite-name-error = نام او را وارد کنید
staff-invite-role-error = انتخاب کنید چه کاری خواهد کرد
staff-invite-service-error = خدمتی را که برایش کار می‌کند انتخاب کنید
staff-last-manager-error = این خدمت دست‌کم به یک مدیر نیاز دارد که بتواند وارد شود. اول کس دیگری را مدیر کنید.
staff-link-title = پیوند ثبت‌نام
staff-link-heading = پیوند ثبت‌نام ساخته شد
staff-link-lead = این پیوند را خودتان به { $name } بدهید، طوری که فقط او بتواند بخواند. با آن مشخصات ورود را انتخاب می‌کند و برنامه احراز هویت را راه می‌اندازد.
staff-link-lead-reset = مشخصات ورود و برنامه احراز هویت { $name } دیگر کار نمی‌کند و نشست‌هایش پایان یافته است. این پیوند را خودتان به او بدهید، طوری که فقط او بتواند بخواند، تا موارد تازه را راه بیندازد.
staff-link-label = پیوند ثبت‌نام
staff-link-expires = یک بار کار می‌کند، تا { $when } (به وقت بریتانیا).
staff-link-once = این پیوند دوباره نشان داده نمی‌شود. اگر گم شد، از صفحه حساب‌های کارکنان پیوند تازه‌ای بسازید.
staff-link-back = بازگشت به حساب‌های کارکنان
