# Draft translation: not yet checked by a fluent Welsh speaker.
# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = Cysylltu
request-caption = Gofyn i wasanaeth gysylltu â chi
request-honeypot = Gadewch hwn yn wag

request-start-heading = Gofyn i wasanaeth gysylltu â chi
request-start-lead = Dywedwch ychydig wrthyn ni am yr hyn a ddigwyddodd a beth fyddai'n helpu. Byddwn ni'n ei anfon at y gwasanaeth sydd yn y sefyllfa orau i'ch cefnogi, a byddan nhw'n cysylltu â chi yn y ffordd rydych chi'n dweud sy'n ddiogel.
request-start-police = Mae'r gwasanaethau hyn yn annibynnol ar yr heddlu, a does dim rhaid eich bod wedi rhoi gwybod am yr hyn ddigwyddodd. Maen nhw'n cadw'r hyn rydych chi'n ei ddweud yn breifat. Ond efallai y bydd rhaid iddyn nhw ei rannu heb eich cytundeb os ydyn nhw'n meddwl bod plentyn mewn perygl, neu y gallai rhywun gael niwed difrifol. Gallwch chi ofyn iddyn nhw am hyn cyn i chi ddweud dim.
request-start-how-heading = Sut mae'n gweithio
request-start-how-questions = Rydych chi'n ateb ychydig o gwestiynau byr, un ar y tro. Mae'r rhan fwyaf yn ddewisol neu mae ganddyn nhw ateb “byddai'n well gen i beidio â dweud”.
request-start-how-service = Rydyn ni'n anfon eich atebion at un gwasanaeth, wedi'i ddewis yn ôl yr hyn a ddigwyddodd a'ch oedran. Gallwch chi weld pa un cyn i chi anfon.
request-start-how-safe = Rydych chi'n dweud wrthyn ni sut a phryd mae'n ddiogel cysylltu â chi, a allwn ni adael neges, ac a allwn ni ddweud pwy ydyn ni.
request-start-how-time = Mae'n cymryd tua 5 i 10 munud. Mae eich atebion yn cael eu cadw nes i chi gau eich porwr, neu nes bod 30 munud wedi mynd heibio heb weithgarwch.
request-start-signed-in = Rydych chi wedi mewngofnodi, felly byddwn ni'n llenwi'r hyn rydych chi wedi'i ddweud wrthyn ni o'r blaen, a gallwch chi ddilyn beth sy'n digwydd yn eich cyfrif.
request-start-no-account = Does dim angen cyfrif arnoch chi. Os oes gennych chi un, mewngofnodwch yn gyntaf er mwyn dilyn beth sy'n digwydd.
request-start-urgent = Os ydych chi mewn perygl nawr, ffoniwch 999. Dydy'r gwasanaethau hyn ddim yn gallu ymateb ar unwaith.
request-start-button = Dechrau nawr
request-start-directory = Neu gweld pob gwasanaeth a chysylltu â nhw eich hun

request-yes = Ie
request-no = Na
request-rather-not-say = Byddai'n well gen i beidio â dweud
request-choose-all = Dewiswch bob un sy'n berthnasol.
request-choose-listed = Dewiswch un o'r atebion sydd wedi'u rhestru, neu gadewch hyn yn wag.
request-too-long = Mae'r ateb hwn yn rhy hir. Defnyddiwch { $max } nod neu lai.

request-safe = Ydych chi'n ddiogel ar hyn o bryd?
request-safe-hint = Os ydych chi'n darllen hwn ar ran rhywun arall, atebwch ar eu rhan nhw.
request-safe-yes = Ie
request-safe-no = Na
request-safe-not-sure = Dydw i ddim yn siŵr
request-safe-error = Dewiswch a ydych chi'n ddiogel ar hyn o bryd
request-urgent-heading = Os ydych chi mewn perygl, gofynnwch am help nawr
request-urgent-carry-on-heading = Gallwch chi ofyn i wasanaeth gysylltu â chi o hyd
request-urgent-carry-on = Does dim rhaid i chi fod yn ddiogel nawr i ofyn am gymorth. Mae eich atebion hyd yma wedi'u cadw.
request-urgent-carry-on-safely = Nesaf byddwn yn gofyn ychydig o gwestiynau byr, gan gynnwys sut a phryd mae'n ddiogel i wasanaeth gysylltu â chi, a allan nhw adael neges ac a allan nhw ddweud pwy ydyn nhw.
request-urgent-continue = Parhau a dewis ffordd ddiogel o gysylltu â chi

request-who = Ar gyfer pwy rydych chi'n gofyn am gymorth?
request-who-me = Fi fy hun
request-who-someone = Rhywun rydw i'n ei gefnogi
request-who-someone-hint = Rhaid iddyn nhw wybod am y cais hwn a chytuno iddo.
request-who-error = Dewiswch ar gyfer pwy mae'r cymorth

request-age = { $who ->
    [someone] Beth yw oedran y person rydych chi'n ei gefnogi?
   *[me] Beth yw eich oedran chi?
}
request-age-hint = Mae hyn yn ein helpu i ddewis gwasanaeth sy'n gweithio gyda phobl o'r oedran hwnnw.
request-age-error = Dewiswch grŵp oedran, neu dewiswch y byddai'n well gennych chi beidio â dweud

request-what = { $who ->
    [someone] Beth ddigwyddodd iddyn nhw?
   *[me] Beth ddigwyddodd i chi?
}
request-what-error = Dewiswch o leiaf un ateb. Os nad ydych chi'n siŵr, dewiswch “Dydw i ddim yn siŵr a oedd yn drosedd”

request-when = Pryd ddigwyddodd hyn?
request-when-week = Yn ystod yr wythnos ddiwethaf
request-when-month = Yn ystod y mis diwethaf
request-when-six-months = Yn ystod y 6 mis diwethaf
request-when-longer = Mwy na 6 mis yn ôl
request-when-ongoing = Mae'n dal i ddigwydd
request-when-error = Dewiswch pryd ddigwyddodd hyn, neu dewiswch y byddai'n well gennych chi beidio â dweud

request-police = Oes rhywun wedi rhoi gwybod i'r heddlu am hyn?
request-police-hint = Gallwch chi gael cymorth p'un a ydych chi'n rhoi gwybod i'r heddlu ai peidio. Mae'r gwasanaethau hyn yn annibynnol ar yr heddlu.
request-police-yes = Oes
request-police-no = Nac oes
request-police-not-sure = Dydw i ddim yn siŵr
request-police-error = Dewiswch ateb, neu dewiswch y byddai'n well gennych chi beidio â dweud

request-needs = Beth fyddai'n helpu
request-needs-legend = { $who ->
    [someone] Pa fath o gymorth fyddai'n eu helpu nhw?
   *[me] Pa fath o gymorth fyddai'n eich helpu chi?
}
request-needs-other = Unrhyw beth arall yr hoffech chi i'r gwasanaeth ei wybod (dewisol)
request-needs-other-hint = Ysgrifennwch dim ond yr hyn rydych chi'n hapus i'r gwasanaeth ei ddarllen.
request-needs-error = Dewiswch o leiaf un math o gymorth, neu dywedwch wrthyn ni yn eich geiriau eich hun

request-language-heading = Iaith a mynediad
request-language = Pa iaith hoffech chi ei defnyddio? (dewisol)
request-language-hint = Er enghraifft, Saesneg, Pwyleg, Wrdw neu Iaith Arwyddion Prydain (BSL).
request-interpreter = Hoffech chi gael cyfieithydd?
request-interpreter-hint = Does dim angen i chi ateb hwn os byddwch chi'n defnyddio Saesneg.
request-interpreter-error = Dewiswch a hoffech chi gael cyfieithydd
request-access = Oes angen unrhyw un o'r rhain arnoch chi?
request-access-bsl = Iaith Arwyddion Prydain (BSL) gyda dehonglydd
request-access-relay = Relay UK neu gyfnewid testun (teipio a darllen, nid iaith arwyddion)
request-access-easy-read = Gwybodaeth mewn fformat hawdd ei deall (easy read)
request-access-large-print = Print bras
request-access-other = Rhywbeth arall
request-access-other-label = Dywedwch wrthyn ni am unrhyw beth arall a fyddai'n eich helpu i ddefnyddio'r gwasanaeth (dewisol)

request-contact-heading = { $who ->
    [someone] Sut gall y gwasanaeth gysylltu â nhw?
   *[me] Sut gall y gwasanaeth gysylltu â chi?
}
request-contact-lead = { $who ->
    [someone] Ar y dudalen nesaf, byddwn ni'n gofyn pryd a sut mae'n ddiogel cysylltu â nhw.
   *[me] Ar y dudalen nesaf, byddwn ni'n gofyn pryd a sut mae'n ddiogel cysylltu â chi.
}
request-name = { $who ->
    [someone] Pa enw dylai'r gwasanaeth ei ddefnyddio ar eu cyfer nhw?
   *[me] Pa enw dylai'r gwasanaeth ei ddefnyddio ar eich cyfer chi?
}
request-name-hint = Does dim rhaid i hwn fod yn enw llawn nac yn enw go iawn.
request-name-error = Rhowch enw y gall y gwasanaeth ei ddefnyddio
request-channels = { $who ->
    [someone] Pa ffyrdd gall y gwasanaeth eu defnyddio i gysylltu â nhw?
   *[me] Pa ffyrdd gall y gwasanaeth eu defnyddio i gysylltu â chi?
}
request-channels-error = Dewiswch o leiaf un ffordd o gysylltu
request-channel-phone = Galwad ffôn
request-channel-text = Neges destun
request-channel-email = E-bost
request-phone = Rhif ffôn
request-phone-hint = Ar gyfer galwadau ffôn a negeseuon testun. Er enghraifft, 07700 900 982.
request-phone-missing = Rhowch rif ffôn, neu dad-diciwch galwadau ffôn a negeseuon testun
request-phone-invalid = Rhowch rif ffôn yn y fformat cywir, fel 07700 900 982 neu +44 7700 900 982
request-email = Cyfeiriad e-bost
request-email-hint = Dim ond os cafodd e-bost ei ddewis uchod.
request-email-missing = Rhowch gyfeiriad e-bost, neu dad-diciwch e-bost
request-email-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

request-safe-contact-heading = Cadw'n ddiogel pan fydd y gwasanaeth yn cysylltu
request-safe-contact-lead = { $who ->
    [someone] Bydd y gwasanaeth yn dilyn y cyfarwyddiadau hyn yn union. Meddyliwch pwy arall allai weld eu ffôn neu eu negeseuon e-bost nhw.
   *[me] Bydd y gwasanaeth yn dilyn y cyfarwyddiadau hyn yn union. Meddyliwch pwy arall allai weld eich ffôn neu eich negeseuon e-bost chi.
}
request-safe-phone = Ydy hi'n ddiogel i'r gwasanaeth ffonio'r rhif hwn?
request-safe-text = Ydy hi'n ddiogel i'r gwasanaeth anfon negeseuon testun?
request-safe-email = Ydy hi'n ddiogel i'r gwasanaeth anfon e-bost?
request-safe-times = Pryd mae'n ddiogel? (dewisol)
request-safe-times-hint = Er enghraifft, ar ddiwrnodau'r wythnos rhwng 10yb a 2yp.
request-safe-voicemail = Ydy'r gwasanaeth yn cael gadael neges llais?
request-safe-voicemail-error = Dewiswch a yw'r gwasanaeth yn cael gadael neges llais
request-safe-say-who = Ydy'r gwasanaeth yn cael dweud pwy ydyn nhw?
request-safe-say-who-hint-phone = Os byddwch chi'n dweud na, fyddan nhw ddim yn enwi eu gwasanaeth pan fyddan nhw'n eich ffonio neu'n gadael neges.
request-safe-say-who-hint-text = Os byddwch chi'n dweud na, fyddan nhw ddim yn enwi eu gwasanaeth mewn negeseuon testun.
request-safe-say-who-hint-email = Os byddwch chi'n dweud na, fyddan nhw ddim yn enwi eu gwasanaeth mewn e-byst, gan gynnwys enw'r anfonwr a'r pwnc.
request-safe-say-who-error = Dewiswch a yw'r gwasanaeth yn cael dweud pwy ydyn nhw
request-safe-channel-error = Dewiswch a yw'r ffordd hon o gysylltu yn ddiogel
request-no-safe-channel = Rhaid i o leiaf un ffordd o gysylltu fod yn ddiogel. Ewch yn ôl a dewiswch ffordd arall, neu ffoniwch linell gymorth yn lle hynny
request-code-word-heading = Gair cod
request-code-word = Gair cod (dewisol)
request-code-word-hint = Os bydd rhywun arall yn ateb, bydd y gwasanaeth ond yn esbonio pam maen nhw'n ffonio wrth berson sy'n dweud y gair hwn.

request-supporter-heading = Amdanoch chi, y cefnogwr
request-supporter-lead = Efallai y bydd y gwasanaeth yn cysylltu â chi os na allan nhw gysylltu â'r person rydych chi'n ei gefnogi. Byddan nhw bob amser yn ceisio cysylltu â'r person yn gyntaf, yn y ffordd sy'n ddiogel iddyn nhw.
request-supporter-name = Eich enw
request-supporter-name-error = Rhowch eich enw
request-supporter-phone = Eich rhif ffôn
request-supporter-email = Eich cyfeiriad e-bost
request-supporter-contact-error = Rhowch rif ffôn neu gyfeiriad e-bost i chi
request-supporter-relationship = Sut rydych chi'n eu hadnabod nhw? (dewisol)
request-supporter-agreed-legend = Eu cytundeb nhw
request-supporter-agreed = Maen nhw'n gwybod am y cais hwn ac yn cytuno iddo
request-supporter-agreed-error = Cadarnhewch fod y person yn gwybod am y cais hwn ac yn cytuno iddo

request-about-heading = Amdanoch chi (dewisol)
request-about-lead = Mae'r cwestiynau hyn yn helpu'r Comisiynydd Heddlu a Throseddu, sy'n cael ei ethol i dalu am wasanaethau i ddioddefwyr yma ac nad yw'n swyddog heddlu, i weld pa grwpiau o bobl sydd ddim yn cael cymorth, er mwyn i wasanaethau allu gwella. Mae eich atebion yn cael eu cyfrif gydag atebion pawb arall, a fyddan nhw byth yn cael eu dangos gyda'ch enw.
request-about-commissioner = Mae swyddfa'r comisiynydd ar wahân i'r heddlu, a dim ond rhifau mae'n eu gweld: byth gais, a byth atebion unrhyw un ar eu pen eu hunain.
request-about-optional = Gallwch chi hepgor unrhyw un ohonyn nhw, neu bob un.
request-about-heading-supporter = Am y person rydych chi'n ei gefnogi (dewisol)
request-about-lead-supporter = Mae'r cwestiynau hyn yn helpu'r Comisiynydd Heddlu a Throseddu, sy'n cael ei ethol i dalu am wasanaethau i ddioddefwyr yma ac nad yw'n swyddog heddlu, i weld pa grwpiau o bobl sydd ddim yn cael cymorth, er mwyn i wasanaethau allu gwella. Atebwch dim ond yr hyn rydych chi'n ei wybod a'r hyn mae'r person rydych chi'n ei gefnogi'n hapus i'w rannu. Mae'r atebion yn cael eu cyfrif gydag atebion pawb arall, a fyddan nhw byth yn cael eu dangos gydag enw.
equality-gender = Beth yw eich rhywedd?
equality-gender-supporter = Beth yw eu rhywedd nhw?
equality-gender-woman = Menyw
equality-gender-man = Dyn
equality-gender-non-binary = Anneuaidd
equality-gender-other = Mewn ffordd arall
equality-ethnicity = Beth yw eich grŵp ethnig?
equality-ethnicity-supporter = Beth yw eu grŵp ethnig nhw?
equality-ethnicity-asian = Asiaidd neu Asiaidd Prydeinig
equality-ethnicity-black = Du, Du Prydeinig, Caribïaidd neu Affricanaidd
equality-ethnicity-mixed = Grwpiau ethnig cymysg neu luosog
equality-ethnicity-white = Gwyn
equality-ethnicity-other = Grŵp ethnig arall
equality-sexuality = Pa un o'r rhain sy'n disgrifio eich cyfeiriadedd rhywiol orau?
equality-sexuality-supporter = Pa un o'r rhain sy'n disgrifio eu cyfeiriadedd rhywiol nhw orau?
equality-sexuality-straight = Strêt neu heterorywiol
equality-sexuality-gay-lesbian = Hoyw neu lesbiaidd
equality-sexuality-bisexual = Deurywiol
equality-sexuality-other = Cyfeiriadedd rhywiol arall
equality-disability = Ydych chi'n ystyried eich bod chi'n anabl?
equality-disability-supporter = Ydyn nhw'n ystyried eu bod nhw'n anabl?
equality-disability-hint = Er enghraifft, cyflwr neu salwch iechyd corfforol neu feddyliol sy'n effeithio arnoch chi o ddydd i ddydd.

request-check-heading = Gwirio eich atebion cyn anfon
request-not-answered = Heb ateb
request-change = Newid
request-check-safety-title = Cysylltu a diogelwch
request-check-about-title = Beth ddigwyddodd
request-check-language-title = Iaith a mynediad
request-check-supporter-title = Amdanoch chi, y cefnogwr
request-check-equality-title = Cwestiynau dewisol
request-check-name = Enw i'w ddefnyddio
request-check-contact = Ffyrdd o gysylltu
request-check-safe-contact = Cyfarwyddiadau diogelwch
request-check-safe-phone = Mae galwadau ffôn yn ddiogel
request-check-unsafe-phone = Peidiwch â ffonio
request-check-safe-text = Mae negeseuon testun yn ddiogel
request-check-unsafe-text = Peidiwch ag anfon negeseuon testun
request-check-safe-email = Mae negeseuon e-bost yn ddiogel
request-check-unsafe-email = Peidiwch ag anfon e-bost
request-check-safe-times = Amseroedd diogel: { $times }
request-check-no-voicemail = Peidiwch â gadael neges llais
request-check-no-name = Peidiwch â dweud pwy ydych chi
request-check-code-word = Gair cod: { $word }
request-check-safe-now = Yn ddiogel ar hyn o bryd
request-check-who = Cymorth ar gyfer
request-check-age = { $who ->
    [someone] Eu hoedran nhw
   *[me] Eich oedran chi
}
request-check-what = Beth ddigwyddodd
request-check-when = Pryd
request-check-police = Wedi rhoi gwybod i'r heddlu
request-check-needs = Cymorth a fyddai'n helpu
request-check-language = Iaith
request-check-interpreter = Mae angen cyfieithydd
request-check-access = Anghenion mynediad
request-check-supporter = Eich manylion
request-check-agreed = Maen nhw'n gwybod ac yn cytuno
request-check-send-heading = Nawr anfonwch eich cais
request-check-goes-to = Bydd eich cais yn mynd at { $service }.
request-check-privacy = Mae eich atebion wedi'u hamgryptio a dim ond staff y gwasanaeth hwn sy'n gallu eu darllen. Maen nhw'n cael eu dileu ar ôl i'r gwasanaeth gau eich cais.
request-consent-legend = Caniatâd i rannu
request-consent-me = Rydw i'n cytuno i'm hatebion gael eu rhannu â'r gwasanaeth hwn er mwyn iddyn nhw allu cysylltu â mi
request-consent-someone = Rydw i'n cytuno i'r atebion hyn gael eu rhannu â'r gwasanaeth hwn, ac mae'r person rydw i'n ei gefnogi wedi cytuno hefyd
request-consent-error = Ticiwch y blwch i gytuno i'ch atebion gael eu rhannu, neu gallwch chi adael y dudalen hon a fydd dim byd yn cael ei anfon
request-too-many = Mae sawl cais wedi cael eu hanfon o'r cysylltiad hwn yn ystod yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen, neu ffoniwch un o'r llinellau cymorth isod.
request-send = Anfon y cais

request-done-title = Wedi'i anfon
request-done-heading = Cais wedi'i anfon
request-done-reference = Eich cyfeirnod yw { $reference }
request-done-next-heading = Beth sy'n digwydd nesaf
request-done-next = Bydd { $service } yn cysylltu â chi yn y ffordd y dywedoch chi sy'n ddiogel.
request-done-next-within = Bydd { $service } yn cysylltu â chi yn y ffordd y dywedoch chi sy'n ddiogel. Mae'r gwasanaeth yn anelu at wneud hyn o fewn { $days } diwrnod gwaith.
request-done-safe = Byddan nhw'n dilyn eich cyfarwyddiadau diogelwch. Os bydd pethau'n newid, neu os nad yw'n ddiogel cysylltu â chi mwyach, ffoniwch nhw neu ffoniwch linell gymorth.
request-done-status-account = Gallwch chi weld beth sy'n digwydd gyda'ch cais yn eich cyfrif.
request-done-status-reference = Cadwch eich cyfeirnod rywle diogel os ydych chi eisiau gofyn am eich cais. Does dim angen i chi ei gadw os nad yw hynny'n ddiogel.
request-done-urgent = Os ydych chi mewn perygl nawr, ffoniwch 999.
request-done-others-heading = Gwasanaethau eraill a allai helpu
request-done-others-lead = Gallwch chi hefyd gysylltu â'r gwasanaethau hyn eich hun. Maen nhw am ddim.
request-done-meanwhile-heading = Tra byddwch chi'n aros
request-done-guides = Darllen canllawiau ar ymdopi ar ôl trosedd

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] Ble mae'r person rydych chi'n ei gefnogi yn byw?
   *[me] Ble rydych chi'n byw?
}
request-area-hint = Dim ond i ddewis gwasanaeth lleol rydyn ni'n defnyddio hyn. Mae Cleveland yn cynnwys y pedair ardal hyn.
request-area-postcode = Rhoddaf hanner cyntaf fy nghod post yn lle hynny
request-area-outside = Rhywle y tu allan i Cleveland
request-postcode = Hanner cyntaf y cod post (dim ond os gwnaethoch chi ddewis hynny uchod)
request-postcode-hint = Er enghraifft, TS10. Rydyn ni'n ei ddefnyddio i ddod o hyd i'r ardal yn unig, a dydyn ni ddim yn ei gadw.
request-area-error = Dewiswch ble rydych chi'n byw, neu y byddai'n well gennych beidio â dweud
request-postcode-missing = Rhowch hanner cyntaf y cod post, fel TS10, neu dewiswch ardal
request-postcode-invalid = Rhowch hanner cyntaf cod post, fel TS10, neu dewiswch ardal
request-postcode-spans = Mae'r cod post hwnnw'n cynnwys mwy nag un ardal. Dewiswch yr ardal yn lle hynny
request-check-area = { $who ->
    [someone] Ble maen nhw'n byw
   *[me] Ble rydych chi'n byw
}
request-signpost-heading = Ble gallwch chi droi am help
request-signpost-outside = Dim ond at wasanaethau yn Cleveland (Hartlepool, Middlesbrough, Redcar a Cleveland, a Stockton-on-Tees) y gall y wefan hon anfon ceisiadau, felly dydyn ni ddim wedi anfon dim. Gall y gwasanaethau isod helpu ble bynnag rydych chi'n byw. Gall Llinell Gymorth Cymorth i Ddioddefwyr hefyd ddweud wrthych chi am gymorth yn agos atoch.
request-signpost-none = Does dim un o'r gwasanaethau lleol yma'n gallu derbyn cais fel hwn i rywun o'r oedran hwn, felly dydyn ni ddim wedi anfon dim. Gall y gwasanaethau isod helpu, a gallwch chi gysylltu â nhw eich hun.
request-signpost-services = Gallwch chi newid eich atebion gyda'r ddolen Yn ôl.
