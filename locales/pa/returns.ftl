# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = ਕਮਿਸ਼ਨਰ ਲਈ ਰਿਟਰਨਾਂ
returns-lead = ਹਰ ਖ਼ਤਮ ਹੋਏ ਕੈਲੰਡਰ ਮਹੀਨੇ ਅਤੇ ਤਿਮਾਹੀ (ਲੰਡਨ ਸਮਾਂ) ਦੇ ਅੰਕੜੇ। ਰਿਟਰਨ ਵਿੱਚ ਕੁਝ ਵੀ ਕਿਸੇ ਵਿਅਕਤੀ ਦੀ ਪਛਾਣ ਨਹੀਂ ਕਰਦਾ।
returns-months = ਮਹੀਨੇ
returns-quarters = ਤਿਮਾਹੀਆਂ
returns-month = { $month } { $year }
returns-quarter = { $first } ਤੋਂ { $last } { $year }
returns-method = 1 ਤੋਂ 4 ਤੱਕ ਦੀਆਂ ਗਿਣਤੀਆਂ ਲੁਕਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ ਅਤੇ [c] ਵਜੋਂ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਤਾਂ ਜੋ ਲੁਕੀ ਗਿਣਤੀ ਕੁੱਲ ਵਿੱਚੋਂ ਘਟਾ ਕੇ ਪਤਾ ਨਾ ਲੱਗੇ, ਹੋਰ ਗਿਣਤੀਆਂ (ਉਸੇ ਕਤਾਰ ਜਾਂ ਕਾਲਮ ਵਿੱਚ ਸਭ ਤੋਂ ਛੋਟੀਆਂ, ਜਾਂ ਕੁੱਲ) ਵੀ ਲੁਕਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਜਦੋਂ ਤੱਕ ਕੋਈ ਵੀ ਪਤਾ ਨਾ ਲੱਗ ਸਕੇ। 0 ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
returns-no-equality = ਬਰਾਬਰੀ ਵਾਲੇ ਜਵਾਬ ਸ਼ਾਮਲ ਨਹੀਂ ਹਨ: ਉਹ ਹਰ ਵਿਅਕਤੀ ਦੀ ਬੇਨਤੀ ਨਾਲ ਇਨਕ੍ਰਿਪਟ ਕਰਕੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਰਿਟਰਨ ਕਦੇ ਵੀ ਕਿਸੇ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਨਹੀਂ ਖੋਲ੍ਹਦੀ।
returns-csv = CSV ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
returns-json = JSON ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
returns-hidden-mark = [c]
returns-total = ਕੁੱਲ
returns-received = ਪ੍ਰਾਪਤ ਬੇਨਤੀਆਂ
returns-contacted-in-promise = ਵਾਅਦੇ ਦੇ ਸਮੇਂ ਅੰਦਰ ਸੰਪਰਕ
returns-no-promise = ਸੰਪਰਕ ਦਾ ਕੋਈ ਵਾਅਦਾ ਦਰਜ ਨਹੀਂ
returns-supported = ਸਹਾਇਤਾ ਦਿੱਤੀ ਗਈ
returns-closed = ਬੰਦ
returns-closed-improved = ਸੁਧਰੇ ਨਤੀਜੇ ਨਾਲ ਬੰਦ
returns-by-service = ਪ੍ਰਾਪਤ ਕਰਨ ਵਾਲੀ ਸੇਵਾ ਅਨੁਸਾਰ
returns-service = { $name }
returns-by-crime = ਜੋ ਹੋਇਆ ਉਸ ਅਨੁਸਾਰ
returns-by-crime-note = ਇੱਕ ਬੇਨਤੀ ਇੱਕ ਤੋਂ ਵੱਧ ਅਪਰਾਧਾਂ ਦਾ ਨਾਂ ਲੈ ਸਕਦੀ ਹੈ, ਇਸ ਲਈ ਇਸ ਸਾਰਣੀ ਵਿੱਚ ਕੁੱਲ ਨਹੀਂ ਹਨ।
returns-by-age = ਉਮਰ ਅਨੁਸਾਰ
returns-by-area = ਇਲਾਕੇ ਅਨੁਸਾਰ
returns-area = { $area }
returns-not-recorded = ਦਰਜ ਨਹੀਂ
returns-outcomes = ਮਿਆਦ ਵਿੱਚ ਬੰਦ ਹੋਈਆਂ ਲੋੜਾਂ ਦੇ ਨਤੀਜੇ
returns-outcomes-note = ਕੀ ਵਿਅਕਤੀ, ਹਰ ਦਰਜ ਲੋੜ ਲਈ, ਬੇਨਤੀ ਬੰਦ ਹੋਣ ਵੇਲੇ ਬਿਹਤਰ ਢੰਗ ਨਾਲ ਸੰਭਲ ਅਤੇ ਠੀਕ ਹੋ ਸਕਦਾ ਸੀ।
returns-needs-closed = ਬੰਦ ਹੋਈਆਂ ਲੋੜਾਂ
returns-feedback = ਮਿਆਦ ਵਿੱਚ ਦਿੱਤੀ ਗਈ ਰਾਏ
returns-answered = ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਲੋਕ
