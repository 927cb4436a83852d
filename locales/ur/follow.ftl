# Draft translation: not yet checked by a fluent Urdu speaker.
# Following a request without an account (see locales/en/follow.ftl).

follow-offer-heading = بعد میں اپنی درخواست کی جانچ کرنا
follow-offer-lead = آپ اکاؤنٹ کے بغیر اپنی درخواست کی جانچ کا طریقہ رکھ سکتے ہیں: آپ کا حوالہ نمبر اور ایک خفیہ جملہ جو ہم ابھی آپ کے لیے بناتے ہیں۔ خفیہ جملہ صرف ایک بار دکھایا جاتا ہے۔
follow-offer-safety = یہ صرف تب کریں جب آپ انہیں کسی محفوظ جگہ رکھ سکیں۔ جس کے پاس بھی دونوں ہوں وہ دیکھ سکتا ہے کہ سروس نے رابطہ کیا ہے یا نہیں۔
follow-offer-button = خفیہ جملہ بنائیں
follow-kept-title = آپ کا خفیہ جملہ
follow-kept-heading = اپنی درخواست کی جانچ کے لیے انہیں رکھیں
follow-kept-lead = اپنا حوالہ نمبر اور خفیہ جملہ لکھ لیں، یا انہیں ایسی جگہ رکھیں جہاں صرف آپ دیکھ سکیں۔
follow-reference = حوالہ نمبر
follow-passphrase = خفیہ جملہ
follow-kept-once = یہ خفیہ جملہ صرف ایک بار دکھایا جاتا ہے۔ ہم اسے دوبارہ نہیں دکھا سکتے اور نہ بتا سکتے ہیں کہ یہ کیا تھا۔
follow-kept-safety = اگر یہ محفوظ نہیں ہے تو آپ کو اسے رکھنے کی ضرورت نہیں۔ آپ کی درخواست ہر صورت بھیج دی گئی ہے۔
follow-kept-replace = اگر آپ اس صفحے پر دوسرا خفیہ جملہ بناتے ہیں تو یہ کام کرنا بند کر دے گا۔
follow-kept-where = اپنی درخواست کی جانچ کریں
follow-start-link = بھیجی گئی درخواست کی جانچ کریں
follow-status-title = درخواست کی جانچ کریں
follow-status-heading = درخواست کی جانچ کریں
follow-status-lead = وہ حوالہ نمبر اور خفیہ جملہ درج کریں جو آپ کو درخواست بھیجتے وقت ملا تھا۔
follow-reference-hint = 8 حروف اور ہندسے، مثال کے طور پر ⁦K7QM-2XPD⁩
follow-passphrase-hint = چار چار کے گروپوں میں 16 حروف اور ہندسے
follow-status-button = جانچ کریں
follow-status-no-passphrase = اگر آپ نے خفیہ جملہ نہیں بنایا، یا وہ کھو گیا ہے، تو سروس سے رابطہ کریں یا اس اکاؤنٹ میں سائن ان کریں جس سے آپ نے درخواست بھیجی تھی۔
follow-reference-missing = اپنا حوالہ نمبر درج کریں
follow-passphrase-missing = اپنا خفیہ جملہ درج کریں
follow-no-match = حوالہ نمبر اور خفیہ جملہ کسی درخواست سے مطابقت نہیں رکھتے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
follow-too-many = بہت زیادہ کوششیں۔ چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔
follow-status-found-heading = آپ کی درخواست
follow-status-safety = سروس آپ سے اسی طریقے سے رابطہ کرے گی جسے آپ نے محفوظ کہا تھا۔ اگر حالات بدل جائیں، یا آپ سے رابطہ کرنا اب محفوظ نہ ہو، تو انہیں یا کسی ہیلپ لائن کو فون کریں۔
follow-status-again-heading = کسی اور درخواست کی جانچ کریں
