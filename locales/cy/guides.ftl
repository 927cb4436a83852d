# Draft translation: not yet checked by a fluent Welsh speaker.
# The self-help guides and the wellbeing check-in.

nav-guides = Canllawiau

guides-title = Canllawiau
guides-heading = Canllawiau
guides-lead = Canllawiau byr i'ch helpu i ddeall sut rydych chi'n teimlo, beth sy'n digwydd nesaf, a beth allai helpu. Darllenwch nhw ar eich cyflymder eich hun, mewn unrhyw drefn.
guides-impact = Mae'r canllawiau ar gyfer pobl sy'n ei chael hi'n anodd ond sy'n ymdopi. Os yw'r hyn a ddigwyddodd yn effeithio llawer arnoch chi, efallai y byddai'n help siarad â rhywun hefyd.
guides-check-in-link = Gwiriwch sut rydych chi gydag ychydig o gwestiynau yn gyntaf
guides-continue = Parhau o'r man lle gwnaethoch chi adael:
guides-search-label = Chwilio'r canllawiau
guides-search-button = Chwilio
guides-search-results = Canllawiau am “{ $words }”
guides-filter-label = Hidlo'r canllawiau
guides-filter-who = Ar gyfer pwy
guides-filter-everyone = Pawb
guides-filter-supporters = Pobl sy'n cefnogi rhywun
guides-filter-topic = Pwnc
guides-filter-all = Pob pwnc
guides-filter-bsl = Ar gael yn Iaith Arwyddion Prydain
guides-count = { $count ->
    [0] Heb ddod o hyd i ganllawiau. Rhowch gynnig ar eiriau eraill, neu dewiswch bwnc arall.
    [zero] Heb ddod o hyd i ganllawiau. Rhowch gynnig ar eiriau eraill, neu dewiswch bwnc arall.
    [one] 1 canllaw
    [two] { $count } ganllaw
    [few] { $count } chanllaw
    [many] { $count } chanllaw
   *[other] { $count } canllaw
}
guide-for-victim = I bobl y mae trosedd wedi effeithio arnyn nhw
guide-for-supporter = I bobl sy'n cefnogi rhywun
guide-for-both = I bawb
guide-minutes = { $minutes ->
    [zero] { $minutes } munud o ddarllen
    [one] 1 munud o ddarllen
    [two] { $minutes } funud o ddarllen
    [few] { $minutes } munud o ddarllen
    [many] { $minutes } munud o ddarllen
   *[other] { $minutes } munud o ddarllen
}
guide-has-bsl = Ar gael yn Iaith Arwyddion Prydain (BSL)

guide-title = Canllaw
guide-caption = Canllaw
guide-danger-line = Os ydych chi mewn perygl nawr, ffoniwch 999.
guide-contents = Cynnwys
guide-step-of = Cam { $step } o { $total }
guide-previous = Blaenorol
guide-next = Nesaf
guide-pagination = Camau'r canllaw hwn
guide-tip = Awgrym
guide-more-help-title = Siarad â rhywun
guide-more-help-body = Does dim rhaid i chi ymdopi ar eich pen eich hun. Mae Supportline Victim Support (Cymorth i Ddioddefwyr), sydd am ddim, ar agor ddydd a nos, p'un a wnaethoch chi ddweud wrth yr heddlu ai peidio.
guide-all-guides = Gweld pob canllaw
guide-sources = O ble mae'r wybodaeth hon yn dod
guide-reviewed = Gwiriwyd ddiwethaf ar { $date }.
guide-not-translated = Dydy'r canllaw hwn ddim ar gael yn eich iaith chi eto, felly mae'n cael ei ddangos yn Saesneg.
guide-draft-translation = Dydy'r cyfieithiad hwn ddim wedi cael ei wirio gan siaradwr rhugl eto. Efallai nad yw rhai geiriau yn hollol gywir.
guide-progress-saved = Wedi'i gadw.
guide-save-place = Cadw fy lle
guide-reflection-saved = Mae eich myfyrdod wedi'i gadw yn eich dyddiadur.
guide-reflection-empty = Ysgrifennwch rywbeth i'w gadw, neu daliwch ati i ddarllen.

breathing-title = Ymarfer anadlu
breathing-start = Dechrau
breathing-stop = Stopio
breathing-ready = Pan fyddwch chi'n barod, pwyswch Dechrau a dilynwch y cylch.
breathing-in = Anadlwch i mewn
breathing-hold = Daliwch
breathing-out = Anadlwch allan yn araf
breathing-step-1 = Eisteddwch neu gorweddwch rywle cyfforddus. Gadewch i'ch ysgwyddau ymlacio.
breathing-step-2 = Anadlwch i mewn yn dyner drwy eich trwyn wrth i chi gyfrif i 4.
breathing-step-3 = Daliwch eich anadl wrth i chi gyfrif i 2.
breathing-step-4 = Anadlwch allan yn araf drwy eich ceg wrth i chi gyfrif i 6. Gwnewch hyn 5 gwaith, neu cyhyd ag y mae'n teimlo'n dda.

grounding-title = Ymarfer sylfaenu 5-4-3-2-1
grounding-lead = Pan fydd panig yn codi neu pan fydd atgofion yn dod yn ôl, mae hyn yn dod â'ch sylw yn ôl i ble rydych chi nawr. Cymerwch eich amser gyda phob un.
grounding-see = Edrychwch o'ch cwmpas ac enwch 5 peth y gallwch chi eu gweld.
grounding-feel = Sylwch ar 4 peth y gallwch chi eu teimlo, fel eich traed ar y llawr neu ddefnydd eich dillad.
grounding-hear = Gwrandewch am 3 pheth y gallwch chi eu clywed.
grounding-smell = Dewch o hyd i 2 beth y gallwch chi eu harogli, neu 2 arogl rydych chi'n eu hoffi.
grounding-taste = Sylwch ar 1 peth y gallwch chi ei flasu, neu cymerwch lymaid o ddŵr.
grounding-after = Yna cymerwch anadl araf. Rydych chi yma, ac rydych chi'n ddiogel ar hyn o bryd.

reflect-title = Meddyliwch am y peth
reflect-save = Cadw yn fy nyddiadur
reflect-sign-in = Os oes gennych chi gyfrif, gallwch chi gadw eich meddyliau yn eich dyddiadur preifat. Fel arall, does dim byd rydych chi'n ei ddarllen yma yn cael ei gadw.
checklist-title = Pethau i'w gwneud
checklist-save = Cadw fy nhiciau
checklist-sign-in = Dydy eich ticiau ddim yn cael eu cadw. Os oes gennych chi gyfrif a'ch bod chi'n mewngofnodi, byddan nhw'n cael eu cadw ar gyfer y tro nesaf.

check-in-title = Gwirio sut rydych chi
check-in-heading = Sut mae pethau gyda chi?
check-in-lead = Ychydig o gwestiynau am sut mae pethau i chi ar hyn o bryd. Atebwch gynifer ag y mynnwch chi. Mae'n cymryd tua munud.
check-in-saved-note = Mae eich atebion yn cael eu cadw'n breifat gyda'ch dyddiadur, er mwyn i chi weld sut maen nhw'n newid.
check-in-not-saved-note = Dydy eich atebion ddim yn cael eu cadw yn unman.
check-in-sleep = Faint mae'r hyn a ddigwyddodd yn effeithio ar eich cwsg?
check-in-daily = Faint mae'n effeithio ar eich bywyd bob dydd, fel gwaith, ysgol neu ofalu amdanoch chi eich hun?
check-in-feelings = Faint mae eich teimladau am y peth yn eich rhwystro chi?
check-in-safety = Pa mor ddiogel rydych chi'n teimlo lle rydych chi'n byw?
check-in-effect-0 = Dim o gwbl
check-in-effect-1 = Ychydig
check-in-effect-2 = Cryn dipyn
check-in-effect-3 = Llawer
check-in-safe-0 = Diogel
check-in-safe-1 = Diogel gan amlaf
check-in-safe-2 = Ddim yn ddiogel iawn
check-in-safe-3 = Ddim yn ddiogel o gwbl
check-in-risk-heading = Dau gwestiwn arall
check-in-risk-lead = Does dim rhaid i chi ateb y rhain. Rydyn ni'n gofyn er mwyn i ni allu eich cyfeirio at yr help iawn.
check-in-danger = Oes rhywun yn eich brifo, yn eich bygwth neu'n codi ofn arnoch chi ar hyn o bryd?
check-in-harm = Ydych chi wedi cael meddyliau am ddod â'ch bywyd i ben neu am niweidio eich hun?
check-in-yes = Ie
check-in-no = Na
check-in-skip = Byddai'n well gen i beidio â dweud
check-in-submit = Gweld beth allai helpu
check-in-history-link = Gweld eich atebion cynharach
check-in-result-title = Canlyniad gwirio sut rydych chi
check-in-result-low-heading = Efallai y bydd y canllawiau yn helpu
check-in-result-low-body = O'ch atebion chi, mae'r canllawiau'n lle da i ddechrau. Gallwch chi hefyd siarad â rhywun ar unrhyw adeg.
check-in-result-unanswered-body = Wnaethoch chi ddim ateb y cwestiynau, ac mae hynny'n iawn. Mae'r canllawiau'n lle da i ddechrau, a gallwch chi siarad â rhywun unrhyw bryd.
check-in-result-high-heading = Mae'n swnio fel bod hyn yn effeithio llawer arnoch chi
check-in-result-high-body = Mae'r canllawiau wedi'u bwriadu ar gyfer pobl sy'n teimlo effeithiau isel neu gymedrol. Rydych chi'n haeddu mwy o gymorth nag y gall canllaw ei roi. Gall siarad â rhywun helpu'n fawr, a does dim angen i chi fod wedi dweud wrth yr heddlu.
check-in-result-unsafe-heading = Rydych chi'n haeddu teimlo'n ddiogel
check-in-result-unsafe-body = Dywedoch chi nad ydych chi'n teimlo'n ddiogel. Ni all canllaw newid hynny ar ei ben ei hun. Gall gwasanaeth cymorth eich helpu i weld beth fyddai'n eich gwneud chi'n fwy diogel, a does dim rhaid eich bod wedi dweud wrth yr heddlu.
check-in-result-danger-heading = Rydych chi'n haeddu bod yn ddiogel
check-in-result-danger-body = Os ydych chi mewn perygl ar hyn o bryd, ffoniwch 999. Gall gwasanaethau arbenigol eich helpu i gadw'n ddiogel a chynllunio beth i'w wneud nesaf, heb i chi orfod mynd at yr heddlu.
check-in-result-harm-heading = Siaradwch â rhywun nawr, os gwelwch yn dda
check-in-result-harm-body = Does dim rhaid i chi ymdopi â'r meddyliau hyn ar eich pen eich hun. Mae pobl yn barod i wrando, ddydd a nos.
check-in-result-harm-samaritans = Ffoniwch Samaritans am ddim ar 116 123, ar unrhyw adeg.
check-in-result-harm-nhs = Ffoniwch NHS 111 a dewiswch yr opsiwn ar gyfer iechyd meddwl.
check-in-result-harm-999 = Os ydych chi'n meddwl y gallech chi weithredu ar y meddyliau hyn, neu os ydych chi wedi brifo eich hun, ffoniwch 999 neu ewch i'r adran achosion brys (A&E).
check-in-result-guides = Canllawiau y gallech chi ddechrau gyda nhw
check-in-result-guides-later = Pan fyddwch chi'n teimlo'n barod, efallai y bydd y canllawiau hyn yn helpu
check-in-result-person-heading = Siarad â pherson
check-in-history-title = Atebion cynharach
check-in-history-heading = Eich atebion cynharach
check-in-history-caption = Eich atebion i'r cwestiynau, y mwyaf diweddar yn gyntaf
check-in-history-empty = Dydych chi ddim wedi ateb y cwestiynau eto.

bsl-title = Iaith Arwyddion Prydain (BSL)
bsl-hosted = Mae'r fideo hwn ar { $host }. Does dim byd yn cael ei lwytho oddi yno nes i chi ddewis ei chwarae, ac efallai y bydd y wefan honno'n defnyddio cwcis.
bsl-watch = Chwarae'r fideo BSL
bsl-player-title = Fideo BSL: { $title }
bsl-open-host = Agor y fideo ar { $host } yn lle hynny
bsl-transcript = Darllen beth mae'r fideo'n ei ddweud
bsl-more = Pob cynnwys BSL, a sut i gysylltu â gwasanaethau yn BSL

bsl-page-title = Iaith Arwyddion Prydain
bsl-page-heading = Iaith Arwyddion Prydain (BSL)
bsl-page-lead = Beth allwch chi ei wneud yn Iaith Arwyddion Prydain nawr, a sut bydd y canllawiau ar y wefan hon yn cael eu harwyddo.
bsl-page-999 = Mewn argyfwng, defnyddiwch 999 BSL: gwasanaeth cyfnewid fideo am ddim sy'n eich cysylltu chi â'r heddlu, ambiwlans, y gwasanaeth tân neu Wylwyr y Glannau drwy ddehonglydd BSL, ar unrhyw adeg. Defnyddiwch ap 999 BSL neu wefan 999 BSL.
bsl-page-contact-heading = Cysylltu â gwasanaethau yn BSL
bsl-page-relay-uk = Mae Relay UK ar gyfer teipio a darllen, nid iaith arwyddion. O ap Relay UK neu ffôn testun, ffoniwch 18001 ac yna'r rhif. Mewn argyfwng, ffoniwch 18000.
bsl-page-video-relay = Mae rhai sefydliadau'n cynnig cyfnewid fideo BSL am ddim: mae dehonglydd BSL yn ymuno â'ch galwad fideo ac yn siarad â'r sefydliad ar eich rhan. Chwiliwch am ddolen BSL neu gyfnewid fideo ar wefan y sefydliad. Mae'r Llinell Gymorth Genedlaethol ar Gam-drin Domestig yn cynnig hyn yn ystod yr wythnos.
bsl-page-request = Gallwch chi ofyn i wasanaeth ar y wefan hon gysylltu â chi yn BSL, gyda dehonglydd neu drwy alwad cyfnewid fideo. Rydyn ni'n anfon eich cais at wasanaeth sy'n gallu cynnig BSL, os oes un.
bsl-page-request-link = Gofyn i wasanaeth gysylltu â chi
bsl-page-guides-heading = Canllawiau yn BSL
bsl-page-no-guides = Does gan yr un canllaw fideo BSL eto.
bsl-page-services-heading = Gwasanaethau i bobl Fyddar
