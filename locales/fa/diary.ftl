# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# The private diary.

nav-diary = دفتر خاطرات شما

diary-title = دفتر خاطرات
diary-heading = دفتر خاطرات شما
diary-lead = جایی خصوصی برای نوشتن اینکه چه احساسی دارید و چه چیزی به شما کمک می‌کند. فقط خودتان می‌توانید آن را بخوانید.
diary-lead-supporter = جایی خصوصی برای یادداشت اینکه در حین حمایت از کسی حال شما چطور است و چه چیزی به شما کمک می‌کند. مراقبت از خودتان هم مهم است. فقط شما می‌توانید آن را بخوانید.
diary-write = نوشتن یادداشت
diary-views-label = راه‌های دیدن دفتر خاطرات
diary-progress-link = پیشرفت شما
diary-timeline-link = خط زمانی
diary-print-link = چاپ یا ذخیره به‌صورت PDF
diary-export-link = دانلود دفتر خاطرات
diary-empty = هنوز چیزی ننوشته‌اید. یادداشت‌هایی که می‌نویسید، و فکرهایی که از راهنماها ذخیره می‌کنید، اینجا نمایش داده می‌شوند.
diary-newer = یادداشت‌های جدیدتر
diary-older = یادداشت‌های قدیمی‌تر
diary-pages-label = صفحه‌های یادداشت‌ها
diary-page-of = صفحهٔ { $page } از { $pages }
diary-privacy-heading = چه کسی می‌تواند دفتر خاطرات شما را بخواند
diary-privacy-body = دفتر خاطرات شما با رمز عبورتان قفل شده است. هیچ کس دیگری، حتی گردانندگان این وب‌سایت، نمی‌تواند آن را بخواند. اگر هم رمز عبور و هم کدهای بازیابی خود را گم کنید، دفتر خاطرات شما قابل بازیابی نیست.
diary-delete-all-link = حذف کل دفتر خاطرات
diary-entry-unreadable = این یادداشت باز نشد. ممکن است آسیب دیده باشد. می‌توانید آن را حذف کنید.
diary-entry-helped = چه چیزی کمک کرد:
diary-entry-source = ذخیره‌شده از راهنما: { $guide }
diary-edit-link = ویرایش
diary-delete-entry-link = حذف
diary-cancel = لغو
diary-back = بازگشت به دفتر خاطرات

diary-new-title = نوشتن یادداشت
diary-edit-title = ویرایش یادداشت
diary-date-legend = تاریخ
diary-date-hint = مثلاً ۲۷ ۳ ۲۰۲۶ (روز، ماه، سال به تاریخ میلادی)
diary-feeling-legend = چه احساسی دارید؟
diary-feeling-hint = عددی از ۱ تا ۱۰ انتخاب کنید. ۱ یعنی حالتان خیلی بد است، ۱۰ یعنی حالتان خیلی خوب است.
feeling-1 = ۱ – خیلی بد
feeling-10 = ۱۰ – خیلی خوب
feeling-score = { $score ->
    [1] خیلی بد
    [2] خیلی بد
    [3] بد
    [4] بد
    [5] نه خوب، نه بد
    [6] نه خوب، نه بد
    [7] نسبتاً خوب
    [8] نسبتاً خوب
    [9] خیلی خوب
   *[10] خیلی خوب
}
diary-text-label = دوست دارید چه بنویسید؟ (اختیاری)
diary-text-hint = چه اتفاقی افتاد، چه احساسی دارید، هر چیزی که در ذهن دارید.
diary-text-hint-supporter = حال شما چطور است، حمایت از او چطور پیش می‌رود، هر چیزی که در ذهن دارید.
diary-helped-legend = چه چیزی کمک کرد؟ (اختیاری)
diary-helped-hint = هر چیزی را که امروز کمک کرد علامت بزنید.
diary-own-tags-label = چیز دیگری هم کمک کرد؟ (اختیاری)
diary-own-tags-hint = چیزهای مختلف را با ویرگول (,) از هم جدا کنید.
diary-save = ذخیرهٔ یادداشت
diary-error-date-missing = تاریخ یادداشت را وارد کنید
diary-error-date-invalid = تاریخ باید یک تاریخ واقعی باشد، مانند ۲۷ ۳ ۲۰۲۶
diary-error-date-future = تاریخ نمی‌تواند در آینده باشد
diary-error-feeling = برای اینکه چه احساسی دارید، عددی از ۱ تا ۱۰ انتخاب کنید
diary-error-text-long = { $max } کاراکتر یا کمتر بنویسید
diary-error-tags = حداکثر ۱۰ مورد اضافه کنید که هر کدام حداکثر ۴۰ کاراکتر باشد
diary-saved = یادداشت شما ذخیره شد.
diary-updated = یادداشت شما به‌روز شد.
diary-deleted-entry = یادداشت حذف شد.

helped-talking = صحبت با کسی
helped-family-friends = خانواده یا دوستان
helped-support-service = یک سازمان حمایتی
helped-sleep = خواب
helped-rest = استراحت
helped-exercise = ورزش یا پیاده‌روی
helped-outdoors = وقت گذراندن در فضای باز
helped-breathing = تمرین تنفس
helped-routine = پایبندی به برنامهٔ روزانه
helped-writing = نوشتن افکار و اتفاق‌ها
helped-creative = یک کار خلاقانه
helped-faith = ایمان یا دعا

diary-delete-entry-title = حذف یادداشت
diary-delete-entry-heading = یادداشت تاریخ { $date } حذف شود؟
diary-delete-entry-body = این کار برگشت‌پذیر نیست.
diary-delete-entry-button = حذف یادداشت

diary-progress-title = پیشرفت شما
diary-progress-heading = پیشرفت شما
diary-progress-empty = وقتی چند یادداشت بنویسید، نموداری از احساس شما در این مدت اینجا نمایش داده می‌شود.
diary-chart-title = احساس شما در این مدت
diary-chart-description = { $count ->
    [one] { $count } یادداشت
   *[other] { $count } یادداشت
} از { $start } تا { $end }، هر کدام با نمره‌ای از 1 (خیلی بد) تا 10 (خیلی خوب). همین اعداد در جدول زیر هم آمده‌اند.
diary-chart-caption = بالاتر یعنی بهتر. هر نقطه یک یادداشت است.
diary-helped-heading = چیزهایی که بیشتر از همه کمک کرده‌اند
diary-helped-none = وقتی در یادداشت‌هایتان بنویسید چه چیزی کمک کرد، چیزهایی که بیشتر از همه به شما کمک می‌کنند اینجا فهرست می‌شوند.
diary-helped-count = { $count ->
    [one] { $count } یادداشت
   *[other] { $count } یادداشت
}
diary-table-heading = یادداشت‌های شما به زبان عدد
diary-table-caption = احساس شما، یادداشت به یادداشت
diary-table-date = تاریخ
diary-table-feeling = احساس (۱ تا ۱۰)

diary-timeline-title = خط زمانی دفتر خاطرات
diary-timeline-heading = خط زمانی

diary-print-title = دفتر خاطرات برای چاپ
diary-print-heading = دفتر خاطرات شما
diary-print-body = از گزینهٔ Print (چاپ) مرورگر خود استفاده کنید تا این صفحه را چاپ کنید یا به‌صورت PDF ذخیره کنید، مثلاً برای اینکه آن را به مشاور یا مددکار خود نشان دهید. به این فکر کنید که نسخهٔ چاپی یا فایل را کجا نگه می‌دارید.

diary-delete-all-title = حذف دفتر خاطرات
diary-delete-all-heading = حذف کل دفتر خاطرات
diary-delete-all-warning = همهٔ یادداشت‌ها بی‌درنگ حذف می‌شوند. این کار برگشت‌پذیر نیست. شاید بخواهید اول دفتر خاطرات خود را دانلود کنید.
diary-delete-all-confirm = می‌دانم که دفتر خاطراتم حذف خواهد شد
diary-delete-all-button = حذف دفتر خاطرات من
diary-delete-all-error = برای تأیید اینکه می‌خواهید دفتر خاطرات خود را حذف کنید، کادر را علامت بزنید
diary-deleted-title = دفتر خاطرات حذف شد
diary-deleted-heading = دفتر خاطرات شما حذف شد
diary-locked-body = برای باز کردن دفتر خاطرات، از حساب خود خارج شوید و دوباره وارد شوید. این کار فقط یک بار لازم است، پس از تغییری در شیوهٔ امن نگه داشتن دفترهای خاطرات.

month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = ژانویه
month-alone-2 = فوریه
month-alone-3 = مارس
month-alone-4 = آوریل
month-alone-5 = مه
month-alone-6 = ژوئن
month-alone-7 = ژوئیه
month-alone-8 = اوت
month-alone-9 = سپتامبر
month-alone-10 = اکتبر
month-alone-11 = نوامبر
month-alone-12 = دسامبر
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = روز
date-month = ماه
date-year = سال
