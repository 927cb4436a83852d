# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Following a request without an account (see locales/en/follow.ftl).

follow-offer-heading = پیگیری درخواست در آینده
follow-offer-lead = می‌توانید راهی برای پیگیری درخواست خود بدون حساب کاربری نگه دارید: شماره مرجع شما و یک عبارت عبور که اکنون برایتان می‌سازیم. عبارت عبور فقط یک بار نشان داده می‌شود.
follow-offer-safety = این کار را فقط در صورتی انجام دهید که بتوانید آن‌ها را جای امنی نگه دارید. هر کسی که هر دو را داشته باشد می‌تواند ببیند آیا سرویس با شما تماس گرفته است یا نه.
follow-offer-button = ساختن عبارت عبور
follow-kept-title = عبارت عبور شما
follow-kept-heading = این‌ها را برای پیگیری درخواست خود نگه دارید
follow-kept-lead = شماره مرجع و عبارت عبور را یادداشت کنید، یا آن‌ها را جایی نگه دارید که فقط خودتان ببینید.
follow-reference = شماره مرجع
follow-passphrase = عبارت عبور
follow-kept-once = این عبارت عبور فقط یک بار نشان داده می‌شود. نمی‌توانیم دوباره آن را نشان دهیم یا بگوییم چه بود.
follow-kept-safety = اگر نگه داشتن آن امن نیست، لازم نیست آن را نگه دارید. درخواست شما در هر حال فرستاده شده است.
follow-kept-replace = اگر در این صفحه عبارت عبور دیگری بسازید، این یکی دیگر کار نمی‌کند.
follow-kept-where = پیگیری درخواست
follow-start-link = پیگیری درخواستی که فرستاده‌اید
follow-status-title = پیگیری درخواست
follow-status-heading = پیگیری درخواست
follow-status-lead = شماره مرجع و عبارت عبوری را که هنگام فرستادن درخواست دریافت کردید وارد کنید.
follow-reference-hint = ۸ حرف و عدد، برای مثال ⁦K7QM-2XPD⁩
follow-passphrase-hint = ۱۶ حرف و عدد در گروه‌های چهارتایی
follow-status-button = بررسی
follow-status-no-passphrase = اگر عبارت عبور نساختید یا آن را گم کرده‌اید، با سرویس تماس بگیرید یا به حسابی که درخواست را از آن فرستادید وارد شوید.
follow-reference-missing = شماره مرجع خود را وارد کنید
follow-passphrase-missing = عبارت عبور خود را وارد کنید
follow-no-match = شماره مرجع و عبارت عبور با هیچ درخواستی مطابقت ندارند. آن‌ها را بررسی کنید و دوباره تلاش کنید.
follow-too-many = تلاش‌های بیش از حد. چند دقیقه صبر کنید و دوباره تلاش کنید.
follow-status-found-heading = درخواست شما
follow-status-safety = سرویس به شیوه‌ای که گفتید امن است با شما تماس می‌گیرد. اگر شرایط تغییر کرد یا تماس با شما دیگر امن نیست، با آن‌ها یا یک خط کمک تماس بگیرید.
follow-status-again-heading = پیگیری درخواستی دیگر
