# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = ਬੇਨਤੀਆਂ
triage-queue-heading = ਸਹਾਇਤਾ ਲਈ ਬੇਨਤੀਆਂ
triage-queue-caption = ਸਹਾਇਤਾ ਲਈ ਬੇਨਤੀਆਂ, ਪਹਿਲਾਂ ਜ਼ਰੂਰੀ, ਫਿਰ ਸਭ ਤੋਂ ਨਵੀਆਂ
triage-queue-empty = ਇੱਥੇ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ ਹੈ।
triage-filter-label = ਸਥਿਤੀ ਅਨੁਸਾਰ ਛਾਂਟੋ
triage-all = ਸਾਰੀਆਂ
triage-reference = ਹਵਾਲਾ ਨੰਬਰ
triage-received = ਪ੍ਰਾਪਤ ਹੋਈ
triage-what = ਕੀ ਹੋਇਆ
triage-age = ਉਮਰ
triage-from = ਕਿਸ ਵੱਲੋਂ ਕੀਤੀ ਗਈ
triage-self = ਵਿਅਕਤੀ ਨੇ ਆਪ
triage-by-supporter = ਇੱਕ ਸਹਾਇਕ ਨੇ, ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ ਨਾਲ
triage-status = ਸਥਿਤੀ
triage-assigned = ਕਿਸਨੂੰ ਸੌਂਪੀ ਗਈ
triage-unassigned = ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਸੌਂਪੀ ਗਈ
triage-assigned-to-you = ਤੁਹਾਨੂੰ ਸੌਂਪੀ ਗਈ
triage-assigned-to = { $name } ਨੂੰ ਸੌਂਪੀ ਗਈ
triage-urgent = ਜ਼ਰੂਰੀ
triage-urgent-first = ਜ਼ਰੂਰੀ ਬੇਨਤੀਆਂ ਪਹਿਲਾਂ ਆਉਂਦੀਆਂ ਹਨ: ਵਿਅਕਤੀ ਹੁਣ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਜਾਂ ਪੱਕਾ ਨਹੀਂ, ਇਹ ਅਜੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੇ ਸੰਕਟ ਵਿੱਚ ਸਹਾਇਤਾ ਮੰਗੀ ਹੈ।
triage-report-link = ਕਮਿਸ਼ਨਰ ਲਈ ਰਿਪੋਰਟ
triage-audit-link = ਆਡਿਟ ਲੌਗ

triage-status-new = ਨਵੀਂ
triage-status-in-contact = ਸੰਪਰਕ ਵਿੱਚ
triage-status-supported = ਸਹਾਇਤਾ ਦਿੱਤੀ ਜਾ ਰਹੀ ਹੈ
triage-status-closed = ਬੰਦ
triage-status-transferred = ਤਬਦੀਲ ਕੀਤੀ ਗਈ

triage-received-on = { $date } ਨੂੰ ਪ੍ਰਾਪਤ ਹੋਈ
triage-open-lead = ਇਹ ਬੇਨਤੀ ਖੋਲ੍ਹਣ ਨਾਲ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਦਿਸਦੇ ਹਨ। ਇਹ ਤੁਹਾਡੇ ਨਾਮ ਅਤੇ ਸਮੇਂ ਨਾਲ ਬੇਨਤੀ ਦੇ ਇਤਿਹਾਸ ਵਿੱਚ ਦਰਜ ਹੁੰਦਾ ਹੈ।
triage-open-button = ਇਹ ਬੇਨਤੀ ਖੋਲ੍ਹੋ
triage-safety-heading = ਸੰਪਰਕ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
triage-safety-supporter = ਇਹ ਬੇਨਤੀ ਇੱਕ ਸਹਾਇਕ ਨੇ ਕੀਤੀ ਸੀ। ਪਹਿਲਾਂ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਹੇਠਾਂ ਦਿੱਤੇ ਤਰੀਕਿਆਂ ਨਾਲ; ਸਹਾਇਕ ਨਾਲ ਸੰਪਰਕ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜੇ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਨਾ ਹੋ ਸਕੇ।
triage-contact-heading = ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ
triage-details-heading = ਬੇਨਤੀ ਬਾਰੇ
triage-actions-heading = ਕਾਰਵਾਈਆਂ
triage-assign-to-me = ਮੈਨੂੰ ਸੌਂਪੋ
triage-status-legend = ਸਥਿਤੀ
triage-status-error = ਕੋਈ ਸਥਿਤੀ ਚੁਣੋ
triage-note-label = ਨੋਟ ਜੋੜੋ (ਚੋਣਵਾਂ)
triage-note-hint = ਨੋਟ ਬੇਨਤੀ ਦੇ ਨਾਲ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸੇਵਾ ਹੀ ਇਹਨਾਂ ਨੂੰ ਦੇਖ ਸਕਦੀ ਹੈ।
triage-update-save = ਸਥਿਤੀ ਅਤੇ ਨੋਟ ਸੰਭਾਲੋ
triage-update-nothing = ਕੋਈ ਵੱਖਰੀ ਸਥਿਤੀ ਚੁਣੋ ਜਾਂ ਨੋਟ ਲਿਖੋ
triage-note-error = ਸੇਵ ਕਰਨ ਲਈ ਕੋਈ ਨੋਟ ਲਿਖੋ
triage-transfer-legend = ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਨੂੰ ਤਬਦੀਲ ਕਰੋ
triage-transfer-reason = ਤੁਸੀਂ ਇਸਨੂੰ ਤਬਦੀਲ ਕਿਉਂ ਕਰ ਰਹੇ ਹੋ?
triage-transfer-save = ਤਬਦੀਲ ਕਰੋ
triage-transfer-service-error = ਉਹ ਸੇਵਾ ਚੁਣੋ ਜਿਸਨੂੰ ਤਬਦੀਲ ਕਰਨਾ ਹੈ
triage-transfer-reason-error = ਤਬਦੀਲੀ ਦਾ ਕਾਰਨ ਦੱਸੋ
triage-saved = ਸੇਵ ਹੋ ਗਿਆ।
triage-transferred = ਬੇਨਤੀ ਤਬਦੀਲ ਕਰ ਦਿੱਤੀ ਗਈ। ਹੁਣ ਇਹ ਦੂਜੀ ਸੇਵਾ ਦੀ ਕਤਾਰ ਵਿੱਚ ਹੈ।
triage-history-heading = ਇਤਿਹਾਸ
triage-history-system = ਪੋਰਟਲ
triage-event-received = ਪ੍ਰਾਪਤ ਹੋਈ ਅਤੇ { $service } ਨੂੰ ਭੇਜੀ ਗਈ
triage-event-viewed = ਦੇਖੀ ਗਈ
triage-views =
    { $count ->
        [one] ਇੱਕ ਵਾਰ ਖੋਲ੍ਹੀ ਗਈ
       *[other] { $count } ਵਾਰ ਖੋਲ੍ਹੀ ਗਈ
    }, ਆਖਰੀ ਵਾਰ { $name } ਵੱਲੋਂ { $when } ਨੂੰ।
triage-event-assigned = ਸੌਂਪੀ ਗਈ
triage-event-status = ਸਥਿਤੀ ਬਦਲ ਕੇ { $status } ਕੀਤੀ ਗਈ
triage-event-note = ਨੋਟ ਜੋੜਿਆ ਗਿਆ
triage-event-transferred = { $service } ਨੂੰ ਤਬਦੀਲ ਕੀਤੀ ਗਈ

triage-audit-title = ਆਡਿਟ ਲੌਗ
triage-audit-heading = ਆਡਿਟ ਲੌਗ
triage-audit-lead = ਹਰ ਵਾਰ ਜਦੋਂ ਕੋਈ ਬੇਨਤੀ ਪ੍ਰਾਪਤ ਹੋਈ, ਦੇਖੀ ਗਈ ਜਾਂ ਬਦਲੀ ਗਈ, ਸਭ ਤੋਂ ਨਵੀਂ ਪਹਿਲਾਂ। ਨੋਟ ਇੱਥੇ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
triage-audit-when = ਕਦੋਂ
triage-audit-service = ਸੇਵਾ
triage-audit-who = ਕੌਣ
triage-audit-what = ਕੀ

account-requests-heading = ਸਹਾਇਤਾ ਲਈ ਤੁਹਾਡੀਆਂ ਬੇਨਤੀਆਂ
account-requests-caption = ਤੁਹਾਡੇ ਵੱਲੋਂ ਭੇਜੀਆਂ ਬੇਨਤੀਆਂ, ਸਭ ਤੋਂ ਨਵੀਆਂ ਪਹਿਲਾਂ
account-requests-reference = ਹਵਾਲਾ ਨੰਬਰ
account-requests-sent = ਭੇਜੀ ਗਈ
account-requests-service = ਸੇਵਾ
account-requests-status = ਸਥਿਤੀ
account-request-received = ਪ੍ਰਾਪਤ ਹੋ ਗਈ। ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਗੇ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ ਸੀ।
account-request-in-progress = ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਵਿੱਚ ਹੈ
account-request-closed = ਬੰਦ
account-staff-queue = ਆਪਣੀ ਸੇਵਾ ਦੀਆਂ ਬੇਨਤੀਆਂ ਖੋਲ੍ਹੋ

staff-team-link = ਸਟਾਫ਼ ਖਾਤੇ
staff-team-title = ਸਟਾਫ਼ ਖਾਤੇ
staff-team-heading = ਸਟਾਫ਼ ਖਾਤੇ
staff-team-lead = ਬੰਦ ਕੀਤਾ ਖਾਤਾ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕਦਾ ਅਤੇ ਇਸਦੇ ਸੈਸ਼ਨ ਤੁਰੰਤ ਖ਼ਤਮ ਹੋ ਜਾਂਦੇ ਹਨ। ਖਾਤੇ ਕਦੇ ਮਿਟਾਏ ਨਹੀਂ ਜਾਂਦੇ, ਇਸ ਲਈ ਹਰ ਵਿਅਕਤੀ ਨੇ ਜੋ ਕੀਤਾ ਉਹ ਉਸਦੇ ਨਾਂ ਹੇਠ ਆਡਿਟ ਲੌਗ ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ।
staff-team-name = ਨਾਂ
staff-team-role = ਭੂਮਿਕਾ
staff-team-standing = ਖਾਤਾ
staff-team-action = ਬਦਲੋ
staff-role-admin = ਪ੍ਰਬੰਧਕ
staff-role-staff = ਸਟਾਫ਼
staff-standing-invited = ਸੱਦਾ ਦਿੱਤਾ, ਅਜੇ ਦਾਖ਼ਲ ਨਹੀਂ
staff-standing-active = ਸਰਗਰਮ
staff-standing-disabled = ਬੰਦ
staff-disable = ਬੰਦ ਕਰੋ
staff-enable = ਦੁਬਾਰਾ ਚਾਲੂ ਕਰੋ
staff-log-heading = ਸਟਾਫ਼ ਖਾਤਾ ਲੌਗ
staff-log-lead = ਦਾਖ਼ਲੇ, ਸਾਈਨ ਇਨ, ਨਾਕਾਮ ਸਾਈਨ ਇਨ, ਨਵੇਂ ਪ੍ਰਮਾਣਕ ਅਤੇ ਰਿਕਵਰੀ ਕੋਡ, ਅਤੇ ਬੰਦ ਜਾਂ ਚਾਲੂ ਕੀਤੇ ਖਾਤੇ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ। ਕੋਈ ਪਤੇ ਜਾਂ ਹੋਰ ਨਿੱਜੀ ਵੇਰਵੇ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ।
staff-log-by = ਵੱਲੋਂ
staff-event-enrolled = ਦਾਖ਼ਲ ਹੋਇਆ
staff-event-signed-in = ਸਾਈਨ ਇਨ ਕੀਤਾ
staff-event-sign-in-failed = ਨਾਕਾਮ ਸਾਈਨ ਇਨ
staff-event-authenticator-reset = ਨਵਾਂ ਪ੍ਰਮਾਣਕ ਸੈੱਟ ਕੀਤਾ
staff-event-recovery-codes-replaced = ਨਵੇਂ ਰਿਕਵਰੀ ਕੋਡ ਬਣਾਏ
staff-event-disabled = ਖਾਤਾ ਬੰਦ ਕੀਤਾ
staff-event-enabled = ਖਾਤਾ ਦੁਬਾਰਾ ਚਾਲੂ ਕੀਤਾ
