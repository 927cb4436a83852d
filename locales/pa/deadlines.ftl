# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = ਪ੍ਰਾਪਤ ਹੋ ਗਈ। ਉਹਨਾਂ ਨੇ ਕਿਹਾ ਹੈ ਕਿ ਉਹ { $date } ਤੱਕ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਗੇ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ ਸੀ।

triage-due = ਸੰਪਰਕ ਦੀ ਆਖਰੀ ਤਾਰੀਖ
triage-due-today = ਅੱਜ ਤੱਕ
triage-overdue = ਸਮਾਂ ਲੰਘ ਗਿਆ
triage-due-none = ਤੈਅ ਨਹੀਂ
triage-due-first = ਇਹਨਾਂ ਵਿੱਚ, ਸੰਪਰਕ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਬੇਨਤੀਆਂ ਸੰਪਰਕ ਦੀ ਆਖਰੀ ਤਾਰੀਖ ਅਨੁਸਾਰ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
triage-alerts-failing = { $count ->
    [one] ਤੁਹਾਡੀ ਸੇਵਾ ਦੇ ਇਨਬਾਕਸ ਨੂੰ 1 ਸੂਚਨਾ ਅਜੇ ਨਹੀਂ ਭੇਜੀ ਜਾ ਸਕੀ
   *[other] ਤੁਹਾਡੀ ਸੇਵਾ ਦੇ ਇਨਬਾਕਸ ਨੂੰ { $count } ਸੂਚਨਾਵਾਂ ਅਜੇ ਨਹੀਂ ਭੇਜੀਆਂ ਜਾ ਸਕੀਆਂ
}: ਆਖਰੀ ਕੋਸ਼ਿਸ਼ { $date } ਨੂੰ ਅਸਫਲ ਰਹੀ। Waymark ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ; ਜੇ ਇਹ ਜਾਰੀ ਰਹੇ ਤਾਂ Waymark ਚਲਾਉਣ ਵਾਲੇ ਨੂੰ ਈਮੇਲ ਸੈਟਿੰਗਾਂ ਦੇਖਣ ਲਈ ਕਹੋ।

alert-arrived-subject = ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਬੇਨਤੀ ਉਡੀਕ ਰਹੀ ਹੈ
alert-arrived-body = ਤੁਹਾਡੀ ਸੇਵਾ ਦੀ ਸੂਚੀ ਵਿੱਚ ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਨਵੀਂ ਬੇਨਤੀ ਉਡੀਕ ਰਹੀ ਹੈ।
    ਹਵਾਲਾ: { $reference }
    ਇਸਨੂੰ ਦੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ: { $link }
    ਇਹ ਈਮੇਲ ਜਾਣ-ਬੁੱਝ ਕੇ ਹੋਰ ਕੁਝ ਨਹੀਂ ਦੱਸਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਦਾ ਜਵਾਬ ਨਾ ਦਿਓ।
alert-transferred-subject = ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਬੇਨਤੀ ਤੁਹਾਨੂੰ ਭੇਜੀ ਗਈ ਹੈ
alert-transferred-body = ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਨੇ ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਬੇਨਤੀ ਤੁਹਾਡੀ ਸੇਵਾ ਦੀ ਸੂਚੀ ਵਿੱਚ ਭੇਜੀ ਹੈ।
    ਹਵਾਲਾ: { $reference }
    ਇਸਨੂੰ ਦੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ: { $link }
    ਇਹ ਈਮੇਲ ਜਾਣ-ਬੁੱਝ ਕੇ ਹੋਰ ਕੁਝ ਨਹੀਂ ਦੱਸਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਦਾ ਜਵਾਬ ਨਾ ਦਿਓ।
alert-overdue-subject = ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਬੇਨਤੀ ਦੀ ਸੰਪਰਕ ਤਾਰੀਖ ਲੰਘ ਗਈ ਹੈ
alert-overdue-body = ਤੁਹਾਡੀ ਸੇਵਾ ਦੀ ਸੂਚੀ ਵਿੱਚ ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਬੇਨਤੀ ਉਸ ਤਾਰੀਖ ਤੋਂ ਲੰਘ ਗਈ ਹੈ ਜਿਸ ਤੱਕ ਤੁਹਾਡੀ ਸੇਵਾ ਨੇ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਿਹਾ ਸੀ।
    ਹਵਾਲਾ: { $reference }
    ਇਸਨੂੰ ਦੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ: { $link }
    ਇਹ ਈਮੇਲ ਜਾਣ-ਬੁੱਝ ਕੇ ਹੋਰ ਕੁਝ ਨਹੀਂ ਦੱਸਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਦਾ ਜਵਾਬ ਨਾ ਦਿਓ।
