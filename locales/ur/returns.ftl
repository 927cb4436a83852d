# Draft translation: not yet checked by a fluent Urdu speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = کمشنر کے لیے ریٹرنز
returns-lead = ہر ختم شدہ کیلنڈر مہینے اور سہ ماہی (لندن وقت) کے اعداد و شمار۔ ریٹرن میں کوئی چیز کسی فرد کی شناخت نہیں کرتی۔
returns-months = مہینے
returns-quarters = سہ ماہیاں
returns-month = { $month } { $year }
returns-quarter = { $first } تا { $last } { $year }
returns-method = 1 سے 4 تک کی گنتیاں چھپائی جاتی ہیں اور [c] کے طور پر دکھائی جاتی ہیں۔ تاکہ کسی چھپی گنتی کو کل میں سے گھٹا کر معلوم نہ کیا جا سکے، مزید گنتیاں (اسی قطار یا کالم میں سب سے چھوٹی، یا کوئی کل) بھی چھپائی جاتی ہیں، یہاں تک کہ کوئی بھی معلوم نہ ہو سکے۔ 0 دکھایا جاتا ہے۔
returns-no-equality = مساوات کے جوابات شامل نہیں: وہ ہر فرد کی درخواست کے ساتھ خفیہ کر کے رکھے جاتے ہیں، اور ریٹرن کبھی کسی فرد کی تفصیلات نہیں کھولتا۔
returns-csv = CSV کے طور پر ڈاؤن لوڈ کریں
returns-json = JSON کے طور پر ڈاؤن لوڈ کریں
returns-hidden-mark = [c]
returns-total = کل
returns-received = موصول درخواستیں
returns-contacted-in-promise = وعدے کی مدت میں رابطہ
returns-no-promise = رابطے کا کوئی وعدہ درج نہیں
returns-supported = معاونت دی گئی
returns-closed = بند
returns-closed-improved = بہتر نتیجے کے ساتھ بند
returns-by-service = وصول کرنے والی سروس کے لحاظ سے
returns-service = { $name }
returns-by-crime = جو ہوا اس کے لحاظ سے
returns-by-crime-note = ایک درخواست ایک سے زیادہ جرائم کا نام لے سکتی ہے، اس لیے اس جدول میں کل نہیں۔
returns-by-age = عمر کے لحاظ سے
returns-by-area = علاقے کے لحاظ سے
returns-area = { $area }
returns-not-recorded = درج نہیں
returns-outcomes = مدت میں بند ہونے والی ضروریات کے نتائج
returns-outcomes-note = کیا فرد، ہر درج ضرورت کے لیے، درخواست بند ہونے پر بہتر طور پر سنبھل اور بحال ہو سکتا تھا۔
returns-needs-closed = بند ضروریات
returns-feedback = مدت میں دی گئی رائے
returns-answered = جواب دینے والے لوگ
