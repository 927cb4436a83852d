# Draft translation: not yet checked by a fluent Arabic speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = هل حدث هذا لك، أم أنك رأيته أو سمعته؟
hate-lead-not-police = يمكنك إبلاغ خدمة إبلاغ ليست الشرطة عن الكراهية التي تعرضت لها أو شهدتها. تكون كراهية إذا استُهدف شخص بسبب هويته أو بسبب ما ظُنّ أنه هويته.
hate-lead-anonymous = لست مضطرًا لذكر اسمك. لا يذهب البلاغ إلى الشرطة إلا إذا وافقت على ذلك.
hate-role-victim = حدث لي
hate-role-witness = رأيت أو سمعت ذلك يحدث لشخص آخر
hate-role-error = اختر إن كان قد حدث لك أم أنك شهدته

hate-incident = ماذا حدث؟
hate-incident-hint = قل ما الذي فُعل أو قيل، بكلماتك. لا تذكر اسم أحد إلا إذا أردت ذلك.
hate-incident-error = أخبرنا بما حدث

hate-area = أين حدث ذلك؟
hate-area-hint = المنطقة فقط: لا نطلب عنوانًا أبدًا.

hate-strands = لماذا تعتقد أن ذلك حدث؟
hate-strands-hint = اختر كل ما ينطبق: بسبب … الشخص
hate-strand-race = العرق أو الأصل الإثني أو الجنسية
hate-strand-religion = الدين أو المعتقد
hate-strand-sexual-orientation = التوجه الجنسي
hate-strand-disability = الإعاقة
hate-strand-transgender = كونه عابرًا جنسيًا
hate-strand-other = شيء آخر
hate-strands-error = اختر سببًا واحدًا على الأقل

hate-support = هل تريد أن يتواصلوا معك بشأن الدعم؟
hate-support-yes = نعم، تواصلوا معي
hate-support-yes-hint = سنسألك كيف ومتى يكون التواصل معك آمنًا.
hate-support-no = لا، أريد أن أبقى مجهول الهوية
hate-support-no-hint = لن نسألك عن اسمك ولا عن طريقة الوصول إليك.
hate-support-error = اختر إن كنت تريد أن يتواصلوا معك

hate-police = هل يمكنهم إرسال بلاغك إلى الشرطة؟
hate-police-hint = لن يفعلوا إلا ما تختاره هنا.
hate-police-yes = نعم، مع بياناتي
hate-police-facts = ما حدث فقط، دون أي شيء قد يكشف هويتي
hate-police-no = لا، لا تخبروا الشرطة
hate-police-error = اختر إن كان يمكنهم إرسال بلاغك إلى الشرطة

hate-check-title = بلاغك
hate-check-role = من يقدّم البلاغ
hate-check-incident = ما حدث
hate-check-area = أين حدث
hate-check-strands = لماذا حدث
hate-check-police = إرساله إلى الشرطة
hate-check-support = التواصل
hate-check-anonymous = مجهول الهوية: بلا تواصل
hate-consent = أوافق على إرسال بلاغي إلى هذه الخدمة

hate-done-title = أُرسل البلاغ
hate-done-next = وصل بلاغك إلى { $service }. إذا طلبت التواصل معك، فسيتواصلون معك بالطريقة التي قلت إنها آمنة.
hate-done-police = لن يرسلوه إلى الشرطة إلا بالطريقة التي اخترتها.

hate-returns-by-strand = بلاغات حوادث الكراهية حسب السبب
hate-returns-by-strand-note = قد يذكر البلاغ أكثر من سبب، لذا لا يساوي مجموع هذه الصفوف الإجمالي.

hate-from-report = بلاغ عن حادثة كراهية
