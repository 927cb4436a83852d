# Draft translation: not yet checked by a fluent Arabic speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = تم الاستلام. قالوا إنهم سيتواصلون معكم بحلول { $date }، بالطريقة التي قلتم إنها آمنة.

triage-due = موعد التواصل
triage-due-today = مستحق اليوم
triage-overdue = متأخر
triage-due-none = غير محدد
triage-due-first = وضمن ذلك، تُرتَّب الطلبات التي تنتظر التواصل حسب موعد التواصل.
triage-alerts-failing = { $count ->
    [one] لم يُرسَل بعدُ تنبيه واحد إلى صندوق بريد خدمتكم
   *[other] لم تُرسَل بعدُ { $count } تنبيهات إلى صندوق بريد خدمتكم
}: فشلت المحاولة الأخيرة في { $date }. يواصل Waymark المحاولة؛ وإذا استمر ذلك فاطلبوا ممن يدير Waymark التحقق من إعدادات البريد.

alert-arrived-subject = طلب دعم في الانتظار
alert-arrived-body = طلب دعم جديد ينتظر في قائمة خدمتكم.
    الرقم المرجعي: { $reference }
    سجّلوا الدخول لرؤيته: { $link }
    لا تذكر هذه الرسالة أي شيء آخر عن قصد. يرجى عدم الرد عليها.
alert-transferred-subject = أُحيل إليكم طلب دعم
alert-transferred-body = أحالت خدمة أخرى طلب دعم إلى قائمة خدمتكم.
    الرقم المرجعي: { $reference }
    سجّلوا الدخول لرؤيته: { $link }
    لا تذكر هذه الرسالة أي شيء آخر عن قصد. يرجى عدم الرد عليها.
alert-overdue-subject = تجاوز طلب دعم موعد التواصل
alert-overdue-body = تجاوز طلب دعم في قائمة خدمتكم الموعد الذي قالت خدمتكم إنها ستتواصل بحلوله.
    الرقم المرجعي: { $reference }
    سجّلوا الدخول لرؤيته: { $link }
    لا تذكر هذه الرسالة أي شيء آخر عن قصد. يرجى عدم الرد عليها.
