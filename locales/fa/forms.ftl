# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# Shared by every form.

error-summary-title = مشکلی وجود دارد
error-prefix = خطا:
warning-prefix = هشدار
banner-success = انجام شد
banner-important = مهم
back = بازگشت
continue = ادامه
page-title-error = خطا: { $page } – Waymark
