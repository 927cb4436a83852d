# Draft translation: not yet checked by a fluent Arabic speaker.
# The self-help guides and the wellbeing check-in.

nav-guides = الأدلة

guides-title = الأدلة
guides-heading = الأدلة
guides-lead = أدلة قصيرة تساعدكم على فهم ما تشعرون به، وما سيحدث بعد ذلك، وما الذي قد يساعدكم. اقرؤوها بالسرعة التي تناسبكم، وبأي ترتيب تريدون.
guides-impact = هذه الأدلة للأشخاص الذين يجدون الأمور صعبة لكنهم قادرون على التأقلم. إذا كان ما حدث يؤثر عليكم كثيرًا، فقد يفيدكم أيضًا التحدث إلى شخص ما.
guides-check-in-link = أجيبوا أولًا عن بضعة أسئلة سريعة عن حالكم
guides-continue = تابعوا من حيث توقفتم:
guides-search-label = البحث في الأدلة
guides-search-button = بحث
guides-search-results = أدلة عن «{ $words }»
guides-filter-label = تصفية الأدلة
guides-filter-who = لمن
guides-filter-everyone = للجميع
guides-filter-supporters = للأشخاص الذين يدعمون شخصًا آخر
guides-filter-topic = الموضوع
guides-filter-all = كل المواضيع
guides-filter-bsl = متوفرة بلغة الإشارة البريطانية
guides-count = { $count ->
    [0] لم نجد أي دليل. جربوا كلمات أخرى، أو اختاروا موضوعًا آخر.
    [zero] لم نجد أي دليل. جربوا كلمات أخرى، أو اختاروا موضوعًا آخر.
    [one] دليل واحد
    [two] دليلان
    [few] { $count } أدلة
    [many] { $count } دليلًا
   *[other] { $count } دليل
}
guide-for-victim = للأشخاص المتأثرين بالجريمة
guide-for-supporter = للأشخاص الذين يدعمون شخصًا آخر
guide-for-both = للجميع
guide-minutes = { $minutes ->
    [zero] مدة القراءة: أقل من دقيقة
    [one] مدة القراءة: دقيقة واحدة
    [two] مدة القراءة: دقيقتان
    [few] مدة القراءة: { $minutes } دقائق
    [many] مدة القراءة: { $minutes } دقيقة
   *[other] مدة القراءة: { $minutes } دقيقة
}
guide-has-bsl = متوفر بلغة الإشارة البريطانية (British Sign Language)

guide-title = دليل
guide-caption = دليل
guide-danger-line = إذا كنتم في خطر الآن، اتصلوا بالرقم 999.
guide-contents = المحتويات
guide-step-of = الخطوة { $step } من { $total }
guide-previous = السابق
guide-next = التالي
guide-pagination = خطوات هذا الدليل
guide-tip = نصيحة
guide-more-help-title = تحدثوا إلى شخص ما
guide-more-help-body = لستم مضطرين إلى مواجهة الأمر وحدكم. خط الدعم المجاني (Supportline) التابع لمنظمة Victim Support (دعم الضحايا) مفتوح ليلًا ونهارًا، سواء أخبرتم الشرطة أم لا.
guide-all-guides = عرض كل الأدلة
guide-sources = مصادر هذه المعلومات
guide-reviewed = آخر مراجعة: { $date }.
guide-not-translated = هذا الدليل غير متوفر بلغتكم بعد، لذلك نعرضه باللغة الإنجليزية.
guide-draft-translation = هذه الترجمة لم يراجعها بعد شخص يتقن هذه اللغة. قد لا تكون بعض الكلمات دقيقة تمامًا.
guide-progress-saved = تم الحفظ.
guide-save-place = احفظ مكاني
guide-reflection-saved = تم حفظ أفكاركم في يومياتكم.
guide-reflection-empty = اكتبوا شيئًا لحفظه، أو تابعوا القراءة.

breathing-title = تمرين التنفس
breathing-start = بدء
breathing-stop = إيقاف
breathing-ready = عندما تكونون مستعدين، اضغطوا «بدء» وتابعوا الدائرة.
breathing-in = خذوا نفسًا إلى الداخل
breathing-hold = احبسوا النفس
breathing-out = أخرجوا النفس ببطء
breathing-step-1 = اجلسوا أو استلقوا في مكان مريح. أرخوا أكتافكم.
breathing-step-2 = خذوا نفسًا بلطف من الأنف وأنتم تعدّون إلى ٤.
breathing-step-3 = احبسوا النفس وأنتم تعدّون إلى ٢.
breathing-step-4 = أخرجوا النفس ببطء من الفم وأنتم تعدّون إلى ٦. كرروا ذلك ٥ مرات، أو ما دام ذلك مريحًا لكم.

grounding-title = تمرين 5-4-3-2-1 للعودة إلى اللحظة الحاضرة
grounding-lead = عندما يشتد الذعر أو تعود الذكريات، يعيد هذا التمرين انتباهكم إلى المكان الذي أنتم فيه الآن. خذوا وقتكم في كل خطوة.
grounding-see = انظروا حولكم واذكروا ٥ أشياء ترونها.
grounding-feel = لاحظوا ٤ أشياء تشعرون بها، مثل قدميكم على الأرض أو قماش ملابسكم.
grounding-hear = استمعوا إلى ٣ أشياء تسمعونها.
grounding-smell = ابحثوا عن شيئين تشمّون رائحتهما، أو عن رائحتين تحبونهما.
grounding-taste = لاحظوا شيئًا واحدًا تتذوقونه، أو اشربوا رشفة ماء.
grounding-after = ثم خذوا نفسًا بطيئًا. أنتم هنا، وأنتم بأمان في هذه اللحظة.

reflect-title = فكّروا في الأمر
reflect-save = الحفظ في يومياتي
reflect-sign-in = إذا كان لديكم حساب، يمكنكم حفظ أفكاركم في يومياتكم الخاصة. إذا لم يكن لديكم حساب، فلن يُحفظ أي شيء تقرؤونه هنا.
checklist-title = أشياء يمكنكم فعلها
checklist-save = حفظ علاماتي
checklist-sign-in = العلامات التي وضعتموها لا تُحفظ. إذا كان لديكم حساب وسجلتم الدخول، فستُحفظ للمرة القادمة.

check-in-title = أسئلة عن حالكم
check-in-heading = كيف حالكم؟
check-in-lead = بضعة أسئلة عن حالكم في هذه الفترة. أجيبوا عن أي عدد منها تريدون. يستغرق ذلك دقيقة تقريبًا.
check-in-saved-note = تُحفظ إجاباتكم بشكل خاص مع يومياتكم، لتروا كيف تتغير مع الوقت.
check-in-not-saved-note = لا تُحفظ إجاباتكم في أي مكان.
check-in-sleep = إلى أي حد يؤثر ما حدث على نومكم؟
check-in-daily = إلى أي حد يؤثر على حياتكم اليومية، مثل العمل أو الدراسة أو الاهتمام بأنفسكم؟
check-in-feelings = إلى أي حد تعيقكم مشاعركم تجاه ما حدث؟
check-in-safety = إلى أي حد تشعرون بالأمان في المكان الذي تعيشون فيه؟
check-in-effect-0 = ليس على الإطلاق
check-in-effect-1 = قليلًا
check-in-effect-2 = بدرجة كبيرة
check-in-effect-3 = بدرجة كبيرة جدًا
check-in-safe-0 = أشعر بالأمان
check-in-safe-1 = أشعر بالأمان في أغلب الأحيان
check-in-safe-2 = لا أشعر بالأمان كثيرًا
check-in-safe-3 = لا أشعر بالأمان أبدًا
check-in-risk-heading = سؤالان آخران
check-in-risk-lead = لستم مضطرين إلى الإجابة عن هذين السؤالين. نسألهما حتى نستطيع أن نوجهكم إلى المساعدة المناسبة.
check-in-danger = هل هناك شخص يؤذيكم أو يهددكم أو يجعلكم تشعرون بالخوف في هذه الفترة؟
check-in-harm = هل راودتكم أفكار عن إنهاء حياتكم أو إيذاء أنفسكم؟
check-in-yes = نعم
check-in-no = لا
check-in-skip = أفضّل ألا أقول
check-in-submit = عرض ما قد يساعدكم
check-in-history-link = عرض إجاباتكم السابقة
check-in-result-title = نتيجة الأسئلة
check-in-result-low-heading = قد تساعدكم الأدلة
check-in-result-low-body = بحسب إجاباتكم، الأدلة مكان جيد للبدء. ويمكنكم أيضًا التحدث إلى شخص ما في أي وقت.
check-in-result-unanswered-body = لم تجيبوا عن الأسئلة، ولا بأس في ذلك. الأدلة مكان جيد للبدء، ويمكنكم التحدث إلى شخص ما في أي وقت.
check-in-result-high-heading = يبدو أن ما حدث يؤثر عليكم كثيرًا
check-in-result-high-body = الأدلة مخصصة للأشخاص الذين يتأثرون بدرجة خفيفة أو متوسطة. أنتم تستحقون دعمًا أكثر مما يمكن أن يقدمه دليل. التحدث إلى شخص ما يمكن أن يساعد كثيرًا، ولا يشترط أن تكونوا قد أخبرتم الشرطة.
check-in-result-unsafe-heading = من حقكم أن تشعروا بالأمان
check-in-result-unsafe-body = قلتم إنكم لا تشعرون بالأمان. لا يمكن لدليل وحده أن يغيّر ذلك. يمكن لخدمة دعم أن تساعدكم على معرفة ما يجعلكم أكثر أمانًا، ولا يلزم أن تكونوا قد أبلغتم الشرطة.
check-in-result-danger-heading = من حقكم أن تكونوا بأمان
check-in-result-danger-body = إذا كنتم في خطر الآن، اتصلوا بالرقم 999. يمكن للخدمات المتخصصة أن تساعدكم على البقاء بأمان وعلى التخطيط لما ستفعلونه بعد ذلك، دون أن تضطروا إلى الذهاب إلى الشرطة.
check-in-result-harm-heading = من فضلكم، تحدثوا إلى شخص ما الآن
check-in-result-harm-body = لستم مضطرين إلى التعامل مع هذه الأفكار وحدكم. هناك أشخاص مستعدون للاستماع إليكم، ليلًا ونهارًا.
check-in-result-harm-samaritans = اتصلوا بـ Samaritans (خط دعم نفسي للاستماع) مجانًا على الرقم 116 123، في أي وقت.
check-in-result-harm-nhs = اتصلوا بخدمة NHS 111 (الخدمة الصحية الوطنية) على الرقم 111، واختاروا خيار الصحة النفسية.
check-in-result-harm-999 = إذا كنتم تخشون أن تنفذوا هذه الأفكار، أو إذا كنتم قد آذيتم أنفسكم، اتصلوا بالرقم 999 أو اذهبوا إلى قسم الطوارئ في المستشفى (A&E).
check-in-result-guides = أدلة يمكنكم البدء بها
check-in-result-guides-later = عندما تشعرون بأنكم مستعدون، قد تساعدكم هذه الأدلة
check-in-result-person-heading = تحدثوا إلى شخص
check-in-history-title = الإجابات السابقة
check-in-history-heading = إجاباتكم السابقة
check-in-history-caption = إجاباتكم عن الأسئلة، الأحدث أولًا
check-in-history-empty = لم تجيبوا عن الأسئلة بعد.

bsl-title = لغة الإشارة البريطانية (BSL)
bsl-hosted = هذا الفيديو موجود على { $host }. لن يُحمَّل أي شيء من هناك حتى تختاروا تشغيله، وقد يستخدم ذلك الموقع ملفات تعريف الارتباط (الكوكيز).
bsl-watch = تشغيل الفيديو بلغة الإشارة (BSL)
bsl-player-title = فيديو بلغة الإشارة (BSL): { $title }
bsl-open-host = فتح الفيديو على { $host } بدلًا من ذلك
bsl-transcript = قراءة ما يُقال في الفيديو
bsl-more = كل المحتوى بلغة الإشارة البريطانية (BSL)، وكيف تتواصلون مع الخدمات بهذه اللغة

bsl-page-title = لغة الإشارة البريطانية
bsl-page-heading = لغة الإشارة البريطانية (BSL)
bsl-page-lead = ما يمكنكم فعله بلغة الإشارة البريطانية الآن، وكيف ستُترجم الأدلة في هذا الموقع إلى لغة الإشارة.
bsl-page-999 = في حالات الطوارئ، استخدموا خدمة 999 BSL: وهي خدمة مجانية للاتصال عبر الفيديو، تصلكم بالشرطة أو الإسعاف أو الإطفاء أو خفر السواحل من خلال مترجم بلغة الإشارة البريطانية، في أي وقت. استخدموا تطبيق 999 BSL أو موقع 999 BSL.
bsl-page-contact-heading = التواصل مع الخدمات بلغة الإشارة البريطانية
bsl-page-relay-uk = خدمة Relay UK للكتابة والقراءة، وليست للغة الإشارة. من تطبيق Relay UK أو من الهاتف النصي (textphone)، اتصلوا بالرقم 18001 ثم بالرقم الذي تريدونه. في حالات الطوارئ، اتصلوا بالرقم 18000.
bsl-page-video-relay = تقدّم بعض المنظمات خدمة ترحيل الفيديو بلغة الإشارة البريطانية مجانًا: ينضم مترجم BSL إلى مكالمة الفيديو ويتحدث إلى المنظمة نيابةً عنكم. ابحثوا عن رابط BSL أو ترحيل الفيديو في موقع المنظمة. يقدّم National Domestic Abuse Helpline هذه الخدمة في أيام العمل.
bsl-page-request = يمكنكم أن تطلبوا من خدمة عبر هذا الموقع أن تتواصل معكم بلغة الإشارة البريطانية، مع مترجم أو عبر مكالمة ترحيل فيديو. نرسل طلبكم إلى خدمة تستطيع تقديم BSL، إن وُجدت.
bsl-page-request-link = اطلبوا من خدمة أن تتواصل معكم
bsl-page-guides-heading = أدلة بلغة الإشارة البريطانية
bsl-page-no-guides = لا يوجد حتى الآن أي دليل له فيديو بلغة الإشارة البريطانية.
bsl-page-services-heading = خدمات للأشخاص الصم
