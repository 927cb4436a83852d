# Draft translation: not yet checked by a fluent Arabic speaker.
# The private diary.

nav-diary = يومياتكم

diary-title = اليوميات
diary-heading = يومياتكم
diary-lead = مكان خاص تكتبون فيه كيف تشعرون وما الذي يساعدكم. أنتم فقط من يستطيع قراءته.
diary-lead-supporter = مكان خاص لتدوين حالكم وأنتم تدعمون شخصًا ما، وما يساعدكم. الاعتناء بأنفسكم مهم أيضًا. لا يقرؤه أحد غيركم.
diary-write = كتابة تدوينة
diary-views-label = طرق لعرض يومياتكم
diary-progress-link = تقدّمكم
diary-timeline-link = التسلسل الزمني
diary-print-link = الطباعة أو الحفظ كملف PDF
diary-export-link = تنزيل يومياتكم
diary-empty = لم تكتبوا أي شيء بعد. التدوينات التي تكتبونها، والأفكار التي تحفظونها من الأدلة، ستظهر هنا.
diary-newer = التدوينات الأحدث
diary-older = التدوينات الأقدم
diary-pages-label = صفحات التدوينات
diary-page-of = الصفحة { $page } من { $pages }
diary-privacy-heading = من يستطيع قراءة يومياتكم
diary-privacy-body = يومياتكم مقفلة بكلمة المرور الخاصة بكم. لا يستطيع أي شخص آخر قراءتها، ولا حتى الأشخاص الذين يديرون هذا الموقع. إذا فقدتم كلمة المرور ورموز الاسترداد معًا، فلا يمكن استرجاع يومياتكم.
diary-delete-all-link = حذف يومياتكم كلها
diary-entry-unreadable = لم نتمكن من فتح هذه التدوينة. ربما تكون قد تلفت. يمكنكم حذفها.
diary-entry-helped = ما الذي ساعد:
diary-entry-source = محفوظة من الدليل: { $guide }
diary-edit-link = تعديل
diary-delete-entry-link = حذف
diary-cancel = إلغاء
diary-back = العودة إلى يومياتكم

diary-new-title = كتابة تدوينة
diary-edit-title = تعديل تدوينة
diary-date-legend = التاريخ
diary-date-hint = مثلًا: ٢٧ ٣ ٢٠٢٦
diary-feeling-legend = كيف تشعرون؟
diary-feeling-hint = اختاروا رقمًا من ١ إلى ١٠. الرقم ١ يعني سيئ جدًا، والرقم ١٠ يعني جيد جدًا.
feeling-1 = ١ – سيئ جدًا
feeling-10 = ١٠ – جيد جدًا
feeling-score = { $score ->
    [1] سيئ جدًا
    [2] سيئ جدًا
    [3] سيئ
    [4] سيئ
    [5] بين بين
    [6] بين بين
    [7] جيد نوعًا ما
    [8] جيد نوعًا ما
    [9] جيد جدًا
   *[10] جيد جدًا
}
diary-text-label = ماذا تحبون أن تكتبوا؟ (اختياري)
diary-text-hint = ما حدث، وكيف تشعرون، وأي شيء يشغل بالكم.
diary-text-hint-supporter = كيف حالكم، وكيف يسير دعمكم له، وأي شيء يشغل بالكم.
diary-helped-legend = ما الذي ساعدكم؟ (اختياري)
diary-helped-hint = ضعوا علامة على كل ما ساعدكم اليوم.
diary-own-tags-label = هل ساعدكم شيء آخر؟ (اختياري)
diary-own-tags-hint = افصلوا بين الأشياء المختلفة بفواصل.
diary-save = حفظ التدوينة
diary-error-date-missing = أدخلوا تاريخ التدوينة
diary-error-date-invalid = يجب أن يكون التاريخ تاريخًا حقيقيًا، مثل ٢٧ ٣ ٢٠٢٦
diary-error-date-future = لا يمكن أن يكون التاريخ في المستقبل
diary-error-feeling = اختاروا رقمًا من ١ إلى ١٠ يعبّر عن شعوركم
diary-error-text-long = اكتبوا نصًا لا يزيد عدد أحرفه عن { $max }
diary-error-tags = أضيفوا ١٠ أشياء كحد أقصى، وبحد أقصى ٤٠ حرفًا لكل منها
diary-saved = تم حفظ تدوينتكم.
diary-updated = تم تحديث تدوينتكم.
diary-deleted-entry = تم حذف التدوينة.

helped-talking = التحدث إلى شخص ما
helped-family-friends = العائلة أو الأصدقاء
helped-support-service = خدمة دعم
helped-sleep = النوم
helped-rest = الراحة
helped-exercise = الرياضة أو المشي
helped-outdoors = الوقت في الهواء الطلق
helped-breathing = تمرين تنفس
helped-routine = الالتزام بروتين يومي
helped-writing = كتابة الأشياء
helped-creative = عمل شيء إبداعي
helped-faith = الإيمان أو الصلاة

diary-delete-entry-title = حذف تدوينة
diary-delete-entry-heading = هل تريدون حذف تدوينتكم بتاريخ { $date }؟
diary-delete-entry-body = لا يمكن التراجع عن هذا.
diary-delete-entry-button = حذف التدوينة

diary-progress-title = تقدّمكم
diary-progress-heading = تقدّمكم
diary-progress-empty = عندما تكتبون بعض التدوينات، سيظهر هنا رسم بياني يوضح كيف كنتم تشعرون.
diary-chart-title = كيف كنتم تشعرون
diary-chart-description = { $count ->
    [zero] لا توجد تدوينات
    [one] تدوينة واحدة
    [two] تدوينتان
    [few] { $count } تدوينات
    [many] { $count } تدوينة
   *[other] { $count } تدوينة
} من { $start } إلى { $end }، وكل واحدة منها لها درجة من 1 (سيئ جدًا) إلى 10 (جيد جدًا). الأرقام نفسها موجودة في الجدول أدناه.
diary-chart-caption = الأعلى أفضل. كل نقطة هي تدوينة.
diary-helped-heading = الأشياء التي ساعدتكم أكثر من غيرها
diary-helped-none = عندما تكتبون في تدويناتكم ما الذي ساعدكم، ستظهر هنا قائمة بالأشياء التي تساعدكم أكثر من غيرها.
diary-helped-count = { $count ->
    [zero] لا توجد تدوينات
    [one] تدوينة واحدة
    [two] تدوينتان
    [few] { $count } تدوينات
    [many] { $count } تدوينة
   *[other] { $count } تدوينة
}
diary-table-heading = تدويناتكم بالأرقام
diary-table-caption = كيف شعرتم، تدوينة بعد تدوينة
diary-table-date = التاريخ
diary-table-feeling = الشعور (من ١ إلى ١٠)

diary-timeline-title = التسلسل الزمني لليوميات
diary-timeline-heading = التسلسل الزمني

diary-print-title = اليوميات للطباعة
diary-print-heading = يومياتكم
diary-print-body = استخدموا خيار «طباعة» (Print) في متصفحكم لطباعة هذه الصفحة أو حفظها كملف PDF، مثلًا لمشاركتها مع مستشار نفسي أو مع الشخص المسؤول عن حالتكم. فكّروا في المكان الذي تحتفظون فيه بالنسخة.

diary-delete-all-title = حذف يومياتكم
diary-delete-all-heading = حذف يومياتكم كلها
diary-delete-all-warning = سيتم حذف كل التدوينات فورًا. لا يمكن التراجع عن هذا. قد ترغبون في تنزيل يومياتكم أولًا.
diary-delete-all-confirm = أفهم أن يومياتي سيتم حذفها
diary-delete-all-button = حذف يومياتي
diary-delete-all-error = ضعوا علامة في المربع لتأكيد أنكم تريدون حذف يومياتكم
diary-deleted-title = تم حذف اليوميات
diary-deleted-heading = تم حذف يومياتكم
diary-locked-body = لفتح يومياتكم، سجلوا الخروج ثم سجلوا الدخول مرة أخرى. يحدث هذا مرة واحدة فقط، بعد تحديث في طريقة حماية اليوميات.

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = يناير
month-alone-2 = فبراير
month-alone-3 = مارس
month-alone-4 = أبريل
month-alone-5 = مايو
month-alone-6 = يونيو
month-alone-7 = يوليو
month-alone-8 = أغسطس
month-alone-9 = سبتمبر
month-alone-10 = أكتوبر
month-alone-11 = نوفمبر
month-alone-12 = ديسمبر
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = اليوم
date-month = الشهر
date-year = السنة
