# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Shared by every form.

error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-prefix = ਗ਼ਲਤੀ:
warning-prefix = ਚੇਤਾਵਨੀ
banner-success = ਸਫਲ
banner-important = ਜ਼ਰੂਰੀ
back = ਪਿੱਛੇ
continue = ਜਾਰੀ ਰੱਖੋ
page-title-error = ਗ਼ਲਤੀ: { $page } – Waymark
