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

triage-report-title = ਰਿਪੋਰਟ
triage-report-heading = ਸਹਾਇਤਾ ਲਈ ਬੇਨਤੀਆਂ: ਰਿਪੋਰਟ
triage-report-lead = ਪੋਰਟਲ ਰਾਹੀਂ ਕੀਤੀਆਂ ਬੇਨਤੀਆਂ ਦੀ ਗਿਣਤੀ, ਪੁਲਿਸ ਅਤੇ ਅਪਰਾਧ ਕਮਿਸ਼ਨਰ (police and crime commissioner) ਲਈ। ਇੱਥੇ ਕੁਝ ਵੀ ਕਿਸੇ ਦੀ ਪਛਾਣ ਨਹੀਂ ਕਰਵਾਉਂਦਾ: 1 ਤੋਂ 4 ਤੱਕ ਦੀ ਗਿਣਤੀ ਨੂੰ "5 ਤੋਂ ਘੱਟ" ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
triage-report-period = ਸਮਾਂ-ਅਵਧੀ
triage-report-days = ਪਿਛਲੇ { $days } ਦਿਨ
triage-report-total = { $count ->
    [one] ਇਸ ਅਵਧੀ ਵਿੱਚ { $count } ਬੇਨਤੀ
   *[other] ਇਸ ਅਵਧੀ ਵਿੱਚ { $count } ਬੇਨਤੀਆਂ
}
triage-report-csv = CSV ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
triage-report-answer = ਜਵਾਬ
triage-report-count = ਬੇਨਤੀਆਂ
triage-report-fewer = 5 ਤੋਂ ਘੱਟ
triage-report-by-crime = ਕੀ ਹੋਇਆ (ਇੱਕ ਬੇਨਤੀ ਦੇ ਕਈ ਜਵਾਬ ਹੋ ਸਕਦੇ ਹਨ)
triage-report-by-service = ਪ੍ਰਾਪਤ ਕਰਨ ਵਾਲੀ ਸੇਵਾ
triage-report-service = { $name }
triage-report-by-age = ਉਮਰ
triage-report-by-who = ਕਿਸ ਵੱਲੋਂ ਕੀਤੀ ਗਈ

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

# Teams and roles
staff-role-caseworker = ਕੇਸਵਰਕਰ
staff-role-manager = ਸੇਵਾ ਮੈਨੇਜਰ
staff-role-commissioner = ਕਮਿਸ਼ਨਰ
staff-role-operator = ਸਾਈਟ ਪ੍ਰਬੰਧਕ
staff-role-caseworker-hint = ਸੇਵਾ ਦੀਆਂ ਬੇਨਤੀਆਂ 'ਤੇ ਕੰਮ ਕਰਦਾ ਹੈ।
staff-role-manager-hint = ਬੇਨਤੀਆਂ 'ਤੇ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਸੇਵਾ ਦੇ ਸਟਾਫ਼ ਖਾਤਿਆਂ ਦਾ ਪ੍ਰਬੰਧ ਵੀ ਕਰਦਾ ਹੈ ਅਤੇ ਆਡਿਟ ਲੌਗ ਪੜ੍ਹਦਾ ਹੈ।
staff-role-commissioner-hint = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇ ਅੰਕੜੇ ਪੜ੍ਹਦਾ ਹੈ। ਕਦੇ ਵੀ ਬੇਨਤੀਆਂ ਜਾਂ ਕਿਸੇ ਦੇ ਵੇਰਵੇ ਨਹੀਂ ਦੇਖਦਾ।
staff-role-operator-hint = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇ ਸਟਾਫ਼ ਖਾਤਿਆਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦਾ ਹੈ।
staff-event-invited = ਦਾਖ਼ਲਾ ਲਿੰਕ ਨਾਲ ਸੱਦਾ ਦਿੱਤਾ ਗਿਆ
staff-event-reinvited = ਸਾਈਨ ਇਨ ਰੀਸੈੱਟ ਕੀਤਾ ਅਤੇ ਨਵਾਂ ਦਾਖ਼ਲਾ ਲਿੰਕ ਬਣਾਇਆ
staff-event-made-manager = ਸੇਵਾ ਮੈਨੇਜਰ ਬਣਾਇਆ
staff-event-made-caseworker = ਕੇਸਵਰਕਰ ਬਣਾਇਆ
staff-team-action-for = { $action }: { $name }
staff-new-link = ਨਵਾਂ ਦਾਖ਼ਲਾ ਲਿੰਕ
staff-reset = ਸਾਈਨ ਇਨ ਰੀਸੈੱਟ ਕਰੋ
staff-make-manager = ਮੈਨੇਜਰ ਬਣਾਓ
staff-make-caseworker = ਕੇਸਵਰਕਰ ਬਣਾਓ
staff-never-signed-in = ਹਾਲੇ ਨਹੀਂ
staff-team-every-service = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ
staff-invite-link = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ
staff-team-service = ਸੇਵਾ
staff-team-last-sign-in = ਆਖ਼ਰੀ ਸਾਈਨ ਇਨ
staff-invite-title = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ
staff-invite-heading = ਕਿਸੇ ਨੂੰ ਟੀਮ ਵਿੱਚ ਸੱਦਾ ਦਿਓ
staff-invite-lead = ਤੁਹਾਨੂੰ ਇੱਕ ਲਿੰਕ ਮਿਲੇਗਾ ਜੋ 24 ਘੰਟਿਆਂ ਲਈ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਹ ਖ਼ੁਦ ਉਹਨਾਂ ਨੂੰ ਦਿਓ: ਉਹ ਇਸ ਨਾਲ ਆਪਣੇ ਸਾਈਨ ਇਨ ਵੇਰਵੇ ਚੁਣਦੇ ਹਨ ਅਤੇ ਪ੍ਰਮਾਣਕ ਐਪ ਸੈੱਟ ਕਰਦੇ ਹਨ।
staff-invite-name = ਉਹਨਾਂ ਦਾ ਨਾਂ
staff-invite-name-hint = ਜਿਵੇਂ ਸਾਥੀ ਇਸਨੂੰ ਕਤਾਰ ਅਤੇ ਆਡਿਟ ਲੌਗ ਵਿੱਚ ਦੇਖਣਗੇ।
staff-invite-role = ਉਹ ਕੀ ਕਰਨਗੇ?
staff-invite-service = ਉਹ ਕਿਹੜੀ ਸੇਵਾ ਲਈ ਕੰਮ ਕਰਦੇ ਹਨ?
staff-invite-service-hint = ਕਮਿਸ਼ਨਰ ਲਈ ਲੋੜੀਂਦਾ ਨਹੀਂ।
staff-invite-submit = ਦਾਖ਼ਲਾ ਲਿੰਕ ਬਣਾਓ
staff-invite-name-error = ਉਹਨਾਂ ਦਾ ਨਾਂ ਦਰਜ ਕਰੋ
staff-invite-role-error = ਚੁਣੋ ਕਿ ਉਹ ਕੀ ਕਰਨਗੇ
staff-invite-service-error = ਉਹ ਸੇਵਾ ਚੁਣੋ ਜਿਸ ਲਈ ਉਹ ਕੰਮ ਕਰਦੇ ਹਨ
staff-last-manager-error = ਸੇਵਾ ਨੂੰ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅਜਿਹੇ ਮੈਨੇਜਰ ਦੀ ਲੋੜ ਹੈ ਜੋ ਸਾਈਨ ਇਨ ਕਰ ਸਕੇ। ਪਹਿਲਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮੈਨੇਜਰ ਬਣਾਓ।
staff-link-title = ਦਾਖ਼ਲਾ ਲਿੰਕ
staff-link-heading = ਦਾਖ਼ਲਾ ਲਿੰਕ ਬਣ ਗਿਆ
staff-link-lead = ਇਹ ਲਿੰਕ ਖ਼ੁਦ { $name } ਨੂੰ ਦਿਓ, ਇਸ ਤਰ੍ਹਾਂ ਕਿ ਸਿਰਫ਼ ਉਹੀ ਪੜ੍ਹ ਸਕਣ। ਉਹ ਇਸ ਨਾਲ ਆਪਣੇ ਸਾਈਨ ਇਨ ਵੇਰਵੇ ਚੁਣਦੇ ਹਨ ਅਤੇ ਪ੍ਰਮਾਣਕ ਐਪ ਸੈੱਟ ਕਰਦੇ ਹਨ।
staff-link-lead-reset = { $name } ਦੇ ਸਾਈਨ ਇਨ ਵੇਰਵੇ ਅਤੇ ਪ੍ਰਮਾਣਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦੇ ਅਤੇ ਉਹਨਾਂ ਦੇ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਏ ਹਨ। ਨਵੇਂ ਸੈੱਟ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ ਖ਼ੁਦ ਉਹਨਾਂ ਨੂੰ ਦਿਓ, ਇਸ ਤਰ੍ਹਾਂ ਕਿ ਸਿਰਫ਼ ਉਹੀ ਪੜ੍ਹ ਸਕਣ।
staff-link-label = ਦਾਖ਼ਲਾ ਲਿੰਕ
staff-link-expires = ਇਹ ਇੱਕ ਵਾਰ, { $when } ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ (ਯੂਕੇ ਸਮਾਂ)।
staff-link-once = ਇਹ ਲਿੰਕ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਵੇਗਾ। ਜੇ ਗੁੰਮ ਜਾਵੇ, ਤਾਂ ਸਟਾਫ਼ ਖਾਤਿਆਂ ਵਾਲੇ ਪੰਨੇ ਤੋਂ ਨਵਾਂ ਬਣਾਓ।
staff-link-back = ਸਟਾਫ਼ ਖਾਤਿਆਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
