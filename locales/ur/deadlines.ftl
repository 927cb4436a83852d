# Draft translation: not yet checked by a fluent Urdu speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = موصول ہو گئی ہے۔ انہوں نے کہا ہے کہ وہ { $date } تک آپ سے اس طریقے سے رابطہ کریں گے جسے آپ نے محفوظ بتایا تھا۔

triage-due = رابطے کی آخری تاریخ
triage-due-today = آج تک
triage-overdue = تاخیر شدہ
triage-due-none = مقرر نہیں
triage-due-first = ان میں، رابطے کی منتظر درخواستیں رابطے کی آخری تاریخ کے لحاظ سے ترتیب دی گئی ہیں۔
triage-alerts-failing = { $count ->
    [one] آپ کی سروس کے ان باکس کو 1 الرٹ ابھی تک نہیں بھیجا جا سکا
   *[other] آپ کی سروس کے ان باکس کو { $count } الرٹ ابھی تک نہیں بھیجے جا سکے
}: آخری کوشش { $date } کو ناکام ہوئی۔ Waymark کوشش جاری رکھتا ہے؛ اگر یہ برقرار رہے تو Waymark چلانے والے سے ای میل کی ترتیبات چیک کرنے کو کہیں۔

alert-arrived-subject = مدد کی ایک درخواست منتظر ہے
alert-arrived-body = آپ کی سروس کی فہرست میں مدد کی ایک نئی درخواست منتظر ہے۔
    حوالہ: { $reference }
    اسے دیکھنے کے لیے سائن ان کریں: { $link }
    یہ ای میل جان بوجھ کر اور کچھ نہیں بتاتی۔ براہ کرم اس کا جواب نہ دیں۔
alert-transferred-subject = مدد کی ایک درخواست آپ کو بھیجی گئی ہے
alert-transferred-body = کسی دوسری سروس نے مدد کی ایک درخواست آپ کی سروس کی فہرست میں بھیجی ہے۔
    حوالہ: { $reference }
    اسے دیکھنے کے لیے سائن ان کریں: { $link }
    یہ ای میل جان بوجھ کر اور کچھ نہیں بتاتی۔ براہ کرم اس کا جواب نہ دیں۔
alert-overdue-subject = مدد کی ایک درخواست رابطے کی تاریخ سے آگے نکل گئی ہے
alert-overdue-body = آپ کی سروس کی فہرست میں مدد کی ایک درخواست اس تاریخ سے آگے نکل گئی ہے جس تک آپ کی سروس نے رابطہ کرنے کا کہا تھا۔
    حوالہ: { $reference }
    اسے دیکھنے کے لیے سائن ان کریں: { $link }
    یہ ای میل جان بوجھ کر اور کچھ نہیں بتاتی۔ براہ کرم اس کا جواب نہ دیں۔
