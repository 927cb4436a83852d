# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = آیا این برای شما اتفاق افتاد، یا آن را دیدید یا شنیدید؟
hate-lead-not-police = می‌توانید دربارهٔ نفرتی که با آن روبه‌رو شده‌اید یا شاهدش بوده‌اید به یک سرویس گزارش‌دهی که پلیس نیست بگویید. اگر کسی به خاطر اینکه چه کسی است یا تصور می‌شد چه کسی است هدف قرار گرفته باشد، این نفرت است.
hate-lead-anonymous = لازم نیست نامتان را بگویید. گزارش فقط در صورتی به پلیس می‌رود که خودتان اجازه بدهید.
hate-role-victim = برای خودم اتفاق افتاد
hate-role-witness = دیدم یا شنیدم که برای کس دیگری اتفاق افتاد
hate-role-error = انتخاب کنید که برای شما اتفاق افتاد یا شاهد آن بودید

hate-incident = چه اتفاقی افتاد؟
hate-incident-hint = با کلمات خودتان بگویید چه کاری انجام شد یا چه گفته شد. نام کسی را ننویسید مگر اینکه بخواهید.
hate-incident-error = به ما بگویید چه اتفاقی افتاد

hate-area = کجا اتفاق افتاد؟
hate-area-hint = فقط منطقه: ما هرگز نشانی نمی‌پرسیم.

hate-strands = فکر می‌کنید چرا این اتفاق افتاد؟
hate-strands-hint = همهٔ موارد مربوط را انتخاب کنید: به خاطر … شخص
hate-strand-race = نژاد، قومیت یا ملیت
hate-strand-religion = دین یا باور
hate-strand-sexual-orientation = گرایش جنسی
hate-strand-disability = معلولیت
hate-strand-transgender = ترنس بودن
hate-strand-other = چیزی دیگر
hate-strands-error = دست‌کم یک دلیل را انتخاب کنید

hate-support = آیا می‌خواهید برای حمایت با شما تماس بگیرند؟
hate-support-yes = بله، با من تماس بگیرید
hate-support-yes-hint = می‌پرسیم چگونه و چه زمانی تماس با شما امن است.
hate-support-no = نه، می‌خواهم ناشناس بمانم
hate-support-no-hint = نام شما یا راه تماس با شما را نمی‌پرسیم.
hate-support-error = انتخاب کنید که آیا می‌خواهید با شما تماس بگیرند

hate-police = آیا می‌توانند گزارش شما را به پلیس بدهند؟
hate-police-hint = آن‌ها فقط همان کاری را می‌کنند که اینجا انتخاب می‌کنید.
hate-police-yes = بله، همراه با مشخصات من
hate-police-facts = فقط آنچه اتفاق افتاد، بدون هر چیزی که بتواند هویت مرا نشان دهد
hate-police-no = نه، به پلیس نگویید
hate-police-error = انتخاب کنید که آیا می‌توانند گزارش شما را به پلیس بدهند

hate-check-title = گزارش شما
hate-check-role = چه کسی گزارش می‌دهد
hate-check-incident = چه اتفاقی افتاد
hate-check-area = کجا اتفاق افتاد
hate-check-strands = چرا اتفاق افتاد
hate-check-police = دادن آن به پلیس
hate-check-support = تماس
hate-check-anonymous = ناشناس: بدون تماس
hate-consent = موافقم که گزارشم برای این سرویس فرستاده شود

hate-done-title = گزارش فرستاده شد
hate-done-next = گزارش شما به { $service } رسیده است. اگر خواسته‌اید با شما تماس بگیرند، به روشی که گفتید امن است با شما تماس می‌گیرند.
hate-done-police = آن را فقط به روشی که انتخاب کرده‌اید به پلیس می‌دهند.

hate-returns-by-strand = گزارش‌های رویدادهای نفرت بر اساس دلیل
hate-returns-by-strand-note = یک گزارش ممکن است بیش از یک دلیل داشته باشد، پس جمع این ردیف‌ها با کل برابر نیست.

hate-from-report = گزارش رویداد نفرت
