# Draft translation: not yet checked by a fluent Arabic speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = المنظمات الشريكة
partners-refer-link = إحالة شخص بموافقته
partners-organisations-title = المنظمات الشريكة
partners-organisations-heading = المنظمات الشريكة
partners-organisations-lead = المنظمات التي يجوز لموظفيها إحالة الأشخاص إلى الخدمات عبر Waymark، والخدمات التي يجوز لكل منها الإحالة إليها. يسجّل موظفوها الدخول بعاملين مثل جميع الموظفين، ولا يرون إلا ما إذا كانت إحالاتهم قد استُلمت أو قيد المتابعة أو أُغلقت.
partners-organisations-caption = المنظمات الشريكة المسجّلة
partners-organisations-none = لا توجد منظمات مسجّلة بعد.
partners-organisation-name = اسم المنظمة
partners-organisation-kind = نوع المنظمة
partners-organisation-services = الخدمات التي يجوز لها الإحالة إليها
partners-organisation-services-hint = اختر كل ما ينطبق. لا تُرسل الإحالات التي كانت ستذهب إلى أي خدمة أخرى.
partners-organisation-workers = الموظفون
partners-organisation-actions = الإجراءات
partners-invite-worker-for = دعوة موظف من { $name }
partners-register-heading = تسجيل منظمة
partners-register-button = تسجيل المنظمة
partners-name-error = أدخل اسمًا
partners-kind-error = اختر نوع المنظمة
partners-services-error = اختر خدمة واحدة على الأقل يجوز لها الإحالة إليها

partners-kind-gp-practice = عيادة طبيب عام
partners-kind-health = خدمة صحية أخرى
partners-kind-school = مدرسة أو كلية
partners-kind-housing = مزوّد سكن
partners-kind-council = خدمة تابعة للمجلس المحلي
partners-kind-community-group = مجموعة مجتمعية أو تطوعية
partners-kind-police = الشرطة
partners-kind-other = أخرى

partners-invite-title = دعوة موظف
partners-invite-heading = دعوة موظف من { $name }
partners-invite-lead = سيحصل على رابط لمرة واحدة لاختيار بيانات الدخول وإعداد تطبيق مصادقة. بعد ذلك يمكنه إحالة الأشخاص إلى خدمات هذه المنظمة ومتابعة تقدّم إحالاته فقط، لا أكثر.
partners-worker-display-name = الاسم الكامل
partners-invite-button = إنشاء رابط التسجيل
partners-link-title = رابط التسجيل
partners-link-lead = أرسل هذا الرابط إلى { $name } من { $organisation } بطريقة آمنة. يستخدمه لإعداد الدخول.
partners-link-back = العودة إلى المنظمات الشريكة

partners-professional-heading = معلومات عنك
partners-professional-lead = أنت تحيل شخصًا للحصول على الدعم بصفتك موظفًا في منظمة شريكة. قد تتواصل الخدمة معك بشأن الإحالة.
partners-worker-name = اسمك
partners-worker-role = وظيفتك
partners-worker-role-hint = مثلًا ممرضة العيادة أو موظف الإسكان
partners-worker-phone = رقم هاتف العمل
partners-worker-email = بريدك الإلكتروني للعمل
partners-worker-name-error = أدخل اسمك
partners-worker-contact-error = أدخل رقم هاتف العمل أو بريدًا إلكترونيًا

partners-agreement-heading = موافقة الشخص
partners-agreement-lead = لا تُحِل إلا شخصًا وافق على ذلك. سجّل متى وكيف وافق، وما الذي وافق على مشاركته مع الخدمة.
partners-agreed-when = متى وافق؟
partners-agreed-today = اليوم
partners-agreed-week = خلال الأيام السبعة الماضية
partners-agreed-earlier = قبل ذلك
partners-agreed-how = كيف وافق؟
partners-agreed-in-person = شخصيًا
partners-agreed-phone = عبر الهاتف
partners-agreed-video = في مكالمة فيديو
partners-agreed-writing = كتابيًا
partners-shared = ما الذي وافق على مشاركته؟
partners-shared-hint = اختر كل ما ينطبق. لا يُرسل شيء ما لم يوافق على الإحالة.
partners-shared-referral = أن تتم إحالته وأن تتواصل الخدمة معه
partners-shared-what-happened = ما حدث
partners-shared-needs = ما الذي قد يساعده
partners-shared-access = احتياجاته اللغوية واحتياجات الوصول
partners-agreement-note = أين سُجّلت موافقته؟ (اختياري)
partners-agreement-note-hint = مثلًا ملاحظة في سجلاتكم. لا تذكر اسمه.
partners-agreed-when-error = اختر متى وافق
partners-agreed-how-error = اختر كيف وافق
partners-shared-error = لا تُحِل إلا شخصًا وافق على الإحالة: اختر «أن تتم إحالته وأن تتواصل الخدمة معه»

partners-check-title = إحالة من منظمة شريكة
partners-check-worker = أحاله
partners-check-agreement = موافقته
partners-check-shared = وافق على مشاركة
partners-consent = أؤكد أنه وافق على هذه الإحالة وعلى ما تتم مشاركته، كما هو مسجّل أعلاه

partners-not-allowed-title = لا يمكن إرسال هذه الإحالة
partners-not-allowed-service = بناءً على ما أخبرتنا به، كانت هذه الإحالة ستذهب إلى { $service }، لكن { $organisation } غير مسجّلة للإحالة إلى تلك الخدمة. لم يُرسل شيء.
partners-not-allowed-none = بناءً على ما أخبرتنا به، لا توجد خدمة يجوز لمنظمتك الإحالة إليها تستطيع استقبال هذه الإحالة. لم يُرسل شيء.
partners-not-allowed-nothing-sent = يمكنك تغيير إجاباتك، أو إعطاء الشخص بيانات خدمة يمكنه التواصل معها بنفسه. يمكن للمفوّض إضافة خدمات يجوز لمنظمتك الإحالة إليها.
partners-not-allowed-others = خدمات يمكن للشخص التواصل معها
partners-not-allowed-directory = عرض جميع الخدمات

partners-done-title = أُرسلت الإحالة
partners-done-next = ستتواصل { $service } مع الشخص بالطريقة التي قال إنها آمنة.
partners-done-status = يمكنك أن ترى في صفحة حسابك ما إذا استُلمت أو قيد المتابعة أو أُغلقت. لن ترى أي شيء آخر عنها.
partners-done-account = الذهاب إلى حسابك
partners-done-another = إحالة شخص آخر

partners-from-partner = من منظمة شريكة: { $organisation }

partners-status-received = استُلمت
partners-status-in-progress = قيد المتابعة
partners-status-closed = مغلقة
