# Draft translation: not yet checked by a fluent Welsh speaker.
# The service directory, and the words it shares with requests for support.

nav-services = Gwasanaethau

services-title = Gwasanaethau
services-heading = Gwasanaethau sy'n gallu helpu
services-lead = Gwasanaethau lleol a chenedlaethol i bobl y mae trosedd wedi effeithio arnyn nhw. Maen nhw am ddim, ac mae'r rhan fwyaf yn annibynnol ar yr heddlu.
services-request-lead = Mae'n bosibl cysylltu â rhai gwasanaethau lleol drwy'r wefan hon. Dywedwch ychydig wrthyn ni am yr hyn a ddigwyddodd a bydd y gwasanaeth iawn yn cysylltu â chi, yn y ffordd rydych chi'n dweud sy'n ddiogel.
services-request-link = Gofyn i wasanaeth gysylltu â chi
services-search-label = Chwilio'r gwasanaethau
services-search-button = Chwilio
services-search-results = Gwasanaethau ar gyfer “{ $words }”
services-filter-label = Hidlo'r gwasanaethau
services-filter-what = Beth ddigwyddodd
services-filter-who = Ar gyfer pwy
services-filter-clear = Dangos pob gwasanaeth
services-count = { $count ->
    [0] Heb ddod o hyd i wasanaethau. Rhowch gynnig ar eiriau eraill.
    [zero] Heb ddod o hyd i wasanaethau. Rhowch gynnig ar eiriau eraill, neu dangoswch bob gwasanaeth.
    [one] 1 gwasanaeth
    [two] { $count } wasanaeth
    [few] { $count } gwasanaeth
    [many] { $count } gwasanaeth
   *[other] { $count } gwasanaeth
}

service-about = Am y gwasanaeth hwn
service-national = Cenedlaethol
service-local = Lleol yn ardal Cleveland
service-takes-requests = Gallwch chi ofyn iddyn nhw gysylltu â chi drwy'r wefan hon
service-police-run = Yr heddlu sy'n rhedeg y gwasanaeth hwn.
service-placeholder = Mae rhai o'r manylion hyn yn dal i gael eu gwirio gyda'r gwasanaeth.
service-ages-between = Oedran { $min } i { $max }
service-ages-from = Oedran { $min } a hŷn
service-ages-up-to = Oedran hyd at { $max }

crime-violence = Trais, ymosodiad neu fygythiadau
crime-theft-burglary = Byrgleriaeth, lladrad neu ddwyn
crime-domestic-abuse = Cam-drin domestig
crime-sexual-violence = Treisio, ymosodiad rhywiol neu gam-drin rhywiol
crime-stalking-harassment = Stelcio neu aflonyddu
crime-hate-crime = Trosedd casineb
crime-fraud-cyber = Twyll, sgamiau neu drosedd ar-lein
crime-anti-social-behaviour = Ymddygiad gwrthgymdeithasol
crime-road-collision = Gwrthdrawiad ar y ffordd
crime-criminal-damage = Difrod i eiddo
crime-other = Rhywbeth arall
crime-not-sure = Dydw i ddim yn siŵr a oedd yn drosedd

need-emotional = Rhywun i siarad â nhw am sut rydw i'n teimlo
need-practical = Help ymarferol, fel atgyweiriadau, arian neu ffurflenni
need-safety = Help i deimlo'n fwy diogel neu i fod yn fwy diogel
need-justice = Deall yr heddlu a'r llysoedd
need-restorative-justice = Cyfathrebu â'r person a wnaeth niwed i mi (cyfiawnder adferol)
need-information = Gwybodaeth am fy opsiynau
need-crisis = Cymorth mewn argyfwng

group-everyone = Pawb
group-women = Menywod
group-men = Dynion
group-lgbtq = Pobl LHDTC+ (LGBTQ+)
group-deaf = Pobl Fyddar
group-young-people = Pobl ifanc
group-older-people = Pobl hŷn
group-bame = Pobl Ddu, Asiaidd ac o leiafrifoedd ethnig
group-migrants = Mudwyr a ffoaduriaid
group-disabled = Pobl anabl

contact-kind-phone = Ffôn
contact-kind-text = Neges destun
contact-kind-email = E-bost
contact-kind-website = Gwefan
contact-kind-webchat = Sgwrs ar y we
contact-kind-bsl-video-relay = Cyfnewid fideo Iaith Arwyddion Prydain (BSL)
contact-kind-relay-uk = Relay UK

age-under-13 = O dan 13
age-13-15 = 13 i 15
age-16-17 = 16 neu 17
age-18-24 = 18 i 24
age-25-44 = 25 i 44
age-45-64 = 45 i 64
age-65-plus = 65 neu hŷn

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = Manylion wedi'u gwirio ar { $date }
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
