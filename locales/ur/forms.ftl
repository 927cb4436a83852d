# Draft translation: not yet checked by a fluent Urdu speaker.
# Shared by every form.

error-summary-title = کوئی مسئلہ ہے
error-prefix = خرابی:
warning-prefix = انتباہ
banner-success = کامیابی
banner-important = اہم
back = واپس
continue = جاری رکھیں
page-title-error = خرابی: { $page } – Waymark
