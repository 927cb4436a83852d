# Draft translation: not yet checked by a fluent Urdu speaker.
# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = درخواستیں
triage-queue-heading = مدد کی درخواستیں
triage-queue-caption = مدد کی درخواستیں، پہلے فوری، پھر نئی سے پرانی
triage-queue-empty = یہاں کوئی درخواست نہیں ہے۔
triage-filter-label = حیثیت کے مطابق فلٹر کریں
triage-all = سب
triage-reference = حوالہ نمبر
triage-received = موصول ہوئی
triage-what = کیا ہوا
triage-age = عمر
triage-from = کس نے بھیجی
triage-self = متاثرہ شخص نے خود
triage-by-supporter = کسی مددگار نے، اس شخص کی رضامندی سے
triage-status = حیثیت
triage-assigned = کس کے سپرد
triage-unassigned = کسی کے سپرد نہیں
triage-assigned-to-you = آپ کے سپرد
triage-assigned-to = { $name } کے سپرد
triage-urgent = فوری
triage-urgent-first = فوری درخواستیں پہلے آتی ہیں: وہ شخص ابھی محفوظ نہیں یا یقین نہیں رکھتا، یہ اب بھی ہو رہا ہے، یا اس نے بحران میں مدد مانگی ہے۔
triage-report-link = کمشنر کے لیے رپورٹ
triage-audit-link = آڈٹ لاگ

triage-status-new = نئی
triage-status-in-contact = رابطے میں
triage-status-supported = مدد جاری ہے
triage-status-closed = بند
triage-status-transferred = منتقل کر دی گئی

triage-received-on = { $date } کو موصول ہوئی
triage-open-lead = یہ درخواست کھولنے سے اس شخص کی تفصیلات نظر آتی ہیں۔ یہ آپ کے نام اور وقت کے ساتھ درخواست کی تاریخ میں درج ہوتا ہے۔
triage-open-button = یہ درخواست کھولیں
triage-safety-heading = رابطہ کرنے سے پہلے
triage-safety-supporter = یہ درخواست کسی مددگار نے بھیجی تھی۔ پہلے متاثرہ شخص سے، نیچے دیے گئے طریقوں سے رابطہ کریں؛ مددگار سے صرف اس صورت میں رابطہ کریں جب آپ متاثرہ شخص تک نہ پہنچ سکیں۔
triage-contact-heading = کس سے رابطہ کریں
triage-details-heading = درخواست کے بارے میں
triage-actions-heading = اقدامات
triage-assign-to-me = میرے سپرد کریں
triage-status-legend = حیثیت
triage-status-error = کوئی حیثیت منتخب کریں
triage-note-label = نوٹ شامل کریں (اختیاری)
triage-note-hint = نوٹس درخواست کے ساتھ رکھے جاتے ہیں اور انہیں صرف آپ کی سروس دیکھ سکتی ہے۔
triage-update-save = اسٹیٹس اور نوٹ محفوظ کریں
triage-update-nothing = کوئی دوسرا اسٹیٹس چنیں یا نوٹ لکھیں
triage-note-error = محفوظ کرنے کے لیے نوٹ لکھیں
triage-transfer-legend = کسی دوسری سروس کو منتقل کریں
triage-transfer-reason = آپ اسے کیوں منتقل کر رہے ہیں؟
triage-transfer-save = منتقل کریں
triage-transfer-service-error = وہ سروس منتخب کریں جسے منتقل کرنا ہے
triage-transfer-reason-error = منتقلی کی وجہ بتائیں
triage-saved = محفوظ ہو گیا۔
triage-transferred = درخواست منتقل کر دی گئی۔ اب یہ دوسری سروس کی قطار میں ہے۔
triage-history-heading = تاریخچہ
triage-history-system = پورٹل
triage-event-received = موصول ہوئی اور { $service } کو بھیج دی گئی
triage-event-viewed = دیکھی گئی
triage-views =
    { $count ->
        [one] ایک بار کھولا گیا
       *[other] { $count } بار کھولا گیا
    }، آخری بار { $name } نے { $when } کو۔
triage-event-assigned = سپرد کی گئی
triage-event-status = حیثیت تبدیل ہو کر { $status } ہو گئی
triage-event-note = نوٹ شامل کیا گیا
triage-event-transferred = { $service } کو منتقل کر دی گئی

triage-audit-title = آڈٹ لاگ
triage-audit-heading = آڈٹ لاگ
triage-audit-lead = ہر وہ موقع جب کوئی درخواست موصول ہوئی، دیکھی گئی یا تبدیل کی گئی، سب سے نیا پہلے۔ نوٹس یہاں نہیں دکھائے جاتے۔
triage-audit-when = کب
triage-audit-service = سروس
triage-audit-who = کس نے
triage-audit-what = کیا

triage-report-title = رپورٹ
triage-report-heading = مدد کی درخواستیں: رپورٹ
triage-report-lead = پولیس اینڈ کرائم کمشنر (Police and Crime Commissioner) کے لیے، پورٹل کے ذریعے بھیجی گئی درخواستوں کی تعداد۔ یہاں کسی کی شناخت ظاہر نہیں ہوتی: 1 سے 4 تک کی تعداد کو “5 سے کم” دکھایا جاتا ہے۔
triage-report-period = مدت
triage-report-days = پچھلے { $days } دن
triage-report-total = { $count ->
    [one] اس مدت میں 1 درخواست
   *[other] اس مدت میں { $count } درخواستیں
}
triage-report-csv = CSV کے طور پر ڈاؤن لوڈ کریں
triage-report-answer = جواب
triage-report-count = درخواستیں
triage-report-fewer = 5 سے کم
triage-report-by-crime = کیا ہوا (ایک درخواست میں کئی جوابات ہو سکتے ہیں)
triage-report-by-service = درخواست وصول کرنے والی سروس
triage-report-service = { $name }
triage-report-by-age = عمر
triage-report-by-who = کس نے بھیجی

account-requests-heading = مدد کے لیے آپ کی درخواستیں
account-requests-caption = آپ کی بھیجی ہوئی درخواستیں، سب سے نئی پہلے
account-requests-reference = حوالہ نمبر
account-requests-sent = بھیجی گئی
account-requests-service = سروس
account-requests-status = حیثیت
account-request-received = موصول ہو گئی ہے۔ وہ آپ سے اس طریقے سے رابطہ کریں گے جسے آپ نے محفوظ بتایا تھا۔
account-request-in-progress = سروس آپ سے رابطے میں ہے
account-request-closed = بند
account-staff-queue = اپنی سروس کی درخواستیں کھولیں

staff-team-link = عملے کے اکاؤنٹس
staff-team-title = عملے کے اکاؤنٹس
staff-team-heading = عملے کے اکاؤنٹس
staff-team-lead = غیر فعال اکاؤنٹ سائن ان نہیں کر سکتا اور اس کے سیشن فوراً ختم ہو جاتے ہیں۔ اکاؤنٹس کبھی حذف نہیں ہوتے، اس لیے ہر شخص نے جو کیا وہ آڈٹ لاگ میں اس کے نام سے رہتا ہے۔
staff-team-name = نام
staff-team-role = کردار
staff-team-standing = اکاؤنٹ
staff-team-action = تبدیلی
staff-standing-invited = مدعو، ابھی اندراج نہیں ہوا
staff-standing-active = فعال
staff-standing-disabled = غیر فعال
staff-disable = غیر فعال کریں
staff-enable = دوبارہ فعال کریں
staff-log-heading = عملے کے اکاؤنٹ کا لاگ
staff-log-lead = اندراج، سائن ان، ناکام سائن ان، نئے تصدیقی ایپ اور ریکوری کوڈز، اور غیر فعال یا دوبارہ فعال کیے گئے اکاؤنٹس، تازہ ترین پہلے۔ کوئی پتے یا دیگر ذاتی تفصیلات نہیں رکھی جاتیں۔
staff-log-by = کی جانب سے
staff-event-enrolled = اندراج ہوا
staff-event-signed-in = سائن ان کیا
staff-event-sign-in-failed = ناکام سائن ان
staff-event-authenticator-reset = نئی تصدیقی ایپ ترتیب دی گئی
staff-event-recovery-codes-replaced = نئے ریکوری کوڈز بنائے گئے
staff-event-disabled = اکاؤنٹ غیر فعال کیا گیا
staff-event-enabled = اکاؤنٹ دوبارہ فعال کیا گیا

# Teams and roles
staff-role-caseworker = کیس ورکر
staff-role-manager = سروس مینیجر
staff-role-commissioner = کمشنر
staff-role-operator = سائٹ ایڈمنسٹریٹر
staff-role-caseworker-hint = سروس کی درخواستوں پر کام کرتا ہے۔
staff-role-manager-hint = درخواستوں پر کام کرتا ہے، اور سروس کے عملے کے اکاؤنٹس کا انتظام بھی کرتا ہے اور آڈٹ لاگ پڑھتا ہے۔
staff-role-commissioner-hint = تمام سروسز کے اعداد و شمار دیکھتا ہے۔ کبھی درخواستیں یا کسی کی تفصیلات نہیں دیکھتا۔
staff-role-operator-hint = تمام سروسز کے عملے کے اکاؤنٹس کا انتظام کرتا ہے۔
staff-event-invited = اندراج کے لنک کے ساتھ مدعو کیا گیا
staff-event-reinvited = سائن اِن ری سیٹ کیا گیا اور اندراج کا نیا لنک بنایا گیا
staff-event-made-manager = سروس مینیجر بنایا گیا
staff-event-made-caseworker = کیس ورکر بنایا گیا
staff-team-action-for = { $action }: { $name }
staff-new-link = اندراج کا نیا لنک
staff-reset = سائن اِن ری سیٹ کریں
staff-make-manager = مینیجر بنائیں
staff-make-caseworker = کیس ورکر بنائیں
staff-never-signed-in = ابھی نہیں
staff-team-every-service = تمام سروسز
staff-invite-link = کسی کو مدعو کریں
staff-team-service = سروس
staff-team-last-sign-in = آخری سائن اِن
staff-invite-title = کسی کو مدعو کریں
staff-invite-heading = کسی کو ٹیم میں مدعو کریں
staff-invite-lead = آپ کو ایک لنک ملے گا جو 24 گھنٹے کے لیے ایک بار کام کرتا ہے۔ یہ خود انہیں دیں: وہ اس سے اپنی سائن اِن تفصیلات چنتے ہیں اور تصدیقی ایپ سیٹ کرتے ہیں۔
staff-invite-name = ان کا نام
staff-invite-name-hint = جیسا کہ ساتھی اسے قطار اور آڈٹ لاگ میں دیکھیں گے۔
staff-invite-role = وہ کیا کریں گے؟
staff-invite-service = وہ کس سروس کے لیے کام کرتے ہیں؟
staff-invite-service-hint = کمشنر کے لیے ضروری نہیں۔
staff-invite-submit = اندراج کا لنک بنائیں
staff-invite-name-error = ان کا نام درج کریں
staff-invite-role-error = منتخب کریں کہ وہ کیا کریں گے
staff-invite-service-error = وہ سروس منتخب کریں جس کے لیے وہ کام کرتے ہیں
staff-last-manager-error = سروس کو کم از کم ایک ایسے مینیجر کی ضرورت ہے جو سائن اِن کر سکے۔ پہلے کسی اور کو مینیجر بنائیں۔
staff-link-title = اندراج کا لنک
staff-link-heading = اندراج کا لنک بن گیا
staff-link-lead = یہ لنک خود { $name } کو دیں، اس طرح کہ صرف وہی پڑھ سکیں۔ وہ اس سے اپنی سائن اِن تفصیلات چنتے ہیں اور تصدیقی ایپ سیٹ کرتے ہیں۔
staff-link-lead-reset = { $name } کی سائن اِن تفصیلات اور تصدیقی ایپ اب کام نہیں کرتیں اور ان کے سیشن ختم ہو گئے ہیں۔ نئی تفصیلات سیٹ کرنے کے لیے یہ لنک خود انہیں دیں، اس طرح کہ صرف وہی پڑھ سکیں۔
staff-link-label = اندراج کا لنک
staff-link-expires = یہ ایک بار، { $when } تک کام کرتا ہے (برطانیہ کا وقت)۔
staff-link-once = یہ لنک دوبارہ نہیں دکھایا جائے گا۔ اگر کھو جائے تو عملے کے اکاؤنٹس کے صفحے سے نیا بنائیں۔
staff-link-back = عملے کے اکاؤنٹس پر واپس جائیں
