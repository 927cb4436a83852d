# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
exit-this-page = ਇਹ ਪੰਨਾ ਛੱਡੋ
exit-this-page-hint = ਜਾਂ Shift ਨੂੰ 3 ਵਾਰ ਦਬਾਓ
language-switcher-label = ਭਾਸ਼ਾ ਚੁਣੋ

footer-urgent = ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ’ਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਪੁੱਛੇ ਜਾਣ ’ਤੇ 55 ਦਬਾਓ।
footer-links-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਬਾਰੇ ਜਾਣਕਾਰੀ
footer-staying-safe = ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ
footer-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL)
footer-privacy = ਨਿੱਜਤਾ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ
footer-cookies = ਕੂਕੀਜ਼
footer-independent = Waymark ਪੁਲਿਸ ਤੋਂ ਵੱਖਰੀ ਅਤੇ ਸੁਤੰਤਰ ਹੈ। ਤੁਸੀਂ ਇਸਨੂੰ ਵਰਤ ਸਕਦੇ ਹੋ, ਚਾਹੇ ਤੁਸੀਂ ਜੋ ਹੋਇਆ ਉਸ ਬਾਰੇ ਕਿਸੇ ਨੂੰ ਦੱਸਿਆ ਹੋਵੇ ਜਾਂ ਨਾ।

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-heading = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਆਪ ਲਿਖਿਆ ਸੀ, ਤਾਂ ਜਾਂਚ ਕਰੋ ਕਿ ਇਹ ਸਹੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਲਿੰਕ ’ਤੇ ਕਲਿੱਕ ਕੀਤਾ ਸੀ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਪੰਨਾ ਕਿਤੇ ਹੋਰ ਚਲਾ ਗਿਆ ਹੋਵੇ।
not-found-home = ਸ਼ੁਰੂਆਤੀ ਪੰਨੇ ’ਤੇ ਜਾਓ

cross-site-title = ਫ਼ਾਰਮ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ
cross-site-heading = ਤੁਹਾਡਾ ਫ਼ਾਰਮ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ
cross-site-body = ਇਹ ਫ਼ਾਰਮ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਆਇਆ ਸੀ, ਇਸ ਲਈ ਅਸੀਂ ਇਸਨੂੰ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ। ਇਹ ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਵੈੱਬਸਾਈਟਾਂ ਤੋਂ ਬਚਾਉਂਦਾ ਹੈ ਜੋ ਤੁਹਾਡੇ ਨਾਮ ’ਤੇ ਕੰਮ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੀਆਂ ਹਨ। ਜੇ ਤੁਸੀਂ ਇਸ ਵੈੱਬਸਾਈਟ ’ਤੇ ਕੋਈ ਫ਼ਾਰਮ ਭਰਿਆ ਸੀ, ਤਾਂ ਉਸ ’ਤੇ ਵਾਪਸ ਜਾਓ ਅਤੇ ਉਸਨੂੰ ਦੁਬਾਰਾ ਭੇਜੋ।

server-error-title = ਮਾਫ਼ ਕਰਨਾ, ਕੋਈ ਸਮੱਸਿਆ ਹੈ
server-error-heading = ਮਾਫ਼ ਕਰਨਾ, ਸੇਵਾ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ
server-error-body = ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੋ ਕੁਝ ਵੀ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਸੇਵ ਕਰ ਲਿਆ ਸੀ, ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ।
server-error-urgent = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ Victim Support (ਅਪਰਾਧ ਪੀੜਤਾਂ ਲਈ ਸਹਾਇਤਾ ਸੰਸਥਾ) ਦੀ ਮੁਫ਼ਤ Supportline ਨੂੰ 08 08 16 89 111 ’ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
