# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = حساب کاربری شما
nav-sign-in = ورود
nav-sign-out = خروج

## Registration

register-title = ساختن حساب کاربری
register-heading = ساختن حساب کاربری
register-lead = برای خواندن راهنماها یا درخواست حمایت، به حساب کاربری نیاز ندارید. با حساب کاربری می‌توانید یک دفتر خاطرات خصوصی داشته باشید، پیشرفت خود را در راهنماها ذخیره کنید و ببینید درخواست حمایت شما به کجا رسیده است.
register-safe-heading = چگونه حساب شما را امن نگه می‌داریم
register-safe-body = هر بار که وارد می‌شوید، به رمز عبور خود و یک کد از برنامهٔ احراز هویت (authenticator) روی گوشی‌تان نیاز دارید، مانند Google Authenticator، Microsoft Authenticator یا Authy. هیچ کس دیگری نمی‌تواند وارد حساب شما شود، حتی اگر رمز عبور شما را بداند.
register-name-body = می‌توانید هر نام کاربری‌ای را انتخاب کنید. لازم نیست نام واقعی شما باشد و به نشانی ایمیل هم نیاز ندارید.
register-lose-both = اگر هم رمز عبور و هم گوشی خود را گم کنید، باید یک حساب کاربری تازه بسازید و دفتر خاطرات شما از دست می‌رود. هیچ کس، حتی ما، نمی‌تواند شما را دوباره به حسابتان برگرداند یا دفتر خاطرات شما را بخواند: همین است که آن‌ها را خصوصی نگه می‌دارد.
register-age-heading = چه کسی می‌تواند حساب کاربری داشته باشد
register-age-body = باید ۱۶ سال یا بیشتر داشته باشید. هر کسی می‌تواند بدون حساب کاربری این وب‌سایت را بخواند.
register-start = شروع کنید
register-have-account = از قبل حساب کاربری دارید؟

register-who-title = از حساب خود برای چه استفاده خواهید کرد؟
register-who-legend = از حساب خود برای چه استفاده خواهید کرد؟
register-who-hint = حساب همیشه مال شماست: فقط شما وارد آن می‌شوید و دفترچهٔ آن دربارهٔ خود شماست.
register-who-self = حمایت برای خودم
register-who-self-hint = اتفاقی برای من افتاده است.
register-who-supporter = حمایت برای خودم در حالی که از کس دیگری حمایت می‌کنم
register-who-supporter-hint = برای مثال، به دوست، خویشاوند، شریک زندگی، همسایه یا همکاری کمک می‌کنید که تحت تأثیر جرم قرار گرفته است. این کار برای او حسابی نمی‌سازد و او از آن خبردار نمی‌شود.
register-who-error = انتخاب کنید از حساب خود برای چه استفاده می‌کنید

register-age-title = آیا ۱۶ سال یا بیشتر دارید؟
register-age-legend = آیا ۱۶ سال یا بیشتر دارید؟
register-age-yes = بله
register-age-no = خیر
register-age-error = اگر ۱۶ سال یا بیشتر دارید، «بله» را انتخاب کنید

under-16-title = کمک برای نوجوانان و جوانان
under-16-heading = برای داشتن حساب کاربری باید ۱۶ سال یا بیشتر داشته باشید
under-16-body = همچنان می‌توانید همهٔ مطالب این وب‌سایت را بدون حساب کاربری بخوانید.
under-16-help-heading = کسانی که همین حالا می‌توانند به شما کمک کنند
under-16-childline = Childline (خط کمک کودکان و نوجوانان) برای همهٔ افراد زیر 19 سال رایگان است. می‌توانید با ‎0800 1111 تماس بگیرید یا به‌صورت آنلاین با یک مشاور صحبت کنید. این تماس‌ها در قبض تلفن شما دیده نمی‌شوند.
under-16-adult = همچنین می‌توانید با بزرگسالی که به او اعتماد دارید صحبت کنید، مثلاً یک معلم، پرستار مدرسه، مربی جوانان یا یکی از خویشاوندان.
under-16-victim-support = Victim Support (سازمان حمایت از قربانیان جرم) خدماتی برای کودکان و نوجوانانی دارد که از جرم آسیب دیده‌اند. با خط پشتیبانی رایگان آن‌ها (Supportline) به شمارهٔ ‎08 08 16 89 111 تماس بگیرید تا شما را با این خدمات در ارتباط بگذارند.
under-16-danger = اگر همین حالا در خطر هستید، با 999 تماس بگیرید.

details-title = اطلاعات ورود خود را انتخاب کنید
details-heading = اطلاعات ورود خود را انتخاب کنید
name-label = نام کاربری
name-hint = هر نامی که یادتان بماند، دست‌کم ۳ کاراکتر. لازم نیست نام واقعی شما باشد. هیچ کس دیگری آن را نمی‌بیند.
email-label = نشانی ایمیل (اختیاری)
email-hint = لازم نیست ایمیل داشته باشید. هیچ کس دیگری آن را نمی‌بیند و برای ورود از آن استفاده نمی‌شود.
new-password-label = رمز عبور
new-password-hint = دست‌کم ۸ کاراکتر. چند کلمهٔ بی‌ربط به هم، رمز عبور قوی‌ای می‌سازند که به‌راحتی یادتان می‌ماند. می‌توانید رمزی را از برنامهٔ مدیریت رمز عبور (password manager) کپی کنید و اینجا بگذارید.
name-error-missing = یک نام کاربری وارد کنید
name-error-too-short = نام کاربری شما باید دست‌کم ۳ کاراکتر باشد
name-error-too-long = نام کاربری شما باید ۶۴ کاراکتر یا کمتر باشد
name-error-control = نام کاربری شما فقط می‌تواند حرف، عدد، فاصله و علامت‌های نگارشی داشته باشد
email-error-invalid = نشانی ایمیل را به شکل درست وارد کنید، مانند name@example.com، یا آن را خالی بگذارید
password-error-missing = یک رمز عبور وارد کنید
password-error-too-short = رمز عبور شما باید دست‌کم { $min } کاراکتر باشد
password-error-too-long = رمز عبور شما باید { $max } کاراکتر یا کمتر باشد
password-error-weak = حدس زدن این رمز عبور برای دیگران خیلی آسان است.
password-weak-keyboard-row = ردیف کلیدهای کنار هم، مانند qwerty، به‌راحتی حدس زده می‌شوند.
password-weak-keyboard-pattern = الگوهای کوتاه روی صفحه‌کلید به‌راحتی حدس زده می‌شوند.
password-weak-repeats = حرف‌های تکراری مانند aaa به‌راحتی حدس زده می‌شوند.
password-weak-repeated-group = گروه‌های تکراری مانند abcabc به‌راحتی حدس زده می‌شوند.
password-weak-common = این یکی از رایج‌ترین رمزهای عبور است.
password-weak-similar-common = این رمز خیلی شبیه یک رمز عبور رایج است.
password-weak-sequence = دنباله‌هایی مانند abc یا 123 به‌راحتی حدس زده می‌شوند.
password-weak-recent-year = سال‌های اخیر به‌راحتی حدس زده می‌شوند.
password-weak-single-word = یک کلمهٔ تنها به‌راحتی حدس زده می‌شود.
password-weak-date = تاریخ‌ها به‌راحتی حدس زده می‌شوند.
password-weak-name = نام‌ها به‌تنهایی به‌راحتی حدس زده می‌شوند.
password-tip-few-words = چند کلمه را امتحان کنید که معمولاً با هم نمی‌آیند.
password-tip-no-symbols-needed = به نماد، عدد یا حرف بزرگ نیازی ندارید.
password-tip-add-word = یکی دو کلمهٔ دیگر اضافه کنید. کلمه‌های نامعمول بهترند.
password-tip-capitals = حرف‌های بزرگ حدس زدن رمز را چندان سخت‌تر نمی‌کنند.
password-tip-reversed = حدس زدن کلمه‌هایی که وارونه نوشته شده‌اند چندان سخت‌تر نیست.
password-tip-substitutions = جایگزین کردن حرف‌ها با عدد یا نماد، مثلاً @ به جای a، چندان کمکی نمی‌کند.
password-tip-keyboard = از الگوی بلندتری روی صفحه‌کلید با پیچ‌وخم‌های بیشتر استفاده کنید.
password-tip-repeats = از کلمه‌ها و حرف‌های تکراری پرهیز کنید.
password-tip-sequences = از دنباله‌هایی مانند abc یا 123 پرهیز کنید.
password-tip-dates = از تاریخ‌ها و سال‌ها پرهیز کنید، به‌ویژه آن‌هایی که به شما مربوط‌اند.

authenticator-title = برنامهٔ احراز هویت خود را راه‌اندازی کنید
authenticator-heading = برنامهٔ احراز هویت خود را راه‌اندازی کنید
authenticator-step-install = اگر برنامهٔ احراز هویت روی گوشی خود ندارید، یکی نصب کنید. Google Authenticator، Microsoft Authenticator و Authy همگی رایگان‌اند.
authenticator-step-add = در برنامه، یک حساب اضافه کنید.
authenticator-step-scan = اگر این صفحه روی دستگاه دیگری است، می‌توانید به‌جای آن این کد QR را با برنامه اسکن کنید.
authenticator-qr-alt = کد QR برای افزودن Waymark به برنامهٔ احراز هویت شما
authenticator-entry-name = برنامه این را با نام «Waymark» نشان می‌دهد، نامی که نمی‌گوید این وب‌سایت برای چیست. اما هر کسی که برنامه را روی گوشی شما نگاه کند، همچنان این مورد را می‌بیند. اگر کسی گوشی شما را بررسی می‌کند، فکر کنید آیا این برای شما امن است.
authenticator-key-body = اگر برنامه روی همین گوشی است، واردکردن کلید را انتخاب کنید، سپس این کلید را کپی و جای‌گذاری کنید یا تایپ کنید. اگر برنامه پرسید، کد مبتنی بر زمان را انتخاب کنید.
authenticator-key-label = کلید
authenticator-step-code = برنامه یک کد ۶ رقمی نشان می‌دهد که هر ۳۰ ثانیه عوض می‌شود. آن را در کادر زیر وارد کنید.
code-label = کد برنامهٔ احراز هویت شما
code-hint = کد ۶ رقمی، مثلاً 123456.
code-error-missing = کد ۶ رقمی برنامهٔ احراز هویت خود را وارد کنید
code-error-format = کد را به‌صورت ۶ عدد وارد کنید، یا یک کد بازیابی مانند ABCD-EFGH-2345-6789
code-error-wrong = این کد درست نیست. بررسی کنید که ساعت گوشی شما به‌صورت خودکار تنظیم شده باشد، سپس تازه‌ترین کد را وارد کنید.
code-error-used = این کد قبلاً استفاده شده است. صبر کنید تا برنامه کد تازه‌ای نشان دهد.

recovery-codes-title = کدهای بازیابی خود را ذخیره کنید
recovery-codes-heading = کدهای بازیابی خود را ذخیره کنید
recovery-codes-lead = اگر گوشی یا برنامهٔ احراز هویت خود را گم کنید، می‌توانید به جای آن با یکی از این کدها وارد شوید. هر کد فقط یک بار کار می‌کند.
recovery-codes-list-label = کدهای بازیابی شما
recovery-codes-warning = این کدها را دیگر نخواهید دید. آن‌ها را جای امنی نگه دارید که هیچ کس دیگری به آن دسترسی نداشته باشد.
recovery-codes-safe-heading = راه‌های امن نگه داشتن آن‌ها
recovery-codes-safe-paper = آن‌ها را روی کاغذ بنویسید و کاغذ را جایی خصوصی نگه دارید.
recovery-codes-safe-manager = آن‌ها را در یک برنامهٔ مدیریت رمز عبور ذخیره کنید.
recovery-codes-safe-not-phone = آن‌ها را فقط روی گوشی‌ای که برنامهٔ احراز هویت شما روی آن است نگه ندارید، و آن‌ها را با ایمیل یا پیام نفرستید.
recovery-codes-done = کدهایم را ذخیره کردم

## Signing in

sign-in-title = ورود
sign-in-heading = ورود
password-label = رمز عبور
sign-in-button = ورود
sign-in-forgotten = رمز عبور خود را فراموش کرده‌اید؟
sign-in-help = مشکلات دیگر در ورود
sign-in-no-account = هنوز حساب کاربری ندارید؟
sign-in-create = ساختن حساب کاربری
sign-in-error-name = نام کاربری خود را وارد کنید
sign-in-error-password = رمز عبور خود را وارد کنید
sign-in-error-mismatch = نام کاربری یا رمز عبور درست نیست
sign-in-error-wait = تعداد تلاش‌ها بیش از حد بوده است. { $seconds } ثانیه صبر کنید، سپس دوباره امتحان کنید.
sign-in-paused = به دلیل تلاش‌های ناموفق زیاد، ورود فقط با رمز عبور برای این نام کاربری تا { $minutes ->
    [one] { $minutes } دقیقهٔ دیگر
   *[other] { $minutes } دقیقهٔ دیگر
} متوقف شده است.
sign-in-paused-owner = اگر این حساب شماست، همچنان می‌توانید همین حالا وارد شوید: رمز عبور خود و یک کد از برنامهٔ احراز هویت (یا یک کد بازیابی) را با هم وارد کنید.
sign-in-paused-code-label = کد برنامهٔ احراز هویت شما، یا یک کد بازیابی
sign-in-error-busy = افراد زیادی هم‌زمان در حال ورود هستند. چند لحظهٔ دیگر دوباره امتحان کنید.
limit-error-too-many = تلاش‌های بسیار زیادی انجام شده است. یک ساعت دیگر دوباره امتحان کنید.
sign-in-session-idle = چون ۳۰ دقیقه هیچ فعالیتی نبود، از حساب خود خارج شدید.
sign-in-session-expired = چون ۱۲ ساعت در حساب خود بودید، از حساب خارج شدید.
sign-in-session-needed = برای دیدن آن صفحه وارد شوید.

code-title = کد خود را وارد کنید
code-heading = کد برنامهٔ احراز هویت خود را وارد کنید
code-use-recovery = به جای آن از کد بازیابی استفاده کنید
code-error-paused = کدهای نادرست زیادی از این اتصال وارد شده است. { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
} صبر کنید، یا رمز عبور خود را با یک کد بازیابی بازنشانی کنید.

recovery-sign-in-title = استفاده از کد بازیابی
recovery-sign-in-heading = یک کد بازیابی وارد کنید
recovery-code-label = کد بازیابی
recovery-code-hint = شبیه ABCD-EFGH-2345-6789 است. هر کد فقط یک بار کار می‌کند.
recovery-code-error-missing = یکی از کدهای بازیابی خود را وارد کنید
recovery-code-error-format = یک کد بازیابی مانند ABCD-EFGH-2345-6789 وارد کنید
recovery-code-error-wrong = این کد بازیابی درست نیست، یا قبلاً استفاده شده است

lost-access-title = مشکلات ورود
lost-access-heading = اگر نمی‌توانید وارد شوید
lost-access-password-heading = اگر رمز عبور خود را فراموش کرده‌اید
lost-access-password-body = اگر برنامهٔ احراز هویت و یکی از کدهای بازیابی خود را دارید، می‌توانید رمز عبور تازه‌ای بگذارید.
lost-access-password-link = رمز عبور خود را بازنشانی کنید
lost-access-phone-heading = اگر گوشی یا برنامهٔ احراز هویت خود را گم کرده‌اید
lost-access-phone-body = با رمز عبور و یکی از کدهای بازیابی خود وارد شوید. سپس از صفحهٔ حساب کاربری، برنامهٔ احراز هویت خود را دوباره راه‌اندازی کنید.
lost-access-both-heading = اگر رمز عبور و گوشی خود را گم کرده‌اید، یا گوشی و کدهای بازیابی خود را
lost-access-both-body = هیچ کس، حتی ما، نمی‌تواند شما را دوباره به حسابتان برگرداند. همین است که حساب شما را خصوصی نگه می‌دارد: کسی که نام کاربری شما را می‌داند یا گوشی قدیمی شما را دارد هم نمی‌تواند وارد شود.
lost-access-both-new = می‌توانید یک حساب کاربری تازه بسازید. هر چیزی که در حساب قبلی ذخیره شده بود، از جمله دفتر خاطرات شما، قابل بازیابی نیست.

signed-out-title = خارج شدید
signed-out-heading = از حساب خود خارج شدید
signed-out-idle-heading = از حساب خود خارج شده‌اید
signed-out-idle = چون ۳۰ دقیقه هیچ فعالیتی نبود، از حساب خود خارج شدید. اگر دستگاه خود را جایی رها کنید، این کار از حساب شما محافظت می‌کند.
signed-out-tip = اگر از دستگاهی مشترک استفاده می‌کنید، پنجرهٔ مرورگر را هم ببندید.
signed-out-sign-in = دوباره وارد شوید

session-warning-title = به‌زودی از حساب خود خارج می‌شوید
session-warning-body = برای محافظت از حساب شما، اگر ۳۰ دقیقه هیچ فعالیتی نباشد، از حساب خارج می‌شوید.
session-warning-stay = در حساب بمانم
session-warning-leave = همین حالا خارج شوم

## Forgotten password

reset-title = بازنشانی رمز عبور
reset-heading = رمز عبور خود را بازنشانی کنید
reset-lead = به نام کاربری، یکی از کدهای بازیابی و برنامهٔ احراز هویت خود نیاز دارید.
reset-button = بازنشانی رمز عبور
reset-error-mismatch = این اطلاعات با هیچ حسابی جور نیست. آن‌ها را بررسی کنید و دوباره امتحان کنید.
reset-done-title = رمز عبور بازنشانی شد
reset-done-heading = رمز عبور شما بازنشانی شد
reset-done-body = شما از یکی از کدهای بازیابی خود استفاده کردید و از همهٔ دستگاه‌ها خارج شدید. با رمز عبور تازهٔ خود وارد شوید.

## The account page

account-title = حساب کاربری شما
account-heading = حساب کاربری شما
account-for = حساب برای
account-for-self = حمایت از خودم
account-for-supporter = حمایت برای خودم به‌عنوان حامی
supporter-guides-link = راهنماهایی برای کسانی که از کسی حمایت می‌کنند
account-role = نقش
account-role-staff = کارمند
account-service = سازمان
account-recovery-left = کدهای بازیابی باقی‌مانده
account-recovery-get-new = گرفتن کدهای تازه
account-security-heading = امنیت
account-change-password = تغییر رمز عبور
account-reset-authenticator = راه‌اندازی دوبارهٔ برنامهٔ احراز هویت
account-new-recovery-codes = گرفتن کدهای بازیابی تازه
account-sessions-heading = جاهایی که وارد حساب خود هستید
account-sessions-caption = دستگاه‌هایی که وارد حساب شما شده‌اند
account-sessions-device = دستگاه
account-sessions-last-active = آخرین فعالیت
account-sessions-this-device = همین دستگاه
account-sessions-sign-out-others = خروج از همهٔ دستگاه‌های دیگر
account-data-heading = اطلاعات شما
account-data-body = همهٔ چیزهایی را که در حساب شما هست، به‌صورت یک فایل دانلود کنید تا آن را نگه دارید یا با کسی که به او اعتماد دارید به اشتراک بگذارید.
account-data-download = دانلود اطلاعات شما
account-delete-heading = حذف حساب کاربری
account-delete-link = حذف حساب کاربری
account-sign-out = خروج

device-description = { $browser } روی { $system }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = یک مرورگر
device-system-android = Android
device-system-ios = iPhone یا iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = دستگاهی دیگر
time-just-now = همین حالا
time-minutes-ago = { $minutes ->
    [one] { $minutes } دقیقه پیش
   *[other] { $minutes } دقیقه پیش
}
time-hours-ago = { $hours ->
    [one] { $hours } ساعت پیش
   *[other] { $hours } ساعت پیش
}

flash-password-changed = رمز عبور شما تغییر کرد. از حساب خود در دستگاه‌های دیگر خارج شدید.
flash-authenticator-changed = برنامهٔ احراز هویت شما دوباره راه‌اندازی شد. کدهای برنامهٔ قبلی دیگر کار نمی‌کنند.
flash-recovery-codes-replaced = کدهای بازیابی تازه دارید. کدهای قبلی شما دیگر کار نمی‌کنند.
flash-other-sessions-ended = از همهٔ دستگاه‌های دیگر خارج شدید.
flash-welcome = حساب کاربری شما آماده است.
flash-recovery-codes-low = { $count ->
    [one] { $count } کد بازیابی
   *[other] { $count } کد بازیابی
} برایتان باقی مانده است. کدهای تازه بگیرید تا کدهایتان تمام نشود.
flash-code-failures = پیش از آنکه وارد شوید، { $count ->
    [one] { $count } کد نادرست
   *[other] { $count } کد نادرست
} برای حساب شما وارد شده بود. اگر این کار شما نبود، ممکن است کسی رمز عبور شما را بداند: همین حالا آن را تغییر دهید.

reauth-lead = برای امن نگه داشتن حساب شما، تأیید کنید که خودتان هستید.
reauth-code-label = کد برنامهٔ احراز هویت شما، یا یک کد بازیابی
reauth-error-mismatch = اطلاعات درست نیست. نام کاربری، رمز عبور و کد خود را بررسی کنید.

change-password-title = تغییر رمز عبور
change-password-heading = رمز عبور خود را تغییر دهید
current-password-label = رمز عبور فعلی
change-password-new-label = رمز عبور جدید
change-password-button = تغییر رمز عبور

reset-authenticator-title = راه‌اندازی دوبارهٔ برنامهٔ احراز هویت
reset-authenticator-heading = برنامهٔ احراز هویت خود را دوباره راه‌اندازی کنید
reset-authenticator-lead = اگر گوشی تازه‌ای دارید یا برنامهٔ خود را گم کرده‌اید، این کار را انجام دهید. برنامهٔ قبلی شما دیگر کار نخواهد کرد.

new-codes-title = گرفتن کدهای بازیابی تازه
new-codes-heading = گرفتن کدهای بازیابی تازه
new-codes-lead = ۱۰ کد تازه می‌گیرید. کدهای قبلی شما دیگر کار نخواهند کرد.

delete-title = حذف حساب کاربری
delete-heading = حساب کاربری خود را حذف کنید
delete-warning = این کار برگشت‌پذیر نیست. حساب شما و همهٔ چیزهایی که در آن است، از جمله دفتر خاطرات و پیشرفت شما در راهنماها، بی‌درنگ حذف می‌شود.
delete-button = حذف حساب کاربری من
deleted-title = حساب حذف شد
deleted-heading = حساب کاربری شما حذف شد
deleted-body = همهٔ چیزهایی که در آن بود حذف شد. همچنان می‌توانید بدون حساب کاربری از این وب‌سایت استفاده کنید.

## Staff enrolment

staff-enrol-title = راه‌اندازی حساب کارمندی
staff-enrol-heading = حساب کارمندی خود را راه‌اندازی کنید
staff-enrol-lead = سلام { $name }. اطلاعات ورود خود را انتخاب کنید، سپس برنامهٔ احراز هویت خود را راه‌اندازی کنید. ورود دومرحله‌ای برای کارکنان همیشه فعال است.
invite-invalid-title = لینک معتبر نیست
invite-invalid-heading = این لینک منقضی شده یا قبلاً استفاده شده است
invite-invalid-body = لینک‌های ثبت‌نام فقط یک بار و به مدت ۲۴ ساعت کار می‌کنند. از یک مدیر لینک تازه بخواهید.
nav-label = حساب کاربری
code-error-closed = کدهای اشتباه زیادی برای این حساب وارد شده است، بنابراین دیگر کدی نمی‌پذیرد. برای باز کردن دوباره، رمز عبور خود را با یک کد بازیابی بازنشانی کنید.
flash-code-entry-was-closed = پس از کدهای اشتباه زیاد، وارد کردن کد برای حساب شما تا بازنشانی رمز عبور بسته شد. اگر آن کدها از شما نبود، ممکن است کسی رمز عبور شما را بداند.
