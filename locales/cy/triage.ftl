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

triage-report-title = Adroddiad
triage-report-heading = Ceisiadau am gymorth: adroddiad
triage-report-lead = Nifer y ceisiadau a wnaed drwy'r porth, ar gyfer y comisiynydd heddlu a throseddu. Does dim byd yma yn datgelu pwy yw unrhyw un: mae niferoedd o 1 i 4 yn cael eu dangos fel "llai na 5".
triage-report-period = Cyfnod
triage-report-days = Y { $days } diwrnod diwethaf
triage-report-total = { $count ->
    [zero] { $count } cais yn y cyfnod hwn
    [one] 1 cais yn y cyfnod hwn
    [two] { $count } gais yn y cyfnod hwn
    [few] { $count } chais yn y cyfnod hwn
    [many] { $count } chais yn y cyfnod hwn
   *[other] { $count } cais yn y cyfnod hwn
}
triage-report-csv = Lawrlwytho fel CSV
triage-report-answer = Ateb
triage-report-count = Ceisiadau
triage-report-fewer = Llai na 5
triage-report-by-crime = Beth ddigwyddodd (gall un cais gael sawl ateb)
triage-report-by-service = Y gwasanaeth sy'n ei dderbyn
triage-report-service = { $name }
triage-report-by-age = Oedran
triage-report-by-who = Gwnaed gan

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

# Teams and roles
staff-role-caseworker = Gweithiwr achos
staff-role-manager = Rheolwr gwasanaeth
staff-role-commissioner = Comisiynydd
staff-role-operator = Gweinyddwr y wefan
staff-role-caseworker-hint = Yn gweithio ar geisiadau'r gwasanaeth.
staff-role-manager-hint = Yn gweithio ar geisiadau, a hefyd yn rheoli cyfrifon staff ac yn darllen log archwilio'r gwasanaeth.
staff-role-commissioner-hint = Yn darllen ffigurau ar draws pob gwasanaeth. Byth yn gweld ceisiadau na manylion neb.
staff-role-operator-hint = Yn rheoli cyfrifon staff pob gwasanaeth.
staff-event-invited = Wedi'i wahodd gyda dolen gofrestru
staff-event-reinvited = Mewngofnodi wedi'i ailosod a dolen gofrestru newydd wedi'i gwneud
staff-event-made-manager = Wedi'i wneud yn rheolwr gwasanaeth
staff-event-made-caseworker = Wedi'i wneud yn weithiwr achos
staff-team-action-for = { $action }: { $name }
staff-new-link = Dolen gofrestru newydd
staff-reset = Ailosod mewngofnodi
staff-make-manager = Gwneud yn rheolwr
staff-make-caseworker = Gwneud yn weithiwr achos
staff-never-signed-in = Ddim eto
staff-team-every-service = Pob gwasanaeth
staff-invite-link = Gwahodd rhywun
staff-team-service = Gwasanaeth
staff-team-last-sign-in = Mewngofnodi diwethaf
staff-invite-title = Gwahodd rhywun
staff-invite-heading = Gwahodd rhywun i'r tîm
staff-invite-lead = Byddwch yn cael dolen sy'n gweithio unwaith, am 24 awr. Rhowch hi iddyn nhw eich hun: maen nhw'n ei defnyddio i ddewis eu manylion mewngofnodi a gosod dilysydd.
staff-invite-name = Eu henw
staff-invite-name-hint = Fel y bydd cydweithwyr yn ei weld yn y ciw ac yn y log archwilio.
staff-invite-role = Beth fyddan nhw'n ei wneud?
staff-invite-service = I ba wasanaeth maen nhw'n gweithio?
staff-invite-service-hint = Dim angen ar gyfer comisiynydd.
staff-invite-submit = Gwneud dolen gofrestru
staff-invite-name-error = Rhowch eu henw
staff-invite-role-error = Dewiswch beth fyddan nhw'n ei wneud
staff-invite-service-error = Dewiswch y gwasanaeth maen nhw'n gweithio iddo
staff-last-manager-error = Mae angen o leiaf un rheolwr sy'n gallu mewngofnodi ar y gwasanaeth. Gwnewch rywun arall yn rheolwr yn gyntaf.
staff-link-title = Dolen gofrestru
staff-link-heading = Dolen gofrestru wedi'i gwneud
staff-link-lead = Rhowch y ddolen hon i { $name } eich hun, mewn ffordd mai dim ond nhw all ei darllen. Maen nhw'n ei defnyddio i ddewis eu manylion mewngofnodi a gosod dilysydd.
staff-link-lead-reset = Nid yw manylion mewngofnodi a dilysydd { $name } yn gweithio mwyach ac mae eu sesiynau wedi dod i ben. Rhowch y ddolen hon iddyn nhw eich hun, mewn ffordd mai dim ond nhw all ei darllen, i osod rhai newydd.
staff-link-label = Dolen gofrestru
staff-link-expires = Mae'n gweithio unwaith, tan { $when } (amser y DU).
staff-link-once = Ni ddangosir y ddolen hon eto. Os caiff ei cholli, gwnewch un newydd o'r dudalen cyfrifon staff.
staff-link-back = Yn ôl i gyfrifon staff
