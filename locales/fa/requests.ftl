# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = تماس
request-caption = از یک سازمان بخواهید با شما تماس بگیرد
request-honeypot = این را خالی بگذارید

request-start-heading = از یک سازمان بخواهید با شما تماس بگیرد
request-start-lead = کمی دربارهٔ آنچه پیش آمده و آنچه می‌تواند کمک کند به ما بگویید. ما آن را برای سازمانی می‌فرستیم که بهتر از همه می‌تواند از شما حمایت کند، و آن‌ها به شیوه‌ای که شما می‌گویید امن است با شما تماس می‌گیرند.
request-start-police = این خدمات از پلیس مستقل هستند و لازم نیست آنچه را که اتفاق افتاده گزارش کرده باشید. آن‌ها آنچه را که به آن‌ها می‌گویید محرمانه نگه می‌دارند. اما اگر فکر کنند کودکی در خطر است یا ممکن است کسی آسیب جدی ببیند، شاید مجبور شوند آن را بدون رضایت شما با دیگران در میان بگذارند. پیش از اینکه چیزی بگویید، می‌توانید دربارهٔ این موضوع از آن‌ها بپرسید.
request-start-how-heading = روند کار چگونه است
request-start-how-questions = به چند سؤال کوتاه، یکی‌یکی، پاسخ می‌دهید. بیشتر آن‌ها اختیاری هستند یا گزینهٔ «ترجیح می‌دهم نگویم» دارند.
request-start-how-service = پاسخ‌های شما را برای یک سازمان می‌فرستیم که بر اساس آنچه پیش آمده و سن شما انتخاب می‌شود. پیش از ارسال می‌توانید ببینید کدام سازمان است.
request-start-how-safe = شما به ما می‌گویید چگونه و چه زمانی تماس با شما امن است، آیا می‌توان برایتان پیام گذاشت، و آیا می‌توان گفت چه کسی تماس می‌گیرد.
request-start-how-time = حدود ۵ تا ۱۰ دقیقه طول می‌کشد. پاسخ‌های شما تا وقتی مرورگر خود را ببندید، یا پس از ۳۰ دقیقه بدون فعالیت، نگه داشته می‌شود.
request-start-signed-in = شما وارد حساب خود شده‌اید، پس آنچه را قبلاً به ما گفته‌اید از پیش پر می‌کنیم، و می‌توانید روند کار را در حساب خود دنبال کنید.
request-start-no-account = به حساب کاربری نیاز ندارید. اگر حساب دارید، اول وارد شوید تا بتوانید روند کار را دنبال کنید.
request-start-urgent = اگر همین حالا در خطر هستید، با 999 تماس بگیرید. این سازمان‌ها نمی‌توانند فوراً پاسخ دهند.
request-start-button = شروع کنید
request-start-directory = یا همهٔ سازمان‌ها را ببینید و خودتان با آن‌ها تماس بگیرید

request-yes = بله
request-no = خیر
request-rather-not-say = ترجیح می‌دهم نگویم
request-choose-all = همهٔ گزینه‌هایی را که درست است انتخاب کنید.
request-choose-listed = یکی از پاسخ‌های فهرست‌شده را انتخاب کنید، یا آن را خالی بگذارید.
request-too-long = این پاسخ خیلی طولانی است. از { $max } کاراکتر یا کمتر استفاده کنید.

request-safe = آیا همین حالا در امان هستید؟
request-safe-hint = اگر این را برای کس دیگری می‌خوانید، به جای او پاسخ دهید.
request-safe-yes = بله
request-safe-no = خیر
request-safe-not-sure = مطمئن نیستم
request-safe-error = انتخاب کنید که آیا همین حالا در امان هستید
request-urgent-heading = اگر در خطر هستید، همین حالا کمک بگیرید
request-urgent-carry-on-heading = همچنان می‌توانید از یک سرویس بخواهید با شما تماس بگیرد
request-urgent-carry-on = برای درخواست حمایت لازم نیست همین حالا در امان باشید. پاسخ‌هایی که تا اینجا داده‌اید نگه داشته می‌شوند.
request-urgent-carry-on-safely = در ادامه چند پرسش کوتاه می‌پرسیم، از جمله اینکه یک سرویس چگونه و چه زمانی می‌تواند با خیال راحت با شما تماس بگیرد، آیا می‌تواند پیام بگذارد و آیا می‌تواند بگوید چه کسی است.
request-urgent-continue = ادامه دهید و راه امنی برای تماس انتخاب کنید

request-who = برای چه کسی درخواست حمایت می‌کنید؟
request-who-me = خودم
request-who-someone = کسی که از او حمایت می‌کنم
request-who-someone-hint = او باید از این درخواست خبر داشته باشد و با آن موافق باشد.
request-who-error = انتخاب کنید این حمایت برای چه کسی است

request-age = { $who ->
    [someone] فردی که از او حمایت می‌کنید چند سال دارد؟
   *[me] چند سال دارید؟
}
request-age-hint = این به ما کمک می‌کند سازمانی را انتخاب کنیم که با افراد این گروه سنی کار می‌کند.
request-age-error = یک گروه سنی انتخاب کنید، یا اینکه ترجیح می‌دهید نگویید

request-what = { $who ->
    [someone] چه اتفاقی برای او افتاد؟
   *[me] چه اتفاقی برای شما افتاد؟
}
request-what-error = دست‌کم یک پاسخ انتخاب کنید. اگر مطمئن نیستید، «مطمئن نیستم که جرم بوده باشد» را انتخاب کنید

request-when = چه زمانی اتفاق افتاد؟
request-when-week = در هفتهٔ گذشته
request-when-month = در ماه گذشته
request-when-six-months = در ۶ ماه گذشته
request-when-longer = بیش از ۶ ماه پیش
request-when-ongoing = هنوز ادامه دارد
request-when-error = انتخاب کنید چه زمانی اتفاق افتاد، یا اینکه ترجیح می‌دهید نگویید

request-police = آیا به پلیس گزارش داده شده است؟
request-police-hint = چه گزارش بدهید چه نه، می‌توانید حمایت بگیرید. این سازمان‌ها از پلیس مستقل هستند.
request-police-yes = بله
request-police-no = خیر
request-police-not-sure = مطمئن نیستم
request-police-error = یک پاسخ انتخاب کنید، یا اینکه ترجیح می‌دهید نگویید

request-needs = چه چیزی کمک می‌کند
request-needs-legend = { $who ->
    [someone] چه نوع حمایتی به او کمک می‌کند؟
   *[me] چه نوع حمایتی به شما کمک می‌کند؟
}
request-needs-other = چیز دیگری که دوست دارید سازمان بداند (اختیاری)
request-needs-other-hint = فقط چیزی را بنویسید که مشکلی ندارید سازمان آن را بخواند.
request-needs-error = دست‌کم یک نوع حمایت انتخاب کنید، یا با کلمه‌های خودتان به ما بگویید

request-language-heading = زبان و دسترسی
request-language = دوست دارید از چه زبانی استفاده کنید؟ (اختیاری)
request-language-hint = مثلاً فارسی، دری، انگلیسی یا زبان اشارهٔ بریتانیایی (British Sign Language).
request-interpreter = آیا مترجم شفاهی می‌خواهید؟
request-interpreter-hint = اگر به انگلیسی صحبت می‌کنید، لازم نیست به این پرسش پاسخ دهید.
request-interpreter-error = انتخاب کنید که آیا مترجم شفاهی می‌خواهید
request-access = آیا به هر یک از این‌ها نیاز دارید؟
request-access-bsl = زبان اشارهٔ بریتانیایی (BSL) با مترجم
request-access-relay = Relay UK یا رلهٔ متنی (تایپ کردن و خواندن، نه زبان اشاره)
request-access-easy-read = اطلاعات به‌صورت متن ساده و آسان‌خوان (easy read)
request-access-large-print = چاپ درشت
request-access-other = چیز دیگری
request-access-other-label = دربارهٔ هر چیز دیگری که به شما کمک می‌کند از خدمات این سازمان استفاده کنید، به ما بگویید (اختیاری)

request-contact-heading = { $who ->
    [someone] سازمان چگونه می‌تواند با او تماس بگیرد؟
   *[me] سازمان چگونه می‌تواند با شما تماس بگیرد؟
}
request-contact-lead = { $who ->
    [someone] در صفحهٔ بعد می‌پرسیم چه زمانی و چگونه تماس با او امن است.
   *[me] در صفحهٔ بعد می‌پرسیم چه زمانی و چگونه تماس با شما امن است.
}
request-name = { $who ->
    [someone] سازمان او را با چه نامی صدا کند؟
   *[me] سازمان شما را با چه نامی صدا کند؟
}
request-name-hint = لازم نیست نام کامل یا واقعی باشد.
request-name-error = نامی وارد کنید که سازمان بتواند از آن استفاده کند
request-channels = { $who ->
    [someone] سازمان از چه راه‌هایی می‌تواند با او تماس بگیرد؟
   *[me] سازمان از چه راه‌هایی می‌تواند با شما تماس بگیرد؟
}
request-channels-error = دست‌کم یک راه تماس انتخاب کنید
request-channel-phone = تماس تلفنی
request-channel-text = پیامک
request-channel-email = ایمیل
request-phone = شمارهٔ تلفن
request-phone-hint = برای تماس تلفنی و پیامک، با رقم‌های انگلیسی. مثلاً ‎07700 900 982.
request-phone-missing = یک شمارهٔ تلفن وارد کنید، یا علامت تماس تلفنی و پیامک را بردارید
request-phone-invalid = شمارهٔ تلفن را به شکل درست وارد کنید، مانند ‎07700 900 982 یا ‎+44 7700 900 982
request-email = نشانی ایمیل
request-email-hint = فقط اگر در بالا ایمیل را انتخاب کرده‌اید.
request-email-missing = یک نشانی ایمیل وارد کنید، یا علامت ایمیل را بردارید
request-email-invalid = نشانی ایمیل را به شکل درست وارد کنید، مانند name@example.com

request-safe-contact-heading = در امان ماندن هنگام تماس سازمان
request-safe-contact-lead = { $who ->
    [someone] سازمان دقیقاً از این دستورها پیروی می‌کند. به این فکر کنید که چه کس دیگری ممکن است گوشی یا ایمیل‌های او را ببیند.
   *[me] سازمان دقیقاً از این دستورها پیروی می‌کند. به این فکر کنید که چه کس دیگری ممکن است گوشی یا ایمیل‌های شما را ببیند.
}
request-safe-phone = آیا برای سازمان امن است که با این شماره تماس بگیرد؟
request-safe-text = آیا برای سازمان امن است که پیامک بفرستد؟
request-safe-email = آیا برای سازمان امن است که ایمیل بفرستد؟
request-safe-times = چه زمانی امن است؟ (اختیاری)
request-safe-times-hint = مثلاً روزهای کاری هفته، بین ساعت ۱۰ صبح تا ۲ بعدازظهر.
request-safe-voicemail = آیا سازمان می‌تواند پیام صوتی (voicemail) بگذارد؟
request-safe-voicemail-error = انتخاب کنید که آیا سازمان می‌تواند پیام صوتی بگذارد
request-safe-say-who = آیا سازمان می‌تواند بگوید چه کسی است؟
request-safe-say-who-hint-phone = اگر «خیر» بگویید، هنگام تماس یا گذاشتن پیام صوتی نام سازمان خود را نمی‌آورند.
request-safe-say-who-hint-text = اگر «خیر» بگویید، در پیامک‌ها نام سازمان خود را نمی‌نویسند.
request-safe-say-who-hint-email = اگر «خیر» بگویید، در ایمیل‌ها، از جمله نام فرستنده و موضوع، نام سازمان خود را نمی‌نویسند.
request-safe-say-who-error = انتخاب کنید که آیا سازمان می‌تواند بگوید چه کسی است
request-safe-channel-error = انتخاب کنید که آیا این راه تماس امن است
request-no-safe-channel = دست‌کم یکی از راه‌های تماس باید امن باشد. به صفحهٔ قبل برگردید و راه دیگری انتخاب کنید، یا به جای آن با یکی از خطوط کمک تماس بگیرید
request-code-word-heading = کلمهٔ مخفی
request-code-word = کلمهٔ مخفی (اختیاری)
request-code-word-hint = اگر کس دیگری جواب بدهد، سازمان فقط با کسی دربارهٔ دلیل تماسش صحبت می‌کند که این کلمه را بگوید.

request-supporter-heading = دربارهٔ شما، به‌عنوان حامی
request-supporter-lead = اگر سازمان نتواند با فردی که از او حمایت می‌کنید تماس بگیرد، ممکن است با شما تماس بگیرد. آن‌ها همیشه اول سعی می‌کنند با خود او تماس بگیرند، به شیوه‌ای که برای او امن است.
request-supporter-name = نام شما
request-supporter-name-error = نام خود را وارد کنید
request-supporter-phone = شمارهٔ تلفن شما
request-supporter-email = نشانی ایمیل شما
request-supporter-contact-error = یک شمارهٔ تلفن یا نشانی ایمیل برای خودتان وارد کنید
request-supporter-relationship = چه نسبتی با او دارید؟ (اختیاری)
request-supporter-agreed-legend = موافقت او
request-supporter-agreed = او از این درخواست خبر دارد و با آن موافق است
request-supporter-agreed-error = تأیید کنید که این فرد از این درخواست خبر دارد و با آن موافق است

request-about-heading = دربارهٔ شما (اختیاری)
request-about-lead = این سؤال‌ها به Police and Crime Commissioner کمک می‌کنند، که فردی منتخب است، هزینهٔ خدمات قربانیان را در اینجا می‌پردازد و افسر پلیس نیست، تا ببیند حمایت به کدام گروه‌های مردم نمی‌رسد و خدمات بهتر شوند. پاسخ‌های شما همراه با پاسخ‌های دیگران شمرده می‌شوند و هرگز همراه نام شما نشان داده نمی‌شوند.
request-about-commissioner = این دفتر از نیروی پلیس جداست و فقط عدد می‌بیند: هرگز یک درخواست، و هرگز پاسخ‌های یک نفر به‌تنهایی را نمی‌بیند.
request-about-optional = می‌توانید از هر کدام یا همهٔ آن‌ها بگذرید.
request-about-heading-supporter = دربارهٔ فردی که از او حمایت می‌کنید (اختیاری)
request-about-lead-supporter = این سؤال‌ها به Police and Crime Commissioner کمک می‌کنند، که فردی منتخب است، هزینهٔ خدمات قربانیان را در اینجا می‌پردازد و افسر پلیس نیست، تا ببیند حمایت به کدام گروه‌های مردم نمی‌رسد و خدمات بهتر شوند. فقط به آنچه می‌دانید و آنچه فردی که از او حمایت می‌کنید راضی است گفته شود پاسخ دهید. پاسخ‌ها همراه با پاسخ‌های دیگران شمرده می‌شوند و هرگز همراه هیچ نامی نشان داده نمی‌شوند.
equality-gender = جنسیت شما چیست؟
equality-gender-supporter = جنسیت او چیست؟
equality-gender-woman = زن
equality-gender-man = مرد
equality-gender-non-binary = نان‌باینری (non-binary)
equality-gender-other = به شکلی دیگر
equality-ethnicity = گروه قومی شما چیست؟
equality-ethnicity-supporter = گروه قومی او چیست؟
equality-ethnicity-asian = آسیایی یا بریتانیایی آسیایی‌تبار
equality-ethnicity-black = سیاه‌پوست، بریتانیایی سیاه‌پوست، کارائیبی یا آفریقایی
equality-ethnicity-mixed = دورگه یا از چند گروه قومی
equality-ethnicity-white = سفیدپوست
equality-ethnicity-other = گروه قومی دیگر
equality-sexuality = کدام یک از این‌ها گرایش جنسی شما را بهتر توصیف می‌کند؟
equality-sexuality-supporter = کدام یک از این‌ها گرایش جنسی او را بهتر توصیف می‌کند؟
equality-sexuality-straight = دگرجنس‌گرا
equality-sexuality-gay-lesbian = همجنس‌گرا (گی یا لزبین)
equality-sexuality-bisexual = دوجنس‌گرا
equality-sexuality-other = گرایش جنسی دیگر
equality-disability = آیا خود را فردی دارای معلولیت می‌دانید؟
equality-disability-supporter = آیا او خود را فردی دارای معلولیت می‌داند؟
equality-disability-hint = مثلاً یک بیماری یا مشکل جسمی یا روانی که در زندگی روزمره روی شما اثر می‌گذارد.

request-check-heading = پیش از ارسال، پاسخ‌های خود را بررسی کنید
request-not-answered = پاسخ داده نشده
request-change = تغییر
request-check-safety-title = تماس و امنیت
request-check-about-title = چه اتفاقی افتاد
request-check-language-title = زبان و دسترسی
request-check-supporter-title = دربارهٔ شما، به‌عنوان حامی
request-check-equality-title = سؤال‌های اختیاری
request-check-name = نامی که استفاده شود
request-check-contact = راه‌های تماس
request-check-safe-contact = دستورهای ایمنی
request-check-safe-phone = تماس تلفنی امن است
request-check-unsafe-phone = تلفن نزنید
request-check-safe-text = پیامک امن است
request-check-unsafe-text = پیامک نفرستید
request-check-safe-email = ایمیل امن است
request-check-unsafe-email = ایمیل نفرستید
request-check-safe-times = زمان‌های امن: { $times }
request-check-no-voicemail = پیام صوتی نگذارید
request-check-no-name = نگویید چه کسی هستید
request-check-code-word = کلمهٔ مخفی: { $word }
request-check-safe-now = در حال حاضر در امان است
request-check-who = حمایت برای
request-check-age = { $who ->
    [someone] سن او
   *[me] سن شما
}
request-check-what = چه اتفاقی افتاد
request-check-when = چه زمانی
request-check-police = گزارش به پلیس
request-check-needs = حمایتی که کمک می‌کند
request-check-language = زبان
request-check-interpreter = به مترجم شفاهی نیاز است
request-check-access = نیازهای دسترسی
request-check-supporter = اطلاعات شما
request-check-agreed = او خبر دارد و موافق است
request-check-send-heading = حالا درخواست خود را بفرستید
request-check-goes-to = درخواست شما برای { $service } فرستاده می‌شود.
request-check-privacy = پاسخ‌های شما رمزگذاری می‌شوند و فقط کارکنان همین سازمان می‌توانند آن‌ها را بخوانند. پس از اینکه سازمان درخواست شما را ببندد، پاسخ‌ها حذف می‌شوند.
request-consent-legend = اجازهٔ اشتراک‌گذاری
request-consent-me = موافقم که پاسخ‌هایم با این سازمان به اشتراک گذاشته شود تا بتوانند با من تماس بگیرند
request-consent-someone = موافقم که این پاسخ‌ها با این سازمان به اشتراک گذاشته شود، و فردی که از او حمایت می‌کنم هم موافقت کرده است
request-consent-error = برای موافقت با اشتراک‌گذاری پاسخ‌هایتان، کادر را علامت بزنید؛ یا می‌توانید این صفحه را ترک کنید و هیچ چیزی فرستاده نمی‌شود
request-too-many = در یک ساعت گذشته چند درخواست از این اتصال فرستاده شده است. لطفاً بعداً دوباره امتحان کنید، یا با یکی از خطوط کمک زیر تماس بگیرید.
request-send = ارسال درخواست

request-done-title = ارسال شد
request-done-heading = درخواست ارسال شد
request-done-reference = شمارهٔ پیگیری شما: { $reference }
request-done-next-heading = بعد از این چه پیش می‌آید
request-done-next = { $service } به شیوه‌ای که گفتید امن است، با شما تماس می‌گیرد.
request-done-next-within = { $service } به شیوه‌ای که گفتید امن است، با شما تماس می‌گیرد. این سرویس تلاش می‌کند ظرف { $days } روز کاری این کار را انجام دهد.
request-done-safe = آن‌ها از دستورهای ایمنی شما پیروی می‌کنند. اگر شرایط تغییر کرد، یا دیگر تماس با شما امن نبود، با آن‌ها یا با یکی از خطوط کمک تماس بگیرید.
request-done-status-account = می‌توانید در حساب کاربری خود ببینید درخواستتان به کجا رسیده است.
request-done-status-reference = اگر می‌خواهید دربارهٔ درخواستتان سؤال کنید، شمارهٔ پیگیری خود را جای امنی نگه دارید. اگر نگه داشتن آن امن نیست، لازم نیست آن را نگه دارید.
request-done-urgent = اگر همین حالا در خطر هستید، با 999 تماس بگیرید.
request-done-others-heading = سازمان‌های دیگری که ممکن است کمک کنند
request-done-others-lead = خودتان هم می‌توانید با این سازمان‌ها تماس بگیرید. خدمات آن‌ها رایگان است.
request-done-meanwhile-heading = در مدتی که منتظر هستید
request-done-guides = خواندن راهنماهایی دربارهٔ کنار آمدن با شرایط پس از جرم

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] فردی که از او حمایت می‌کنید کجا زندگی می‌کند؟
   *[me] کجا زندگی می‌کنید؟
}
request-area-hint = ما از این فقط برای انتخاب یک خدمت محلی استفاده می‌کنیم. کلیولند از این چهار منطقه تشکیل شده است.
request-area-postcode = به جای آن، نیمه اول کد پستی‌ام را می‌دهم
request-area-outside = جایی خارج از کلیولند
request-postcode = نیمه اول کد پستی (فقط اگر بالا این را انتخاب کردید)
request-postcode-hint = برای مثال TS10. فقط برای پیدا کردن منطقه از آن استفاده می‌کنیم و آن را نگه نمی‌داریم.
request-area-error = انتخاب کنید کجا زندگی می‌کنید، یا اینکه ترجیح می‌دهید نگویید
request-postcode-missing = نیمه اول کد پستی را وارد کنید، مانند TS10، یا یک منطقه انتخاب کنید
request-postcode-invalid = نیمه اول یک کد پستی را وارد کنید، مانند TS10، یا یک منطقه انتخاب کنید
request-postcode-spans = این کد پستی بیش از یک منطقه را در بر می‌گیرد. به جای آن منطقه را انتخاب کنید
request-check-area = { $who ->
    [someone] محل زندگی او
   *[me] محل زندگی شما
}
request-signpost-heading = کجا می‌توانید کمک بگیرید
request-signpost-outside = این سایت فقط می‌تواند درخواست‌ها را به خدمات کلیولند (Hartlepool، Middlesbrough، Redcar and Cleveland و Stockton-on-Tees) بفرستد، بنابراین چیزی نفرستادیم. خدمات زیر هر جا زندگی کنید می‌توانند کمک کنند. خط پشتیبانی Victim Support هم می‌تواند درباره کمک‌های نزدیک شما بگوید.
request-signpost-none = هیچ‌یک از خدمات محلی اینجا نمی‌تواند چنین درخواستی را برای فردی در این سن بپذیرد، بنابراین چیزی نفرستادیم. خدمات زیر می‌توانند کمک کنند و خودتان می‌توانید با آن‌ها تماس بگیرید.
request-signpost-services = می‌توانید با پیوند بازگشت پاسخ‌هایتان را تغییر دهید.
