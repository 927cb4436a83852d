# Draft translation: not yet checked by a fluent Welsh speaker.
# Staying safe online, privacy notice, accessibility statement and cookies.

safety-title = Cadw'n ddiogel ar-lein
safety-heading = Cadw'n ddiogel ar-lein
safety-lead = Os oes rhywun arall yn defnyddio eich ffôn neu eich cyfrifiadur, neu os gallai rhywun wirio beth rydych chi'n ei wneud ar-lein, gall y camau hyn helpu i gadw eich ymweliad â'r wefan hon yn breifat.

safety-exit-heading = Gadael y wefan hon yn gyflym
safety-exit-body = Mae botwm Gadael y dudalen hon ar frig pob tudalen. Dewiswch y botwm a bydd gwefan tywydd yn agor ar unwaith.
safety-exit-shift = Gallwch chi hefyd bwyso'r fysell Shift 3 gwaith. Bydd y dudalen yn mynd yn wag ar unwaith ac, os ydych chi wedi mewngofnodi, byddwch chi'n cael eich allgofnodi.
safety-exit-limits = Dydy'r botwm gadael ddim yn gallu tynnu'r wefan hon o hanes eich porwr. Efallai y bydd tudalennau eraill y gwnaethoch chi edrych arnyn nhw yno o hyd. Mae'r camau isod yn helpu gyda hynny.

safety-private-heading = Defnyddio ffenestr breifat
safety-private-body = Dydy ffenestr breifat ddim yn cadw hanes o'r tudalennau rydych chi'n ymweld â nhw, ac mae'n anghofio cwcis pan fyddwch chi'n ei chau.
safety-private-chrome = Chrome: agorwch y ddewislen gyda thri dot a dewiswch New Incognito window (Ffenestr Incognito newydd).
safety-private-safari = Safari ar iPhone neu iPad: tapiwch y botwm tabiau, yna Private (Preifat).
safety-private-firefox = Firefox: agorwch y ddewislen a dewiswch New private window (Ffenestr breifat newydd).
safety-private-edge = Microsoft Edge: agorwch y ddewislen gyda thri dot a dewiswch New InPrivate window (Ffenestr InPrivate newydd).
safety-private-limits = Dydy ffenestr breifat ddim yn cuddio beth rydych chi'n ei wneud rhag eich darparwr rhyngrwyd, rhwydwaith eich cyflogwr neu eich ysgol, na rhag meddalwedd ysbïo ar y ddyfais.

safety-history-heading = Clirio hanes eich porwr
safety-history-body = Gallwch chi ddileu'r tudalennau y gwnaethoch chi ymweld â nhw o hanes eich porwr. Yn y rhan fwyaf o borwyr, fe welwch chi hyn o dan History (Hanes) neu Privacy (Preifatrwydd) yn y gosodiadau.
safety-history-care = Os bydd rhywun yn gwirio eich dyfais, gallai hanes sy'n wag yn sydyn wneud iddyn nhw amau rhywbeth. Efallai y byddai'n well gennych chi ddileu'r tudalennau o'r wefan hon yn unig.

safety-device-heading = Defnyddio dyfais fwy diogel
safety-device-body = Os ydych chi'n meddwl bod rhywun yn gwylio eich ffôn neu eich cyfrifiadur, defnyddiwch un nad oes gan y person hwnnw fynediad ato, er enghraifft:
safety-device-library = cyfrifiadur mewn llyfrgell gyhoeddus
safety-device-friend = ffôn ffrind neu berthynas rydych chi'n ymddiried ynddyn nhw
safety-device-work = cyfrifiadur yn y gwaith neu yn y coleg, os ydych chi'n cael ei ddefnyddio ar gyfer pethau personol

safety-monitoring-heading = Os ydych chi'n meddwl bod rhywun yn gwylio beth rydych chi'n ei wneud
safety-monitoring-body = Mae rhai pobl yn defnyddio technoleg i reoli neu ddilyn pobl eraill. Mae'r arwyddion yn cynnwys rhywun yn gwybod ble rydych chi wedi bod neu beth rydych chi wedi'i ysgrifennu. Pethau y gallwch chi eu gwirio:
safety-monitoring-passwords = a oes unrhyw un arall yn gwybod eich cyfrineiriau neu god cyfrin eich ffôn
safety-monitoring-location = a yw eich lleoliad yn cael ei rannu, er enghraifft yn Find My, Google Maps neu osodiadau rhannu gyda'r teulu
safety-monitoring-accounts = a yw eich cyfrifon e-bost, storfa cwmwl neu gyfryngau cymdeithasol wedi mewngofnodi ar ddyfais nad ydych chi'n ei hadnabod
safety-monitoring-apps = a oes apiau ar eich ffôn na wnaethoch chi eu gosod
safety-monitoring-help = Weithiau gall newid pethau'n sydyn wneud sefyllfa'n fwy peryglus. Gall gwasanaeth cam-drin domestig eich helpu i gynllunio sut i wneud hynny'n ddiogel.

privacy-title = Preifatrwydd
privacy-heading = Hysbysiad preifatrwydd
privacy-lead = Mae'r hysbysiad hwn yn esbonio pa wybodaeth mae Waymark yn ei chadw amdanoch chi, pam, a beth gallwch chi ei wneud am hynny.

privacy-browsing-heading = Pan fyddwch chi'n darllen tudalennau
privacy-browsing-body = Gallwch chi ddarllen y wefan hon heb roi unrhyw wybodaeth amdanoch chi eich hun i ni. Dydyn ni ddim yn defnyddio cwcis hysbysebu nac olrhain, a dydyn ni ddim yn defnyddio gwasanaethau dadansoddi. Os byddwch chi'n dewis iaith, neu'n agor dolen i dudalen mewn iaith benodol, rydyn ni'n cofio'r iaith honno mewn cwci ar eich dyfais.
privacy-browsing-logs = Mae ein gweinyddion yn cadw cofnodion technegol byr o geisiadau er mwyn i ni allu cadw'r wefan yn gweithio ac yn ddiogel: yr amser, cyfeiriad y dudalen heb unrhyw beth y gwnaethoch chi ei deipio mewn chwiliad neu ffurflen, ac a weithiodd y cais. Dydy'r cofnodion hyn ddim yn cynnwys eich cyfeiriad IP, eich enw, nac unrhyw beth rydych chi'n ei deipio.

privacy-account-heading = Os byddwch chi'n creu cyfrif
privacy-account-body = Does dim rhaid i chi gael cyfrif. Os byddwch chi'n creu un, rydyn ni'n cadw:
privacy-account-name = fersiwn wedi'i sgramblo o'ch enw mewngofnodi a'ch cyfrinair nad oes modd ei droi'n ôl yn y naill na'r llall: all neb eu darllen, gan gynnwys ein staff
privacy-account-email = eich cyfeiriad e-bost, os byddwch chi'n dewis rhoi un, wedi'i storio ar ffurf wedi'i hamgryptio
privacy-account-factors = yr allwedd ar gyfer eich ap dilysu, wedi'i storio ar ffurf wedi'i hamgryptio, a fersiynau wedi'u sgramblo o'ch codau adfer
privacy-account-sessions = y dyfeisiau rydych chi wedi mewngofnodi arnyn nhw (dim ond y math o borwr a system, fel Chrome ar Android) a phryd y cawson nhw eu defnyddio ddiwethaf
privacy-account-attempts = am 15 munud, cofnodion wedi'u sgramblo o ymdrechion aflwyddiannus i fewngofnodi, er mwyn i ni allu arafu unrhyw un sy'n ceisio dyfalu ei ffordd i mewn
privacy-account-diary = eich dyddiadur ac unrhyw beth rydych chi'n ei gadw o'r canllawiau, wedi'u hamgryptio gydag allwedd nad oes modd ei datgloi heblaw gyda'ch cyfrinair neu un o'ch codau adfer. All neb arall ei ddarllen: nid ein staff, na neb sy'n cael gafael ar ein gweinyddion. Os na allwch chi fewngofnodi mwyach (er enghraifft, os ydych chi wedi colli eich cyfrinair a'ch ffôn), does dim modd adfer eich dyddiadur.
privacy-account-delete = Gallwch chi lawrlwytho popeth sydd yn eich cyfrif, a dileu eich cyfrif, o dudalen eich cyfrif ar unrhyw adeg. Mae dileu'r cyfrif yn cael gwared ar bopeth ar unwaith.
privacy-police-heading = Rydyn ni'n annibynnol ar yr heddlu
privacy-police-body = Dydyn ni ddim yn rhannu gwybodaeth â'r heddlu, gwasanaethau mewnfudo nac unrhyw un arall oherwydd eich bod chi wedi ymweld â'r wefan hon. Bydden ni ond yn rhannu gwybodaeth os yw'r gyfraith yn mynnu hynny, neu os ydyn ni'n credu bod bywyd rhywun mewn perygl uniongyrchol.

privacy-security-heading = Sut rydyn ni'n diogelu gwybodaeth
privacy-security-body = Mae pob cysylltiad â'r wefan hon wedi'i amgryptio. Mae gwybodaeth yn cael ei storio'n ddiogel, wedi'i diogelu gan reolaethau mynediad, a'i chadw dim ond cyhyd ag y mae ei hangen.

privacy-rights-heading = Eich hawliau
privacy-rights-body = O dan gyfraith diogelu data y DU, mae gennych chi'r hawl:
privacy-rights-access = i gael copi o'r wybodaeth sydd gennym ni amdanoch chi
privacy-rights-correct = i gael gwybodaeth anghywir wedi'i chywiro
privacy-rights-delete = i gael eich gwybodaeth wedi'i dileu
privacy-rights-object = i wrthwynebu'r ffordd rydyn ni'n defnyddio eich gwybodaeth
privacy-rights-ico = Os nad ydych chi'n hapus â'r ffordd rydyn ni wedi defnyddio eich gwybodaeth, gallwch chi gwyno i Swyddfa'r Comisiynydd Gwybodaeth (Information Commissioner's Office, ICO) ar 0303 123 1113 neu yn ico.org.uk.

accessibility-title = Hygyrchedd
accessibility-heading = Datganiad hygyrchedd
accessibility-lead = Rydyn ni eisiau i gynifer o bobl â phosibl allu defnyddio'r wefan hon, beth bynnag yw eu gallu, eu hiaith neu eu dyfais.

accessibility-able-heading = Beth dylech chi allu ei wneud
accessibility-able-zoom = chwyddo hyd at 400% heb i'r testun fynd dros ymyl y sgrin
accessibility-able-keyboard = defnyddio'r wefan gyfan gyda bysellfwrdd yn unig, a gweld bob amser ble rydych chi ar y dudalen
accessibility-able-screen-reader = defnyddio'r wefan gyda darllenydd sgrin neu feddalwedd adnabod lleferydd
accessibility-able-no-javascript = defnyddio pob tudalen a ffurflen gyda JavaScript wedi'i ddiffodd
accessibility-able-motion = diffodd animeiddio, drwy ddewis lleihau symudiad (reduced motion) yng ngosodiadau eich dyfais
accessibility-able-languages = darllen y wefan mewn mwy nag un iaith

accessibility-status-heading = Pa mor hygyrch yw'r wefan hon
accessibility-status-body = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA. Rydyn ni'n dilyn patrymau System Ddylunio GOV.UK (GOV.UK Design System), sy'n cael eu profi gyda phobl anabl.
accessibility-testing-body = Mae pob tudalen yn cael ei gwirio'n awtomatig am broblemau hygyrchedd bob tro mae'r wefan yn newid, gyda JavaScript ymlaen a hefyd wedi'i ddiffodd. Rydyn ni hefyd yn gwirio tudalennau gan ddefnyddio bysellfwrdd yn unig.

accessibility-limits-heading = Rhannau sydd ddim yn gwbl hygyrch eto
accessibility-limits-bsl = Does dim fideo Iaith Arwyddion Prydain (BSL) ar gyfer pob tudalen eto.
accessibility-limits-languages = Dydy rhai tudalennau ddim wedi'u cyfieithu i bob iaith eto. Pan fydd hyn yn digwydd, mae'r fersiwn Saesneg yn cael ei dangos.
accessibility-limits-external = Mae rhai dolenni'n mynd â chi i wefannau sefydliadau eraill, a dydyn ni ddim yn rheoli'r rheini.

accessibility-report-heading = Rhoi gwybod am broblem
accessibility-report-body = Os byddwch chi'n dod o hyd i broblem sydd ddim wedi'i rhestru yma, neu os oes angen gwybodaeth arnoch chi mewn fformat gwahanol fel fersiwn hawdd ei deall, print bras neu sain, rhowch wybod i'r gwasanaeth a roddodd gyfeiriad y wefan hon i chi. Ein nod yw ateb o fewn 5 diwrnod gwaith.
accessibility-enforcement-body = Y Comisiwn Cydraddoldeb a Hawliau Dynol (Equality and Human Rights Commission, EHRC) sy'n gyfrifol am orfodi'r rheoliadau hygyrchedd. Os nad ydych chi'n hapus â'r ffordd rydyn ni'n ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (Equality Advisory and Support Service, EASS).

cookies-title = Cwcis
cookies-heading = Cwcis
cookies-lead = Ffeiliau bach yw cwcis sy'n cael eu cadw ar eich ffôn, eich llechen neu eich cyfrifiadur pan fyddwch chi'n ymweld â gwefan.
cookies-no-tracking = Dim ond y cwcis sydd eu hangen ar y wefan i weithio rydyn ni'n eu defnyddio. Dydyn ni ddim yn defnyddio cwcis ar gyfer hysbysebu nac i'ch olrhain ar draws gwefannau eraill, felly dydyn ni ddim yn gofyn am eich caniatâd.
cookies-table-caption = Cwcis y gallai'r wefan hon eu gosod
cookies-col-name = Enw
cookies-col-purpose = Pwrpas
cookies-col-expires = Yn dod i ben
cookies-session-purpose = Mae'n eich cadw chi wedi mewngofnodi, neu'n cofio eich atebion wrth i chi greu cyfrif. Mae'n cynnwys cod ar hap, nid eich manylion chi.
cookies-session-expires = Pan fyddwch chi'n allgofnodi, yn cau eich porwr, neu ar ôl 30 munud heb weithgarwch
cookies-language-purpose = Mae'n cofio'r iaith a ddewisoch chi, neu iaith dolen a agoroch chi i dudalen mewn iaith benodol. Dim ond bryd hynny y mae'n cael ei osod.
cookies-language-expires = 1 flwyddyn
cookies-clear-heading = Cael gwared ar gwcis
cookies-clear-body = Gallwch chi ddileu cwcis yng ngosodiadau eich porwr ar unrhyw adeg. Mae ffenestr breifat yn eu dileu i chi pan fyddwch chi'n ei chau.
