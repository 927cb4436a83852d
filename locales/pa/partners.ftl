# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ
partners-refer-link = ਕਿਸੇ ਨੂੰ ਉਸਦੀ ਸਹਿਮਤੀ ਨਾਲ ਰੈਫ਼ਰ ਕਰੋ
partners-organisations-title = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ
partners-organisations-heading = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ
partners-organisations-lead = ਉਹ ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਕਰਮਚਾਰੀ Waymark ਰਾਹੀਂ ਲੋਕਾਂ ਨੂੰ ਸੇਵਾਵਾਂ ਕੋਲ ਰੈਫ਼ਰ ਕਰ ਸਕਦੇ ਹਨ, ਅਤੇ ਉਹ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਕੋਲ ਹਰੇਕ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀ ਹੈ। ਉਹਨਾਂ ਦੇ ਕਰਮਚਾਰੀ ਸਾਰੇ ਸਟਾਫ਼ ਵਾਂਗ ਦੋ ਪੜਾਵਾਂ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹਨ ਅਤੇ ਸਿਰਫ਼ ਇਹ ਦੇਖਦੇ ਹਨ ਕਿ ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਰੈਫ਼ਰਲ ਪ੍ਰਾਪਤ ਹੋਏ, ਜਾਰੀ ਹਨ ਜਾਂ ਬੰਦ ਹੋ ਗਏ।
partners-organisations-caption = ਰਜਿਸਟਰਡ ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ
partners-organisations-none = ਅਜੇ ਕੋਈ ਸੰਸਥਾ ਰਜਿਸਟਰ ਨਹੀਂ ਹੈ।
partners-organisation-name = ਸੰਸਥਾ ਦਾ ਨਾਮ
partners-organisation-kind = ਸੰਸਥਾ ਦੀ ਕਿਸਮ
partners-organisation-services = ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਕੋਲ ਇਹ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀ ਹੈ
partners-organisation-services-hint = ਜੋ ਵੀ ਲਾਗੂ ਹੋਵੇ ਸਭ ਚੁਣੋ। ਜੋ ਰੈਫ਼ਰਲ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਕੋਲ ਜਾਂਦੇ, ਉਹ ਨਹੀਂ ਭੇਜੇ ਜਾਂਦੇ।
partners-organisation-workers = ਕਰਮਚਾਰੀ
partners-organisation-actions = ਕਾਰਵਾਈਆਂ
partners-invite-worker-for = { $name } ਦੇ ਕਿਸੇ ਕਰਮਚਾਰੀ ਨੂੰ ਸੱਦਾ ਦਿਓ
partners-register-heading = ਸੰਸਥਾ ਰਜਿਸਟਰ ਕਰੋ
partners-register-button = ਸੰਸਥਾ ਰਜਿਸਟਰ ਕਰੋ
partners-name-error = ਨਾਮ ਦਰਜ ਕਰੋ
partners-kind-error = ਸੰਸਥਾ ਦੀ ਕਿਸਮ ਚੁਣੋ
partners-services-error = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਸੇਵਾ ਚੁਣੋ ਜਿਸ ਕੋਲ ਇਹ ਰੈਫ਼ਰ ਕਰ ਸਕੇ

partners-kind-gp-practice = ਜੀਪੀ ਕਲੀਨਿਕ
partners-kind-health = ਕੋਈ ਹੋਰ ਸਿਹਤ ਸੇਵਾ
partners-kind-school = ਸਕੂਲ ਜਾਂ ਕਾਲਜ
partners-kind-housing = ਰਿਹਾਇਸ਼ ਪ੍ਰਦਾਤਾ
partners-kind-council = ਕੌਂਸਲ ਦੀ ਸੇਵਾ
partners-kind-community-group = ਭਾਈਚਾਰਕ ਜਾਂ ਸਵੈ-ਸੇਵੀ ਸਮੂਹ
partners-kind-police = ਪੁਲਿਸ
partners-kind-other = ਹੋਰ

partners-invite-title = ਕਰਮਚਾਰੀ ਨੂੰ ਸੱਦਾ ਦਿਓ
partners-invite-heading = { $name } ਦੇ ਕਿਸੇ ਕਰਮਚਾਰੀ ਨੂੰ ਸੱਦਾ ਦਿਓ
partners-invite-lead = ਉਹਨਾਂ ਨੂੰ ਇੱਕ ਵਾਰ ਵਰਤਣ ਵਾਲਾ ਲਿੰਕ ਮਿਲੇਗਾ ਤਾਂ ਜੋ ਉਹ ਸਾਈਨ ਇਨ ਵੇਰਵੇ ਚੁਣਨ ਅਤੇ ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ ਸੈੱਟ ਕਰਨ। ਫਿਰ ਉਹ ਇਸ ਸੰਸਥਾ ਦੀਆਂ ਸੇਵਾਵਾਂ ਕੋਲ ਲੋਕਾਂ ਨੂੰ ਰੈਫ਼ਰ ਕਰ ਸਕਣਗੇ ਅਤੇ ਸਿਰਫ਼ ਆਪਣੇ ਰੈਫ਼ਰਲਾਂ ਦੀ ਪ੍ਰਗਤੀ ਦੇਖ ਸਕਣਗੇ, ਹੋਰ ਕੁਝ ਨਹੀਂ।
partners-worker-display-name = ਉਹਨਾਂ ਦਾ ਪੂਰਾ ਨਾਮ
partners-invite-button = ਦਾਖ਼ਲਾ ਲਿੰਕ ਬਣਾਓ
partners-link-title = ਦਾਖ਼ਲਾ ਲਿੰਕ
partners-link-lead = ਇਹ ਲਿੰਕ { $organisation } ਦੇ { $name } ਨੂੰ ਸੁਰੱਖਿਅਤ ਤਰੀਕੇ ਨਾਲ ਭੇਜੋ। ਉਹ ਇਸਨੂੰ ਆਪਣਾ ਸਾਈਨ ਇਨ ਸੈੱਟ ਕਰਨ ਲਈ ਵਰਤਣਗੇ।
partners-link-back = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਤੇ ਵਾਪਸ

partners-professional-heading = ਤੁਹਾਡੇ ਬਾਰੇ
partners-professional-lead = ਤੁਸੀਂ ਇੱਕ ਭਾਈਵਾਲ ਸੰਸਥਾ ਦੇ ਕਰਮਚਾਰੀ ਵਜੋਂ ਕਿਸੇ ਨੂੰ ਸਹਾਇਤਾ ਲਈ ਰੈਫ਼ਰ ਕਰ ਰਹੇ ਹੋ। ਸੇਵਾ ਰੈਫ਼ਰਲ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ।
partners-worker-name = ਤੁਹਾਡਾ ਨਾਮ
partners-worker-role = ਤੁਹਾਡਾ ਅਹੁਦਾ
partners-worker-role-hint = ਉਦਾਹਰਨ ਲਈ, ਪ੍ਰੈਕਟਿਸ ਨਰਸ ਜਾਂ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ
partners-worker-phone = ਤੁਹਾਡਾ ਕੰਮ ਦਾ ਫ਼ੋਨ ਨੰਬਰ
partners-worker-email = ਤੁਹਾਡਾ ਕੰਮ ਦਾ ਈਮੇਲ ਪਤਾ
partners-worker-name-error = ਆਪਣਾ ਨਾਮ ਦਰਜ ਕਰੋ
partners-worker-contact-error = ਕੰਮ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ

partners-agreement-heading = ਉਸ ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ
partners-agreement-lead = ਸਿਰਫ਼ ਉਸੇ ਨੂੰ ਰੈਫ਼ਰ ਕਰੋ ਜੋ ਇਸ ਲਈ ਸਹਿਮਤ ਹੋਵੇ। ਦਰਜ ਕਰੋ ਕਿ ਉਹਨਾਂ ਨੇ ਕਦੋਂ ਅਤੇ ਕਿਵੇਂ ਸਹਿਮਤੀ ਦਿੱਤੀ, ਅਤੇ ਕਿਹੜੀ ਜਾਣਕਾਰੀ ਸੇਵਾ ਨਾਲ ਸਾਂਝੀ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹੋਏ।
partners-agreed-when = ਉਹਨਾਂ ਨੇ ਕਦੋਂ ਸਹਿਮਤੀ ਦਿੱਤੀ?
partners-agreed-today = ਅੱਜ
partners-agreed-week = ਪਿਛਲੇ 7 ਦਿਨਾਂ ਵਿੱਚ
partners-agreed-earlier = ਇਸ ਤੋਂ ਪਹਿਲਾਂ
partners-agreed-how = ਉਹਨਾਂ ਨੇ ਕਿਵੇਂ ਸਹਿਮਤੀ ਦਿੱਤੀ?
partners-agreed-in-person = ਆਹਮੋ-ਸਾਹਮਣੇ
partners-agreed-phone = ਫ਼ੋਨ ਤੇ
partners-agreed-video = ਵੀਡੀਓ ਕਾਲ ਤੇ
partners-agreed-writing = ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ
partners-shared = ਉਹ ਕੀ ਸਾਂਝਾ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹੋਏ?
partners-shared-hint = ਜੋ ਵੀ ਲਾਗੂ ਹੋਵੇ ਸਭ ਚੁਣੋ। ਜਦ ਤੱਕ ਉਹ ਰੈਫ਼ਰਲ ਲਈ ਸਹਿਮਤ ਨਾ ਹੋਣ, ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
partners-shared-referral = ਰੈਫ਼ਰ ਕੀਤੇ ਜਾਣ, ਅਤੇ ਸੇਵਾ ਵੱਲੋਂ ਸੰਪਰਕ ਕੀਤੇ ਜਾਣ ਲਈ
partners-shared-what-happened = ਕੀ ਹੋਇਆ
partners-shared-needs = ਉਹਨਾਂ ਦੀ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਹੋਵੇਗੀ
partners-shared-access = ਉਹਨਾਂ ਦੀਆਂ ਭਾਸ਼ਾ ਅਤੇ ਪਹੁੰਚ ਸੰਬੰਧੀ ਲੋੜਾਂ
partners-agreement-note = ਉਹਨਾਂ ਦੀ ਸਹਿਮਤੀ ਕਿੱਥੇ ਦਰਜ ਹੈ? (ਵਿਕਲਪਿਕ)
partners-agreement-note-hint = ਉਦਾਹਰਨ ਲਈ, ਤੁਹਾਡੇ ਆਪਣੇ ਰਿਕਾਰਡ ਵਿੱਚ ਇੱਕ ਨੋਟ। ਉਹਨਾਂ ਦਾ ਨਾਮ ਸ਼ਾਮਲ ਨਾ ਕਰੋ।
partners-agreed-when-error = ਚੁਣੋ ਕਿ ਉਹਨਾਂ ਨੇ ਕਦੋਂ ਸਹਿਮਤੀ ਦਿੱਤੀ
partners-agreed-how-error = ਚੁਣੋ ਕਿ ਉਹਨਾਂ ਨੇ ਕਿਵੇਂ ਸਹਿਮਤੀ ਦਿੱਤੀ
partners-shared-error = ਸਿਰਫ਼ ਉਸੇ ਨੂੰ ਰੈਫ਼ਰ ਕਰੋ ਜੋ ਰੈਫ਼ਰਲ ਲਈ ਸਹਿਮਤ ਹੋਵੇ: "ਰੈਫ਼ਰ ਕੀਤੇ ਜਾਣ, ਅਤੇ ਸੇਵਾ ਵੱਲੋਂ ਸੰਪਰਕ ਕੀਤੇ ਜਾਣ ਲਈ" ਚੁਣੋ

partners-check-title = ਭਾਈਵਾਲ ਸੰਸਥਾ ਵੱਲੋਂ ਰੈਫ਼ਰਲ
partners-check-worker = ਰੈਫ਼ਰ ਕਰਨ ਵਾਲਾ
partners-check-agreement = ਉਹਨਾਂ ਦੀ ਸਹਿਮਤੀ
partners-check-shared = ਉਹ ਸਾਂਝਾ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹੋਏ
partners-consent = ਮੈਂ ਪੁਸ਼ਟੀ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ ਕਿ ਉਹ ਇਸ ਰੈਫ਼ਰਲ ਅਤੇ ਜੋ ਸਾਂਝਾ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ ਉਸ ਲਈ ਸਹਿਮਤ ਹਨ, ਜਿਵੇਂ ਉੱਪਰ ਦਰਜ ਹੈ

partners-not-allowed-title = ਇਹ ਰੈਫ਼ਰਲ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ
partners-not-allowed-service = ਤੁਸੀਂ ਜੋ ਦੱਸਿਆ ਉਸ ਅਨੁਸਾਰ ਇਹ ਰੈਫ਼ਰਲ { $service } ਕੋਲ ਜਾਂਦਾ, ਪਰ { $organisation } ਉਸ ਸੇਵਾ ਕੋਲ ਰੈਫ਼ਰ ਕਰਨ ਲਈ ਰਜਿਸਟਰਡ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
partners-not-allowed-none = ਤੁਸੀਂ ਜੋ ਦੱਸਿਆ ਉਸ ਅਨੁਸਾਰ, ਜਿਨ੍ਹਾਂ ਸੇਵਾਵਾਂ ਕੋਲ ਤੁਹਾਡੀ ਸੰਸਥਾ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀ ਹੈ ਉਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇਹ ਰੈਫ਼ਰਲ ਨਹੀਂ ਲੈ ਸਕਦੀ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
partners-not-allowed-nothing-sent = ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਬਦਲ ਸਕਦੇ ਹੋ, ਜਾਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸੇ ਅਜਿਹੀ ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਦੇ ਸਕਦੇ ਹੋ ਜਿਸ ਨਾਲ ਉਹ ਆਪ ਸੰਪਰਕ ਕਰ ਸਕੇ। ਕਮਿਸ਼ਨਰ ਉਹ ਸੇਵਾਵਾਂ ਜੋੜ ਸਕਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਤੁਹਾਡੀ ਸੰਸਥਾ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀ ਹੈ।
partners-not-allowed-others = ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨਾਲ ਉਹ ਵਿਅਕਤੀ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ
partners-not-allowed-directory = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇਖੋ

partners-done-title = ਰੈਫ਼ਰਲ ਭੇਜਿਆ ਗਿਆ
partners-done-next = { $service } ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਉਸੇ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ ਜਿਸਨੂੰ ਉਹਨਾਂ ਨੇ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ।
partners-done-status = ਤੁਸੀਂ ਆਪਣੇ ਖਾਤੇ ਦੇ ਪੰਨੇ ਤੇ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਇਹ ਪ੍ਰਾਪਤ ਹੋਇਆ, ਜਾਰੀ ਹੈ ਜਾਂ ਬੰਦ ਹੋ ਗਿਆ। ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਹੋਰ ਕੁਝ ਨਹੀਂ ਦੇਖੋਗੇ।
partners-done-account = ਆਪਣੇ ਖਾਤੇ ਤੇ ਜਾਓ
partners-done-another = ਕਿਸੇ ਹੋਰ ਨੂੰ ਰੈਫ਼ਰ ਕਰੋ

partners-from-partner = ਭਾਈਵਾਲ ਸੰਸਥਾ ਵੱਲੋਂ: { $organisation }

partners-status-received = ਪ੍ਰਾਪਤ ਹੋਇਆ
partners-status-in-progress = ਜਾਰੀ ਹੈ
partners-status-closed = ਬੰਦ
