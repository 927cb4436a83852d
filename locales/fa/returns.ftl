# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = گزارش‌های دوره‌ای برای کمیسر
returns-lead = ارقام هر ماه و فصل تقویمی (به وقت لندن) که پایان یافته است. هیچ چیزی در گزارش هویت کسی را آشکار نمی‌کند.
returns-months = ماه‌ها
returns-quarters = فصل‌ها
returns-month = { $month } { $year }
returns-quarter = { $first } تا { $last } { $year }
returns-method = شمارش‌های ۱ تا ۴ پنهان و به شکل [c] نشان داده می‌شوند. برای اینکه شمارش پنهان با تفریق از جمع به دست نیاید، شمارش‌های دیگری هم (کوچک‌ترین‌های دیگر در همان سطر یا ستون، یا یک جمع) پنهان می‌شوند تا هیچ‌کدام قابل محاسبه نباشد. صفر نشان داده می‌شود.
returns-no-equality = پاسخ‌های برابری در گزارش نیستند: آن‌ها رمزگذاری‌شده همراه درخواست هر فرد نگه داشته می‌شوند و گزارش هرگز جزئیات فردی را باز نمی‌کند.
returns-csv = دانلود به صورت CSV
returns-json = دانلود به صورت JSON
returns-hidden-mark = [c]
returns-total = جمع
returns-received = درخواست‌های دریافت‌شده
returns-contacted-in-promise = تماس در مهلت وعده‌داده‌شده
returns-no-promise = مهلت تماسی ثبت نشده
returns-supported = حمایت‌شده
returns-closed = بسته‌شده
returns-closed-improved = بسته‌شده با نتیجهٔ بهتر
returns-by-service = بر اساس خدمت دریافت‌کننده
returns-service = { $name }
returns-by-crime = بر اساس آنچه رخ داد
returns-by-crime-note = یک درخواست ممکن است بیش از یک جرم را نام ببرد، پس این جدول جمع ندارد.
returns-by-age = بر اساس سن
returns-by-area = بر اساس منطقه
returns-area = { $area }
returns-not-recorded = ثبت نشده
returns-outcomes = نتایج نیازهای بسته‌شده در این دوره
returns-outcomes-note = اینکه آیا فرد، برای هر نیاز ثبت‌شده، هنگام بسته شدن درخواستش بهتر می‌توانست کنار بیاید و بهبود یابد.
returns-needs-closed = نیازهای بسته‌شده
returns-feedback = بازخوردهای داده‌شده در این دوره
returns-answered = کسانی که پاسخ دادند
