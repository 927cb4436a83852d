# Draft translation: not yet checked by a fluent Welsh speaker.
# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = Ceisiadau
triage-queue-heading = Ceisiadau am gymorth
triage-queue-caption = Ceisiadau am gymorth, y rhai brys yn gyntaf, yna'r mwyaf newydd yn gyntaf
triage-queue-empty = Does dim ceisiadau yma.
triage-filter-label = Hidlo yn ôl statws
triage-all = Pob un
triage-reference = Cyfeirnod
triage-received = Wedi dod i law
triage-what = Beth ddigwyddodd
triage-age = Oedran
triage-from = Gwnaed gan
triage-self = Y person ei hun
triage-by-supporter = Cefnogwr, gyda chytundeb y person
triage-status = Statws
triage-assigned = Wedi'i neilltuo i
triage-unassigned = Heb ei neilltuo
triage-assigned-to-you = Wedi'i neilltuo i chi
triage-assigned-to = Wedi'i neilltuo i { $name }
triage-urgent = Brys
triage-urgent-first = Mae ceisiadau brys yn dod gyntaf: nid yw'r person yn ddiogel nawr neu nid yw'n siŵr, mae'n dal i ddigwydd, neu maen nhw wedi gofyn am gymorth mewn argyfwng.
triage-report-link = Adroddiad i'r comisiynydd
triage-audit-link = Log archwilio

triage-status-new = Newydd
triage-status-in-contact = Mewn cysylltiad
triage-status-supported = Yn cael cymorth
triage-status-closed = Wedi cau
triage-status-transferred = Wedi'i drosglwyddo

triage-received-on = Wedi dod i law ar { $date }
triage-open-lead = Mae agor y cais hwn yn dangos manylion y person. Caiff ei gofnodi yn hanes y cais, gyda'ch enw a'r amser.
triage-open-button = Agor y cais hwn
triage-safety-heading = Cyn i chi gysylltu
triage-safety-supporter = Cefnogwr a wnaeth y cais hwn. Cysylltwch â'r person yn gyntaf, yn y ffyrdd isod; cysylltwch â'r cefnogwr dim ond os na allwch chi gysylltu â'r person.
triage-contact-heading = Â phwy i gysylltu
triage-details-heading = Am y cais
triage-actions-heading = Camau gweithredu
triage-assign-to-me = Neilltuo i mi
triage-status-legend = Statws
triage-status-error = Dewiswch statws
triage-note-label = Ychwanegu nodyn (dewisol)
triage-note-hint = Mae nodiadau'n cael eu cadw gyda'r cais a dim ond eich gwasanaeth chi sy'n eu gweld.
triage-update-save = Cadw'r statws a'r nodyn
triage-update-nothing = Dewiswch statws gwahanol neu ysgrifennwch nodyn
triage-note-error = Ysgrifennwch nodyn i'w gadw
triage-transfer-legend = Trosglwyddo i wasanaeth arall
triage-transfer-reason = Pam rydych chi'n ei drosglwyddo?
triage-transfer-save = Trosglwyddo
triage-transfer-service-error = Dewiswch y gwasanaeth i drosglwyddo iddo
triage-transfer-reason-error = Rhowch reswm dros y trosglwyddo
triage-saved = Wedi'i gadw.
triage-transferred = Cais wedi'i drosglwyddo. Mae bellach yng nghiw'r gwasanaeth arall.
triage-history-heading = Hanes
triage-history-system = Y porth
triage-event-received = Wedi dod i law a'i anfon at { $service }
triage-event-viewed = Wedi'i weld
triage-views =
    { $count ->
        [one] Agorwyd unwaith
       *[other] Agorwyd { $count } o weithiau
    }, yn olaf gan { $name } am { $when }.
triage-event-assigned = Wedi'i neilltuo
triage-event-status = Statws wedi newid i { $status }
triage-event-note = Nodyn wedi'i ychwanegu
triage-event-transferred = Wedi'i drosglwyddo i { $service }

triage-audit-title = Log archwilio
triage-audit-heading = Log archwilio
triage-audit-lead = Pob tro y cafodd cais ei dderbyn, ei weld neu ei newid, y mwyaf newydd yn gyntaf. Dydy nodiadau ddim yn cael eu dangos yma.
triage-audit-when = Pryd
triage-audit-service = Gwasanaeth
triage-audit-who = Pwy
triage-audit-what = Beth

account-requests-heading = Eich ceisiadau am gymorth
account-requests-caption = Ceisiadau rydych chi wedi'u hanfon, y mwyaf newydd yn gyntaf
account-requests-reference = Cyfeirnod
account-requests-sent = Anfonwyd
account-requests-service = Gwasanaeth
account-requests-status = Statws
account-request-received = Wedi dod i law. Byddan nhw'n cysylltu â chi yn y ffordd y dywedoch chi sy'n ddiogel.
account-request-in-progress = Mae'r gwasanaeth mewn cysylltiad â chi
account-request-closed = Wedi cau
account-staff-queue = Agor ceisiadau eich gwasanaeth

staff-team-link = Cyfrifon staff
staff-team-title = Cyfrifon staff
staff-team-heading = Cyfrifon staff
staff-team-lead = Ni all cyfrif wedi'i analluogi fewngofnodi ac mae ei sesiynau'n dod i ben ar unwaith. Ni chaiff cyfrifon byth eu dileu, felly mae'r hyn a wnaeth pob person yn aros yn y log archwilio o dan ei enw.
staff-team-name = Enw
staff-team-role = Rôl
staff-team-standing = Cyfrif
staff-team-action = Newid
staff-role-admin = Gweinyddwr
staff-role-staff = Staff
staff-standing-invited = Wedi'i wahodd, heb gofrestru eto
staff-standing-active = Gweithredol
staff-standing-disabled = Wedi'i analluogi
staff-disable = Analluogi
staff-enable = Galluogi eto
staff-log-heading = Log cyfrifon staff
staff-log-lead = Cofrestriadau, mewngofnodi, ymdrechion aflwyddiannus, dilyswyr a chodau adfer newydd, a chyfrifon wedi'u hanalluogi neu eu galluogi, y diweddaraf yn gyntaf. Ni chedwir cyfeiriadau na manylion personol eraill.
staff-log-by = Gan
staff-event-enrolled = Wedi cofrestru
staff-event-signed-in = Wedi mewngofnodi
staff-event-sign-in-failed = Mewngofnodi aflwyddiannus
staff-event-authenticator-reset = Dilysydd newydd wedi’i osod
staff-event-recovery-codes-replaced = Codau adfer newydd wedi’u gwneud
staff-event-disabled = Cyfrif wedi'i analluogi
staff-event-enabled = Cyfrif wedi'i alluogi eto
