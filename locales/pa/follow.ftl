# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Following a request without an account (see locales/en/follow.ftl).

follow-offer-heading = ਬਾਅਦ ਵਿੱਚ ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰਨਾ
follow-offer-lead = ਤੁਸੀਂ ਖਾਤੇ ਤੋਂ ਬਿਨਾਂ ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰਨ ਦਾ ਤਰੀਕਾ ਰੱਖ ਸਕਦੇ ਹੋ: ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਅਤੇ ਇੱਕ ਗੁਪਤ ਵਾਕ ਜੋ ਅਸੀਂ ਹੁਣ ਤੁਹਾਡੇ ਲਈ ਬਣਾਉਂਦੇ ਹਾਂ। ਗੁਪਤ ਵਾਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
follow-offer-safety = ਇਹ ਤਾਂ ਹੀ ਕਰੋ ਜੇ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖ ਸਕਦੇ ਹੋ। ਜਿਸ ਕੋਲ ਵੀ ਦੋਵੇਂ ਹਨ, ਉਹ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਸੇਵਾ ਨੇ ਸੰਪਰਕ ਕੀਤਾ ਹੈ ਜਾਂ ਨਹੀਂ।
follow-offer-button = ਗੁਪਤ ਵਾਕ ਬਣਾਓ
follow-kept-title = ਤੁਹਾਡਾ ਗੁਪਤ ਵਾਕ
follow-kept-heading = ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਇਹਨਾਂ ਨੂੰ ਰੱਖੋ
follow-kept-lead = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਅਤੇ ਗੁਪਤ ਵਾਕ ਲਿਖ ਲਓ, ਜਾਂ ਉਹਨਾਂ ਨੂੰ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਸਿਰਫ਼ ਤੁਸੀਂ ਦੇਖ ਸਕੋ।
follow-reference = ਹਵਾਲਾ ਨੰਬਰ
follow-passphrase = ਗੁਪਤ ਵਾਕ
follow-kept-once = ਇਹ ਗੁਪਤ ਵਾਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ। ਅਸੀਂ ਇਸਨੂੰ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾ ਸਕਦੇ ਜਾਂ ਦੱਸ ਨਹੀਂ ਸਕਦੇ ਕਿ ਇਹ ਕੀ ਸੀ।
follow-kept-safety = ਜੇ ਇਹ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ ਤਾਂ ਤੁਹਾਨੂੰ ਇਸਨੂੰ ਰੱਖਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਕਿਸੇ ਵੀ ਤਰ੍ਹਾਂ ਭੇਜੀ ਜਾ ਚੁੱਕੀ ਹੈ।
follow-kept-replace = ਜੇ ਤੁਸੀਂ ਇਸ ਪੰਨੇ ਤੇ ਹੋਰ ਗੁਪਤ ਵਾਕ ਬਣਾਉਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇਗਾ।
follow-kept-where = ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
follow-start-link = ਭੇਜੀ ਹੋਈ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
follow-status-title = ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
follow-status-heading = ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
follow-status-lead = ਉਹ ਹਵਾਲਾ ਨੰਬਰ ਅਤੇ ਗੁਪਤ ਵਾਕ ਦਰਜ ਕਰੋ ਜੋ ਤੁਹਾਨੂੰ ਬੇਨਤੀ ਭੇਜਣ ਵੇਲੇ ਮਿਲੇ ਸਨ।
follow-reference-hint = 8 ਅੱਖਰ ਅਤੇ ਅੰਕ, ਉਦਾਹਰਨ ਲਈ K7QM-2XPD
follow-passphrase-hint = ਚਾਰ-ਚਾਰ ਦੇ ਸਮੂਹਾਂ ਵਿੱਚ 16 ਅੱਖਰ ਅਤੇ ਅੰਕ
follow-status-button = ਜਾਂਚ ਕਰੋ
follow-status-no-passphrase = ਜੇ ਤੁਸੀਂ ਗੁਪਤ ਵਾਕ ਨਹੀਂ ਬਣਾਇਆ, ਜਾਂ ਗੁਆ ਦਿੱਤਾ ਹੈ, ਤਾਂ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਜਾਂ ਉਸ ਖਾਤੇ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰੋ ਜਿਸ ਤੋਂ ਤੁਸੀਂ ਬੇਨਤੀ ਭੇਜੀ ਸੀ।
follow-reference-missing = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਦਰਜ ਕਰੋ
follow-passphrase-missing = ਆਪਣਾ ਗੁਪਤ ਵਾਕ ਦਰਜ ਕਰੋ
follow-no-match = ਹਵਾਲਾ ਨੰਬਰ ਅਤੇ ਗੁਪਤ ਵਾਕ ਕਿਸੇ ਬੇਨਤੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। ਉਹਨਾਂ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
follow-too-many = ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ। ਕੁਝ ਮਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
follow-status-found-heading = ਤੁਹਾਡੀ ਬੇਨਤੀ
follow-status-safety = ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਕਿਹਾ ਸੀ। ਜੇ ਹਾਲਾਤ ਬਦਲ ਜਾਣ, ਜਾਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੁਣ ਸੁਰੱਖਿਅਤ ਨਾ ਹੋਵੇ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਜਾਂ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
follow-status-again-heading = ਕਿਸੇ ਹੋਰ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
