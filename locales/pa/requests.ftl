# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = ਸੰਪਰਕ ਕਰੋ
request-caption = ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇ
request-honeypot = ਇਸਨੂੰ ਖਾਲੀ ਛੱਡੋ

request-start-heading = ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇ
request-start-lead = ਸਾਨੂੰ ਥੋੜ੍ਹਾ ਜਿਹਾ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ। ਅਸੀਂ ਇਹ ਉਸ ਸੇਵਾ ਨੂੰ ਭੇਜਾਂਗੇ ਜੋ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ਕਰਨ ਲਈ ਸਭ ਤੋਂ ਢੁਕਵੀਂ ਹੈ, ਅਤੇ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਗੇ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸੋਗੇ।
request-start-police = ਇਹ ਸੇਵਾਵਾਂ ਪੁਲਿਸ ਤੋਂ ਆਜ਼ਾਦ ਹਨ, ਅਤੇ ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਜੋ ਹੋਇਆ ਉਸ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ ਹੋਵੇ। ਤੁਸੀਂ ਜੋ ਦੱਸਦੇ ਹੋ, ਉਹ ਉਸ ਨੂੰ ਨਿੱਜੀ ਰੱਖਦੀਆਂ ਹਨ। ਪਰ ਜੇ ਉਹਨਾਂ ਨੂੰ ਲੱਗੇ ਕਿ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਗੰਭੀਰ ਨੁਕਸਾਨ ਹੋ ਸਕਦਾ ਹੈ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਤੋਂ ਬਿਨਾਂ ਵੀ ਇਹ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕਰਨੀ ਪੈ ਸਕਦੀ ਹੈ। ਕੁਝ ਵੀ ਦੱਸਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਉਹਨਾਂ ਤੋਂ ਇਸ ਬਾਰੇ ਪੁੱਛ ਸਕਦੇ ਹੋ।
request-start-how-heading = ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ
request-start-how-questions = ਤੁਸੀਂ ਕੁਝ ਛੋਟੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿੰਦੇ ਹੋ, ਇੱਕ ਵੇਲੇ ਇੱਕ। ਜ਼ਿਆਦਾਤਰ ਸਵਾਲ ਵਿਕਲਪਿਕ ਹਨ ਜਾਂ ਉਹਨਾਂ ਵਿੱਚ "ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ" ਵਾਲਾ ਜਵਾਬ ਹੈ।
request-start-how-service = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਇੱਕ ਸੇਵਾ ਨੂੰ ਭੇਜਦੇ ਹਾਂ, ਜੋ ਇਸ ਅਨੁਸਾਰ ਚੁਣੀ ਜਾਂਦੀ ਹੈ ਕਿ ਕੀ ਹੋਇਆ ਅਤੇ ਤੁਹਾਡੀ ਉਮਰ ਕੀ ਹੈ। ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਉਹ ਕਿਹੜੀ ਸੇਵਾ ਹੈ।
request-start-how-safe = ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਅਤੇ ਕਦੋਂ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ, ਕੀ ਅਸੀਂ ਸੁਨੇਹਾ ਛੱਡ ਸਕਦੇ ਹਾਂ, ਅਤੇ ਕੀ ਅਸੀਂ ਦੱਸ ਸਕਦੇ ਹਾਂ ਕਿ ਅਸੀਂ ਕੌਣ ਹਾਂ।
request-start-how-time = ਇਸ ਵਿੱਚ ਲਗਭਗ 5 ਤੋਂ 10 ਮਿੰਟ ਲੱਗਦੇ ਹਨ। ਤੁਹਾਡੇ ਜਵਾਬ ਉਦੋਂ ਤੱਕ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪਣਾ ਬ੍ਰਾਊਜ਼ਰ ਬੰਦ ਨਹੀਂ ਕਰਦੇ, ਜਾਂ 30 ਮਿੰਟ ਤੱਕ ਕੋਈ ਸਰਗਰਮੀ ਨਾ ਹੋਣ ਤੱਕ।
request-start-signed-in = ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਹੋ, ਇਸ ਲਈ ਤੁਸੀਂ ਸਾਨੂੰ ਪਹਿਲਾਂ ਜੋ ਦੱਸਿਆ ਹੈ ਉਹ ਅਸੀਂ ਭਰ ਦੇਵਾਂਗੇ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।
request-start-no-account = ਤੁਹਾਨੂੰ ਖਾਤੇ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਹਾਡਾ ਖਾਤਾ ਹੈ, ਤਾਂ ਇਹ ਦੇਖਣ ਲਈ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ, ਪਹਿਲਾਂ ਸਾਈਨ ਇਨ ਕਰੋ।
request-start-urgent = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਸੇਵਾਵਾਂ ਤੁਰੰਤ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦੀਆਂ।
request-start-button = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
request-start-directory = ਜਾਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇਖੋ ਅਤੇ ਉਹਨਾਂ ਨਾਲ ਆਪ ਸੰਪਰਕ ਕਰੋ

request-yes = ਹਾਂ
request-no = ਨਹੀਂ
request-rather-not-say = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
request-choose-all = ਜਿੰਨੇ ਵੀ ਲਾਗੂ ਹੁੰਦੇ ਹਨ, ਸਾਰੇ ਚੁਣੋ।
request-choose-listed = ਦਿੱਤੇ ਗਏ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ, ਜਾਂ ਇਸਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ।
request-too-long = ਇਹ ਜਵਾਬ ਬਹੁਤ ਲੰਮਾ ਹੈ। { $max } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਵਰਤੋ।

request-safe = ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੋ?
request-safe-hint = ਜੇ ਤੁਸੀਂ ਇਹ ਕਿਸੇ ਹੋਰ ਲਈ ਪੜ੍ਹ ਰਹੇ ਹੋ, ਤਾਂ ਉਹਨਾਂ ਵੱਲੋਂ ਜਵਾਬ ਦਿਓ।
request-safe-yes = ਹਾਂ
request-safe-no = ਨਹੀਂ
request-safe-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ
request-safe-error = ਚੁਣੋ ਕਿ ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੋ
request-urgent-heading = ਜੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਹੁਣੇ ਮਦਦ ਲਓ
request-urgent-carry-on-heading = ਤੁਸੀਂ ਫਿਰ ਵੀ ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ
request-urgent-carry-on = ਸਹਾਇਤਾ ਮੰਗਣ ਲਈ ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਹੁਣੇ ਸੁਰੱਖਿਅਤ ਹੋਵੋ। ਤੁਹਾਡੇ ਹੁਣ ਤੱਕ ਦੇ ਜਵਾਬ ਰੱਖੇ ਹੋਏ ਹਨ।
request-urgent-carry-on-safely = ਅੱਗੇ ਅਸੀਂ ਕੁਝ ਛੋਟੇ ਸਵਾਲ ਪੁੱਛਾਂਗੇ, ਜਿਸ ਵਿੱਚ ਇਹ ਵੀ ਸ਼ਾਮਲ ਹੈ ਕਿ ਕੋਈ ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਅਤੇ ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ, ਕੀ ਉਹ ਸੁਨੇਹਾ ਛੱਡ ਸਕਦੇ ਹਨ ਅਤੇ ਕੀ ਉਹ ਦੱਸ ਸਕਦੇ ਹਨ ਕਿ ਉਹ ਕੌਣ ਹਨ।
request-urgent-continue = ਜਾਰੀ ਰੱਖੋ ਅਤੇ ਸੰਪਰਕ ਕਰਨ ਦਾ ਸੁਰੱਖਿਅਤ ਤਰੀਕਾ ਚੁਣੋ

request-who = ਤੁਸੀਂ ਕਿਸ ਲਈ ਸਹਾਇਤਾ ਮੰਗ ਰਹੇ ਹੋ?
request-who-me = ਆਪਣੇ ਲਈ
request-who-someone = ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਲਈ ਜਿਸਦਾ ਮੈਂ ਸਾਥ ਦਿੰਦਾ/ਦਿੰਦੀ ਹਾਂ
request-who-someone-hint = ਉਹਨਾਂ ਨੂੰ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਅਤੇ ਉਹ ਇਸ ਨਾਲ ਸਹਿਮਤ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
request-who-error = ਚੁਣੋ ਕਿ ਸਹਾਇਤਾ ਕਿਸ ਲਈ ਹੈ

request-age = { $who ->
    [someone] ਜਿਸ ਵਿਅਕਤੀ ਦਾ ਤੁਸੀਂ ਸਾਥ ਦਿੰਦੇ ਹੋ, ਉਸਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
   *[me] ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
}
request-age-hint = ਇਸ ਨਾਲ ਸਾਨੂੰ ਅਜਿਹੀ ਸੇਵਾ ਚੁਣਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ ਜੋ ਉਸ ਉਮਰ ਦੇ ਲੋਕਾਂ ਨਾਲ ਕੰਮ ਕਰਦੀ ਹੈ।
request-age-error = ਕੋਈ ਉਮਰ ਸਮੂਹ ਚੁਣੋ, ਜਾਂ ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ

request-what = { $who ->
    [someone] ਉਹਨਾਂ ਨਾਲ ਕੀ ਹੋਇਆ?
   *[me] ਤੁਹਾਡੇ ਨਾਲ ਕੀ ਹੋਇਆ?
}
request-what-error = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਜਵਾਬ ਚੁਣੋ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਤਾਂ "ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਅਪਰਾਧ ਸੀ" ਚੁਣੋ

request-when = ਇਹ ਕਦੋਂ ਹੋਇਆ?
request-when-week = ਪਿਛਲੇ ਹਫ਼ਤੇ ਦੌਰਾਨ
request-when-month = ਪਿਛਲੇ ਮਹੀਨੇ ਦੌਰਾਨ
request-when-six-months = ਪਿਛਲੇ 6 ਮਹੀਨਿਆਂ ਦੌਰਾਨ
request-when-longer = 6 ਮਹੀਨਿਆਂ ਤੋਂ ਵੱਧ ਸਮਾਂ ਪਹਿਲਾਂ
request-when-ongoing = ਇਹ ਅਜੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ
request-when-error = ਚੁਣੋ ਕਿ ਇਹ ਕਦੋਂ ਹੋਇਆ, ਜਾਂ ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ

request-police = ਕੀ ਇਸਦੀ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਹੈ?
request-police-hint = ਤੁਸੀਂ ਸਹਾਇਤਾ ਲੈ ਸਕਦੇ ਹੋ, ਚਾਹੇ ਤੁਸੀਂ ਇਸਦੀ ਰਿਪੋਰਟ ਕਰੋ ਜਾਂ ਨਾ। ਇਹ ਸੇਵਾਵਾਂ ਪੁਲਿਸ ਤੋਂ ਵੱਖਰੀਆਂ ਅਤੇ ਸੁਤੰਤਰ ਹਨ।
request-police-yes = ਹਾਂ
request-police-no = ਨਹੀਂ
request-police-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ
request-police-error = ਕੋਈ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ

request-needs = ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ
request-needs-legend = { $who ->
    [someone] ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਸਹਾਇਤਾ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰੇਗੀ?
   *[me] ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਸਹਾਇਤਾ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗੀ?
}
request-needs-other = ਹੋਰ ਕੁਝ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸੇਵਾ ਨੂੰ ਪਤਾ ਹੋਵੇ (ਵਿਕਲਪਿਕ)
request-needs-other-hint = ਸਿਰਫ਼ ਉਹੀ ਲਿਖੋ ਜਿਸਨੂੰ ਸੇਵਾ ਵੱਲੋਂ ਪੜ੍ਹੇ ਜਾਣ ’ਤੇ ਤੁਹਾਨੂੰ ਕੋਈ ਇਤਰਾਜ਼ ਨਹੀਂ।
request-needs-error = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਕਿਸਮ ਦੀ ਸਹਾਇਤਾ ਚੁਣੋ, ਜਾਂ ਸਾਨੂੰ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ

request-language-heading = ਭਾਸ਼ਾ ਅਤੇ ਪਹੁੰਚ
request-language = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਰਤਣਾ ਚਾਹੋਗੇ? (ਵਿਕਲਪਿਕ)
request-language-hint = ਉਦਾਹਰਨ ਲਈ, ਅੰਗਰੇਜ਼ੀ, ਪੋਲਿਸ਼, ਉਰਦੂ ਜਾਂ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language)।
request-interpreter = ਕੀ ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਆ (interpreter) ਚਾਹੋਗੇ?
request-interpreter-hint = ਜੇ ਤੁਸੀਂ ਅੰਗਰੇਜ਼ੀ ਵਰਤੋਗੇ ਤਾਂ ਇਸਦਾ ਜਵਾਬ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।
request-interpreter-error = ਚੁਣੋ ਕਿ ਕੀ ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਆ ਚਾਹੋਗੇ
request-access = ਕੀ ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਦੀ ਲੋੜ ਹੈ?
request-access-bsl = ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL)
request-access-relay = Relay UK ਜਾਂ ਟੈਕਸਟ ਰੀਲੇਅ (ਟਾਈਪ ਕਰਨਾ ਅਤੇ ਪੜ੍ਹਨਾ, ਸੈਨਤ ਭਾਸ਼ਾ ਨਹੀਂ)
request-access-easy-read = ਆਸਾਨ ਪੜ੍ਹਨਯੋਗ (easy read) ਰੂਪ ਵਿੱਚ ਜਾਣਕਾਰੀ
request-access-large-print = ਵੱਡੇ ਅੱਖਰ
request-access-other = ਕੁਝ ਹੋਰ
request-access-other-label = ਸਾਨੂੰ ਕਿਸੇ ਵੀ ਹੋਰ ਚੀਜ਼ ਬਾਰੇ ਦੱਸੋ ਜੋ ਸੇਵਾ ਵਰਤਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗੀ (ਵਿਕਲਪਿਕ)

request-contact-heading = { $who ->
    [someone] ਸੇਵਾ ਉਹਨਾਂ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ?
   *[me] ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ?
}
request-contact-lead = { $who ->
    [someone] ਅਗਲੇ ਪੰਨੇ ’ਤੇ ਅਸੀਂ ਪੁੱਛਾਂਗੇ ਕਿ ਉਹਨਾਂ ਨਾਲ ਕਦੋਂ ਅਤੇ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ।
   *[me] ਅਗਲੇ ਪੰਨੇ ’ਤੇ ਅਸੀਂ ਪੁੱਛਾਂਗੇ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਕਦੋਂ ਅਤੇ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ।
}
request-name = { $who ->
    [someone] ਸੇਵਾ ਉਹਨਾਂ ਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਵੇ?
   *[me] ਸੇਵਾ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਵੇ?
}
request-name-hint = ਇਹ ਪੂਰਾ ਜਾਂ ਅਸਲ ਨਾਮ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ।
request-name-error = ਕੋਈ ਨਾਮ ਭਰੋ ਜੋ ਸੇਵਾ ਵਰਤ ਸਕੇ
request-channels = { $who ->
    [someone] ਸੇਵਾ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਿਹੜੇ ਤਰੀਕੇ ਵਰਤ ਸਕਦੀ ਹੈ?
   *[me] ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਿਹੜੇ ਤਰੀਕੇ ਵਰਤ ਸਕਦੀ ਹੈ?
}
request-channels-error = ਸੰਪਰਕ ਕਰਨ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ
request-channel-phone = ਫ਼ੋਨ ਕਾਲ
request-channel-text = ਟੈਕਸਟ ਸੁਨੇਹਾ
request-channel-email = ਈਮੇਲ
request-phone = ਫ਼ੋਨ ਨੰਬਰ
request-phone-hint = ਫ਼ੋਨ ਕਾਲਾਂ ਅਤੇ ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ਲਈ। ਉਦਾਹਰਨ ਲਈ, 07700 900 982।
request-phone-missing = ਫ਼ੋਨ ਨੰਬਰ ਭਰੋ, ਜਾਂ ਫ਼ੋਨ ਕਾਲਾਂ ਅਤੇ ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾਓ
request-phone-invalid = ਫ਼ੋਨ ਨੰਬਰ ਸਹੀ ਰੂਪ ਵਿੱਚ ਭਰੋ, ਜਿਵੇਂ 07700 900 982 ਜਾਂ +44 7700 900 982
request-email = ਈਮੇਲ ਪਤਾ
request-email-hint = ਸਿਰਫ਼ ਤਾਂ ਹੀ ਜੇ ਉੱਪਰ ਈਮੇਲ ਚੁਣੀ ਗਈ ਸੀ।
request-email-missing = ਈਮੇਲ ਪਤਾ ਭਰੋ, ਜਾਂ ਈਮੇਲ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾਓ
request-email-invalid = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਭਰੋ, ਜਿਵੇਂ name@example.com

request-safe-contact-heading = ਜਦੋਂ ਸੇਵਾ ਸੰਪਰਕ ਕਰੇ ਤਾਂ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ
request-safe-contact-lead = { $who ->
    [someone] ਸੇਵਾ ਇਹਨਾਂ ਹਿਦਾਇਤਾਂ ਦੀ ਬਿਲਕੁਲ ਪਾਲਣਾ ਕਰੇਗੀ। ਸੋਚੋ ਕਿ ਹੋਰ ਕੌਣ ਉਹਨਾਂ ਦਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲਾਂ ਦੇਖ ਸਕਦਾ ਹੈ।
   *[me] ਸੇਵਾ ਇਹਨਾਂ ਹਿਦਾਇਤਾਂ ਦੀ ਬਿਲਕੁਲ ਪਾਲਣਾ ਕਰੇਗੀ। ਸੋਚੋ ਕਿ ਹੋਰ ਕੌਣ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲਾਂ ਦੇਖ ਸਕਦਾ ਹੈ।
}
request-safe-phone = ਕੀ ਸੇਵਾ ਲਈ ਇਸ ਨੰਬਰ ’ਤੇ ਫ਼ੋਨ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ?
request-safe-text = ਕੀ ਸੇਵਾ ਲਈ ਟੈਕਸਟ ਸੁਨੇਹੇ ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਹੈ?
request-safe-email = ਕੀ ਸੇਵਾ ਲਈ ਈਮੇਲ ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਹੈ?
request-safe-times = ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਹੈ? (ਵਿਕਲਪਿਕ)
request-safe-times-hint = ਉਦਾਹਰਨ ਲਈ, ਕੰਮ-ਕਾਜੀ ਦਿਨਾਂ (ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ) ਵਿੱਚ ਸਵੇਰੇ 10 ਵਜੇ ਤੋਂ ਦੁਪਹਿਰ 2 ਵਜੇ ਤੱਕ।
request-safe-voicemail = ਕੀ ਸੇਵਾ ਵੌਇਸਮੇਲ (ਫ਼ੋਨ ’ਤੇ ਰਿਕਾਰਡ ਕੀਤਾ ਸੁਨੇਹਾ) ਛੱਡ ਸਕਦੀ ਹੈ?
request-safe-voicemail-error = ਚੁਣੋ ਕਿ ਕੀ ਸੇਵਾ ਵੌਇਸਮੇਲ ਛੱਡ ਸਕਦੀ ਹੈ
request-safe-say-who = ਕੀ ਸੇਵਾ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਉਹ ਕੌਣ ਹਨ?
request-safe-say-who-hint-phone = ਜੇ ਤੁਸੀਂ ਨਾਂਹ ਕਹਿੰਦੇ ਹੋ, ਤਾਂ ਉਹ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਨ ਜਾਂ ਸੁਨੇਹਾ ਛੱਡਣ ਵੇਲੇ ਆਪਣੀ ਸੇਵਾ ਦਾ ਨਾਮ ਨਹੀਂ ਲੈਣਗੇ।
request-safe-say-who-hint-text = ਜੇ ਤੁਸੀਂ ਨਾਂਹ ਕਹਿੰਦੇ ਹੋ, ਤਾਂ ਉਹ ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ਵਿੱਚ ਆਪਣੀ ਸੇਵਾ ਦਾ ਨਾਮ ਨਹੀਂ ਲਿਖਣਗੇ।
request-safe-say-who-hint-email = ਜੇ ਤੁਸੀਂ ਨਾਂਹ ਕਹਿੰਦੇ ਹੋ, ਤਾਂ ਉਹ ਈਮੇਲਾਂ ਵਿੱਚ, ਭੇਜਣ ਵਾਲੇ ਦੇ ਨਾਮ ਅਤੇ ਵਿਸ਼ੇ ਸਮੇਤ, ਆਪਣੀ ਸੇਵਾ ਦਾ ਨਾਮ ਨਹੀਂ ਲਿਖਣਗੇ।
request-safe-say-who-error = ਚੁਣੋ ਕਿ ਕੀ ਸੇਵਾ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਉਹ ਕੌਣ ਹਨ
request-safe-channel-error = ਚੁਣੋ ਕਿ ਕੀ ਸੰਪਰਕ ਕਰਨ ਦਾ ਇਹ ਤਰੀਕਾ ਸੁਰੱਖਿਅਤ ਹੈ
request-no-safe-channel = ਸੰਪਰਕ ਕਰਨ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਸੁਰੱਖਿਅਤ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਚੁਣੋ, ਜਾਂ ਇਸਦੀ ਬਜਾਏ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ’ਤੇ ਫ਼ੋਨ ਕਰੋ
request-code-word-heading = ਇੱਕ ਕੋਡ ਸ਼ਬਦ (ਗੁਪਤ ਸ਼ਬਦ)
request-code-word = ਕੋਡ ਸ਼ਬਦ (ਵਿਕਲਪਿਕ)
request-code-word-hint = ਜੇ ਕੋਈ ਹੋਰ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਤਾਂ ਸੇਵਾ ਸੰਪਰਕ ਕਰਨ ਦਾ ਕਾਰਨ ਸਿਰਫ਼ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੇਗੀ ਜੋ ਇਹ ਸ਼ਬਦ ਬੋਲੇ।

request-supporter-heading = ਤੁਹਾਡੇ ਬਾਰੇ, ਸਾਥ ਦੇਣ ਵਾਲੇ ਵਜੋਂ
request-supporter-lead = ਜੇ ਸੇਵਾ ਉਸ ਵਿਅਕਤੀ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੀ ਜਿਸਦਾ ਤੁਸੀਂ ਸਾਥ ਦਿੰਦੇ ਹੋ, ਤਾਂ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ। ਉਹ ਹਮੇਸ਼ਾ ਪਹਿਲਾਂ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਨਗੇ, ਉਸ ਤਰੀਕੇ ਨਾਲ ਜੋ ਉਸ ਲਈ ਸੁਰੱਖਿਅਤ ਹੈ।
request-supporter-name = ਤੁਹਾਡਾ ਨਾਮ
request-supporter-name-error = ਆਪਣਾ ਨਾਮ ਭਰੋ
request-supporter-phone = ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ
request-supporter-email = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ
request-supporter-contact-error = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ ਭਰੋ
request-supporter-relationship = ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ? (ਵਿਕਲਪਿਕ)
request-supporter-agreed-legend = ਉਹਨਾਂ ਦੀ ਸਹਿਮਤੀ
request-supporter-agreed = ਉਹਨਾਂ ਨੂੰ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਪਤਾ ਹੈ ਅਤੇ ਉਹ ਇਸ ਨਾਲ ਸਹਿਮਤ ਹਨ
request-supporter-agreed-error = ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਵਿਅਕਤੀ ਨੂੰ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਪਤਾ ਹੈ ਅਤੇ ਉਹ ਇਸ ਨਾਲ ਸਹਿਮਤ ਹੈ

request-about-heading = ਤੁਹਾਡੇ ਬਾਰੇ (ਵਿਕਲਪਿਕ)
request-about-lead = ਇਹ ਸਵਾਲ Police and Crime Commissioner ਦੀ ਮਦਦ ਕਰਦੇ ਹਨ। ਇਹ ਚੁਣਿਆ ਹੋਇਆ ਵਿਅਕਤੀ ਹੈ ਜੋ ਇੱਥੇ ਪੀੜਤਾਂ ਲਈ ਸੇਵਾਵਾਂ ਦਾ ਖ਼ਰਚਾ ਦਿੰਦਾ ਹੈ, ਅਤੇ ਪੁਲਿਸ ਅਫ਼ਸਰ ਨਹੀਂ ਹੈ। ਇਹ ਸਵਾਲ ਇਹ ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ ਕਿ ਲੋਕਾਂ ਦੇ ਕਿਹੜੇ ਸਮੂਹਾਂ ਤੱਕ ਸਹਾਇਤਾ ਨਹੀਂ ਪਹੁੰਚ ਰਹੀ, ਤਾਂ ਜੋ ਸੇਵਾਵਾਂ ਸੁਧਾਰੀਆਂ ਜਾ ਸਕਣ। ਤੁਹਾਡੇ ਜਵਾਬ ਬਾਕੀ ਸਾਰਿਆਂ ਦੇ ਜਵਾਬਾਂ ਨਾਲ ਮਿਲਾ ਕੇ ਗਿਣੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਕਦੇ ਵੀ ਤੁਹਾਡੇ ਨਾਮ ਨਾਲ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
request-about-commissioner = ਇਸ ਦਫ਼ਤਰ ਦਾ ਪੁਲਿਸ ਫੋਰਸ ਨਾਲ ਕੋਈ ਸੰਬੰਧ ਨਹੀਂ, ਅਤੇ ਇਹ ਸਿਰਫ਼ ਗਿਣਤੀਆਂ ਦੇਖਦਾ ਹੈ: ਕਦੇ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ, ਅਤੇ ਕਦੇ ਕਿਸੇ ਇੱਕ ਵਿਅਕਤੀ ਦੇ ਜਵਾਬ ਨਹੀਂ।
request-about-optional = ਤੁਸੀਂ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ, ਜਾਂ ਸਾਰੇ, ਛੱਡ ਸਕਦੇ ਹੋ।
request-about-heading-supporter = ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਜਿਸਦਾ ਤੁਸੀਂ ਸਾਥ ਦਿੰਦੇ ਹੋ (ਵਿਕਲਪਿਕ)
request-about-lead-supporter = ਇਹ ਸਵਾਲ Police and Crime Commissioner ਦੀ ਮਦਦ ਕਰਦੇ ਹਨ। ਇਹ ਚੁਣਿਆ ਹੋਇਆ ਵਿਅਕਤੀ ਹੈ ਜੋ ਇੱਥੇ ਪੀੜਤਾਂ ਲਈ ਸੇਵਾਵਾਂ ਦਾ ਖ਼ਰਚਾ ਦਿੰਦਾ ਹੈ, ਅਤੇ ਪੁਲਿਸ ਅਫ਼ਸਰ ਨਹੀਂ ਹੈ। ਇਹ ਸਵਾਲ ਇਹ ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ ਕਿ ਲੋਕਾਂ ਦੇ ਕਿਹੜੇ ਸਮੂਹਾਂ ਤੱਕ ਸਹਾਇਤਾ ਨਹੀਂ ਪਹੁੰਚ ਰਹੀ, ਤਾਂ ਜੋ ਸੇਵਾਵਾਂ ਸੁਧਾਰੀਆਂ ਜਾ ਸਕਣ। ਸਿਰਫ਼ ਉਹੀ ਦੱਸੋ ਜੋ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ ਅਤੇ ਜੋ ਉਹ ਵਿਅਕਤੀ, ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰ ਰਹੇ ਹੋ, ਦੱਸਣ ਲਈ ਰਾਜ਼ੀ ਹੈ। ਜਵਾਬ ਬਾਕੀ ਸਾਰਿਆਂ ਦੇ ਜਵਾਬਾਂ ਨਾਲ ਮਿਲਾ ਕੇ ਗਿਣੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਕਦੇ ਵੀ ਕਿਸੇ ਨਾਮ ਨਾਲ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
equality-gender = ਤੁਹਾਡਾ ਲਿੰਗ ਕੀ ਹੈ?
equality-gender-supporter = ਉਹਨਾਂ ਦਾ ਲਿੰਗ ਕੀ ਹੈ?
equality-gender-woman = ਔਰਤ
equality-gender-man = ਮਰਦ
equality-gender-non-binary = ਨਾਨ-ਬਾਇਨਰੀ (non-binary)
equality-gender-other = ਕੋਈ ਹੋਰ ਤਰੀਕਾ
equality-ethnicity = ਤੁਹਾਡਾ ਨਸਲੀ ਸਮੂਹ ਕਿਹੜਾ ਹੈ?
equality-ethnicity-supporter = ਉਹਨਾਂ ਦਾ ਨਸਲੀ ਸਮੂਹ ਕਿਹੜਾ ਹੈ?
equality-ethnicity-asian = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼
equality-ethnicity-black = ਕਾਲੇ, ਕਾਲੇ ਬ੍ਰਿਟਿਸ਼, ਕੈਰੇਬੀਅਨ ਜਾਂ ਅਫ਼ਰੀਕੀ
equality-ethnicity-mixed = ਮਿਸ਼ਰਤ ਜਾਂ ਇੱਕ ਤੋਂ ਵੱਧ ਨਸਲੀ ਸਮੂਹ
equality-ethnicity-white = ਗੋਰੇ
equality-ethnicity-other = ਕੋਈ ਹੋਰ ਨਸਲੀ ਸਮੂਹ
equality-sexuality = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਹੜਾ ਤੁਹਾਡੇ ਜਿਨਸੀ ਰੁਝਾਨ (sexual orientation) ਨੂੰ ਸਭ ਤੋਂ ਵਧੀਆ ਦਰਸਾਉਂਦਾ ਹੈ?
equality-sexuality-supporter = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਹੜਾ ਉਹਨਾਂ ਦੇ ਜਿਨਸੀ ਰੁਝਾਨ (sexual orientation) ਨੂੰ ਸਭ ਤੋਂ ਵਧੀਆ ਦਰਸਾਉਂਦਾ ਹੈ?
equality-sexuality-straight = ਸਟ੍ਰੇਟ ਜਾਂ ਵਿਪਰੀਤ-ਲਿੰਗੀ (heterosexual)
equality-sexuality-gay-lesbian = ਗੇਅ ਜਾਂ ਲੈਸਬੀਅਨ
equality-sexuality-bisexual = ਬਾਇਸੈਕਸੁਅਲ
equality-sexuality-other = ਕੋਈ ਹੋਰ ਜਿਨਸੀ ਰੁਝਾਨ
equality-disability = ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਅਪਾਹਜਤਾ ਵਾਲਾ ਵਿਅਕਤੀ ਮੰਨਦੇ ਹੋ?
equality-disability-supporter = ਕੀ ਉਹ ਆਪਣੇ ਆਪ ਨੂੰ ਅਪਾਹਜਤਾ ਵਾਲਾ ਵਿਅਕਤੀ ਮੰਨਦੇ ਹਨ?
equality-disability-hint = ਉਦਾਹਰਨ ਲਈ, ਕੋਈ ਸਰੀਰਕ ਜਾਂ ਮਾਨਸਿਕ ਸਿਹਤ ਸਮੱਸਿਆ ਜਾਂ ਬਿਮਾਰੀ ਜੋ ਤੁਹਾਡੀ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ’ਤੇ ਅਸਰ ਪਾਉਂਦੀ ਹੈ।

request-check-heading = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ
request-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
request-change = ਬਦਲੋ
request-check-safety-title = ਸੰਪਰਕ ਅਤੇ ਸੁਰੱਖਿਆ
request-check-about-title = ਕੀ ਹੋਇਆ
request-check-language-title = ਭਾਸ਼ਾ ਅਤੇ ਪਹੁੰਚ
request-check-supporter-title = ਤੁਹਾਡੇ ਬਾਰੇ, ਸਾਥ ਦੇਣ ਵਾਲੇ ਵਜੋਂ
request-check-equality-title = ਵਿਕਲਪਿਕ ਸਵਾਲ
request-check-name = ਵਰਤਣ ਲਈ ਨਾਮ
request-check-contact = ਸੰਪਰਕ ਕਰਨ ਦੇ ਤਰੀਕੇ
request-check-safe-contact = ਸੁਰੱਖਿਆ ਹਿਦਾਇਤਾਂ
request-check-safe-phone = ਫ਼ੋਨ ਕਾਲਾਂ ਸੁਰੱਖਿਅਤ ਹਨ
request-check-unsafe-phone = ਫ਼ੋਨ ਨਾ ਕਰੋ
request-check-safe-text = ਟੈਕਸਟ ਸੁਨੇਹੇ ਸੁਰੱਖਿਅਤ ਹਨ
request-check-unsafe-text = ਟੈਕਸਟ ਸੁਨੇਹੇ ਨਾ ਭੇਜੋ
request-check-safe-email = ਈਮੇਲਾਂ ਸੁਰੱਖਿਅਤ ਹਨ
request-check-unsafe-email = ਈਮੇਲ ਨਾ ਭੇਜੋ
request-check-safe-times = ਸੁਰੱਖਿਅਤ ਸਮਾਂ: { $times }
request-check-no-voicemail = ਵੌਇਸਮੇਲ ਨਾ ਛੱਡੋ
request-check-no-name = ਇਹ ਨਾ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ
request-check-code-word = ਕੋਡ ਸ਼ਬਦ: { $word }
request-check-safe-now = ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ
request-check-who = ਸਹਾਇਤਾ ਕਿਸ ਲਈ
request-check-age = { $who ->
    [someone] ਉਹਨਾਂ ਦੀ ਉਮਰ
   *[me] ਤੁਹਾਡੀ ਉਮਰ
}
request-check-what = ਕੀ ਹੋਇਆ
request-check-when = ਕਦੋਂ
request-check-police = ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ
request-check-needs = ਸਹਾਇਤਾ ਜੋ ਮਦਦ ਕਰੇਗੀ
request-check-language = ਭਾਸ਼ਾ
request-check-interpreter = ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ
request-check-access = ਪਹੁੰਚ ਸਬੰਧੀ ਲੋੜਾਂ
request-check-supporter = ਤੁਹਾਡੇ ਵੇਰਵੇ
request-check-agreed = ਉਹਨਾਂ ਨੂੰ ਪਤਾ ਹੈ ਅਤੇ ਉਹ ਸਹਿਮਤ ਹਨ
request-check-send-heading = ਹੁਣ ਆਪਣੀ ਬੇਨਤੀ ਭੇਜੋ
request-check-goes-to = ਤੁਹਾਡੀ ਬੇਨਤੀ { $service } ਨੂੰ ਜਾਵੇਗੀ।
request-check-privacy = ਤੁਹਾਡੇ ਜਵਾਬ ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਸਿਰਫ਼ ਇਸ ਸੇਵਾ ਦਾ ਸਟਾਫ਼ ਹੀ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਸੇਵਾ ਵੱਲੋਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ਬੰਦ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਹ ਮਿਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।
request-consent-legend = ਸਾਂਝਾ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ
request-consent-me = ਮੈਂ ਸਹਿਮਤ ਹਾਂ ਕਿ ਮੇਰੇ ਜਵਾਬ ਇਸ ਸੇਵਾ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ ਜਾਣ ਤਾਂ ਜੋ ਉਹ ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਣ
request-consent-someone = ਮੈਂ ਸਹਿਮਤ ਹਾਂ ਕਿ ਇਹ ਜਵਾਬ ਇਸ ਸੇਵਾ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ ਜਾਣ, ਅਤੇ ਜਿਸ ਵਿਅਕਤੀ ਦਾ ਮੈਂ ਸਾਥ ਦਿੰਦਾ/ਦਿੰਦੀ ਹਾਂ, ਉਹ ਵੀ ਸਹਿਮਤ ਹੈ
request-consent-error = ਆਪਣੇ ਜਵਾਬ ਸਾਂਝੇ ਕਰਨ ਲਈ ਸਹਿਮਤੀ ਦੇਣ ਵਾਸਤੇ ਡੱਬੇ ’ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ, ਜਾਂ ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਛੱਡ ਸਕਦੇ ਹੋ ਅਤੇ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਵੇਗਾ
request-too-many = ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਇਸ ਕਨੈਕਸ਼ਨ ਤੋਂ ਕਈ ਬੇਨਤੀਆਂ ਭੇਜੀਆਂ ਗਈਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਹੈਲਪਲਾਈਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
request-send = ਬੇਨਤੀ ਭੇਜੋ

request-done-title = ਭੇਜੀ ਗਈ
request-done-heading = ਬੇਨਤੀ ਭੇਜੀ ਗਈ
request-done-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ
request-done-next-heading = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
request-done-next = { $service } ਵੱਲੋਂ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕੀਤਾ ਜਾਵੇਗਾ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ ਸੀ।
request-done-next-within = { $service } ਵੱਲੋਂ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕੀਤਾ ਜਾਵੇਗਾ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ ਸੀ। ਸੇਵਾ ਦਾ ਟੀਚਾ { $days } ਕੰਮ-ਕਾਜੀ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਅਜਿਹਾ ਕਰਨਾ ਹੈ।
request-done-safe = ਉਹ ਤੁਹਾਡੀਆਂ ਸੁਰੱਖਿਆ ਹਿਦਾਇਤਾਂ ਦੀ ਪਾਲਣਾ ਕਰਨਗੇ। ਜੇ ਹਾਲਾਤ ਬਦਲ ਜਾਣ, ਜਾਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੁਣ ਸੁਰੱਖਿਅਤ ਨਾ ਰਹੇ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਜਾਂ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
request-done-status-account = ਤੁਸੀਂ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਡੀ ਬੇਨਤੀ ਨਾਲ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।
request-done-status-reference = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਬੇਨਤੀ ਬਾਰੇ ਪੁੱਛਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ’ਤੇ ਰੱਖੋ। ਜੇ ਇਹ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ, ਤਾਂ ਇਸਨੂੰ ਰੱਖਣ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
request-done-urgent = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
request-done-others-heading = ਹੋਰ ਸੇਵਾਵਾਂ ਜੋ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ
request-done-others-lead = ਤੁਸੀਂ ਇਹਨਾਂ ਸੇਵਾਵਾਂ ਨਾਲ ਆਪ ਵੀ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਹਨ।
request-done-meanwhile-heading = ਜਦੋਂ ਤੁਸੀਂ ਉਡੀਕ ਕਰ ਰਹੇ ਹੋ
request-done-guides = ਅਪਰਾਧ ਤੋਂ ਬਾਅਦ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣ ਬਾਰੇ ਗਾਈਡਾਂ ਪੜ੍ਹੋ

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ ਉਹ ਕਿੱਥੇ ਰਹਿੰਦਾ ਹੈ?
   *[me] ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?
}
request-area-hint = ਅਸੀਂ ਇਸਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਸਥਾਨਕ ਸੇਵਾ ਚੁਣਨ ਲਈ ਵਰਤਦੇ ਹਾਂ। ਕਲੀਵਲੈਂਡ ਇਹਨਾਂ ਚਾਰ ਇਲਾਕਿਆਂ ਤੋਂ ਬਣਿਆ ਹੈ।
request-area-postcode = ਇਸਦੀ ਥਾਂ ਮੈਂ ਆਪਣੇ ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਦੇਵਾਂਗਾ
request-area-outside = ਕਲੀਵਲੈਂਡ ਤੋਂ ਬਾਹਰ ਕਿਤੇ
request-postcode = ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ (ਸਿਰਫ਼ ਜੇ ਤੁਸੀਂ ਉੱਪਰ ਇਹ ਚੁਣਿਆ ਹੈ)
request-postcode-hint = ਉਦਾਹਰਨ ਲਈ TS10। ਅਸੀਂ ਇਸਨੂੰ ਸਿਰਫ਼ ਇਲਾਕਾ ਲੱਭਣ ਲਈ ਵਰਤਦੇ ਹਾਂ ਅਤੇ ਇਸਨੂੰ ਨਹੀਂ ਰੱਖਦੇ।
request-area-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ, ਜਾਂ ਕਿ ਤੁਸੀਂ ਨਾ ਦੱਸਣਾ ਪਸੰਦ ਕਰੋਗੇ
request-postcode-missing = ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ TS10, ਜਾਂ ਕੋਈ ਇਲਾਕਾ ਚੁਣੋ
request-postcode-invalid = ਕਿਸੇ ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ TS10, ਜਾਂ ਕੋਈ ਇਲਾਕਾ ਚੁਣੋ
request-postcode-spans = ਇਹ ਪੋਸਟਕੋਡ ਇੱਕ ਤੋਂ ਵੱਧ ਇਲਾਕਿਆਂ ਵਿੱਚ ਆਉਂਦਾ ਹੈ। ਇਸਦੀ ਥਾਂ ਇਲਾਕਾ ਚੁਣੋ
request-check-area = { $who ->
    [someone] ਉਹ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹਨ
   *[me] ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ
}
request-signpost-heading = ਤੁਸੀਂ ਮਦਦ ਲਈ ਕਿੱਥੇ ਜਾ ਸਕਦੇ ਹੋ
request-signpost-outside = ਇਹ ਸਾਈਟ ਸਿਰਫ਼ ਕਲੀਵਲੈਂਡ (Hartlepool, Middlesbrough, Redcar and Cleveland ਅਤੇ Stockton-on-Tees) ਦੀਆਂ ਸੇਵਾਵਾਂ ਨੂੰ ਬੇਨਤੀਆਂ ਭੇਜ ਸਕਦੀ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ। ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਸੇਵਾਵਾਂ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ ਭਾਵੇਂ ਤੁਸੀਂ ਕਿਤੇ ਵੀ ਰਹਿੰਦੇ ਹੋ। Victim Support ਦੀ ਸਪੋਰਟਲਾਈਨ ਵੀ ਤੁਹਾਨੂੰ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਮਦਦ ਬਾਰੇ ਦੱਸ ਸਕਦੀ ਹੈ।
request-signpost-none = ਇੱਥੇ ਦੀ ਕੋਈ ਵੀ ਸਥਾਨਕ ਸੇਵਾ ਇਸ ਉਮਰ ਦੇ ਕਿਸੇ ਵਿਅਕਤੀ ਦੀ ਅਜਿਹੀ ਬੇਨਤੀ ਨਹੀਂ ਲੈ ਸਕਦੀ, ਇਸ ਲਈ ਅਸੀਂ ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ। ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਸੇਵਾਵਾਂ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ, ਅਤੇ ਤੁਸੀਂ ਖੁਦ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ।
request-signpost-services = ਤੁਸੀਂ ਪਿੱਛੇ ਵਾਲੇ ਲਿੰਕ ਨਾਲ ਆਪਣੇ ਜਵਾਬ ਬਦਲ ਸਕਦੇ ਹੋ।
