# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = دریافت شد. آن‌ها گفته‌اند تا { $date } به شیوه‌ای که گفتید امن است با شما تماس می‌گیرند.

triage-due = مهلت تماس
triage-due-today = مهلت امروز
triage-overdue = گذشته از مهلت
triage-due-none = تعیین نشده
triage-due-first = در این میان، درخواست‌هایی که منتظر تماس‌اند به ترتیب مهلت تماس آمده‌اند.
triage-alerts-failing = { $count ->
    [one] ۱ هشدار به صندوق ایمیل خدمت شما هنوز فرستاده نشده است
   *[other] { $count } هشدار به صندوق ایمیل خدمت شما هنوز فرستاده نشده‌اند
}: آخرین تلاش در { $date } ناموفق بود. Waymark دوباره تلاش می‌کند؛ اگر ادامه داشت، از کسی که Waymark را اداره می‌کند بخواهید تنظیمات ایمیل را بررسی کند.

alert-arrived-subject = یک درخواست حمایت منتظر است
alert-arrived-body = یک درخواست حمایت تازه در فهرست خدمت شما منتظر است.
    شماره پیگیری: { $reference }
    برای دیدن آن وارد شوید: { $link }
    این ایمیل عمداً چیز دیگری نمی‌گوید. لطفاً به آن پاسخ ندهید.
alert-transferred-subject = یک درخواست حمایت به شما سپرده شد
alert-transferred-body = خدمت دیگری یک درخواست حمایت را به فهرست خدمت شما سپرده است.
    شماره پیگیری: { $reference }
    برای دیدن آن وارد شوید: { $link }
    این ایمیل عمداً چیز دیگری نمی‌گوید. لطفاً به آن پاسخ ندهید.
alert-overdue-subject = مهلت تماس یک درخواست حمایت گذشته است
alert-overdue-body = مهلتی که خدمت شما برای تماس دربارهٔ یک درخواست حمایت در فهرستش گفته بود گذشته است.
    شماره پیگیری: { $reference }
    برای دیدن آن وارد شوید: { $link }
    این ایمیل عمداً چیز دیگری نمی‌گوید. لطفاً به آن پاسخ ندهید.
