# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The private diary.

nav-diary = ਤੁਹਾਡੀ ਡਾਇਰੀ

diary-title = ਡਾਇਰੀ
diary-heading = ਤੁਹਾਡੀ ਡਾਇਰੀ
diary-lead = ਇੱਕ ਨਿੱਜੀ ਥਾਂ, ਇਹ ਲਿਖਣ ਲਈ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲਦੀ ਹੈ। ਇਸਨੂੰ ਸਿਰਫ਼ ਤੁਸੀਂ ਹੀ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।
diary-lead-supporter = ਇੱਕ ਨਿੱਜੀ ਥਾਂ ਜਿੱਥੇ ਤੁਸੀਂ ਲਿਖ ਸਕੋ ਕਿ ਕਿਸੇ ਦਾ ਸਾਥ ਦਿੰਦਿਆਂ ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ, ਅਤੇ ਤੁਹਾਡੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੁੰਦੀ ਹੈ। ਆਪਣਾ ਧਿਆਨ ਰੱਖਣਾ ਵੀ ਜ਼ਰੂਰੀ ਹੈ। ਇਸਨੂੰ ਸਿਰਫ਼ ਤੁਸੀਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।
diary-write = ਐਂਟਰੀ ਲਿਖੋ
diary-views-label = ਆਪਣੀ ਡਾਇਰੀ ਦੇਖਣ ਦੇ ਤਰੀਕੇ
diary-progress-link = ਤੁਹਾਡੀ ਤਰੱਕੀ
diary-timeline-link = ਸਮਾਂ-ਰੇਖਾ
diary-print-link = ਪ੍ਰਿੰਟ ਕਰੋ ਜਾਂ PDF ਵਜੋਂ ਸੇਵ ਕਰੋ
diary-export-link = ਆਪਣੀ ਡਾਇਰੀ ਡਾਊਨਲੋਡ ਕਰੋ
diary-empty = ਤੁਸੀਂ ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ। ਜੋ ਐਂਟਰੀਆਂ ਤੁਸੀਂ ਲਿਖੋਗੇ, ਅਤੇ ਗਾਈਡਾਂ ਵਿੱਚੋਂ ਜੋ ਵਿਚਾਰ ਤੁਸੀਂ ਸੇਵ ਕਰੋਗੇ, ਉਹ ਇੱਥੇ ਦਿਖਾਈ ਦੇਣਗੇ।
diary-newer = ਨਵੀਆਂ ਐਂਟਰੀਆਂ
diary-older = ਪੁਰਾਣੀਆਂ ਐਂਟਰੀਆਂ
diary-pages-label = ਐਂਟਰੀਆਂ ਦੇ ਪੰਨੇ
diary-page-of = ਪੰਨਾ { $page }, ਕੁੱਲ { $pages } ਵਿੱਚੋਂ
diary-privacy-heading = ਤੁਹਾਡੀ ਡਾਇਰੀ ਕੌਣ ਪੜ੍ਹ ਸਕਦਾ ਹੈ
diary-privacy-body = ਤੁਹਾਡੀ ਡਾਇਰੀ ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਨਾਲ ਲੌਕ ਹੈ। ਕੋਈ ਹੋਰ ਇਸਨੂੰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ, ਇਸ ਵੈੱਬਸਾਈਟ ਨੂੰ ਚਲਾਉਣ ਵਾਲੇ ਲੋਕ ਵੀ ਨਹੀਂ। ਜੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਅਤੇ ਤੁਹਾਡੇ ਰਿਕਵਰੀ ਕੋਡ ਦੋਵੇਂ ਗੁੰਮ ਹੋ ਜਾਣ, ਤਾਂ ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦੀ ਜਾ ਸਕਦੀ।
diary-delete-all-link = ਆਪਣੀ ਪੂਰੀ ਡਾਇਰੀ ਮਿਟਾਓ
diary-entry-unreadable = ਇਹ ਐਂਟਰੀ ਖੋਲ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੋਵੇ। ਤੁਸੀਂ ਇਸਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
diary-entry-helped = ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ:
diary-entry-source = ਗਾਈਡ ਵਿੱਚੋਂ ਸੇਵ ਕੀਤਾ: { $guide }
diary-edit-link = ਬਦਲੋ
diary-delete-entry-link = ਮਿਟਾਓ
diary-cancel = ਰੱਦ ਕਰੋ
diary-back = ਆਪਣੀ ਡਾਇਰੀ ’ਤੇ ਵਾਪਸ ਜਾਓ

diary-new-title = ਐਂਟਰੀ ਲਿਖੋ
diary-edit-title = ਐਂਟਰੀ ਬਦਲੋ
diary-date-legend = ਤਾਰੀਖ਼
diary-date-hint = ਉਦਾਹਰਨ ਲਈ, 27 3 2026
diary-feeling-legend = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ?
diary-feeling-hint = 1 ਤੋਂ 10 ਤੱਕ ਕੋਈ ਅੰਕ ਚੁਣੋ। 1 ਦਾ ਮਤਲਬ ਹੈ ਬਹੁਤ ਮਾੜਾ, 10 ਦਾ ਮਤਲਬ ਹੈ ਬਹੁਤ ਵਧੀਆ।
feeling-1 = 1 – ਬਹੁਤ ਮਾੜਾ
feeling-10 = 10 – ਬਹੁਤ ਵਧੀਆ
feeling-score = { $score ->
    [1] ਬਹੁਤ ਮਾੜਾ
    [2] ਬਹੁਤ ਮਾੜਾ
    [3] ਮਾੜਾ
    [4] ਮਾੜਾ
    [5] ਵਿਚਕਾਰਲਾ
    [6] ਵਿਚਕਾਰਲਾ
    [7] ਕਾਫ਼ੀ ਚੰਗਾ
    [8] ਕਾਫ਼ੀ ਚੰਗਾ
    [9] ਬਹੁਤ ਵਧੀਆ
   *[10] ਬਹੁਤ ਵਧੀਆ
}
diary-text-label = ਤੁਸੀਂ ਕੀ ਲਿਖਣਾ ਚਾਹੋਗੇ? (ਵਿਕਲਪਿਕ)
diary-text-hint = ਕੀ ਹੋਇਆ, ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ, ਤੁਹਾਡੇ ਮਨ ਵਿੱਚ ਜੋ ਵੀ ਹੈ।
diary-text-hint-supporter = ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ, ਉਨ੍ਹਾਂ ਦਾ ਸਾਥ ਦੇਣਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਤੁਹਾਡੇ ਮਨ ਵਿੱਚ ਜੋ ਵੀ ਹੈ।
diary-helped-legend = ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ? (ਵਿਕਲਪਿਕ)
diary-helped-hint = ਜਿਸ ਵੀ ਚੀਜ਼ ਨੇ ਅੱਜ ਮਦਦ ਕੀਤੀ, ਉਸ ’ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
diary-own-tags-label = ਕੀ ਕਿਸੇ ਹੋਰ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ? (ਵਿਕਲਪਿਕ)
diary-own-tags-hint = ਵੱਖ-ਵੱਖ ਚੀਜ਼ਾਂ ਨੂੰ ਕਾਮਿਆਂ (,) ਨਾਲ ਵੱਖ ਕਰੋ।
diary-save = ਐਂਟਰੀ ਸੇਵ ਕਰੋ
diary-error-date-missing = ਐਂਟਰੀ ਦੀ ਤਾਰੀਖ਼ ਭਰੋ
diary-error-date-invalid = ਤਾਰੀਖ਼ ਅਸਲ ਤਾਰੀਖ਼ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ 27 3 2026
diary-error-date-future = ਤਾਰੀਖ਼ ਭਵਿੱਖ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ
diary-error-feeling = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ, ਇਸ ਲਈ 1 ਤੋਂ 10 ਤੱਕ ਕੋਈ ਅੰਕ ਚੁਣੋ
diary-error-text-long = { $max } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਲਿਖੋ
diary-error-tags = ਵੱਧ ਤੋਂ ਵੱਧ 10 ਚੀਜ਼ਾਂ ਜੋੜੋ, ਹਰ ਇੱਕ ਵੱਧ ਤੋਂ ਵੱਧ 40 ਅੱਖਰਾਂ ਦੀ
diary-saved = ਤੁਹਾਡੀ ਐਂਟਰੀ ਸੇਵ ਹੋ ਗਈ ਹੈ।
diary-updated = ਤੁਹਾਡੀ ਐਂਟਰੀ ਅੱਪਡੇਟ ਹੋ ਗਈ ਹੈ।
diary-deleted-entry = ਐਂਟਰੀ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।

helped-talking = ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨਾ
helped-family-friends = ਪਰਿਵਾਰ ਜਾਂ ਦੋਸਤ
helped-support-service = ਕੋਈ ਸਹਾਇਤਾ ਸੇਵਾ
helped-sleep = ਨੀਂਦ
helped-rest = ਆਰਾਮ
helped-exercise = ਕਸਰਤ ਜਾਂ ਸੈਰ
helped-outdoors = ਬਾਹਰ ਖੁੱਲ੍ਹੀ ਹਵਾ ਵਿੱਚ ਸਮਾਂ
helped-breathing = ਸਾਹ ਲੈਣ ਦੀ ਕਸਰਤ
helped-routine = ਆਪਣੀ ਰੋਜ਼ਾਨਾ ਰੁਟੀਨ ਕਾਇਮ ਰੱਖਣਾ
helped-writing = ਗੱਲਾਂ ਲਿਖਣਾ
helped-creative = ਕੋਈ ਰਚਨਾਤਮਕ ਕੰਮ
helped-faith = ਧਰਮ, ਵਿਸ਼ਵਾਸ ਜਾਂ ਅਰਦਾਸ/ਪ੍ਰਾਰਥਨਾ

diary-delete-entry-title = ਐਂਟਰੀ ਮਿਟਾਓ
diary-delete-entry-heading = ਕੀ { $date } ਵਾਲੀ ਆਪਣੀ ਐਂਟਰੀ ਮਿਟਾਉਣੀ ਹੈ?
diary-delete-entry-body = ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
diary-delete-entry-button = ਐਂਟਰੀ ਮਿਟਾਓ

diary-progress-title = ਤੁਹਾਡੀ ਤਰੱਕੀ
diary-progress-heading = ਤੁਹਾਡੀ ਤਰੱਕੀ
diary-progress-empty = ਜਦੋਂ ਤੁਸੀਂ ਕੁਝ ਐਂਟਰੀਆਂ ਲਿਖ ਲਵੋਗੇ, ਤਾਂ ਇੱਥੇ ਇੱਕ ਚਾਰਟ ਦਿਖਾਈ ਦੇਵੇਗਾ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ।
diary-chart-title = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ
diary-chart-description = { $start } ਤੋਂ { $end } ਤੱਕ { $count ->
    [one] { $count } ਐਂਟਰੀ
   *[other] { $count } ਐਂਟਰੀਆਂ
}, ਹਰ ਇੱਕ ਨੂੰ 1 (ਬਹੁਤ ਮਾੜਾ) ਤੋਂ 10 (ਬਹੁਤ ਵਧੀਆ) ਤੱਕ ਅੰਕ ਦਿੱਤੇ ਗਏ ਹਨ। ਇਹੀ ਅੰਕੜੇ ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਵਿੱਚ ਵੀ ਹਨ।
diary-chart-caption = ਜਿੰਨਾ ਉੱਪਰ, ਓਨਾ ਵਧੀਆ। ਹਰ ਬਿੰਦੀ ਇੱਕ ਐਂਟਰੀ ਹੈ।
diary-helped-heading = ਕਿਸ ਚੀਜ਼ ਨੇ ਸਭ ਤੋਂ ਵੱਧ ਵਾਰ ਮਦਦ ਕੀਤੀ ਹੈ
diary-helped-none = ਜਦੋਂ ਤੁਸੀਂ ਆਪਣੀਆਂ ਐਂਟਰੀਆਂ ਵਿੱਚ ਲਿਖੋਗੇ ਕਿ ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ, ਤਾਂ ਜੋ ਚੀਜ਼ਾਂ ਤੁਹਾਡੀ ਸਭ ਤੋਂ ਵੱਧ ਵਾਰ ਮਦਦ ਕਰਦੀਆਂ ਹਨ, ਉਹਨਾਂ ਦੀ ਸੂਚੀ ਇੱਥੇ ਦਿੱਤੀ ਜਾਵੇਗੀ।
diary-helped-count = { $count ->
    [one] { $count } ਐਂਟਰੀ
   *[other] { $count } ਐਂਟਰੀਆਂ
}
diary-table-heading = ਤੁਹਾਡੀਆਂ ਐਂਟਰੀਆਂ ਅੰਕੜਿਆਂ ਵਿੱਚ
diary-table-caption = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕੀਤਾ, ਹਰ ਐਂਟਰੀ ਅਨੁਸਾਰ
diary-table-date = ਤਾਰੀਖ਼
diary-table-feeling = ਮਹਿਸੂਸ (1 ਤੋਂ 10)

diary-timeline-title = ਡਾਇਰੀ ਦੀ ਸਮਾਂ-ਰੇਖਾ
diary-timeline-heading = ਸਮਾਂ-ਰੇਖਾ

diary-print-title = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਡਾਇਰੀ
diary-print-heading = ਤੁਹਾਡੀ ਡਾਇਰੀ
diary-print-body = ਇਸ ਪੰਨੇ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰਨ ਜਾਂ PDF ਵਜੋਂ ਸੇਵ ਕਰਨ ਲਈ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦਾ Print ਵਿਕਲਪ ਵਰਤੋ, ਉਦਾਹਰਨ ਲਈ ਕਿਸੇ ਕਾਊਂਸਲਰ ਜਾਂ ਕੇਸਵਰਕਰ ਨਾਲ ਸਾਂਝਾ ਕਰਨ ਲਈ। ਸੋਚੋ ਕਿ ਤੁਸੀਂ ਉਸ ਕਾਪੀ ਨੂੰ ਕਿੱਥੇ ਰੱਖੋਗੇ।

diary-delete-all-title = ਆਪਣੀ ਡਾਇਰੀ ਮਿਟਾਓ
diary-delete-all-heading = ਆਪਣੀ ਪੂਰੀ ਡਾਇਰੀ ਮਿਟਾਓ
diary-delete-all-warning = ਹਰ ਐਂਟਰੀ ਤੁਰੰਤ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਪਹਿਲਾਂ ਆਪਣੀ ਡਾਇਰੀ ਡਾਊਨਲੋਡ ਕਰਨਾ ਚਾਹੋ।
diary-delete-all-confirm = ਮੈਂ ਸਮਝਦਾ/ਸਮਝਦੀ ਹਾਂ ਕਿ ਮੇਰੀ ਡਾਇਰੀ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ
diary-delete-all-button = ਮੇਰੀ ਡਾਇਰੀ ਮਿਟਾਓ
diary-delete-all-error = ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਕਿ ਤੁਸੀਂ ਆਪਣੀ ਡਾਇਰੀ ਮਿਟਾਉਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਡੱਬੇ ’ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ
diary-deleted-title = ਡਾਇਰੀ ਮਿਟਾ ਦਿੱਤੀ ਗਈ
diary-deleted-heading = ਤੁਹਾਡੀ ਡਾਇਰੀ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ
diary-locked-body = ਆਪਣੀ ਡਾਇਰੀ ਖੋਲ੍ਹਣ ਲਈ, ਸਾਈਨ ਆਉਟ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ। ਡਾਇਰੀਆਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਦੇ ਤਰੀਕੇ ਵਿੱਚ ਬਦਲਾਅ ਤੋਂ ਬਾਅਦ, ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਹੁੰਦਾ ਹੈ।

month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = ਜਨਵਰੀ
month-alone-2 = ਫ਼ਰਵਰੀ
month-alone-3 = ਮਾਰਚ
month-alone-4 = ਅਪ੍ਰੈਲ
month-alone-5 = ਮਈ
month-alone-6 = ਜੂਨ
month-alone-7 = ਜੁਲਾਈ
month-alone-8 = ਅਗਸਤ
month-alone-9 = ਸਤੰਬਰ
month-alone-10 = ਅਕਤੂਬਰ
month-alone-11 = ਨਵੰਬਰ
month-alone-12 = ਦਸੰਬਰ
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = ਦਿਨ
date-month = ਮਹੀਨਾ
date-year = ਸਾਲ
