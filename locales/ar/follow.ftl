# Draft translation: not yet checked by a fluent Arabic speaker.
# Following a request without an account (see locales/en/follow.ftl).

follow-offer-heading = متابعة طلبكم لاحقًا
follow-offer-lead = يمكنكم الاحتفاظ بطريقة لمتابعة طلبكم دون حساب: رقمكم المرجعي وعبارة مرور سرية ننشئها لكم الآن. تُعرض عبارة المرور مرة واحدة فقط.
follow-offer-safety = افعلوا ذلك فقط إذا كان بإمكانكم الاحتفاظ بهما في مكان آمن. يستطيع أي شخص يملكهما معًا أن يرى إن كانت الخدمة قد تواصلت معكم.
follow-offer-button = إنشاء عبارة مرور
follow-kept-title = عبارة المرور الخاصة بكم
follow-kept-heading = احتفظوا بهذه لمتابعة طلبكم
follow-kept-lead = اكتبوا رقمكم المرجعي وعبارة المرور، أو احتفظوا بهما في مكان لا يراه غيركم.
follow-reference = الرقم المرجعي
follow-passphrase = عبارة المرور
follow-kept-once = تُعرض عبارة المرور هذه مرة واحدة فقط. لا يمكننا عرضها مرة أخرى أو إخباركم بما كانت.
follow-kept-safety = لا داعي للاحتفاظ بها إذا لم يكن ذلك آمنًا. لقد أُرسل طلبكم في كل الأحوال.
follow-kept-replace = إذا أنشأتم عبارة مرور أخرى في هذه الصفحة، تتوقف هذه عن العمل.
follow-kept-where = متابعة طلبكم
follow-start-link = متابعة طلب أرسلتموه
follow-status-title = متابعة طلب
follow-status-heading = متابعة طلب
follow-status-lead = أدخلوا الرقم المرجعي وعبارة المرور التي حصلتم عليها عند إرسال طلبكم.
follow-reference-hint = ٨ أحرف وأرقام، مثل ⁦K7QM-2XPD⁩
follow-passphrase-hint = ١٦ حرفًا ورقمًا في مجموعات من أربعة
follow-status-button = تحقّق
follow-status-no-passphrase = إذا لم تنشئوا عبارة مرور، أو فقدتموها، فتواصلوا مع الخدمة أو سجّلوا الدخول إلى الحساب الذي أرسلتم منه الطلب.
follow-reference-missing = أدخلوا رقمكم المرجعي
follow-passphrase-missing = أدخلوا عبارة المرور
follow-no-match = الرقم المرجعي وعبارة المرور لا يطابقان أي طلب. تحققوا منهما وحاولوا مرة أخرى.
follow-too-many = محاولات كثيرة جدًا. انتظروا بضع دقائق وحاولوا مرة أخرى.
follow-status-found-heading = طلبكم
follow-status-safety = ستتواصل الخدمة معكم بالطريقة التي قلتم إنها آمنة. إذا تغيرت الأمور، أو لم يعد التواصل معكم آمنًا، فاتصلوا بهم أو بخط مساعدة.
follow-status-again-heading = متابعة طلب آخر
