# Draft translation: not yet checked by a fluent Urdu speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = کیا یہ آپ کے ساتھ ہوا، یا آپ نے اسے دیکھا یا سنا؟
hate-lead-not-police = آپ نفرت کے بارے میں، جس کا آپ کو سامنا ہوا یا جو آپ نے دیکھی، ایک ایسی رپورٹنگ سروس کو بتا سکتے ہیں جو پولیس نہیں ہے۔ یہ نفرت ہے اگر کسی کو اس وجہ سے نشانہ بنایا گیا کہ وہ کون ہے یا اسے کون سمجھا گیا۔
hate-lead-anonymous = آپ کو اپنا نام بتانے کی ضرورت نہیں۔ رپورٹ پولیس کو صرف تب جاتی ہے جب آپ اجازت دیں۔
hate-role-victim = یہ میرے ساتھ ہوا
hate-role-witness = میں نے اسے کسی اور کے ساتھ ہوتے دیکھا یا سنا
hate-role-error = منتخب کریں کہ یہ آپ کے ساتھ ہوا یا آپ نے اسے دیکھا

hate-incident = کیا ہوا؟
hate-incident-hint = اپنے الفاظ میں بتائیں کہ کیا کیا گیا یا کہا گیا۔ کسی کا نام نہ لکھیں جب تک آپ نہ چاہیں۔
hate-incident-error = ہمیں بتائیں کہ کیا ہوا

hate-area = یہ کہاں ہوا؟
hate-area-hint = صرف علاقہ: ہم کبھی پتا نہیں پوچھتے۔

hate-strands = آپ کے خیال میں یہ کیوں ہوا؟
hate-strands-hint = جو بھی لاگو ہو سب منتخب کریں: کسی کی … کی وجہ سے
hate-strand-race = نسل، نسلی پس منظر یا قومیت
hate-strand-religion = مذہب یا عقیدہ
hate-strand-sexual-orientation = جنسی رجحان
hate-strand-disability = معذوری
hate-strand-transgender = ٹرانس جینڈر ہونا
hate-strand-other = کچھ اور
hate-strands-error = کم از کم ایک وجہ منتخب کریں

hate-support = کیا آپ چاہتے ہیں کہ وہ مدد کے لیے آپ سے رابطہ کریں؟
hate-support-yes = ہاں، مجھ سے رابطہ کریں
hate-support-yes-hint = ہم پوچھیں گے کہ آپ سے کیسے اور کب رابطہ کرنا محفوظ ہے۔
hate-support-no = نہیں، میں گمنام رہنا چاہتا/چاہتی ہوں
hate-support-no-hint = ہم آپ کا نام یا آپ سے رابطے کا طریقہ نہیں پوچھیں گے۔
hate-support-error = منتخب کریں کہ کیا آپ چاہتے ہیں کہ آپ سے رابطہ کیا جائے

hate-police = کیا وہ آپ کی رپورٹ پولیس کو دے سکتے ہیں؟
hate-police-hint = وہ صرف وہی کریں گے جو آپ یہاں منتخب کریں۔
hate-police-yes = ہاں، میری تفصیلات کے ساتھ
hate-police-facts = صرف یہ کہ کیا ہوا، ایسی کسی چیز کے بغیر جس سے میری شناخت ہو سکے
hate-police-no = نہیں، پولیس کو نہ بتائیں
hate-police-error = منتخب کریں کہ کیا وہ آپ کی رپورٹ پولیس کو دے سکتے ہیں

hate-check-title = آپ کی رپورٹ
hate-check-role = کون رپورٹ کر رہا ہے
hate-check-incident = کیا ہوا
hate-check-area = کہاں ہوا
hate-check-strands = کیوں ہوا
hate-check-police = پولیس کو دینا
hate-check-support = رابطہ
hate-check-anonymous = گمنام: کوئی رابطہ نہیں
hate-consent = میں اپنی رپورٹ اس سروس کو بھیجنے پر متفق ہوں

hate-done-title = رپورٹ بھیج دی گئی
hate-done-next = آپ کی رپورٹ { $service } کے پاس ہے۔ اگر آپ نے رابطے کا کہا تھا، تو وہ آپ سے اسی طریقے سے رابطہ کریں گے جسے آپ نے محفوظ بتایا۔
hate-done-police = وہ اسے پولیس کو صرف اسی طریقے سے دیں گے جو آپ نے منتخب کیا۔

hate-returns-by-strand = نفرت کے واقعات کی رپورٹیں وجہ کے لحاظ سے
hate-returns-by-strand-note = ایک رپورٹ میں ایک سے زیادہ وجوہات ہو سکتی ہیں، اس لیے ان قطاروں کا مجموعہ کل کے برابر نہیں۔

hate-from-report = نفرت کے واقعے کی رپورٹ
