# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The self-help guides and the wellbeing check-in.

nav-guides = ਗਾਈਡਾਂ

guides-title = ਗਾਈਡਾਂ
guides-heading = ਗਾਈਡਾਂ
guides-lead = ਛੋਟੀਆਂ ਗਾਈਡਾਂ, ਜੋ ਤੁਹਾਨੂੰ ਇਹ ਸਮਝਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ, ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ, ਅਤੇ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਇਹਨਾਂ ਨੂੰ ਆਪਣੀ ਰਫ਼ਤਾਰ ਨਾਲ, ਕਿਸੇ ਵੀ ਕ੍ਰਮ ਵਿੱਚ ਪੜ੍ਹੋ।
guides-impact = ਇਹ ਗਾਈਡਾਂ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਹਨ ਜਿਹਨਾਂ ਨੂੰ ਔਖਾ ਲੱਗ ਰਿਹਾ ਹੈ ਪਰ ਉਹ ਸੰਭਾਲ ਰਹੇ ਹਨ। ਜੇ ਜੋ ਹੋਇਆ ਉਹ ਤੁਹਾਡੇ ’ਤੇ ਬਹੁਤ ਅਸਰ ਪਾ ਰਿਹਾ ਹੈ, ਤਾਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨਾ ਵੀ ਮਦਦਗਾਰ ਹੋ ਸਕਦਾ ਹੈ।
guides-check-in-link = ਪਹਿਲਾਂ ਕੁਝ ਸਵਾਲਾਂ ਨਾਲ ਆਪਣਾ ਹਾਲ ਜਾਂਚੋ
guides-continue = ਜਿੱਥੇ ਤੁਸੀਂ ਛੱਡਿਆ ਸੀ, ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ:
guides-search-label = ਗਾਈਡਾਂ ਖੋਜੋ
guides-search-button = ਖੋਜੋ
guides-search-results = “{ $words }” ਬਾਰੇ ਗਾਈਡਾਂ
guides-filter-label = ਗਾਈਡਾਂ ਨੂੰ ਛਾਂਟੋ
guides-filter-who = ਕਿਸ ਲਈ
guides-filter-everyone = ਹਰ ਕੋਈ
guides-filter-supporters = ਕਿਸੇ ਦਾ ਸਾਥ ਦੇ ਰਹੇ ਲੋਕ
guides-filter-topic = ਵਿਸ਼ਾ
guides-filter-all = ਸਾਰੇ ਵਿਸ਼ੇ
guides-count = { $count ->
    [0] ਕੋਈ ਗਾਈਡ ਨਹੀਂ ਮਿਲੀ। ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ, ਜਾਂ ਕੋਈ ਹੋਰ ਵਿਸ਼ਾ ਚੁਣੋ।
    [one] { $count } ਗਾਈਡ
   *[other] { $count } ਗਾਈਡਾਂ
}
guide-for-victim = ਅਪਰਾਧ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਲੋਕਾਂ ਲਈ
guide-for-supporter = ਕਿਸੇ ਦਾ ਸਾਥ ਦੇ ਰਹੇ ਲੋਕਾਂ ਲਈ
guide-for-both = ਹਰ ਕਿਸੇ ਲਈ
guide-minutes = { $minutes ->
    [one] ਪੜ੍ਹਨ ਲਈ { $minutes } ਮਿੰਟ
   *[other] ਪੜ੍ਹਨ ਲਈ { $minutes } ਮਿੰਟ
}
guide-has-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language) ਵਿੱਚ

guide-title = ਗਾਈਡ
guide-caption = ਗਾਈਡ
guide-danger-line = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
guide-contents = ਵਿਸ਼ਾ-ਸੂਚੀ
guide-step-of = ਕਦਮ { $step }, ਕੁੱਲ { $total } ਵਿੱਚੋਂ
guide-previous = ਪਿਛਲਾ
guide-next = ਅਗਲਾ
guide-pagination = ਇਸ ਗਾਈਡ ਦੇ ਕਦਮ
guide-tip = ਸੁਝਾਅ
guide-more-help-title = ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰੋ
guide-more-help-body = ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਸਭ ਕੁਝ ਨਹੀਂ ਸੰਭਾਲਣਾ ਪਵੇਗਾ। Victim Support ਦੀ ਮੁਫ਼ਤ Supportline ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹੀ ਹੈ, ਚਾਹੇ ਤੁਸੀਂ ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ ਹੋਵੇ ਜਾਂ ਨਾ।
guide-all-guides = ਸਾਰੀਆਂ ਗਾਈਡਾਂ ਦੇਖੋ
guide-sources = ਇਹ ਜਾਣਕਾਰੀ ਕਿੱਥੋਂ ਆਈ ਹੈ
guide-reviewed = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚੀ ਗਈ।
guide-not-translated = ਇਹ ਗਾਈਡ ਅਜੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਈ ਗਈ ਹੈ।
guide-draft-translation = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਪੰਜਾਬੀ ਦੇ ਕਿਸੇ ਮਾਹਰ ਬੁਲਾਰੇ ਵੱਲੋਂ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਗਈ। ਹੋ ਸਕਦਾ ਹੈ ਕੁਝ ਸ਼ਬਦ ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਹੀ ਨਾ ਹੋਣ।
guide-progress-saved = ਸੇਵ ਹੋ ਗਿਆ।
guide-reflection-saved = ਤੁਹਾਡੇ ਵਿਚਾਰ ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਿੱਚ ਸੇਵ ਹੋ ਗਏ ਹਨ।
guide-reflection-empty = ਸੇਵ ਕਰਨ ਲਈ ਕੁਝ ਲਿਖੋ, ਜਾਂ ਪੜ੍ਹਨਾ ਜਾਰੀ ਰੱਖੋ।

breathing-title = ਸਾਹ ਲੈਣ ਦੀ ਕਸਰਤ
breathing-start = ਸ਼ੁਰੂ ਕਰੋ
breathing-stop = ਰੋਕੋ
breathing-ready = ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ, “ਸ਼ੁਰੂ ਕਰੋ” ਦਬਾਓ ਅਤੇ ਚੱਕਰ ਦੇ ਨਾਲ-ਨਾਲ ਚੱਲੋ।
breathing-in = ਸਾਹ ਅੰਦਰ ਲਓ
breathing-hold = ਰੋਕੋ
breathing-out = ਹੌਲੀ-ਹੌਲੀ ਸਾਹ ਬਾਹਰ ਕੱਢੋ
breathing-step-1 = ਕਿਸੇ ਆਰਾਮਦਾਇਕ ਥਾਂ ’ਤੇ ਬੈਠੋ ਜਾਂ ਲੇਟ ਜਾਓ। ਆਪਣੇ ਮੋਢਿਆਂ ਨੂੰ ਢਿੱਲਾ ਛੱਡ ਦਿਓ।
breathing-step-2 = 4 ਤੱਕ ਗਿਣਦੇ ਹੋਏ ਨੱਕ ਰਾਹੀਂ ਹੌਲੀ ਜਿਹੇ ਸਾਹ ਅੰਦਰ ਲਓ।
breathing-step-3 = 2 ਤੱਕ ਗਿਣਨ ਜਿੰਨੀ ਦੇਰ ਸਾਹ ਰੋਕ ਕੇ ਰੱਖੋ।
breathing-step-4 = 6 ਤੱਕ ਗਿਣਦੇ ਹੋਏ ਮੂੰਹ ਰਾਹੀਂ ਹੌਲੀ-ਹੌਲੀ ਸਾਹ ਬਾਹਰ ਕੱਢੋ। ਇਹ 5 ਵਾਰ ਕਰੋ, ਜਾਂ ਜਿੰਨੀ ਦੇਰ ਤੱਕ ਚੰਗਾ ਲੱਗੇ।

grounding-title = 5-4-3-2-1 ਗਰਾਊਂਡਿੰਗ (ਮਨ ਨੂੰ ਟਿਕਾਉਣ ਦੀ ਕਸਰਤ)
grounding-lead = ਜਦੋਂ ਘਬਰਾਹਟ ਵਧਦੀ ਹੈ ਜਾਂ ਯਾਦਾਂ ਵਾਪਸ ਆਉਂਦੀਆਂ ਹਨ, ਇਹ ਤੁਹਾਡਾ ਧਿਆਨ ਵਾਪਸ ਉੱਥੇ ਲਿਆਉਂਦੀ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਹੁਣ ਹੋ। ਹਰ ਇੱਕ ਕਦਮ ਲਈ ਆਪਣਾ ਸਮਾਂ ਲਓ।
grounding-see = ਆਲੇ-ਦੁਆਲੇ ਦੇਖੋ ਅਤੇ 5 ਚੀਜ਼ਾਂ ਦੇ ਨਾਮ ਲਓ ਜੋ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ।
grounding-feel = 4 ਚੀਜ਼ਾਂ ਵੱਲ ਧਿਆਨ ਦਿਓ ਜੋ ਤੁਸੀਂ ਮਹਿਸੂਸ ਕਰ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ ਫ਼ਰਸ਼ ’ਤੇ ਤੁਹਾਡੇ ਪੈਰ ਜਾਂ ਤੁਹਾਡੇ ਕੱਪੜਿਆਂ ਦਾ ਕੱਪੜਾ।
grounding-hear = 3 ਚੀਜ਼ਾਂ ਸੁਣਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ ਜੋ ਤੁਸੀਂ ਸੁਣ ਸਕਦੇ ਹੋ।
grounding-smell = 2 ਚੀਜ਼ਾਂ ਲੱਭੋ ਜਿਹਨਾਂ ਦੀ ਤੁਸੀਂ ਖ਼ੁਸ਼ਬੂ ਲੈ ਸਕਦੇ ਹੋ, ਜਾਂ 2 ਖ਼ੁਸ਼ਬੂਆਂ ਜੋ ਤੁਹਾਨੂੰ ਪਸੰਦ ਹਨ।
grounding-taste = 1 ਚੀਜ਼ ਵੱਲ ਧਿਆਨ ਦਿਓ ਜਿਸਦਾ ਤੁਸੀਂ ਸੁਆਦ ਲੈ ਸਕਦੇ ਹੋ, ਜਾਂ ਪਾਣੀ ਦਾ ਇੱਕ ਘੁੱਟ ਪੀਓ।
grounding-after = ਫਿਰ ਇੱਕ ਹੌਲੀ ਸਾਹ ਲਓ। ਤੁਸੀਂ ਇੱਥੇ ਹੋ, ਅਤੇ ਇਸ ਵੇਲੇ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਹੋ।

reflect-title = ਇਸ ਬਾਰੇ ਸੋਚੋ
reflect-save = ਮੇਰੀ ਡਾਇਰੀ ਵਿੱਚ ਸੇਵ ਕਰੋ
reflect-sign-in = ਜੇ ਤੁਹਾਡਾ ਖਾਤਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਆਪਣੇ ਵਿਚਾਰ ਆਪਣੀ ਨਿੱਜੀ ਡਾਇਰੀ ਵਿੱਚ ਸੇਵ ਕਰ ਸਕਦੇ ਹੋ। ਨਹੀਂ ਤਾਂ, ਜੋ ਵੀ ਤੁਸੀਂ ਇੱਥੇ ਪੜ੍ਹਦੇ ਹੋ, ਉਸਦਾ ਕੁਝ ਵੀ ਰੱਖਿਆ ਨਹੀਂ ਜਾਂਦਾ।
checklist-title = ਕਰਨ ਵਾਲੇ ਕੰਮ
checklist-save = ਮੇਰੇ ਨਿਸ਼ਾਨ ਸੇਵ ਕਰੋ
checklist-sign-in = ਤੁਹਾਡੇ ਨਿਸ਼ਾਨ ਸੇਵ ਨਹੀਂ ਹੋਏ। ਜੇ ਤੁਹਾਡਾ ਖਾਤਾ ਹੈ ਅਤੇ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹੋ, ਤਾਂ ਇਹ ਅਗਲੀ ਵਾਰ ਲਈ ਰੱਖੇ ਜਾਂਦੇ ਹਨ।

check-in-title = ਆਪਣਾ ਹਾਲ ਜਾਂਚੋ
check-in-heading = ਤੁਹਾਡਾ ਕੀ ਹਾਲ ਹੈ?
check-in-lead = ਕੁਝ ਸਵਾਲ ਇਸ ਬਾਰੇ ਕਿ ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਲਈ ਹਾਲਾਤ ਕਿਹੋ ਜਿਹੇ ਹਨ। ਜਿੰਨੇ ਮਰਜ਼ੀ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ। ਇਸ ਵਿੱਚ ਲਗਭਗ ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ।
check-in-saved-note = ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੀ ਡਾਇਰੀ ਦੇ ਨਾਲ ਨਿੱਜੀ ਤੌਰ ’ਤੇ ਸੇਵ ਹੁੰਦੇ ਹਨ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਦੇਖ ਸਕੋ ਕਿ ਉਹ ਕਿਵੇਂ ਬਦਲਦੇ ਹਨ।
check-in-not-saved-note = ਤੁਹਾਡੇ ਜਵਾਬ ਕਿਤੇ ਵੀ ਸੇਵ ਨਹੀਂ ਹੁੰਦੇ।
check-in-sleep = ਜੋ ਹੋਇਆ, ਉਹ ਤੁਹਾਡੀ ਨੀਂਦ ’ਤੇ ਕਿੰਨਾ ਅਸਰ ਪਾ ਰਿਹਾ ਹੈ?
check-in-daily = ਇਹ ਤੁਹਾਡੀ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ’ਤੇ ਕਿੰਨਾ ਅਸਰ ਪਾ ਰਿਹਾ ਹੈ, ਜਿਵੇਂ ਕੰਮ, ਸਕੂਲ ਜਾਂ ਆਪਣਾ ਖ਼ਿਆਲ ਰੱਖਣਾ?
check-in-feelings = ਇਸ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਭਾਵਨਾਵਾਂ ਤੁਹਾਡੇ ਰਾਹ ਵਿੱਚ ਕਿੰਨੀ ਰੁਕਾਵਟ ਬਣ ਰਹੀਆਂ ਹਨ?
check-in-safety = ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਸੀਂ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
check-in-effect-0 = ਬਿਲਕੁਲ ਨਹੀਂ
check-in-effect-1 = ਥੋੜ੍ਹਾ ਜਿਹਾ
check-in-effect-2 = ਕਾਫ਼ੀ ਜ਼ਿਆਦਾ
check-in-effect-3 = ਬਹੁਤ ਜ਼ਿਆਦਾ
check-in-safe-0 = ਸੁਰੱਖਿਅਤ
check-in-safe-1 = ਜ਼ਿਆਦਾਤਰ ਸੁਰੱਖਿਅਤ
check-in-safe-2 = ਬਹੁਤਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ
check-in-safe-3 = ਬਿਲਕੁਲ ਸੁਰੱਖਿਅਤ ਨਹੀਂ
check-in-risk-heading = ਦੋ ਹੋਰ ਸਵਾਲ
check-in-risk-lead = ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਦੇ ਜਵਾਬ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ। ਅਸੀਂ ਇਸ ਲਈ ਪੁੱਛਦੇ ਹਾਂ ਤਾਂ ਜੋ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸਹੀ ਮਦਦ ਵੱਲ ਭੇਜ ਸਕੀਏ।
check-in-danger = ਕੀ ਇਸ ਵੇਲੇ ਕੋਈ ਤੁਹਾਨੂੰ ਦੁੱਖ ਪਹੁੰਚਾ ਰਿਹਾ ਹੈ, ਧਮਕੀਆਂ ਦੇ ਰਿਹਾ ਹੈ ਜਾਂ ਤੁਹਾਨੂੰ ਡਰਾ ਰਿਹਾ ਹੈ?
check-in-harm = ਕੀ ਤੁਹਾਨੂੰ ਆਪਣੀ ਜਾਨ ਲੈਣ ਜਾਂ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੇ ਖ਼ਿਆਲ ਆਏ ਹਨ?
check-in-yes = ਹਾਂ
check-in-no = ਨਹੀਂ
check-in-skip = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
check-in-submit = ਦੇਖੋ ਕਿ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ
check-in-history-link = ਆਪਣੇ ਪਹਿਲਾਂ ਦੇ ਜਵਾਬ ਦੇਖੋ
check-in-result-title = ਹਾਲ ਜਾਂਚ ਦਾ ਨਤੀਜਾ
check-in-result-low-heading = ਗਾਈਡਾਂ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ
check-in-result-low-body = ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਅਨੁਸਾਰ, ਗਾਈਡਾਂ ਸ਼ੁਰੂਆਤ ਕਰਨ ਲਈ ਚੰਗੀ ਥਾਂ ਹਨ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
check-in-result-high-heading = ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਤੁਹਾਡੇ ’ਤੇ ਬਹੁਤ ਅਸਰ ਪਾ ਰਿਹਾ ਹੈ
check-in-result-high-body = ਗਾਈਡਾਂ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਬਣਾਈਆਂ ਗਈਆਂ ਹਨ ਜਿਹਨਾਂ ’ਤੇ ਅਸਰ ਘੱਟ ਤੋਂ ਦਰਮਿਆਨਾ ਹੈ। ਤੁਸੀਂ ਉਸ ਤੋਂ ਵੱਧ ਸਹਾਇਤਾ ਦੇ ਹੱਕਦਾਰ ਹੋ ਜੋ ਇੱਕ ਗਾਈਡ ਦੇ ਸਕਦੀ ਹੈ। ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨਾ ਸੱਚਮੁੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਅਤੇ ਇਸ ਲਈ ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ।
check-in-result-danger-heading = ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਦੇ ਹੱਕਦਾਰ ਹੋ
check-in-result-danger-body = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ। ਮਾਹਰ ਸੇਵਾਵਾਂ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਵਿੱਚ ਅਤੇ ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ ਇਸਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ, ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਕੋਲ ਜਾਣ ਦੀ ਲੋੜ ਤੋਂ ਬਿਨਾਂ।
check-in-result-harm-heading = ਕਿਰਪਾ ਕਰਕੇ ਹੁਣੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰੋ
check-in-result-harm-body = ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਖ਼ਿਆਲਾਂ ਨਾਲ ਇਕੱਲਿਆਂ ਨਹੀਂ ਜੂਝਣਾ ਪਵੇਗਾ। ਲੋਕ ਦਿਨ-ਰਾਤ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨ ਲਈ ਤਿਆਰ ਹਨ।
check-in-result-harm-samaritans = Samaritans ਨੂੰ 116 123 ’ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ, ਕਿਸੇ ਵੀ ਵੇਲੇ।
check-in-result-harm-nhs = NHS 111 ’ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ ਚੁਣੋ।
check-in-result-harm-999 = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਇਹਨਾਂ ਖ਼ਿਆਲਾਂ ’ਤੇ ਅਮਲ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਹੈ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ A&E (ਹਸਪਤਾਲ ਦਾ ਐਮਰਜੈਂਸੀ ਵਿਭਾਗ) ਵਿੱਚ ਜਾਓ।
check-in-result-guides = ਗਾਈਡਾਂ ਜਿਹਨਾਂ ਤੋਂ ਤੁਸੀਂ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ
check-in-result-guides-later = ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਮਹਿਸੂਸ ਕਰੋ, ਇਹ ਗਾਈਡਾਂ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ
check-in-history-title = ਪਹਿਲਾਂ ਦੀਆਂ ਹਾਲ ਜਾਂਚਾਂ
check-in-history-heading = ਤੁਹਾਡੇ ਪਹਿਲਾਂ ਦੇ ਜਵਾਬ
check-in-history-caption = ਹਾਲ ਜਾਂਚ ਦੇ ਤੁਹਾਡੇ ਜਵਾਬ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ
check-in-history-empty = ਤੁਸੀਂ ਅਜੇ ਆਪਣਾ ਹਾਲ ਨਹੀਂ ਜਾਂਚਿਆ।
