# Draft translation: not yet checked by a fluent Arabic speaker.
# Shared by every form.

error-summary-title = هناك مشكلة
error-prefix = خطأ:
warning-prefix = تنبيه
banner-success = تم بنجاح
banner-important = مهم
back = رجوع
continue = متابعة
page-title-error = خطأ: { $page } – Waymark
