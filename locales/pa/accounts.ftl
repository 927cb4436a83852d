# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = ਤੁਹਾਡਾ ਖਾਤਾ
nav-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
nav-sign-out = ਸਾਈਨ ਆਉਟ ਕਰੋ

## Registration

register-title = ਖਾਤਾ ਬਣਾਓ
register-heading = ਖਾਤਾ ਬਣਾਓ
register-lead = ਗਾਈਡਾਂ ਪੜ੍ਹਨ ਜਾਂ ਸਹਾਇਤਾ ਮੰਗਣ ਲਈ ਤੁਹਾਨੂੰ ਖਾਤੇ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ। ਖਾਤੇ ਨਾਲ ਤੁਸੀਂ ਇੱਕ ਨਿੱਜੀ ਡਾਇਰੀ ਰੱਖ ਸਕਦੇ ਹੋ, ਗਾਈਡਾਂ ਵਿੱਚ ਆਪਣੀ ਤਰੱਕੀ ਸੇਵ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਸਹਾਇਤਾ ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਨਾਲ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।
register-safe-heading = ਅਸੀਂ ਤੁਹਾਡੇ ਖਾਤੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰੱਖਦੇ ਹਾਂ
register-safe-body = ਹਰ ਵਾਰ ਸਾਈਨ ਇਨ ਕਰਨ ਵੇਲੇ ਤੁਹਾਨੂੰ ਆਪਣੇ ਪਾਸਵਰਡ ਅਤੇ ਆਪਣੇ ਫ਼ੋਨ ’ਤੇ ਕਿਸੇ ਔਥੈਂਟੀਕੇਟਰ ਐਪ (ਪੁਸ਼ਟੀ ਕੋਡ ਦੇਣ ਵਾਲੀ ਐਪ) ਤੋਂ ਇੱਕ ਕੋਡ ਦੀ ਲੋੜ ਪਵੇਗੀ, ਜਿਵੇਂ Google Authenticator, Microsoft Authenticator ਜਾਂ Authy। ਕੋਈ ਹੋਰ ਅੰਦਰ ਨਹੀਂ ਆ ਸਕਦਾ, ਭਾਵੇਂ ਉਸਨੂੰ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਪਤਾ ਹੋਵੇ।
register-name-body = ਤੁਸੀਂ ਕੋਈ ਵੀ ਸਾਈਨ-ਇਨ ਨਾਮ ਚੁਣ ਸਕਦੇ ਹੋ। ਇਹ ਤੁਹਾਡਾ ਅਸਲ ਨਾਮ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਈਮੇਲ ਪਤੇ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
register-lose-both = ਜੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਅਤੇ ਤੁਹਾਡਾ ਫ਼ੋਨ ਦੋਵੇਂ ਗੁੰਮ ਹੋ ਜਾਣ, ਤਾਂ ਤੁਹਾਨੂੰ ਨਵਾਂ ਖਾਤਾ ਬਣਾਉਣਾ ਪਵੇਗਾ, ਅਤੇ ਤੁਹਾਡੀ ਡਾਇਰੀ ਗੁੰਮ ਹੋ ਜਾਵੇਗੀ। ਕੋਈ ਵੀ, ਸਾਡੇ ਸਮੇਤ, ਤੁਹਾਨੂੰ ਵਾਪਸ ਅੰਦਰ ਨਹੀਂ ਲਿਆ ਸਕਦਾ ਜਾਂ ਤੁਹਾਡੀ ਡਾਇਰੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ: ਇਹੀ ਚੀਜ਼ ਇਹਨਾਂ ਨੂੰ ਨਿੱਜੀ ਰੱਖਦੀ ਹੈ।
register-age-heading = ਕੌਣ ਖਾਤਾ ਬਣਾ ਸਕਦਾ ਹੈ
register-age-body = ਤੁਹਾਡੀ ਉਮਰ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ। ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਖਾਤੇ ਤੋਂ ਬਿਨਾਂ ਇਹ ਵੈੱਬਸਾਈਟ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।
register-start = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
register-have-account = ਕੀ ਤੁਹਾਡਾ ਪਹਿਲਾਂ ਹੀ ਖਾਤਾ ਹੈ?

register-who-title = ਤੁਸੀਂ ਆਪਣਾ ਖਾਤਾ ਕਿਸ ਲਈ ਵਰਤੋਗੇ?
register-who-legend = ਤੁਸੀਂ ਆਪਣਾ ਖਾਤਾ ਕਿਸ ਲਈ ਵਰਤੋਗੇ?
register-who-hint = ਖਾਤਾ ਹਮੇਸ਼ਾ ਤੁਹਾਡਾ ਹੁੰਦਾ ਹੈ: ਸਿਰਫ਼ ਤੁਸੀਂ ਇਸ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹੋ, ਅਤੇ ਇਸਦੀ ਡਾਇਰੀ ਤੁਹਾਡੇ ਬਾਰੇ ਹੁੰਦੀ ਹੈ।
register-who-self = ਆਪਣੇ ਲਈ ਸਹਾਇਤਾ
register-who-self-hint = ਮੇਰੇ ਨਾਲ ਕੁਝ ਵਾਪਰਿਆ।
register-who-supporter = ਮੇਰੇ ਲਈ ਸਹਾਇਤਾ, ਜਦੋਂ ਮੈਂ ਕਿਸੇ ਹੋਰ ਦਾ ਸਾਥ ਦੇ ਰਿਹਾ/ਰਹੀ ਹਾਂ
register-who-supporter-hint = ਉਦਾਹਰਨ ਲਈ, ਤੁਸੀਂ ਕਿਸੇ ਦੋਸਤ, ਰਿਸ਼ਤੇਦਾਰ, ਸਾਥੀ, ਗੁਆਂਢੀ ਜਾਂ ਸਹਿਕਰਮੀ ਦੀ ਮਦਦ ਕਰ ਰਹੇ ਹੋ ਜੋ ਅਪਰਾਧ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ। ਇਸ ਨਾਲ ਉਨ੍ਹਾਂ ਦਾ ਖਾਤਾ ਨਹੀਂ ਬਣਦਾ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਇਸ ਬਾਰੇ ਪਤਾ ਨਹੀਂ ਲੱਗੇਗਾ।
register-who-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਆਪਣਾ ਖਾਤਾ ਕਿਸ ਲਈ ਵਰਤੋਗੇ

register-age-title = ਕੀ ਤੁਹਾਡੀ ਉਮਰ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਹੈ?
register-age-legend = ਕੀ ਤੁਹਾਡੀ ਉਮਰ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਹੈ?
register-age-yes = ਹਾਂ
register-age-no = ਨਹੀਂ
register-age-error = ਜੇ ਤੁਹਾਡੀ ਉਮਰ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਹੈ ਤਾਂ “ਹਾਂ” ਚੁਣੋ

under-16-title = ਨੌਜਵਾਨਾਂ ਲਈ ਮਦਦ
under-16-heading = ਖਾਤਾ ਬਣਾਉਣ ਲਈ ਤੁਹਾਡੀ ਉਮਰ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
under-16-body = ਤੁਸੀਂ ਫਿਰ ਵੀ ਖਾਤੇ ਤੋਂ ਬਿਨਾਂ ਇਸ ਵੈੱਬਸਾਈਟ ’ਤੇ ਸਭ ਕੁਝ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।
under-16-help-heading = ਲੋਕ ਜੋ ਹੁਣੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ
under-16-childline = Childline (ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਹੈਲਪਲਾਈਨ) 19 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਹਰ ਕਿਸੇ ਲਈ ਮੁਫ਼ਤ ਹੈ। ਤੁਸੀਂ 0800 1111 ’ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ ਜਾਂ ਕਿਸੇ ਕਾਊਂਸਲਰ ਨਾਲ ਔਨਲਾਈਨ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ। ਕਾਲਾਂ ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੇ ਬਿੱਲ ’ਤੇ ਨਹੀਂ ਦਿਖਾਈ ਦਿੰਦੀਆਂ।
under-16-adult = ਤੁਸੀਂ ਕਿਸੇ ਅਜਿਹੇ ਵੱਡੇ ਵਿਅਕਤੀ ਨਾਲ ਵੀ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ ਜਿਸ ’ਤੇ ਤੁਹਾਨੂੰ ਭਰੋਸਾ ਹੈ, ਜਿਵੇਂ ਕੋਈ ਅਧਿਆਪਕ, ਸਕੂਲ ਦੀ ਨਰਸ, ਯੂਥ ਵਰਕਰ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰ।
under-16-victim-support = Victim Support ਕੋਲ ਅਪਰਾਧ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਇੱਕ ਸੇਵਾ ਹੈ। ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾਉਣ ਲਈ ਉਹਨਾਂ ਦੀ ਮੁਫ਼ਤ Supportline ਨੂੰ 08 08 16 89 111 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
under-16-danger = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।

details-title = ਆਪਣੇ ਸਾਈਨ-ਇਨ ਵੇਰਵੇ ਚੁਣੋ
details-heading = ਆਪਣੇ ਸਾਈਨ-ਇਨ ਵੇਰਵੇ ਚੁਣੋ
name-label = ਸਾਈਨ-ਇਨ ਨਾਮ
name-hint = ਕੋਈ ਵੀ ਨਾਮ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹੇ, ਘੱਟੋ-ਘੱਟ 3 ਅੱਖਰਾਂ ਦਾ। ਇਹ ਤੁਹਾਡਾ ਅਸਲ ਨਾਮ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ। ਕੋਈ ਹੋਰ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖੇਗਾ।
email-label = ਈਮੇਲ ਪਤਾ (ਵਿਕਲਪਿਕ)
email-hint = ਤੁਹਾਨੂੰ ਇਸਦੀ ਲੋੜ ਨਹੀਂ ਹੈ। ਕੋਈ ਹੋਰ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖੇਗਾ, ਅਤੇ ਇਹ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਨਹੀਂ ਵਰਤਿਆ ਜਾਂਦਾ।
new-password-label = ਪਾਸਵਰਡ
new-password-hint = ਘੱਟੋ-ਘੱਟ 8 ਅੱਖਰ। ਕੁਝ ਬੇਮੇਲ ਸ਼ਬਦਾਂ ਨਾਲ ਇੱਕ ਮਜ਼ਬੂਤ ਪਾਸਵਰਡ ਬਣਦਾ ਹੈ ਜੋ ਯਾਦ ਰੱਖਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਪਾਸਵਰਡ ਮੈਨੇਜਰ ਤੋਂ ਪਾਸਵਰਡ ਪੇਸਟ ਕਰ ਸਕਦੇ ਹੋ।
name-error-missing = ਸਾਈਨ-ਇਨ ਨਾਮ ਭਰੋ
name-error-too-short = ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ ਨਾਮ ਘੱਟੋ-ਘੱਟ 3 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
name-error-too-long = ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ ਨਾਮ 64 ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
name-error-control = ਤੁਹਾਡੇ ਸਾਈਨ-ਇਨ ਨਾਮ ਵਿੱਚ ਸਿਰਫ਼ ਅੱਖਰ, ਅੰਕ, ਖਾਲੀ ਥਾਂਵਾਂ ਅਤੇ ਵਿਰਾਮ ਚਿੰਨ੍ਹ ਹੀ ਹੋ ਸਕਦੇ ਹਨ
email-error-invalid = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਭਰੋ, ਜਿਵੇਂ name@example.com, ਜਾਂ ਇਸਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ
password-error-missing = ਪਾਸਵਰਡ ਭਰੋ
password-error-too-short = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
password-error-too-long = ਤੁਹਾਡਾ ਪਾਸਵਰਡ { $max } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
password-error-weak = ਕਿਸੇ ਲਈ ਇਸ ਪਾਸਵਰਡ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਬਹੁਤ ਆਸਾਨ ਹੋਵੇਗਾ।
password-weak-keyboard-row = ਨਾਲ-ਨਾਲ ਲੱਗੀਆਂ ਕੁੰਜੀਆਂ ਦੀਆਂ ਕਤਾਰਾਂ, ਜਿਵੇਂ qwerty, ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-keyboard-pattern = ਕੀਬੋਰਡ ’ਤੇ ਛੋਟੇ ਪੈਟਰਨਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-repeats = ਦੁਹਰਾਏ ਅੱਖਰਾਂ, ਜਿਵੇਂ aaa, ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-repeated-group = ਦੁਹਰਾਏ ਸਮੂਹਾਂ, ਜਿਵੇਂ abcabc, ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-common = ਇਹ ਸਭ ਤੋਂ ਆਮ ਪਾਸਵਰਡਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ।
password-weak-similar-common = ਇਹ ਕਿਸੇ ਆਮ ਪਾਸਵਰਡ ਨਾਲ ਬਹੁਤ ਮਿਲਦਾ-ਜੁਲਦਾ ਹੈ।
password-weak-sequence = ਲੜੀਆਂ, ਜਿਵੇਂ abc ਜਾਂ 123, ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-recent-year = ਹਾਲ ਹੀ ਦੇ ਸਾਲਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-single-word = ਇੱਕ ਇਕੱਲੇ ਸ਼ਬਦ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-date = ਤਾਰੀਖ਼ਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-weak-name = ਇਕੱਲੇ ਨਾਵਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਆਸਾਨ ਹੁੰਦਾ ਹੈ।
password-tip-few-words = ਕੁਝ ਅਜਿਹੇ ਸ਼ਬਦ ਅਜ਼ਮਾਓ ਜੋ ਆਮ ਤੌਰ ’ਤੇ ਇਕੱਠੇ ਨਹੀਂ ਵਰਤੇ ਜਾਂਦੇ।
password-tip-no-symbols-needed = ਤੁਹਾਨੂੰ ਚਿੰਨ੍ਹਾਂ, ਅੰਕਾਂ ਜਾਂ ਵੱਡੇ (capital) ਅੱਖਰਾਂ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
password-tip-add-word = ਇੱਕ-ਦੋ ਸ਼ਬਦ ਹੋਰ ਜੋੜੋ। ਅਸਧਾਰਨ ਸ਼ਬਦ ਬਿਹਤਰ ਹੁੰਦੇ ਹਨ।
password-tip-capitals = ਵੱਡੇ (capital) ਅੱਖਰਾਂ ਨਾਲ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਬਹੁਤਾ ਔਖਾ ਨਹੀਂ ਹੁੰਦਾ।
password-tip-reversed = ਉਲਟੇ ਲਿਖੇ ਸ਼ਬਦਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਬਹੁਤਾ ਔਖਾ ਨਹੀਂ ਹੁੰਦਾ।
password-tip-substitutions = ਅੱਖਰਾਂ ਦੀ ਥਾਂ ਅੰਕ ਜਾਂ ਚਿੰਨ੍ਹ ਲਗਾਉਣਾ, ਜਿਵੇਂ a ਦੀ ਥਾਂ @, ਬਹੁਤੀ ਮਦਦ ਨਹੀਂ ਕਰਦਾ।
password-tip-keyboard = ਕੀਬੋਰਡ ’ਤੇ ਵਧੇਰੇ ਮੋੜਾਂ ਵਾਲਾ ਲੰਮਾ ਪੈਟਰਨ ਵਰਤੋ।
password-tip-repeats = ਦੁਹਰਾਏ ਸ਼ਬਦਾਂ ਅਤੇ ਅੱਖਰਾਂ ਤੋਂ ਬਚੋ।
password-tip-sequences = abc ਜਾਂ 123 ਵਰਗੀਆਂ ਲੜੀਆਂ ਤੋਂ ਬਚੋ।
password-tip-dates = ਤਾਰੀਖ਼ਾਂ ਅਤੇ ਸਾਲਾਂ ਤੋਂ ਬਚੋ, ਖ਼ਾਸ ਕਰਕੇ ਉਹਨਾਂ ਤੋਂ ਜੋ ਤੁਹਾਡੇ ਨਾਲ ਜੁੜੇ ਹੋਏ ਹਨ।

authenticator-title = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਸੈੱਟ ਕਰੋ
authenticator-heading = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਸੈੱਟ ਕਰੋ
authenticator-step-install = ਜੇ ਤੁਹਾਡੇ ਫ਼ੋਨ ’ਤੇ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਨਹੀਂ ਹੈ, ਤਾਂ ਇੱਕ ਇੰਸਟਾਲ ਕਰੋ। Google Authenticator, Microsoft Authenticator ਅਤੇ Authy ਸਾਰੀਆਂ ਮੁਫ਼ਤ ਹਨ।
authenticator-step-add = ਐਪ ਵਿੱਚ, ਇੱਕ ਖਾਤਾ ਜੋੜੋ।
authenticator-step-scan = ਜੇ ਇਹ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਉੱਤੇ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਇਸਦੀ ਥਾਂ ਐਪ ਨਾਲ ਇਹ QR ਕੋਡ ਸਕੈਨ ਕਰ ਸਕਦੇ ਹੋ।
authenticator-qr-alt = Waymark ਨੂੰ ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਵਿੱਚ ਜੋੜਨ ਲਈ QR ਕੋਡ
authenticator-entry-name = ਐਪ ਇਸਨੂੰ “Waymark” ਨਾਮ ਨਾਲ ਦਿਖਾਏਗੀ, ਇਹ ਨਾਮ ਨਹੀਂ ਦੱਸਦਾ ਕਿ ਇਹ ਵੈੱਬਸਾਈਟ ਕਿਸ ਲਈ ਹੈ। ਪਰ ਜੋ ਕੋਈ ਵੀ ਤੁਹਾਡੇ ਫ਼ੋਨ ਉੱਤੇ ਐਪ ਦੇਖੇ, ਉਹ ਇਹ ਐਂਟਰੀ ਦੇਖ ਸਕਦਾ ਹੈ। ਜੇ ਕੋਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਚੈੱਕ ਕਰਦਾ ਹੈ, ਤਾਂ ਸੋਚੋ ਕਿ ਕੀ ਇਹ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹੈ।
authenticator-key-body = ਜੇ ਐਪ ਇਸੇ ਫ਼ੋਨ ਉੱਤੇ ਹੈ, ਤਾਂ ਕੁੰਜੀ ਦਰਜ ਕਰਨਾ ਚੁਣੋ, ਫਿਰ ਇਹ ਕੁੰਜੀ ਕਾਪੀ ਕਰਕੇ ਪੇਸਟ ਕਰੋ ਜਾਂ ਟਾਈਪ ਕਰੋ। ਜੇ ਐਪ ਪੁੱਛੇ, ਤਾਂ ਸਮੇਂ-ਅਧਾਰਿਤ ਕੋਡ ਚੁਣੋ।
authenticator-key-label = ਕੁੰਜੀ (key)
authenticator-step-code = ਐਪ 6 ਅੰਕਾਂ ਦਾ ਇੱਕ ਕੋਡ ਦਿਖਾਏਗੀ ਜੋ ਹਰ 30 ਸਕਿੰਟਾਂ ਬਾਅਦ ਬਦਲਦਾ ਹੈ। ਇਸਨੂੰ ਹੇਠਾਂ ਭਰੋ।
code-label = ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਕੋਡ
code-hint = 6 ਅੰਕਾਂ ਦਾ ਕੋਡ, ਉਦਾਹਰਨ ਲਈ 123456।
code-error-missing = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ 6 ਅੰਕਾਂ ਦਾ ਕੋਡ ਭਰੋ
code-error-format = ਕੋਡ ਨੂੰ 6 ਅੰਕਾਂ ਵਜੋਂ ਭਰੋ, ਜਾਂ ABCD-EFGH-2345-6789 ਵਰਗਾ ਰਿਕਵਰੀ ਕੋਡ ਭਰੋ
code-error-wrong = ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਹਾਡੇ ਫ਼ੋਨ ’ਤੇ ਸਮਾਂ ਆਪਣੇ ਆਪ (automatic) ਸੈੱਟ ਹੁੰਦਾ ਹੈ, ਫਿਰ ਸਭ ਤੋਂ ਨਵਾਂ ਕੋਡ ਭਰੋ।
code-error-used = ਇਹ ਕੋਡ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਐਪ ਵਿੱਚ ਨਵਾਂ ਕੋਡ ਦਿਖਾਈ ਦੇਣ ਦੀ ਉਡੀਕ ਕਰੋ।

recovery-codes-title = ਆਪਣੇ ਰਿਕਵਰੀ ਕੋਡ ਸੇਵ ਕਰੋ
recovery-codes-heading = ਆਪਣੇ ਰਿਕਵਰੀ ਕੋਡ ਸੇਵ ਕਰੋ
recovery-codes-lead = ਜੇ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਗੁੰਮ ਹੋ ਜਾਵੇ, ਤਾਂ ਤੁਸੀਂ ਇਸਦੀ ਬਜਾਏ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇੱਕ ਕੋਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ। ਹਰ ਕੋਡ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।
recovery-codes-list-label = ਤੁਹਾਡੇ ਰਿਕਵਰੀ ਕੋਡ
recovery-codes-warning = ਤੁਸੀਂ ਇਹ ਕੋਡ ਦੁਬਾਰਾ ਨਹੀਂ ਦੇਖ ਸਕੋਗੇ। ਇਹਨਾਂ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ’ਤੇ ਰੱਖੋ ਜਿੱਥੇ ਕੋਈ ਹੋਰ ਨਾ ਪਹੁੰਚ ਸਕੇ।
recovery-codes-safe-heading = ਇਹਨਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਦੇ ਤਰੀਕੇ
recovery-codes-safe-paper = ਇਹਨਾਂ ਨੂੰ ਕਾਗ਼ਜ਼ ’ਤੇ ਲਿਖੋ ਅਤੇ ਕਾਗ਼ਜ਼ ਨੂੰ ਕਿਸੇ ਨਿੱਜੀ ਥਾਂ ’ਤੇ ਰੱਖੋ।
recovery-codes-safe-manager = ਇਹਨਾਂ ਨੂੰ ਕਿਸੇ ਪਾਸਵਰਡ ਮੈਨੇਜਰ ਵਿੱਚ ਸੇਵ ਕਰੋ।
recovery-codes-safe-not-phone = ਇਹਨਾਂ ਨੂੰ ਸਿਰਫ਼ ਉਸ ਫ਼ੋਨ ’ਤੇ ਨਾ ਰੱਖੋ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਹੈ, ਅਤੇ ਇਹਨਾਂ ਨੂੰ ਈਮੇਲ ਜਾਂ ਸੁਨੇਹੇ ਰਾਹੀਂ ਨਾ ਭੇਜੋ।
recovery-codes-done = ਮੈਂ ਆਪਣੇ ਕੋਡ ਸੇਵ ਕਰ ਲਏ ਹਨ

## Signing in

sign-in-title = ਸਾਈਨ ਇਨ ਕਰੋ
sign-in-heading = ਸਾਈਨ ਇਨ ਕਰੋ
password-label = ਪਾਸਵਰਡ
sign-in-button = ਸਾਈਨ ਇਨ ਕਰੋ
sign-in-forgotten = ਕੀ ਤੁਸੀਂ ਆਪਣਾ ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ ਹੋ?
sign-in-help = ਸਾਈਨ ਇਨ ਕਰਨ ਵਿੱਚ ਹੋਰ ਸਮੱਸਿਆਵਾਂ
sign-in-no-account = ਅਜੇ ਖਾਤਾ ਨਹੀਂ ਹੈ?
sign-in-create = ਖਾਤਾ ਬਣਾਓ
sign-in-error-name = ਆਪਣਾ ਸਾਈਨ-ਇਨ ਨਾਮ ਭਰੋ
sign-in-error-password = ਆਪਣਾ ਪਾਸਵਰਡ ਭਰੋ
sign-in-error-mismatch = ਸਾਈਨ-ਇਨ ਨਾਮ ਜਾਂ ਪਾਸਵਰਡ ਸਹੀ ਨਹੀਂ ਹੈ
sign-in-error-wait = ਬਹੁਤ ਸਾਰੀਆਂ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋ ਗਈਆਂ ਹਨ। { $seconds } ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
sign-in-paused = ਬਹੁਤ ਸਾਰੀਆਂ ਅਸਫਲ ਕੋਸ਼ਿਸ਼ਾਂ ਕਾਰਨ, ਇਸ ਸਾਈਨ-ਇਨ ਨਾਮ ਲਈ ਸਿਰਫ਼ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰਨਾ { $minutes ->
    [one] { $minutes } ਹੋਰ ਮਿੰਟ
   *[other] { $minutes } ਹੋਰ ਮਿੰਟਾਂ
} ਲਈ ਰੋਕ ਦਿੱਤਾ ਗਿਆ ਹੈ।
sign-in-paused-owner = ਜੇ ਇਹ ਤੁਹਾਡਾ ਖਾਤਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਫਿਰ ਵੀ ਹੁਣੇ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ: ਆਪਣਾ ਪਾਸਵਰਡ ਅਤੇ ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਇੱਕ ਕੋਡ (ਜਾਂ ਰਿਕਵਰੀ ਕੋਡ) ਇਕੱਠੇ ਭਰੋ।
sign-in-paused-code-label = ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਕੋਡ, ਜਾਂ ਕੋਈ ਰਿਕਵਰੀ ਕੋਡ
sign-in-error-busy = ਇੱਕੋ ਵੇਲੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕ ਸਾਈਨ ਇਨ ਕਰ ਰਹੇ ਹਨ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
limit-error-too-many = ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਕੀਤੀਆਂ ਗਈਆਂ ਹਨ। ਇੱਕ ਘੰਟੇ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
sign-in-session-idle = ਤੁਹਾਨੂੰ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਕਿਉਂਕਿ 30 ਮਿੰਟਾਂ ਤੱਕ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।
sign-in-session-expired = ਤੁਹਾਨੂੰ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਕਿਉਂਕਿ ਤੁਸੀਂ 12 ਘੰਟਿਆਂ ਤੋਂ ਸਾਈਨ ਇਨ ਸੀ।
sign-in-session-needed = ਉਹ ਪੰਨਾ ਦੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।

code-title = ਆਪਣਾ ਕੋਡ ਭਰੋ
code-heading = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਕੋਡ ਭਰੋ
code-use-recovery = ਇਸਦੀ ਬਜਾਏ ਰਿਕਵਰੀ ਕੋਡ ਵਰਤੋ
code-error-paused = ਇਸ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਸਾਰੇ ਗ਼ਲਤ ਕੋਡ ਭਰੇ ਗਏ ਹਨ। { $minutes ->
    [one] { $minutes } ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟ
} ਉਡੀਕ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਰਿਕਵਰੀ ਕੋਡ ਨਾਲ ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ।

recovery-sign-in-title = ਰਿਕਵਰੀ ਕੋਡ ਵਰਤੋ
recovery-sign-in-heading = ਰਿਕਵਰੀ ਕੋਡ ਭਰੋ
recovery-code-label = ਰਿਕਵਰੀ ਕੋਡ
recovery-code-hint = ਇਹ ABCD-EFGH-2345-6789 ਵਰਗਾ ਦਿਸਦਾ ਹੈ। ਹਰ ਕੋਡ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।
recovery-code-error-missing = ਆਪਣੇ ਰਿਕਵਰੀ ਕੋਡਾਂ ਵਿੱਚੋਂ ਇੱਕ ਭਰੋ
recovery-code-error-format = ABCD-EFGH-2345-6789 ਵਰਗਾ ਰਿਕਵਰੀ ਕੋਡ ਭਰੋ
recovery-code-error-wrong = ਉਹ ਰਿਕਵਰੀ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ, ਜਾਂ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ

lost-access-title = ਸਾਈਨ ਇਨ ਕਰਨ ਵਿੱਚ ਸਮੱਸਿਆਵਾਂ
lost-access-heading = ਜੇ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕਦੇ
lost-access-password-heading = ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ ਹੋ
lost-access-password-body = ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਅਤੇ ਤੁਹਾਡਾ ਕੋਈ ਇੱਕ ਰਿਕਵਰੀ ਕੋਡ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਨਵਾਂ ਪਾਸਵਰਡ ਸੈੱਟ ਕਰ ਸਕਦੇ ਹੋ।
lost-access-password-link = ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
lost-access-phone-heading = ਜੇ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਗੁੰਮ ਹੋ ਗਈ ਹੈ
lost-access-phone-body = ਆਪਣੇ ਪਾਸਵਰਡ ਅਤੇ ਆਪਣੇ ਕਿਸੇ ਇੱਕ ਰਿਕਵਰੀ ਕੋਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ। ਫਿਰ ਆਪਣੇ ਖਾਤੇ ਵਾਲੇ ਪੰਨੇ ਤੋਂ ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੁਬਾਰਾ ਸੈੱਟ ਕਰੋ।
lost-access-both-heading = ਜੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਅਤੇ ਤੁਹਾਡਾ ਫ਼ੋਨ, ਜਾਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਅਤੇ ਤੁਹਾਡੇ ਰਿਕਵਰੀ ਕੋਡ ਗੁੰਮ ਹੋ ਗਏ ਹਨ
lost-access-both-body = ਕੋਈ ਵੀ ਤੁਹਾਨੂੰ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ, ਅਸੀਂ ਵੀ ਨਹੀਂ। ਇਹੀ ਚੀਜ਼ ਇਸਨੂੰ ਨਿੱਜੀ ਰੱਖਦੀ ਹੈ: ਜਿਸ ਕਿਸੇ ਨੂੰ ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ ਨਾਮ ਪਤਾ ਹੈ ਜਾਂ ਜਿਸ ਕੋਲ ਤੁਹਾਡਾ ਪੁਰਾਣਾ ਫ਼ੋਨ ਹੈ, ਉਹ ਵੀ ਅੰਦਰ ਨਹੀਂ ਆ ਸਕਦਾ।
lost-access-both-new = ਤੁਸੀਂ ਨਵਾਂ ਖਾਤਾ ਬਣਾ ਸਕਦੇ ਹੋ। ਪੁਰਾਣੇ ਖਾਤੇ ਵਿੱਚ ਸੇਵ ਕੀਤੀ ਕੋਈ ਵੀ ਚੀਜ਼, ਤੁਹਾਡੀ ਡਾਇਰੀ ਸਮੇਤ, ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦੀ ਜਾ ਸਕਦੀ।

signed-out-title = ਸਾਈਨ ਆਉਟ ਹੋ ਗਏ
signed-out-heading = ਤੁਸੀਂ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਹੈ
signed-out-idle-heading = ਤੁਹਾਨੂੰ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ
signed-out-idle = ਤੁਹਾਨੂੰ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਕਿਉਂਕਿ 30 ਮਿੰਟਾਂ ਤੱਕ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਡਿਵਾਈਸ ਛੱਡ ਕੇ ਚਲੇ ਜਾਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਤੁਹਾਡੇ ਖਾਤੇ ਦੀ ਰੱਖਿਆ ਕਰਦਾ ਹੈ।
signed-out-tip = ਜੇ ਤੁਸੀਂ ਕੋਈ ਸਾਂਝੀ ਡਿਵਾਈਸ ਵਰਤ ਰਹੇ ਹੋ, ਤਾਂ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਵਿੰਡੋ ਵੀ ਬੰਦ ਕਰ ਦਿਓ।
signed-out-sign-in = ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ

session-warning-title = ਤੁਹਾਨੂੰ ਜਲਦੀ ਹੀ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਜਾਵੇਗਾ
session-warning-body = ਤੁਹਾਡੇ ਖਾਤੇ ਦੀ ਰੱਖਿਆ ਲਈ, ਜੇ 30 ਮਿੰਟਾਂ ਤੱਕ ਕੁਝ ਨਹੀਂ ਹੁੰਦਾ ਤਾਂ ਤੁਹਾਨੂੰ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਜਾਵੇਗਾ।
session-warning-stay = ਸਾਈਨ ਇਨ ਰਹੋ
session-warning-leave = ਹੁਣੇ ਸਾਈਨ ਆਉਟ ਕਰੋ

## Forgotten password

reset-title = ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
reset-heading = ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
reset-lead = ਤੁਹਾਨੂੰ ਆਪਣੇ ਸਾਈਨ-ਇਨ ਨਾਮ, ਆਪਣੇ ਕਿਸੇ ਇੱਕ ਰਿਕਵਰੀ ਕੋਡ ਅਤੇ ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੀ ਲੋੜ ਹੈ।
reset-button = ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
reset-error-mismatch = ਇਹ ਵੇਰਵੇ ਕਿਸੇ ਖਾਤੇ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। ਇਹਨਾਂ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
reset-done-title = ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਹੋ ਗਿਆ
reset-done-heading = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਹੋ ਗਿਆ ਹੈ
reset-done-body = ਤੁਸੀਂ ਆਪਣਾ ਇੱਕ ਰਿਕਵਰੀ ਕੋਡ ਵਰਤ ਲਿਆ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਹਰ ਥਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਆਪਣੇ ਨਵੇਂ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।

## The account page

account-title = ਤੁਹਾਡਾ ਖਾਤਾ
account-heading = ਤੁਹਾਡਾ ਖਾਤਾ
account-for = ਖਾਤਾ ਕਿਸ ਲਈ
account-for-self = ਆਪਣੇ ਲਈ ਸਹਾਇਤਾ
account-for-supporter = ਸਹਾਇਕ ਵਜੋਂ ਮੇਰੇ ਲਈ ਸਹਾਇਤਾ
supporter-guides-link = ਕਿਸੇ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲਿਆਂ ਲਈ ਗਾਈਡਾਂ
account-role = ਭੂਮਿਕਾ
account-role-staff = ਸਟਾਫ਼
account-service = ਸੇਵਾ
account-recovery-left = ਬਾਕੀ ਰਿਕਵਰੀ ਕੋਡ
account-recovery-get-new = ਨਵੇਂ ਕੋਡ ਲਓ
account-security-heading = ਸੁਰੱਖਿਆ
account-change-password = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
account-reset-authenticator = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੁਬਾਰਾ ਸੈੱਟ ਕਰੋ
account-new-recovery-codes = ਨਵੇਂ ਰਿਕਵਰੀ ਕੋਡ ਲਓ
account-sessions-heading = ਤੁਸੀਂ ਕਿੱਥੇ-ਕਿੱਥੇ ਸਾਈਨ ਇਨ ਹੋ
account-sessions-caption = ਡਿਵਾਈਸਾਂ ਜੋ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਸਾਈਨ ਇਨ ਹਨ
account-sessions-device = ਡਿਵਾਈਸ
account-sessions-last-active = ਆਖ਼ਰੀ ਵਾਰ ਸਰਗਰਮ
account-sessions-this-device = ਇਹ ਡਿਵਾਈਸ
account-sessions-sign-out-others = ਬਾਕੀ ਹਰ ਥਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਕਰੋ
account-data-heading = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
account-data-body = ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਜੋ ਕੁਝ ਵੀ ਹੈ, ਉਹ ਸਭ ਇੱਕ ਫ਼ਾਈਲ ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ, ਜਿਸਨੂੰ ਤੁਸੀਂ ਰੱਖ ਸਕਦੇ ਹੋ ਜਾਂ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਨਾਲ ਸਾਂਝਾ ਕਰ ਸਕਦੇ ਹੋ।
account-data-download = ਆਪਣੀ ਜਾਣਕਾਰੀ ਡਾਊਨਲੋਡ ਕਰੋ
account-delete-heading = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
account-delete-link = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
account-sign-out = ਸਾਈਨ ਆਉਟ ਕਰੋ

device-description = { $system } ’ਤੇ { $browser }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = ਕੋਈ ਬ੍ਰਾਊਜ਼ਰ
device-system-android = Android
device-system-ios = iPhone ਜਾਂ iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ
time-just-now = ਹੁਣੇ-ਹੁਣੇ
time-minutes-ago = { $minutes ->
    [one] { $minutes } ਮਿੰਟ ਪਹਿਲਾਂ
   *[other] { $minutes } ਮਿੰਟ ਪਹਿਲਾਂ
}
time-hours-ago = { $hours ->
    [one] { $hours } ਘੰਟਾ ਪਹਿਲਾਂ
   *[other] { $hours } ਘੰਟੇ ਪਹਿਲਾਂ
}

flash-password-changed = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਤੁਹਾਨੂੰ ਹੋਰ ਡਿਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
flash-authenticator-changed = ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੁਬਾਰਾ ਸੈੱਟ ਹੋ ਗਈ ਹੈ। ਤੁਹਾਡੀ ਪੁਰਾਣੀ ਐਪ ਦੇ ਕੋਡ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
flash-recovery-codes-replaced = ਤੁਹਾਡੇ ਕੋਲ ਨਵੇਂ ਰਿਕਵਰੀ ਕੋਡ ਹਨ। ਤੁਹਾਡੇ ਪੁਰਾਣੇ ਕੋਡ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
flash-other-sessions-ended = ਤੁਹਾਨੂੰ ਬਾਕੀ ਹਰ ਥਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
flash-welcome = ਤੁਹਾਡਾ ਖਾਤਾ ਤਿਆਰ ਹੈ।
flash-recovery-codes-low = ਤੁਹਾਡੇ ਕੋਲ { $count ->
    [one] { $count } ਰਿਕਵਰੀ ਕੋਡ ਬਾਕੀ ਹੈ
   *[other] { $count } ਰਿਕਵਰੀ ਕੋਡ ਬਾਕੀ ਹਨ
}। ਨਵੇਂ ਕੋਡ ਲਓ ਤਾਂ ਜੋ ਇਹ ਖ਼ਤਮ ਨਾ ਹੋ ਜਾਣ।
flash-code-failures = ਤੁਹਾਡੇ ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਡੇ ਖਾਤੇ ਲਈ { $count ->
    [one] { $count } ਗ਼ਲਤ ਕੋਡ ਭਰਿਆ ਗਿਆ ਸੀ
   *[other] { $count } ਗ਼ਲਤ ਕੋਡ ਭਰੇ ਗਏ ਸਨ
}। ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿਸੇ ਨੂੰ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਪਤਾ ਹੋਵੇ: ਇਸਨੂੰ ਹੁਣੇ ਬਦਲੋ।

reauth-lead = ਆਪਣੇ ਖਾਤੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ, ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਇਹ ਤੁਸੀਂ ਹੀ ਹੋ।
reauth-code-label = ਤੁਹਾਡੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਕੋਡ, ਜਾਂ ਕੋਈ ਰਿਕਵਰੀ ਕੋਡ
reauth-error-mismatch = ਵੇਰਵੇ ਸਹੀ ਨਹੀਂ ਹਨ। ਆਪਣਾ ਸਾਈਨ-ਇਨ ਨਾਮ, ਪਾਸਵਰਡ ਅਤੇ ਕੋਡ ਜਾਂਚੋ।

change-password-title = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
change-password-heading = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
current-password-label = ਮੌਜੂਦਾ ਪਾਸਵਰਡ
change-password-new-label = ਨਵਾਂ ਪਾਸਵਰਡ
change-password-button = ਪਾਸਵਰਡ ਬਦਲੋ

reset-authenticator-title = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੁਬਾਰਾ ਸੈੱਟ ਕਰੋ
reset-authenticator-heading = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਦੁਬਾਰਾ ਸੈੱਟ ਕਰੋ
reset-authenticator-lead = ਇਹ ਉਦੋਂ ਕਰੋ ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਨਵਾਂ ਫ਼ੋਨ ਹੈ ਜਾਂ ਤੁਹਾਡੀ ਐਪ ਗੁੰਮ ਹੋ ਗਈ ਹੈ। ਤੁਹਾਡੀ ਪੁਰਾਣੀ ਐਪ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇਗੀ।

new-codes-title = ਨਵੇਂ ਰਿਕਵਰੀ ਕੋਡ ਲਓ
new-codes-heading = ਨਵੇਂ ਰਿਕਵਰੀ ਕੋਡ ਲਓ
new-codes-lead = ਤੁਹਾਨੂੰ 10 ਨਵੇਂ ਕੋਡ ਮਿਲਣਗੇ। ਤੁਹਾਡੇ ਪੁਰਾਣੇ ਕੋਡ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਣਗੇ।

delete-title = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
delete-heading = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
delete-warning = ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਤੁਹਾਡਾ ਖਾਤਾ ਅਤੇ ਇਸ ਵਿਚਲੀ ਹਰ ਚੀਜ਼, ਤੁਹਾਡੀ ਡਾਇਰੀ ਅਤੇ ਗਾਈਡਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਤਰੱਕੀ ਸਮੇਤ, ਤੁਰੰਤ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ।
delete-button = ਮੇਰਾ ਖਾਤਾ ਮਿਟਾਓ
deleted-title = ਖਾਤਾ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ
deleted-heading = ਤੁਹਾਡਾ ਖਾਤਾ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ
deleted-body = ਇਸ ਵਿਚਲੀ ਹਰ ਚੀਜ਼ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਖਾਤੇ ਤੋਂ ਬਿਨਾਂ ਇਹ ਵੈੱਬਸਾਈਟ ਵਰਤ ਸਕਦੇ ਹੋ।

## Staff enrolment

staff-enrol-title = ਆਪਣਾ ਸਟਾਫ਼ ਖਾਤਾ ਸੈੱਟ ਕਰੋ
staff-enrol-heading = ਆਪਣਾ ਸਟਾਫ਼ ਖਾਤਾ ਸੈੱਟ ਕਰੋ
staff-enrol-lead = ਜੀ ਆਇਆਂ ਨੂੰ, { $name }। ਆਪਣੇ ਸਾਈਨ-ਇਨ ਵੇਰਵੇ ਚੁਣੋ, ਫਿਰ ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਸੈੱਟ ਕਰੋ। ਸਟਾਫ਼ ਲਈ ਦੋ-ਪੜਾਵੀ (two-factor) ਸਾਈਨ-ਇਨ ਹਮੇਸ਼ਾ ਚਾਲੂ ਰਹਿੰਦਾ ਹੈ।
invite-invalid-title = ਲਿੰਕ ਵੈਧ ਨਹੀਂ ਹੈ
invite-invalid-heading = ਇਸ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ
invite-invalid-body = ਦਾਖ਼ਲਾ (enrolment) ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, 24 ਘੰਟਿਆਂ ਲਈ ਕੰਮ ਕਰਦੇ ਹਨ। ਕਿਸੇ ਪ੍ਰਬੰਧਕ ਤੋਂ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।
nav-label = ਖਾਤਾ
code-error-closed = ਇਸ ਖਾਤੇ ਲਈ ਬਹੁਤ ਸਾਰੇ ਗਲਤ ਕੋਡ ਦਰਜ ਕੀਤੇ ਗਏ ਹਨ, ਇਸ ਲਈ ਇਹ ਹੋਰ ਕੋਡ ਨਹੀਂ ਲੈਂਦਾ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹਣ ਲਈ ਰਿਕਵਰੀ ਕੋਡ ਨਾਲ ਆਪਣਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ।
flash-code-entry-was-closed = ਬਹੁਤ ਸਾਰੇ ਗਲਤ ਕੋਡਾਂ ਤੋਂ ਬਾਅਦ ਤੁਹਾਡੇ ਖਾਤੇ ਲਈ ਕੋਡ ਦਰਜ ਕਰਨਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨ ਤੱਕ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਸੀ। ਜੇ ਉਹ ਕੋਡ ਤੁਹਾਡੇ ਨਹੀਂ ਸਨ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿਸੇ ਨੂੰ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਪਤਾ ਹੋਵੇ।
