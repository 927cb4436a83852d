# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = رفتن به محتوای اصلی
exit-this-page = خروج از این صفحه
exit-this-page-hint = یا کلید Shift را ۳ بار فشار دهید
language-switcher-label = انتخاب زبان

footer-urgent = همین حالا در خطر هستید؟ با 999 تماس بگیرید. اگر با تلفن همراه تماس می‌گیرید و نمی‌توانید صحبت کنید، وقتی از شما خواسته شد، 55 را فشار دهید.
footer-links-heading = اطلاعات دربارهٔ این وب‌سایت
footer-staying-safe = امنیت در اینترنت
footer-bsl = زبان اشارهٔ بریتانیایی (BSL)
footer-privacy = حریم خصوصی
footer-accessibility = دسترس‌پذیری
footer-cookies = کوکی‌ها
footer-independent = Waymark از پلیس مستقل است. چه دربارهٔ آنچه پیش آمده به کسی گفته باشید چه نه، می‌توانید از آن استفاده کنید.

not-found-title = صفحه پیدا نشد
not-found-heading = صفحه پیدا نشد
not-found-body = اگر نشانی وب را خودتان تایپ کرده‌اید، بررسی کنید که درست باشد. اگر روی لینکی زده‌اید، ممکن است صفحه جابه‌جا شده باشد.
not-found-home = رفتن به صفحهٔ اصلی

cross-site-title = فرم ارسال نشد
cross-site-heading = فرم شما ارسال نشد
cross-site-body = این فرم از وب‌سایت دیگری آمده بود، برای همین آن را نپذیرفتیم. این کار از شما در برابر وب‌سایت‌هایی محافظت می‌کند که می‌خواهند به نام شما کاری انجام دهند. اگر فرمی را در این وب‌سایت پر کرده‌اید، به آن برگردید و دوباره آن را ارسال کنید.

server-error-title = متأسفیم، مشکلی پیش آمده است
server-error-heading = متأسفیم، در این سرویس مشکلی پیش آمده است
server-error-body = بعداً دوباره امتحان کنید. هر چیزی که قبلاً ذخیره کرده بودید، در امان است.
server-error-urgent = اگر همین حالا به کمک نیاز دارید، با Supportline، خط پشتیبانی رایگان Victim Support (سازمان حمایت از قربانیان جرم)، به شمارهٔ ‎08 08 16 89 111 تماس بگیرید، یا در وضعیت اضطراری با 999.
