# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = سازمان‌های همکار
partners-refer-link = ارجاع یک نفر با موافقت خودش
partners-organisations-title = سازمان‌های همکار
partners-organisations-heading = سازمان‌های همکار
partners-organisations-lead = سازمان‌هایی که کارکنانشان می‌توانند افراد را از طریق Waymark به سرویس‌ها ارجاع دهند، و سرویس‌هایی که هر کدام می‌تواند به آن‌ها ارجاع دهد. کارکنان آن‌ها مانند همهٔ کارکنان با دو مرحله وارد می‌شوند و فقط می‌بینند که ارجاع‌های خودشان دریافت شده، در جریان است یا بسته شده است.
partners-organisations-caption = سازمان‌های همکار ثبت‌شده
partners-organisations-none = هنوز هیچ سازمانی ثبت نشده است.
partners-organisation-name = نام سازمان
partners-organisation-kind = نوع سازمان
partners-organisation-services = سرویس‌هایی که می‌تواند به آن‌ها ارجاع دهد
partners-organisation-services-hint = همهٔ موارد مربوط را انتخاب کنید. ارجاع‌هایی که به سرویس دیگری می‌رفتند فرستاده نمی‌شوند.
partners-organisation-workers = کارکنان
partners-organisation-actions = اقدامات
partners-invite-worker-for = دعوت از یکی از کارکنان { $name }
partners-register-heading = ثبت یک سازمان
partners-register-button = ثبت سازمان
partners-name-error = یک نام وارد کنید
partners-kind-error = نوع سازمان را انتخاب کنید
partners-services-error = دست‌کم یک سرویس را که می‌تواند به آن ارجاع دهد انتخاب کنید

partners-kind-gp-practice = مطب پزشک عمومی
partners-kind-health = سرویس بهداشتی دیگر
partners-kind-school = مدرسه یا کالج
partners-kind-housing = ارائه‌دهندهٔ مسکن
partners-kind-council = سرویس شورای محلی
partners-kind-community-group = گروه اجتماعی یا داوطلبانه
partners-kind-police = پلیس
partners-kind-other = سایر

partners-invite-title = دعوت از یکی از کارکنان
partners-invite-heading = دعوت از یکی از کارکنان { $name }
partners-invite-lead = یک پیوند یک‌بارمصرف دریافت می‌کند تا مشخصات ورود را انتخاب کند و یک برنامهٔ احراز هویت راه بیندازد. سپس می‌تواند افراد را به سرویس‌های این سازمان ارجاع دهد و پیشرفت ارجاع‌های خودش را ببیند، نه چیز دیگری.
partners-worker-display-name = نام کامل
partners-invite-button = ساختن پیوند ثبت‌نام
partners-link-title = پیوند ثبت‌نام
partners-link-lead = این پیوند را به روشی امن برای { $name } از { $organisation } بفرستید. از آن برای راه‌اندازی ورود استفاده می‌کند.
partners-link-back = بازگشت به سازمان‌های همکار

partners-professional-heading = دربارهٔ شما
partners-professional-lead = شما به‌عنوان کارمند یک سازمان همکار کسی را برای حمایت ارجاع می‌دهید. ممکن است سرویس دربارهٔ ارجاع با شما تماس بگیرد.
partners-worker-name = نام شما
partners-worker-role = سمت شما
partners-worker-role-hint = مثلاً پرستار مطب یا کارشناس مسکن
partners-worker-phone = شمارهٔ تلفن کاری شما
partners-worker-email = نشانی ایمیل کاری شما
partners-worker-name-error = نام خود را وارد کنید
partners-worker-contact-error = یک شمارهٔ تلفن کاری یا نشانی ایمیل وارد کنید

partners-agreement-heading = موافقت آن شخص
partners-agreement-lead = فقط کسی را ارجاع دهید که موافقت کرده است. ثبت کنید که کی و چگونه موافقت کرد و موافقت کرد چه چیزی با سرویس در میان گذاشته شود.
partners-agreed-when = کی موافقت کرد؟
partners-agreed-today = امروز
partners-agreed-week = در ۷ روز گذشته
partners-agreed-earlier = پیش‌تر
partners-agreed-how = چگونه موافقت کرد؟
partners-agreed-in-person = حضوری
partners-agreed-phone = تلفنی
partners-agreed-video = در تماس تصویری
partners-agreed-writing = به‌صورت کتبی
partners-shared = موافقت کرد چه چیزی در میان گذاشته شود؟
partners-shared-hint = همهٔ موارد مربوط را انتخاب کنید. تا وقتی با ارجاع موافقت نکرده باشد چیزی فرستاده نمی‌شود.
partners-shared-referral = ارجاع داده شدن، و تماس گرفتن سرویس با او
partners-shared-what-happened = چه اتفاقی افتاد
partners-shared-needs = چه چیزی به او کمک می‌کند
partners-shared-access = نیازهای زبانی و دسترسی او
partners-agreement-note = موافقت او کجا ثبت شده است؟ (اختیاری)
partners-agreement-note-hint = مثلاً یادداشتی در سوابق خودتان. نام او را ننویسید.
partners-agreed-when-error = انتخاب کنید کی موافقت کرد
partners-agreed-how-error = انتخاب کنید چگونه موافقت کرد
partners-shared-error = فقط کسی را ارجاع دهید که با ارجاع موافقت کرده است: «ارجاع داده شدن، و تماس گرفتن سرویس با او» را انتخاب کنید

partners-check-title = ارجاع از یک سازمان همکار
partners-check-worker = ارجاع‌دهنده
partners-check-agreement = موافقت او
partners-check-shared = موافقت کرد در میان گذاشته شود
partners-consent = تأیید می‌کنم که او با این ارجاع و با آنچه در میان گذاشته می‌شود، همان‌طور که بالا ثبت شده، موافقت کرده است

partners-not-allowed-title = این ارجاع قابل فرستادن نیست
partners-not-allowed-service = بر اساس آنچه گفتید، این ارجاع به { $service } می‌رفت، اما { $organisation } برای ارجاع به آن سرویس ثبت نشده است. چیزی فرستاده نشد.
partners-not-allowed-none = بر اساس آنچه گفتید، هیچ سرویسی که سازمان شما می‌تواند به آن ارجاع دهد این ارجاع را نمی‌پذیرد. چیزی فرستاده نشد.
partners-not-allowed-nothing-sent = می‌توانید پاسخ‌هایتان را تغییر دهید، یا مشخصات سرویسی را که آن شخص خودش می‌تواند با آن تماس بگیرد به او بدهید. کمیسیونر می‌تواند سرویس‌هایی را که سازمان شما می‌تواند به آن‌ها ارجاع دهد اضافه کند.
partners-not-allowed-others = سرویس‌هایی که آن شخص می‌تواند با آن‌ها تماس بگیرد
partners-not-allowed-directory = دیدن همهٔ سرویس‌ها

partners-done-title = ارجاع فرستاده شد
partners-done-next = { $service } به روشی که آن شخص گفته امن است با او تماس می‌گیرد.
partners-done-status = در صفحهٔ حساب خود می‌توانید ببینید که دریافت شده، در جریان است یا بسته شده است. چیز دیگری دربارهٔ آن نخواهید دید.
partners-done-account = رفتن به حساب شما
partners-done-another = ارجاع شخص دیگری

partners-from-partner = از یک سازمان همکار: { $organisation }

partners-status-received = دریافت شد
partners-status-in-progress = در جریان
partners-status-closed = بسته شد
