# Draft translation: not yet checked by a fluent Arabic speaker.
# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = التواصل
request-caption = اطلبوا من خدمة أن تتواصل معكم
request-honeypot = اتركوا هذه الخانة فارغة

request-start-heading = اطلبوا من خدمة أن تتواصل معكم
request-start-lead = أخبرونا قليلًا عما حدث وعما قد يساعدكم. سنرسل ذلك إلى الخدمة الأنسب لدعمكم، وستتواصل معكم بالطريقة التي تقولون إنها آمنة.
request-start-police = هذه الخدمات مستقلة عن الشرطة، ولا يلزم أن تكونوا قد أبلغتم عمّا حدث. تحافظ هذه الخدمات على سرية ما تخبرونها به. لكن قد يكون عليها أن تشاركه دون موافقتكم إذا رأت أن طفلًا في خطر، أو أن شخصًا قد يتعرض لأذى خطير. يمكنكم أن تسألوهم عن ذلك قبل أن تقولوا أي شيء.
request-start-how-heading = كيف يتم ذلك
request-start-how-questions = ستجيبون عن بضعة أسئلة قصيرة، سؤالًا بعد سؤال. معظمها اختياري أو فيه إجابة «أفضّل ألا أقول».
request-start-how-service = نرسل إجاباتكم إلى خدمة واحدة، نختارها حسب ما حدث وحسب عمركم. يمكنكم أن تعرفوا أي خدمة هي قبل الإرسال.
request-start-how-safe = تخبروننا كيف ومتى يكون التواصل معكم آمنًا، وهل يمكننا ترك رسالة، وهل يمكننا أن نقول من نحن.
request-start-how-time = يستغرق ذلك من ٥ إلى ١٠ دقائق تقريبًا. نحتفظ بإجاباتكم حتى تغلقوا المتصفح، أو بعد ٣٠ دقيقة دون أي نشاط.
request-start-signed-in = أنتم مسجلون الدخول، لذلك سنملأ ما أخبرتمونا به من قبل، ويمكنكم متابعة ما يحدث من خلال حسابكم.
request-start-no-account = لا تحتاجون إلى حساب. إذا كان لديكم حساب، سجلوا الدخول أولًا لتتابعوا ما يحدث.
request-start-urgent = إذا كنتم في خطر الآن، اتصلوا بالرقم 999. هذه الخدمات لا تستطيع الاستجابة فورًا.
request-start-button = ابدأوا الآن
request-start-directory = أو اطلعوا على كل الخدمات وتواصلوا معها بأنفسكم

request-yes = نعم
request-no = لا
request-rather-not-say = أفضّل ألا أقول
request-choose-all = اختاروا كل ما ينطبق.
request-choose-listed = اختاروا إحدى الإجابات الموجودة في القائمة، أو اتركوا السؤال دون إجابة.
request-too-long = هذه الإجابة طويلة جدًا. يجب ألا يزيد عدد أحرفها عن { $max }.

request-safe = هل أنتم بأمان الآن؟
request-safe-hint = إذا كنتم تقرؤون هذا نيابة عن شخص آخر، فأجيبوا عنه.
request-safe-yes = نعم
request-safe-no = لا
request-safe-not-sure = لا أعرف
request-safe-error = اختاروا هل أنتم بأمان الآن
request-urgent-heading = إذا كنتم في خطر، فاطلبوا المساعدة الآن
request-urgent-carry-on-heading = لا يزال بإمكانكم أن تطلبوا من خدمة أن تتصل بكم
request-urgent-carry-on = لا يلزم أن تكونوا بأمان الآن لطلب الدعم. إجاباتكم حتى الآن محفوظة.
request-urgent-carry-on-safely = بعد ذلك نطرح بعض الأسئلة القصيرة، منها كيف ومتى يكون من الآمن أن تتصل بكم الخدمة، وهل يمكنها ترك رسالة، وهل يمكنها أن تذكر من هي.
request-urgent-continue = المتابعة واختيار طريقة آمنة للتواصل معي

request-who = لمن تطلبون الدعم؟
request-who-me = لنفسي
request-who-someone = لشخص أدعمه
request-who-someone-hint = يجب أن يعرف هذا الشخص بهذا الطلب وأن يوافق عليه.
request-who-error = اختاروا لمن الدعم

request-age = { $who ->
    [someone] كم عمر الشخص الذي تدعمونه؟
   *[me] كم عمركم؟
}
request-age-hint = هذا يساعدنا على اختيار خدمة تعمل مع أشخاص في هذا العمر.
request-age-error = اختاروا فئة عمرية، أو اختاروا أنكم تفضلون ألا تقولوا

request-what = { $who ->
    [someone] ماذا حدث لهذا الشخص؟
   *[me] ماذا حدث لكم؟
}
request-what-error = اختاروا إجابة واحدة على الأقل. إذا لم تكونوا متأكدين، اختاروا «لا أعرف إن كان ما حدث جريمة»

request-when = متى حدث ذلك؟
request-when-week = في الأسبوع الماضي
request-when-month = في الشهر الماضي
request-when-six-months = في الأشهر الستة الماضية
request-when-longer = قبل أكثر من ٦ أشهر
request-when-ongoing = ما زال يحدث
request-when-error = اختاروا متى حدث ذلك، أو اختاروا أنكم تفضلون ألا تقولوا

request-police = هل تم إبلاغ الشرطة بما حدث؟
request-police-hint = يمكنكم الحصول على الدعم سواء أبلغتم أم لا. هذه الخدمات مستقلة عن الشرطة.
request-police-yes = نعم
request-police-no = لا
request-police-not-sure = لا أعرف
request-police-error = اختاروا إجابة، أو اختاروا أنكم تفضلون ألا تقولوا

request-needs = ما الذي قد يساعد
request-needs-legend = { $who ->
    [someone] ما نوع الدعم الذي قد يساعد هذا الشخص؟
   *[me] ما نوع الدعم الذي قد يساعدكم؟
}
request-needs-other = هل هناك أي شيء آخر تحبون أن تعرفه الخدمة؟ (اختياري)
request-needs-other-hint = اكتبوا فقط ما ترتاحون لأن تقرأه الخدمة.
request-needs-error = اختاروا نوعًا واحدًا على الأقل من الدعم، أو أخبرونا بكلماتكم الخاصة

request-language-heading = اللغة وتسهيلات الوصول
request-language = ما اللغة التي تفضلون استخدامها؟ (اختياري)
request-language-hint = مثلًا: الإنجليزية أو البولندية أو الأردية أو لغة الإشارة البريطانية (British Sign Language).
request-interpreter = هل تحتاجون إلى مترجم شفهي؟
request-interpreter-hint = لا حاجة للإجابة عن هذا إذا كنتم ستستخدمون الإنجليزية.
request-interpreter-error = اختاروا هل تحتاجون إلى مترجم شفهي
request-access = هل تحتاجون إلى أي مما يلي؟
request-access-bsl = لغة الإشارة البريطانية (BSL) مع مترجم
request-access-relay = Relay UK أو خدمة الترحيل النصي (كتابة وقراءة، وليست لغة الإشارة)
request-access-easy-read = معلومات بصيغة سهلة القراءة
request-access-large-print = خط كبير
request-access-other = شيء آخر
request-access-other-label = أخبرونا عن أي شيء آخر يساعدكم على استخدام الخدمة (اختياري)

request-contact-heading = { $who ->
    [someone] كيف يمكن للخدمة أن تتواصل مع هذا الشخص؟
   *[me] كيف يمكن للخدمة أن تتواصل معكم؟
}
request-contact-lead = { $who ->
    [someone] في الصفحة التالية سنسألكم متى وكيف يكون التواصل مع هذا الشخص آمنًا.
   *[me] في الصفحة التالية سنسألكم متى وكيف يكون التواصل معكم آمنًا.
}
request-name = { $who ->
    [someone] ما الاسم الذي تستخدمه الخدمة لمناداة هذا الشخص؟
   *[me] ما الاسم الذي تستخدمه الخدمة لمناداتكم؟
}
request-name-hint = ليس من الضروري أن يكون اسمًا كاملًا أو حقيقيًا.
request-name-error = أدخلوا اسمًا يمكن للخدمة استخدامه
request-channels = { $who ->
    [someone] ما الطرق التي يمكن للخدمة أن تستخدمها للتواصل مع هذا الشخص؟
   *[me] ما الطرق التي يمكن للخدمة أن تستخدمها للتواصل معكم؟
}
request-channels-error = اختاروا طريقة واحدة على الأقل للتواصل
request-channel-phone = مكالمة هاتفية
request-channel-text = رسالة نصية
request-channel-email = البريد الإلكتروني
request-phone = رقم الهاتف
request-phone-hint = للمكالمات الهاتفية والرسائل النصية. مثلًا: 07700 900 982.
request-phone-missing = أدخلوا رقم هاتف، أو أزيلوا العلامة عن المكالمات الهاتفية والرسائل النصية
request-phone-invalid = أدخلوا رقم هاتف بالشكل الصحيح، مثل 07700 900 982 أو ‎+44 7700 900 982
request-email = عنوان البريد الإلكتروني
request-email-hint = فقط إذا اخترتم البريد الإلكتروني في الأعلى.
request-email-missing = أدخلوا عنوان بريد إلكتروني، أو أزيلوا العلامة عن البريد الإلكتروني
request-email-invalid = أدخلوا عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

request-safe-contact-heading = البقاء بأمان عندما تتواصل الخدمة
request-safe-contact-lead = { $who ->
    [someone] ستتبع الخدمة هذه التعليمات بدقة. فكّروا في من قد يرى هاتف هذا الشخص أو رسائل بريده الإلكتروني.
   *[me] ستتبع الخدمة هذه التعليمات بدقة. فكّروا في من قد يرى هاتفكم أو رسائل بريدكم الإلكتروني.
}
request-safe-phone = هل من الآمن أن تتصل الخدمة بهذا الرقم؟
request-safe-text = هل من الآمن أن ترسل الخدمة رسائل نصية؟
request-safe-email = هل من الآمن أن ترسل الخدمة رسائل بالبريد الإلكتروني؟
request-safe-times = متى يكون ذلك آمنًا؟ (اختياري)
request-safe-times-hint = مثلًا: في أيام العمل من الأسبوع بين الساعة ١٠ صباحًا والساعة ٢ بعد الظهر.
request-safe-voicemail = هل يمكن للخدمة أن تترك رسالة صوتية؟
request-safe-voicemail-error = اختاروا هل يمكن للخدمة أن تترك رسالة صوتية
request-safe-say-who = هل يمكن للخدمة أن تقول من هي؟
request-safe-say-who-hint-phone = إذا قلتم لا، فلن يذكروا اسم خدمتهم عندما يتصلون بكم أو يتركون رسالة صوتية.
request-safe-say-who-hint-text = إذا قلتم لا، فلن يذكروا اسم خدمتهم في الرسائل النصية.
request-safe-say-who-hint-email = إذا قلتم لا، فلن يذكروا اسم خدمتهم في رسائل البريد الإلكتروني، بما في ذلك اسم المرسل والموضوع.
request-safe-say-who-error = اختاروا هل يمكن للخدمة أن تقول من هي
request-safe-channel-error = اختاروا هل طريقة التواصل هذه آمنة
request-no-safe-channel = يجب أن تكون طريقة واحدة على الأقل من طرق التواصل آمنة. ارجعوا واختاروا طريقة أخرى، أو اتصلوا بأحد خطوط المساعدة بدلًا من ذلك
request-code-word-heading = كلمة سر
request-code-word = كلمة السر (اختياري)
request-code-word-hint = إذا أجاب شخص آخر، فلن تتحدث الخدمة عن سبب اتصالها إلا مع الشخص الذي يقول هذه الكلمة.

request-supporter-heading = عنكم، أنتم الشخص الداعم
request-supporter-lead = قد تتواصل الخدمة معكم إذا لم تستطع الوصول إلى الشخص الذي تدعمونه. ستحاول دائمًا التواصل مع هذا الشخص أولًا، بالطريقة الآمنة له.
request-supporter-name = اسمكم
request-supporter-name-error = أدخلوا اسمكم
request-supporter-phone = رقم هاتفكم
request-supporter-email = عنوان بريدكم الإلكتروني
request-supporter-contact-error = أدخلوا رقم هاتف أو عنوان بريد إلكتروني خاصًا بكم
request-supporter-relationship = ما علاقتكم بهذا الشخص؟ (اختياري)
request-supporter-agreed-legend = موافقة هذا الشخص
request-supporter-agreed = هذا الشخص يعرف بهذا الطلب ويوافق عليه
request-supporter-agreed-error = أكّدوا أن الشخص يعرف بهذا الطلب ويوافق عليه

request-about-heading = عنكم (اختياري)
request-about-lead = تساعد هذه الأسئلة Police and Crime Commissioner، وهو شخص منتخب يموّل خدمات الضحايا هنا وليس ضابط شرطة، على معرفة فئات الناس التي لا يصل إليها الدعم، حتى تتحسن الخدمات. تُحسب إجاباتكم مع إجابات الجميع، ولا تظهر أبدًا مع اسمكم.
request-about-commissioner = هذا المكتب منفصل عن قوة الشرطة، ولا يرى إلا أرقامًا: لا يرى أي طلب أبدًا، ولا إجابات أي شخص بمفرده.
request-about-optional = يمكنكم تخطي أي سؤال منها أو تخطيها كلها.
request-about-heading-supporter = عن الشخص الذي تدعمونه (اختياري)
request-about-lead-supporter = تساعد هذه الأسئلة Police and Crime Commissioner، وهو شخص منتخب يموّل خدمات الضحايا هنا وليس ضابط شرطة، على معرفة فئات الناس التي لا يصل إليها الدعم، حتى تتحسن الخدمات. أجيبوا فقط بما تعرفونه وبما يرضى الشخص الذي تساندونه بمشاركته. تُحسب الإجابات مع إجابات الجميع، ولا تظهر أبدًا مع أي اسم.
equality-gender = ما هو جنسكم؟
equality-gender-supporter = ما هو جنس الشخص الذي تدعمونه؟
equality-gender-woman = امرأة
equality-gender-man = رجل
equality-gender-non-binary = غير ثنائي الجنس (non-binary)
equality-gender-other = أصف نفسي بطريقة أخرى
equality-ethnicity = ما هي مجموعتكم العرقية؟
equality-ethnicity-supporter = ما هي المجموعة العرقية للشخص الذي تدعمونه؟
equality-ethnicity-asian = آسيوي أو آسيوي بريطاني
equality-ethnicity-black = أسود، أو أسود بريطاني، أو كاريبي، أو أفريقي
equality-ethnicity-mixed = مختلط أو من مجموعات عرقية متعددة
equality-ethnicity-white = أبيض
equality-ethnicity-other = مجموعة عرقية أخرى
equality-sexuality = أي مما يلي يصف ميولكم الجنسية بشكل أفضل؟
equality-sexuality-supporter = أي مما يلي يصف الميول الجنسية للشخص الذي تدعمونه بشكل أفضل؟
equality-sexuality-straight = مغاير الجنس (straight)
equality-sexuality-gay-lesbian = مثلي أو مثلية
equality-sexuality-bisexual = مزدوج الميل الجنسي
equality-sexuality-other = ميول جنسية أخرى
equality-disability = هل تعتبرون أنفسكم من ذوي الإعاقة؟
equality-disability-supporter = هل يعتبر الشخص الذي تدعمونه نفسه من ذوي الإعاقة؟
equality-disability-hint = مثلًا، حالة صحية جسدية أو نفسية أو مرض يؤثر عليكم في حياتكم اليومية.

request-check-heading = راجعوا إجاباتكم قبل الإرسال
request-not-answered = لم تتم الإجابة
request-change = تغيير
request-check-safety-title = التواصل والأمان
request-check-about-title = ماذا حدث
request-check-language-title = اللغة وتسهيلات الوصول
request-check-supporter-title = عنكم، أنتم الشخص الداعم
request-check-equality-title = أسئلة اختيارية
request-check-name = الاسم المستخدم
request-check-contact = طرق التواصل
request-check-safe-contact = تعليمات الأمان
request-check-safe-phone = المكالمات الهاتفية آمنة
request-check-unsafe-phone = لا تتصلوا هاتفيًا
request-check-safe-text = الرسائل النصية آمنة
request-check-unsafe-text = لا ترسلوا رسائل نصية
request-check-safe-email = رسائل البريد الإلكتروني آمنة
request-check-unsafe-email = لا ترسلوا بريدًا إلكترونيًا
request-check-safe-times = الأوقات الآمنة: { $times }
request-check-no-voicemail = لا تتركوا رسالة صوتية
request-check-no-name = لا تقولوا من أنتم
request-check-code-word = كلمة السر: { $word }
request-check-safe-now = بأمان الآن
request-check-who = الدعم لـ
request-check-age = { $who ->
    [someone] عمر هذا الشخص
   *[me] عمركم
}
request-check-what = ماذا حدث
request-check-when = متى
request-check-police = تم إبلاغ الشرطة
request-check-needs = الدعم الذي قد يساعد
request-check-language = اللغة
request-check-interpreter = هناك حاجة إلى مترجم شفهي
request-check-access = احتياجات تسهيل الوصول
request-check-supporter = بياناتكم
request-check-agreed = هذا الشخص يعرف ويوافق
request-check-send-heading = أرسلوا طلبكم الآن
request-check-goes-to = سيُرسَل طلبكم إلى { $service }.
request-check-privacy = إجاباتكم مشفرة، ولا يستطيع قراءتها إلا موظفو هذه الخدمة. يتم حذفها بعد أن تغلق الخدمة طلبكم.
request-consent-legend = الإذن بالمشاركة
request-consent-me = أوافق على مشاركة إجاباتي مع هذه الخدمة حتى تتمكن من التواصل معي
request-consent-someone = أوافق على مشاركة هذه الإجابات مع هذه الخدمة، والشخص الذي أدعمه موافق أيضًا
request-consent-error = ضعوا علامة في المربع للموافقة على مشاركة إجاباتكم، أو يمكنكم مغادرة هذه الصفحة ولن يُرسَل أي شيء
request-too-many = تم إرسال عدة طلبات من هذا الاتصال خلال الساعة الماضية. من فضلكم حاولوا مرة أخرى لاحقًا، أو اتصلوا بأحد خطوط المساعدة أدناه.
request-send = إرسال الطلب

request-done-title = تم الإرسال
request-done-heading = تم إرسال الطلب
request-done-reference = رقمكم المرجعي هو { $reference }
request-done-next-heading = ماذا سيحدث بعد ذلك
request-done-next = ستتواصل معكم { $service } بالطريقة التي قلتم إنها آمنة.
request-done-next-within = ستتواصل معكم { $service } بالطريقة التي قلتم إنها آمنة. تسعى الخدمة إلى ذلك خلال { $days } أيام عمل.
request-done-safe = سيتبعون تعليمات الأمان التي أعطيتموها. إذا تغيرت الأمور، أو لم يعد التواصل معكم آمنًا، اتصلوا بهم أو بأحد خطوط المساعدة.
request-done-status-account = يمكنكم أن تروا ما يحدث في طلبكم من خلال حسابكم.
request-done-status-reference = احتفظوا برقمكم المرجعي في مكان آمن إذا أردتم السؤال عن طلبكم. لستم مضطرين إلى الاحتفاظ به إذا لم يكن ذلك آمنًا.
request-done-urgent = إذا كنتم في خطر الآن، اتصلوا بالرقم 999.
request-done-others-heading = خدمات أخرى قد تساعدكم
request-done-others-lead = يمكنكم أيضًا التواصل مع هذه الخدمات بأنفسكم. إنها مجانية.
request-done-meanwhile-heading = أثناء الانتظار
request-done-guides = اقرؤوا أدلة عن التأقلم بعد الجريمة

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] أين يعيش الشخص الذي تدعمه؟
   *[me] أين تعيش؟
}
request-area-hint = نستخدم هذا فقط لاختيار خدمة محلية. تتكون كليفلاند من هذه المناطق الأربع.
request-area-postcode = سأعطي الجزء الأول من رمزي البريدي بدلاً من ذلك
request-area-outside = في مكان ما خارج كليفلاند
request-postcode = الجزء الأول من الرمز البريدي (فقط إذا اخترت ذلك أعلاه)
request-postcode-hint = مثلاً TS10. نستخدمه فقط لمعرفة المنطقة ولا نحتفظ به.
request-area-error = اختر مكان سكنك، أو أنك تفضل عدم القول
request-postcode-missing = أدخل الجزء الأول من الرمز البريدي، مثل TS10، أو اختر منطقة
request-postcode-invalid = أدخل الجزء الأول من رمز بريدي، مثل TS10، أو اختر منطقة
request-postcode-spans = هذا الرمز البريدي يشمل أكثر من منطقة. اختر المنطقة بدلاً من ذلك
request-check-area = { $who ->
    [someone] مكان سكنه
   *[me] مكان سكنك
}
request-signpost-heading = أين يمكنك طلب المساعدة
request-signpost-outside = لا يمكن لهذا الموقع إرسال الطلبات إلا إلى خدمات في كليفلاند (Hartlepool وMiddlesbrough وRedcar and Cleveland وStockton-on-Tees)، لذلك لم نرسل شيئاً. يمكن للخدمات أدناه المساعدة أينما كنت تعيش. ويمكن لخط دعم Victim Support أيضاً إخبارك بالدعم القريب منك.
request-signpost-none = لا يمكن لأي من الخدمات المحلية هنا قبول طلب كهذا لشخص في هذا العمر، لذلك لم نرسل شيئاً. يمكن للخدمات أدناه المساعدة، ويمكنك التواصل معها بنفسك.
request-signpost-services = يمكنك تغيير إجاباتك باستخدام رابط الرجوع.
