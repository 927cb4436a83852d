# Draft translation: not yet checked by a fluent Arabic speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = التقارير الدورية للمفوّض
returns-lead = أرقام لكل شهر وربع سنة تقويمي (بتوقيت لندن) انتهى. لا شيء في التقرير يحدّد هوية أي شخص.
returns-months = الأشهر
returns-quarters = الأرباع
returns-month = { $month } { $year }
returns-quarter = { $first } إلى { $last } { $year }
returns-method = تُخفى الأعداد من 1 إلى 4 وتظهر على شكل [c]. وحتى لا يمكن استنتاج عدد مخفي بالطرح من مجموع، تُخفى أعداد أخرى أيضًا (الأصغر بين غيرها في الصف أو العمود نفسه، أو مجموع)، إلى أن يتعذّر استنتاج أي منها. يظهر الصفر.
returns-no-equality = إجابات المساواة غير مشمولة: فهي تُحفظ مشفّرة مع طلب كل شخص، ولا يفتح التقرير أبدًا تفاصيل أي شخص.
returns-csv = تنزيل بصيغة CSV
returns-json = تنزيل بصيغة JSON
returns-hidden-mark = [c]
returns-total = المجموع
returns-received = الطلبات المستلمة
returns-contacted-in-promise = تم التواصل ضمن الموعد الموعود
returns-no-promise = لم يُسجَّل موعد للتواصل
returns-supported = تلقّت الدعم
returns-closed = مغلقة
returns-closed-improved = مغلقة بنتيجة محسّنة
returns-by-service = حسب الخدمة المستقبِلة
returns-service = { $name }
returns-by-crime = حسب ما حدث
returns-by-crime-note = قد يذكر الطلب أكثر من جريمة، لذا لا مجاميع في هذا الجدول.
returns-by-age = حسب العمر
returns-by-area = حسب المنطقة
returns-area = { $area }
returns-not-recorded = غير مسجّل
returns-outcomes = نتائج الاحتياجات المغلقة في الفترة
returns-outcomes-note = هل كان الشخص أقدر على التكيّف والتعافي، لكل احتياج مسجّل، عند إغلاق طلبه.
returns-needs-closed = الاحتياجات المغلقة
returns-feedback = الآراء المقدّمة في الفترة
returns-answered = الأشخاص الذين أجابوا
