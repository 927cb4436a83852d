# Draft translation: not yet checked by a fluent Romanian speaker.
# Lista de servicii și cuvintele pe care le împarte cu cererile de sprijin.

nav-services = Servicii

services-title = Servicii
services-heading = Servicii care vă pot ajuta
services-lead = Servicii locale și naționale pentru persoanele afectate de infracțiuni. Sunt gratuite, iar cele mai multe sunt independente de poliție.
services-request-lead = Unele servicii locale pot fi contactate prin acest site. Spuneți-ne puțin despre ce s-a întâmplat, iar serviciul potrivit vă va contacta, în modul pe care ni-l indicați ca fiind sigur.
services-request-link = Cereți unui serviciu să vă contacteze
services-search-label = Căutați printre servicii
services-search-button = Căutați
services-search-results = Servicii pentru „{ $words }”
services-filter-label = Filtrați serviciile
services-filter-what = Ce s-a întâmplat
services-filter-who = Pentru cine
services-filter-clear = Arătați toate serviciile
services-count = { $count ->
    [0] Nu s-a găsit niciun serviciu. Încercați alte cuvinte.
    [one] 1 serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}

service-about = Despre acest serviciu
service-national = Național
service-local = Local, în zona Cleveland
service-takes-requests = Le puteți cere prin acest site să vă contacteze
service-police-run = Acest serviciu este administrat de poliție.
service-placeholder = Unele dintre aceste detalii sunt încă verificate împreună cu serviciul.
service-ages-between = Vârsta: între { $min } și { $max }
service-ages-from = Vârsta: { $min } sau mai mult
service-ages-up-to = Vârsta: până la { $max }

crime-violence = Violență, agresiune sau amenințări
crime-theft-burglary = Spargere, tâlhărie sau furt
crime-domestic-abuse = Violență domestică
crime-sexual-violence = Viol, agresiune sexuală sau abuz sexual
crime-stalking-harassment = Urmărire obsesivă (stalking) sau hărțuire
crime-hate-crime = Infracțiune motivată de ură
crime-fraud-cyber = Fraudă, înșelătorii sau infracțiuni online
crime-anti-social-behaviour = Comportament antisocial
crime-road-collision = Un accident rutier
crime-criminal-damage = Distrugerea sau deteriorarea unor bunuri
crime-other = Altceva
crime-not-sure = Nu știu sigur dacă a fost o infracțiune

need-emotional = Cineva cu care să vorbesc despre ce simt
need-practical = Ajutor practic, de exemplu cu reparații, bani sau formulare
need-safety = Ajutor ca să mă simt sau să fiu mai în siguranță
need-justice = Să înțeleg cum lucrează poliția și instanțele
need-restorative-justice = Comunicarea cu persoana care mi-a făcut rău (justiție restaurativă)
need-information = Informații despre opțiunile mele
need-crisis = Sprijin într-o situație de criză

group-everyone = Toată lumea
group-women = Femei
group-men = Bărbați
group-lgbtq = Persoane LGBTQ+
group-deaf = Persoane surde
group-young-people = Tineri
group-older-people = Persoane în vârstă
group-bame = Persoane de culoare, asiatice și din minorități etnice
group-migrants = Migranți și refugiați
group-disabled = Persoane cu dizabilități

contact-kind-phone = Telefon
contact-kind-text = SMS
contact-kind-email = E-mail
contact-kind-website = Site web
contact-kind-webchat = Chat pe site
contact-kind-bsl-video-relay = Apel video cu interpret în limba semnelor britanică (BSL)
contact-kind-relay-uk = Relay UK

age-under-13 = Sub 13 ani
age-13-15 = Între 13 și 15 ani
age-16-17 = 16 sau 17 ani
age-18-24 = Între 18 și 24 de ani
age-25-44 = Între 25 și 44 de ani
age-45-64 = Între 45 și 64 de ani
age-65-plus = 65 de ani sau mai mult

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = Detalii verificate la { $date }
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
