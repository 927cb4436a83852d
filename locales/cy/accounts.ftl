# Draft translation: not yet checked by a fluent Welsh speaker.
# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = Eich cyfrif
nav-sign-in = Mewngofnodi
nav-sign-out = Allgofnodi

## Registration

register-title = Creu cyfrif
register-heading = Creu cyfrif
register-lead = Does dim angen cyfrif arnoch chi i ddarllen y canllawiau nac i ofyn am gymorth. Mae cyfrif yn gadael i chi gadw dyddiadur preifat, cadw eich cynnydd drwy'r canllawiau, a gweld beth sy'n digwydd gyda chais am gymorth.
register-safe-heading = Sut rydyn ni'n cadw eich cyfrif yn ddiogel
register-safe-body = Bob tro y byddwch chi'n mewngofnodi, bydd angen eich cyfrinair arnoch chi a chod o ap dilysu ar eich ffôn, fel Google Authenticator, Microsoft Authenticator neu Authy. Does neb arall yn gallu mynd i mewn, hyd yn oed os ydyn nhw'n gwybod eich cyfrinair.
register-name-body = Gallwch chi ddewis unrhyw enw mewngofnodi. Does dim rhaid iddo fod yn enw go iawn i chi, a does dim angen cyfeiriad e-bost arnoch chi.
register-lose-both = Os byddwch chi'n colli eich cyfrinair a'ch ffôn, bydd angen i chi greu cyfrif newydd, a bydd eich dyddiadur yn cael ei golli. All neb, gan gynnwys ni, eich cael chi yn ôl i mewn na darllen eich dyddiadur: dyma sy'n eu cadw'n breifat.
register-age-heading = Pwy sy'n gallu cael cyfrif
register-age-body = Mae angen i chi fod yn 16 oed neu'n hŷn. Gall unrhyw un ddarllen y wefan hon heb gyfrif.
register-start = Dechrau nawr
register-have-account = Oes gennych chi gyfrif yn barod?

register-who-title = Ar gyfer beth fyddwch chi'n defnyddio eich cyfrif?
register-who-legend = Ar gyfer beth fyddwch chi'n defnyddio eich cyfrif?
register-who-hint = Eich cyfrif chi yw e bob amser: dim ond chi sy'n mewngofnodi iddo, ac mae ei ddyddiadur amdanoch chi.
register-who-self = Cymorth i fi fy hun
register-who-self-hint = Digwyddodd rhywbeth i fi.
register-who-supporter = Cymorth i fi wrth i fi gefnogi rhywun arall
register-who-supporter-hint = Er enghraifft, rydych chi'n helpu ffrind, perthynas, partner, cymydog neu gydweithiwr y mae trosedd wedi effeithio arno. Nid yw hyn yn creu cyfrif iddyn nhw, ac ni fyddan nhw'n gwybod amdano.
register-who-error = Dewiswch ar gyfer beth fyddwch chi'n defnyddio eich cyfrif

register-age-title = Ydych chi'n 16 oed neu'n hŷn?
register-age-legend = Ydych chi'n 16 oed neu'n hŷn?
register-age-yes = Ydw
register-age-no = Nac ydw
register-age-error = Dewiswch ‘Ydw’ os ydych chi'n 16 oed neu'n hŷn

under-16-title = Help i bobl ifanc
under-16-heading = Mae angen i chi fod yn 16 oed neu'n hŷn i gael cyfrif
under-16-body = Gallwch chi ddarllen popeth ar y wefan hon heb gyfrif o hyd.
under-16-help-heading = Pobl sy'n gallu eich helpu chi nawr
under-16-childline = Mae Childline am ddim i unrhyw un dan 19 oed. Gallwch chi ffonio 0800 1111 neu siarad â chwnselydd ar-lein. Dydy galwadau ddim yn ymddangos ar eich bil ffôn.
under-16-adult = Gallech chi hefyd siarad ag oedolyn rydych chi'n ymddiried ynddo, fel athro, nyrs ysgol, gweithiwr ieuenctid neu berthynas.
under-16-victim-support = Mae gan Victim Support (Cymorth i Ddioddefwyr) wasanaeth i blant a phobl ifanc y mae trosedd wedi effeithio arnyn nhw. Ffoniwch eu Supportline am ddim ar 08 08 16 89 111 i gael eich rhoi mewn cysylltiad.
under-16-danger = Os ydych chi mewn perygl nawr, ffoniwch 999.

details-title = Dewis eich manylion mewngofnodi
details-heading = Dewis eich manylion mewngofnodi
name-label = Enw mewngofnodi
name-hint = Unrhyw enw y byddwch chi'n ei gofio, o leiaf 3 nod. Does dim rhaid iddo fod yn enw go iawn i chi. Fydd neb arall yn ei weld.
email-label = Cyfeiriad e-bost (dewisol)
email-hint = Does dim angen un arnoch chi. Fydd neb arall yn ei weld, a dydy e ddim yn cael ei ddefnyddio i fewngofnodi.
new-password-label = Cyfrinair
new-password-hint = O leiaf 8 nod. Mae ychydig o eiriau sydd ddim yn perthyn i'w gilydd yn gwneud cyfrinair cryf sy'n hawdd ei gofio. Gallwch chi ludo un o reolwr cyfrineiriau.
name-error-missing = Rhowch enw mewngofnodi
name-error-too-short = Rhaid i'ch enw mewngofnodi fod yn o leiaf 3 nod
name-error-too-long = Rhaid i'ch enw mewngofnodi fod yn 64 nod neu lai
name-error-control = Dim ond llythrennau, rhifau, bylchau ac atalnodau all fod yn eich enw mewngofnodi
email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com, neu gadewch y blwch yn wag
password-error-missing = Rhowch gyfrinair
password-error-too-short = Rhaid i'ch cyfrinair fod yn o leiaf { $min } nod
password-error-too-long = Rhaid i'ch cyfrinair fod yn { $max } nod neu lai
password-error-weak = Byddai'n rhy hawdd i rywun ddyfalu'r cyfrinair hwn.
password-weak-keyboard-row = Mae rhesi o fysellau wrth ymyl ei gilydd, fel qwerty, yn hawdd eu dyfalu.
password-weak-keyboard-pattern = Mae patrymau byr ar y bysellfwrdd yn hawdd eu dyfalu.
password-weak-repeats = Mae llythrennau sy'n cael eu hailadrodd, fel aaa, yn hawdd eu dyfalu.
password-weak-repeated-group = Mae grwpiau sy'n cael eu hailadrodd, fel abcabc, yn hawdd eu dyfalu.
password-weak-common = Dyma un o'r cyfrineiriau mwyaf cyffredin.
password-weak-similar-common = Mae hwn yn debyg iawn i gyfrinair cyffredin.
password-weak-sequence = Mae dilyniannau fel abc neu 123 yn hawdd eu dyfalu.
password-weak-recent-year = Mae blynyddoedd diweddar yn hawdd eu dyfalu.
password-weak-single-word = Mae un gair ar ei ben ei hun yn hawdd ei ddyfalu.
password-weak-date = Mae dyddiadau'n hawdd eu dyfalu.
password-weak-name = Mae enwau ar eu pennau eu hunain yn hawdd eu dyfalu.
password-tip-few-words = Rhowch gynnig ar ychydig o eiriau sydd ddim fel arfer yn mynd gyda'i gilydd.
password-tip-no-symbols-needed = Does dim angen symbolau, rhifau na phriflythrennau arnoch chi.
password-tip-add-word = Ychwanegwch air neu ddau arall. Mae geiriau anarferol yn well.
password-tip-capitals = Dydy priflythrennau ddim yn ei wneud yn llawer anoddach i'w ddyfalu.
password-tip-reversed = Dydy geiriau wedi'u sillafu tuag yn ôl ddim yn llawer anoddach i'w dyfalu.
password-tip-substitutions = Dydy newid llythrennau am rifau neu symbolau, fel @ am a, ddim yn helpu llawer.
password-tip-keyboard = Defnyddiwch batrwm hirach ar y bysellfwrdd, gyda mwy o droeon.
password-tip-repeats = Osgowch eiriau a llythrennau sy'n cael eu hailadrodd.
password-tip-sequences = Osgowch ddilyniannau fel abc neu 123.
password-tip-dates = Osgowch ddyddiadau a blynyddoedd, yn enwedig rhai sy'n gysylltiedig â chi.

authenticator-title = Gosod eich ap dilysu
authenticator-heading = Gosod eich ap dilysu
authenticator-step-install = Gosodwch ap dilysu ar eich ffôn os nad oes gennych chi un. Mae Google Authenticator, Microsoft Authenticator ac Authy i gyd am ddim.
authenticator-step-add = Yn yr ap, ychwanegwch gyfrif.
authenticator-step-scan = Os yw'r dudalen hon ar ddyfais arall, gallwch chi sganio'r cod QR hwn gyda'r ap yn lle hynny.
authenticator-qr-alt = Cod QR i ychwanegu Waymark at eich ap dilysu
authenticator-entry-name = Bydd yr ap yn rhestru hwn fel “Waymark”, enw nad yw'n dweud beth yw pwrpas y wefan hon. Ond gall unrhyw un sy'n edrych drwy'r ap ar eich ffôn weld y cofnod o hyd. Os yw rhywun yn gwirio eich ffôn, meddyliwch a yw hynny'n ddiogel i chi.
authenticator-key-body = Os yw'r ap ar y ffôn hwn, dewiswch roi allwedd, yna copïwch yr allwedd hon a'i gludo, neu ei theipio. Os yw'r ap yn gofyn, dewiswch god yn seiliedig ar amser.
authenticator-key-label = Allwedd
authenticator-step-code = Bydd yr ap yn dangos cod 6 digid sy'n newid bob 30 eiliad. Rhowch y cod isod.
code-label = Cod o'ch ap dilysu
code-hint = Y cod 6 digid, er enghraifft 123456.
code-error-missing = Rhowch y cod 6 digid o'ch ap dilysu
code-error-format = Rhowch y cod fel 6 rhif, neu god adfer fel ABCD-EFGH-2345-6789
code-error-wrong = Dydy'r cod ddim yn gywir. Gwiriwch fod yr amser ar eich ffôn wedi'i osod yn awtomatig, yna rhowch y cod mwyaf newydd.
code-error-used = Mae'r cod hwn wedi cael ei ddefnyddio'n barod. Arhoswch i'r ap ddangos cod newydd.

recovery-codes-title = Cadw eich codau adfer
recovery-codes-heading = Cadw eich codau adfer
recovery-codes-lead = Os byddwch chi'n colli eich ffôn neu eich ap dilysu, gallwch chi fewngofnodi gydag un o'r codau hyn yn lle hynny. Mae pob cod yn gweithio unwaith.
recovery-codes-list-label = Eich codau adfer
recovery-codes-warning = Fyddwch chi ddim yn gweld y codau hyn eto. Cadwch nhw rywle diogel lle na all neb arall eu cyrraedd.
recovery-codes-safe-heading = Ffyrdd o'u cadw'n ddiogel
recovery-codes-safe-paper = Ysgrifennwch nhw ar bapur a chadwch y papur rywle preifat.
recovery-codes-safe-manager = Cadwch nhw mewn rheolwr cyfrineiriau.
recovery-codes-safe-not-phone = Peidiwch â'u cadw ar y ffôn sydd â'ch ap dilysu arno yn unig, a pheidiwch â'u hanfon mewn e-bost neu neges.
recovery-codes-done = Rydw i wedi cadw fy nghodau

## Signing in

sign-in-title = Mewngofnodi
sign-in-heading = Mewngofnodi
password-label = Cyfrinair
sign-in-button = Mewngofnodi
sign-in-forgotten = Wedi anghofio eich cyfrinair?
sign-in-help = Problemau eraill wrth fewngofnodi
sign-in-no-account = Dim cyfrif eto?
sign-in-create = Creu cyfrif
sign-in-error-name = Rhowch eich enw mewngofnodi
sign-in-error-password = Rhowch eich cyfrinair
sign-in-error-mismatch = Dydy'r enw mewngofnodi neu'r cyfrinair ddim yn gywir
sign-in-error-wait = Gormod o ymdrechion. Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
sign-in-paused = Mae mewngofnodi gyda chyfrinair yn unig wedi'i oedi ar gyfer yr enw mewngofnodi hwn am { $minutes ->
    [zero] { $minutes } munud arall
    [one] 1 munud arall
    [two] { $minutes } funud arall
    [few] { $minutes } munud arall
    [many] { $minutes } munud arall
   *[other] { $minutes } munud arall
} oherwydd gormod o ymdrechion aflwyddiannus.
sign-in-paused-owner = Os mai eich cyfrif chi yw hwn, gallwch chi fewngofnodi nawr o hyd: rhowch eich cyfrinair a chod o'ch ap dilysu (neu god adfer) gyda'i gilydd.
sign-in-paused-code-label = Cod o'ch ap dilysu, neu god adfer
sign-in-error-busy = Mae gormod o bobl yn mewngofnodi ar yr un pryd. Rhowch gynnig arall arni mewn munud.
limit-error-too-many = Mae gormod o ymdrechion wedi'u gwneud. Rhowch gynnig arall ymhen awr.
sign-in-session-idle = Cawsoch chi eich allgofnodi oherwydd na ddigwyddodd dim byd am 30 munud.
sign-in-session-expired = Cawsoch chi eich allgofnodi oherwydd eich bod chi wedi mewngofnodi ers 12 awr.
sign-in-session-needed = Mewngofnodwch i weld y dudalen honno.

code-title = Rhowch eich cod
code-heading = Rhowch y cod o'ch ap dilysu
code-use-recovery = Defnyddio cod adfer yn lle hynny
code-error-paused = Gormod o godau anghywir o'r cysylltiad hwn. Arhoswch { $minutes ->
    [zero] { $minutes } munud
    [one] 1 munud
    [two] { $minutes } funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}, neu ailosodwch eich cyfrinair gyda chod adfer.

recovery-sign-in-title = Defnyddio cod adfer
recovery-sign-in-heading = Rhowch god adfer
recovery-code-label = Cod adfer
recovery-code-hint = Mae'n edrych fel ABCD-EFGH-2345-6789. Mae pob cod yn gweithio unwaith.
recovery-code-error-missing = Rhowch un o'ch codau adfer
recovery-code-error-format = Rhowch god adfer fel ABCD-EFGH-2345-6789
recovery-code-error-wrong = Dydy'r cod adfer hwnnw ddim yn gywir, neu mae wedi cael ei ddefnyddio'n barod

lost-access-title = Problemau mewngofnodi
lost-access-heading = Os na allwch chi fewngofnodi
lost-access-password-heading = Os ydych chi wedi anghofio eich cyfrinair
lost-access-password-body = Gallwch chi osod cyfrinair newydd os oes gennych chi eich ap dilysu ac un o'ch codau adfer.
lost-access-password-link = Ailosod eich cyfrinair
lost-access-phone-heading = Os ydych chi wedi colli eich ffôn neu eich ap dilysu
lost-access-phone-body = Mewngofnodwch gyda'ch cyfrinair ac un o'ch codau adfer. Yna gosodwch eich ap dilysu eto o dudalen eich cyfrif.
lost-access-both-heading = Os ydych chi wedi colli eich cyfrinair a'ch ffôn, neu eich ffôn a'ch codau adfer
lost-access-both-body = All neb eich cael chi yn ôl i mewn i'ch cyfrif, gan gynnwys ni. Dyma sy'n ei gadw'n breifat: all unrhyw un sy'n gwybod eich enw mewngofnodi, neu sydd â'ch hen ffôn, ddim mynd i mewn chwaith.
lost-access-both-new = Gallwch chi greu cyfrif newydd. Does dim modd adfer unrhyw beth a gafodd ei gadw yn yr hen gyfrif, gan gynnwys eich dyddiadur.

signed-out-title = Wedi allgofnodi
signed-out-heading = Rydych chi wedi allgofnodi
signed-out-idle-heading = Rydych chi wedi cael eich allgofnodi
signed-out-idle = Cawsoch chi eich allgofnodi oherwydd na ddigwyddodd dim byd am 30 munud. Mae hyn yn diogelu eich cyfrif os byddwch chi'n gadael eich dyfais.
signed-out-tip = Os ydych chi'n defnyddio dyfais sy'n cael ei rhannu ag eraill, caewch ffenestr y porwr hefyd.
signed-out-sign-in = Mewngofnodi eto

session-warning-title = Byddwch chi'n cael eich allgofnodi cyn bo hir
session-warning-body = I ddiogelu eich cyfrif, byddwch chi'n cael eich allgofnodi os na fydd dim byd yn digwydd am 30 munud.
session-warning-stay = Aros wedi mewngofnodi
session-warning-leave = Allgofnodi nawr

## Forgotten password

reset-title = Ailosod eich cyfrinair
reset-heading = Ailosod eich cyfrinair
reset-lead = Mae angen eich enw mewngofnodi, un o'ch codau adfer a'ch ap dilysu arnoch chi.
reset-button = Ailosod y cyfrinair
reset-error-mismatch = Dydy'r manylion hyn ddim yn cyfateb i gyfrif. Gwiriwch nhw a rhowch gynnig arall arni.
reset-done-title = Cyfrinair wedi'i ailosod
reset-done-heading = Mae eich cyfrinair wedi'i ailosod
reset-done-body = Rydych chi wedi defnyddio un o'ch codau adfer, ac rydych chi wedi cael eich allgofnodi ym mhobman. Mewngofnodwch gyda'ch cyfrinair newydd.

## The account page

account-title = Eich cyfrif
account-heading = Eich cyfrif
account-for = Cyfrif ar gyfer
account-for-self = Cymorth i mi fy hun
account-for-supporter = Cymorth i fi fel cefnogwr
supporter-guides-link = Canllawiau i bobl sy'n cefnogi rhywun
account-role = Rôl
account-role-staff = Staff
account-service = Gwasanaeth
account-recovery-left = Codau adfer ar ôl
account-recovery-get-new = Cael codau newydd
account-security-heading = Diogelwch
account-change-password = Newid eich cyfrinair
account-reset-authenticator = Gosod eich ap dilysu eto
account-new-recovery-codes = Cael codau adfer newydd
account-sessions-heading = Ble rydych chi wedi mewngofnodi
account-sessions-caption = Dyfeisiau sydd wedi mewngofnodi i'ch cyfrif
account-sessions-device = Dyfais
account-sessions-last-active = Defnyddiwyd ddiwethaf
account-sessions-this-device = Y ddyfais hon
account-sessions-sign-out-others = Allgofnodi ym mhobman arall
account-data-heading = Eich gwybodaeth
account-data-body = Lawrlwythwch bopeth sydd yn eich cyfrif, fel ffeil y gallwch chi ei chadw neu ei rhannu â rhywun rydych chi'n ymddiried ynddo.
account-data-download = Lawrlwytho eich gwybodaeth
account-delete-heading = Dileu eich cyfrif
account-delete-link = Dileu eich cyfrif
account-sign-out = Allgofnodi

device-description = { $browser } ar { $system }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = Porwr
device-system-android = Android
device-system-ios = iPhone neu iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
# Only used after "ar" in device-description, so it takes the soft mutation (dyfais → ddyfais).
device-system-other = ddyfais arall
time-just-now = Ychydig eiliadau yn ôl
time-minutes-ago = { $minutes ->
    [zero] { $minutes } munud yn ôl
    [one] 1 munud yn ôl
    [two] { $minutes } funud yn ôl
    [few] { $minutes } munud yn ôl
    [many] { $minutes } munud yn ôl
   *[other] { $minutes } munud yn ôl
}
time-hours-ago = { $hours ->
    [zero] { $hours } awr yn ôl
    [one] 1 awr yn ôl
    [two] { $hours } awr yn ôl
    [few] { $hours } awr yn ôl
    [many] { $hours } awr yn ôl
   *[other] { $hours } awr yn ôl
}

flash-password-changed = Mae eich cyfrinair wedi'i newid. Rydych chi wedi cael eich allgofnodi ar ddyfeisiau eraill.
flash-authenticator-changed = Mae eich ap dilysu wedi'i osod eto. Dydy codau o'ch hen ap ddim yn gweithio mwyach.
flash-recovery-codes-replaced = Mae gennych chi godau adfer newydd. Dydy eich hen godau ddim yn gweithio mwyach.
flash-other-sessions-ended = Rydych chi wedi cael eich allgofnodi ym mhobman arall.
flash-welcome = Mae eich cyfrif yn barod.
flash-recovery-codes-low = Mae gennych chi { $count ->
    [zero] { $count } cod adfer
    [one] 1 cod adfer
    [two] { $count } god adfer
    [few] { $count } chod adfer
    [many] { $count } chod adfer
   *[other] { $count } cod adfer
} ar ôl. Mynnwch godau newydd fel na fyddwch chi'n rhedeg allan.
flash-code-failures = Cafodd { $count ->
    [zero] { $count } cod anghywir eu rhoi
    [one] 1 cod anghywir ei roi
    [two] { $count } god anghywir eu rhoi
    [few] { $count } chod anghywir eu rhoi
    [many] { $count } chod anghywir eu rhoi
   *[other] { $count } cod anghywir eu rhoi
} ar gyfer eich cyfrif cyn i chi fewngofnodi. Os nad chi oedd hynny, efallai fod rhywun yn gwybod eich cyfrinair: newidiwch eich cyfrinair nawr.

reauth-lead = I gadw eich cyfrif yn ddiogel, cadarnhewch mai chi sydd yma.
reauth-code-label = Cod o'ch ap dilysu, neu god adfer
reauth-error-mismatch = Dydy'r manylion ddim yn gywir. Gwiriwch eich enw mewngofnodi, eich cyfrinair a'ch cod.

change-password-title = Newid eich cyfrinair
change-password-heading = Newid eich cyfrinair
current-password-label = Cyfrinair presennol
change-password-new-label = Cyfrinair newydd
change-password-button = Newid y cyfrinair

reset-authenticator-title = Gosod eich ap dilysu eto
reset-authenticator-heading = Gosod eich ap dilysu eto
reset-authenticator-lead = Gwnewch hyn os oes gennych chi ffôn newydd neu os ydych chi wedi colli eich ap. Bydd eich hen ap yn stopio gweithio.

new-codes-title = Cael codau adfer newydd
new-codes-heading = Cael codau adfer newydd
new-codes-lead = Byddwch chi'n cael 10 cod newydd. Bydd eich hen godau yn stopio gweithio.

delete-title = Dileu eich cyfrif
delete-heading = Dileu eich cyfrif
delete-warning = Does dim modd dadwneud hyn. Bydd eich cyfrif a phopeth sydd ynddo, gan gynnwys eich dyddiadur a'ch cynnydd drwy'r canllawiau, yn cael eu dileu ar unwaith.
delete-button = Dileu fy nghyfrif
deleted-title = Cyfrif wedi'i ddileu
deleted-heading = Mae eich cyfrif wedi'i ddileu
deleted-body = Mae popeth oedd ynddo wedi'i ddileu. Gallwch chi ddefnyddio'r wefan hon heb gyfrif o hyd.

## Staff enrolment

staff-enrol-title = Sefydlu eich cyfrif staff
staff-enrol-heading = Sefydlu eich cyfrif staff
staff-enrol-lead = Helo { $name }. Dewiswch eich manylion mewngofnodi, yna gosodwch eich ap dilysu. Mae mewngofnodi dau ffactor bob amser ymlaen i staff.
invite-invalid-title = Dydy'r ddolen ddim yn ddilys
invite-invalid-heading = Mae'r ddolen hon wedi dod i ben neu wedi cael ei defnyddio'n barod
invite-invalid-body = Mae dolenni cofrestru yn gweithio unwaith, am 24 awr. Gofynnwch i weinyddwr am ddolen newydd.
nav-label = Cyfrif
code-error-closed = Mae gormod o godau anghywir wedi'u rhoi ar gyfer y cyfrif hwn, felly nid yw'n derbyn rhagor o godau. Ailosodwch eich cyfrinair gyda chod adfer i'w agor eto.
flash-code-entry-was-closed = Cafodd rhoi codau ar gyfer eich cyfrif ei gau ar ôl gormod o godau anghywir, nes i chi ailosod eich cyfrinair. Os nad chi roddodd y codau hynny, efallai bod rhywun yn gwybod eich cyfrinair.
