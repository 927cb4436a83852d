# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = ਕੀ ਇਹ ਤੁਹਾਡੇ ਨਾਲ ਹੋਇਆ, ਜਾਂ ਤੁਸੀਂ ਇਸਨੂੰ ਦੇਖਿਆ ਜਾਂ ਸੁਣਿਆ?
hate-lead-not-police = ਤੁਸੀਂ ਜਿਸ ਨਫ਼ਰਤ ਦਾ ਸਾਹਮਣਾ ਕੀਤਾ ਜਾਂ ਜੋ ਦੇਖੀ, ਉਸ ਬਾਰੇ ਇੱਕ ਰਿਪੋਰਟਿੰਗ ਸੇਵਾ ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ ਜੋ ਪੁਲਿਸ ਨਹੀਂ ਹੈ। ਇਹ ਨਫ਼ਰਤ ਹੈ ਜੇ ਕਿਸੇ ਨੂੰ ਇਸ ਕਰਕੇ ਨਿਸ਼ਾਨਾ ਬਣਾਇਆ ਗਿਆ ਕਿ ਉਹ ਕੌਣ ਹੈ ਜਾਂ ਉਸਨੂੰ ਕੌਣ ਸਮਝਿਆ ਗਿਆ।
hate-lead-anonymous = ਤੁਹਾਨੂੰ ਆਪਣਾ ਨਾਮ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਰਿਪੋਰਟ ਪੁਲਿਸ ਕੋਲ ਸਿਰਫ਼ ਤਾਂ ਜਾਂਦੀ ਹੈ ਜੇ ਤੁਸੀਂ ਇਜਾਜ਼ਤ ਦਿਓ।
hate-role-victim = ਇਹ ਮੇਰੇ ਨਾਲ ਹੋਇਆ
hate-role-witness = ਮੈਂ ਇਸਨੂੰ ਕਿਸੇ ਹੋਰ ਨਾਲ ਹੁੰਦਾ ਦੇਖਿਆ ਜਾਂ ਸੁਣਿਆ
hate-role-error = ਚੁਣੋ ਕਿ ਇਹ ਤੁਹਾਡੇ ਨਾਲ ਹੋਇਆ ਜਾਂ ਤੁਸੀਂ ਇਸਨੂੰ ਦੇਖਿਆ

hate-incident = ਕੀ ਹੋਇਆ?
hate-incident-hint = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ ਕਿ ਕੀ ਕੀਤਾ ਜਾਂ ਕਿਹਾ ਗਿਆ। ਕਿਸੇ ਦਾ ਨਾਮ ਨਾ ਲਿਖੋ ਜਦ ਤੱਕ ਤੁਸੀਂ ਨਾ ਚਾਹੋ।
hate-incident-error = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ

hate-area = ਇਹ ਕਿੱਥੇ ਹੋਇਆ?
hate-area-hint = ਸਿਰਫ਼ ਇਲਾਕਾ: ਅਸੀਂ ਕਦੇ ਪਤਾ ਨਹੀਂ ਪੁੱਛਦੇ।

hate-strands = ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ ਇਹ ਕਿਉਂ ਹੋਇਆ?
hate-strands-hint = ਜੋ ਵੀ ਲਾਗੂ ਹੋਵੇ ਸਭ ਚੁਣੋ: ਕਿਸੇ ਦੀ … ਕਰਕੇ
hate-strand-race = ਨਸਲ, ਜਾਤੀ ਪਿਛੋਕੜ ਜਾਂ ਕੌਮੀਅਤ
hate-strand-religion = ਧਰਮ ਜਾਂ ਵਿਸ਼ਵਾਸ
hate-strand-sexual-orientation = ਜਿਨਸੀ ਰੁਝਾਨ
hate-strand-disability = ਅਪੰਗਤਾ
hate-strand-transgender = ਟ੍ਰਾਂਸਜੈਂਡਰ ਹੋਣਾ
hate-strand-other = ਕੁਝ ਹੋਰ
hate-strands-error = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਕਾਰਨ ਚੁਣੋ

hate-support = ਕੀ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਉਹ ਸਹਾਇਤਾ ਲਈ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ?
hate-support-yes = ਹਾਂ, ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
hate-support-yes-hint = ਅਸੀਂ ਪੁੱਛਾਂਗੇ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਅਤੇ ਕਦੋਂ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ।
hate-support-no = ਨਹੀਂ, ਮੈਂ ਗੁਮਨਾਮ ਰਹਿਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ
hate-support-no-hint = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਤੁਹਾਡੇ ਤੱਕ ਪਹੁੰਚਣ ਦਾ ਤਰੀਕਾ ਨਹੀਂ ਪੁੱਛਾਂਗੇ।
hate-support-error = ਚੁਣੋ ਕਿ ਕੀ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕੀਤਾ ਜਾਵੇ

hate-police = ਕੀ ਉਹ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪੁਲਿਸ ਨੂੰ ਦੇ ਸਕਦੇ ਹਨ?
hate-police-hint = ਉਹ ਸਿਰਫ਼ ਉਹੀ ਕਰਨਗੇ ਜੋ ਤੁਸੀਂ ਇੱਥੇ ਚੁਣੋਗੇ।
hate-police-yes = ਹਾਂ, ਮੇਰੇ ਵੇਰਵਿਆਂ ਸਮੇਤ
hate-police-facts = ਸਿਰਫ਼ ਇਹ ਕਿ ਕੀ ਹੋਇਆ, ਕਿਸੇ ਅਜਿਹੀ ਚੀਜ਼ ਤੋਂ ਬਿਨਾਂ ਜਿਸ ਨਾਲ ਮੇਰੀ ਪਛਾਣ ਹੋ ਸਕੇ
hate-police-no = ਨਹੀਂ, ਪੁਲਿਸ ਨੂੰ ਨਾ ਦੱਸੋ
hate-police-error = ਚੁਣੋ ਕਿ ਕੀ ਉਹ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪੁਲਿਸ ਨੂੰ ਦੇ ਸਕਦੇ ਹਨ

hate-check-title = ਤੁਹਾਡੀ ਰਿਪੋਰਟ
hate-check-role = ਕੌਣ ਰਿਪੋਰਟ ਕਰ ਰਿਹਾ ਹੈ
hate-check-incident = ਕੀ ਹੋਇਆ
hate-check-area = ਕਿੱਥੇ ਹੋਇਆ
hate-check-strands = ਕਿਉਂ ਹੋਇਆ
hate-check-police = ਪੁਲਿਸ ਨੂੰ ਦੇਣਾ
hate-check-support = ਸੰਪਰਕ
hate-check-anonymous = ਗੁਮਨਾਮ: ਕੋਈ ਸੰਪਰਕ ਨਹੀਂ
hate-consent = ਮੈਂ ਆਪਣੀ ਰਿਪੋਰਟ ਇਸ ਸੇਵਾ ਨੂੰ ਭੇਜਣ ਲਈ ਸਹਿਮਤ ਹਾਂ

hate-done-title = ਰਿਪੋਰਟ ਭੇਜੀ ਗਈ
hate-done-next = ਤੁਹਾਡੀ ਰਿਪੋਰਟ { $service } ਕੋਲ ਹੈ। ਜੇ ਤੁਸੀਂ ਸੰਪਰਕ ਲਈ ਕਿਹਾ ਸੀ, ਤਾਂ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਉਸੇ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਗੇ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ।
hate-done-police = ਉਹ ਇਸਨੂੰ ਪੁਲਿਸ ਨੂੰ ਸਿਰਫ਼ ਉਸੇ ਤਰੀਕੇ ਨਾਲ ਦੇਣਗੇ ਜੋ ਤੁਸੀਂ ਚੁਣਿਆ।

hate-returns-by-strand = ਨਫ਼ਰਤ ਦੀਆਂ ਘਟਨਾਵਾਂ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਕਾਰਨ ਅਨੁਸਾਰ
hate-returns-by-strand-note = ਇੱਕ ਰਿਪੋਰਟ ਵਿੱਚ ਇੱਕ ਤੋਂ ਵੱਧ ਕਾਰਨ ਹੋ ਸਕਦੇ ਹਨ, ਇਸ ਲਈ ਇਹਨਾਂ ਕਤਾਰਾਂ ਦਾ ਜੋੜ ਕੁੱਲ ਦੇ ਬਰਾਬਰ ਨਹੀਂ।

hate-from-report = ਨਫ਼ਰਤ ਦੀ ਘਟਨਾ ਦੀ ਰਿਪੋਰਟ
