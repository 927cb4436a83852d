# Draft translation: not yet checked by a fluent Polish speaker.
# Spis organizacji pomocowych i słowa wspólne z prośbami o wsparcie.
# (The service directory, and the words it shares with requests for support.)

nav-services = Organizacje pomocowe

services-title = Organizacje pomocowe
services-heading = Organizacje, które mogą pomóc
services-lead = Lokalne i krajowe organizacje dla osób dotkniętych przestępstwem. Ich pomoc jest bezpłatna, a większość z nich jest niezależna od policji.
services-request-lead = Z niektórymi lokalnymi organizacjami można skontaktować się przez tę stronę. Wystarczy krótko opisać, co się stało, a odpowiednia organizacja skontaktuje się z Panem/Panią w sposób wskazany jako bezpieczny.
services-request-link = Prośba o kontakt od organizacji
services-search-label = Szukaj organizacji
services-search-button = Szukaj
services-search-results = Organizacje dla wyszukiwania „{ $words }”
services-filter-label = Filtruj organizacje
services-filter-what = Co się stało
services-filter-who = Dla kogo
services-filter-clear = Pokaż wszystkie organizacje
services-count = { $count ->
    [0] Nie znaleziono organizacji. Proszę spróbować innych słów.
    [one] 1 organizacja
    [few] { $count } organizacje
    [many] { $count } organizacji
   *[other] { $count } organizacji
}

service-about = O tej organizacji
service-national = Krajowa
service-local = Lokalna (Cleveland)
service-takes-requests = Przez tę stronę można poprosić o kontakt
service-police-run = Tę pomoc prowadzi policja.
service-placeholder = Niektóre z tych informacji są jeszcze sprawdzane z organizacją.
service-ages-between = Wiek: od { $min } do { $max } lat
service-ages-from = Wiek: od { $min } lat
service-ages-up-to = Wiek: do { $max } lat

crime-violence = Przemoc, napaść lub groźby
crime-theft-burglary = Włamanie, rozbój lub kradzież
crime-domestic-abuse = Przemoc domowa
crime-sexual-violence = Gwałt, napaść seksualna lub wykorzystywanie seksualne
crime-stalking-harassment = Stalking lub nękanie
crime-hate-crime = Przestępstwo z nienawiści
crime-fraud-cyber = Oszustwo, wyłudzenie lub przestępstwo w internecie
crime-anti-social-behaviour = Zachowania antyspołeczne (anti-social behaviour)
crime-road-collision = Wypadek drogowy
crime-criminal-damage = Zniszczenie mienia
crime-other = Coś innego
crime-not-sure = Nie wiem, czy to było przestępstwo

need-emotional = Ktoś, z kim mogę porozmawiać o swoich uczuciach
need-practical = Praktyczna pomoc, na przykład przy naprawach, pieniądzach lub formularzach
need-safety = Pomoc w zadbaniu o bezpieczeństwo i poczucie bezpieczeństwa
need-justice = Zrozumienie, jak działają policja i sądy
need-restorative-justice = Kontakt z osobą, która mnie skrzywdziła (sprawiedliwość naprawcza, restorative justice)
need-information = Informacje o moich możliwościach
need-crisis = Wsparcie w kryzysie

group-everyone = Wszyscy
group-women = Kobiety
group-men = Mężczyźni
group-lgbtq = Osoby LGBTQ+
group-deaf = Osoby głuche
group-young-people = Młodzi ludzie
group-older-people = Osoby starsze
group-bame = Osoby czarnoskóre, pochodzenia azjatyckiego i z mniejszości etnicznych
group-migrants = Migranci i uchodźcy
group-disabled = Osoby z niepełnosprawnościami

contact-kind-phone = Telefon
contact-kind-text = SMS
contact-kind-email = E-mail
contact-kind-website = Strona internetowa
contact-kind-webchat = Czat internetowy
contact-kind-bsl-video-relay = Połączenie wideo z tłumaczem brytyjskiego języka migowego (BSL video relay)
contact-kind-relay-uk = Relay UK

age-under-13 = Poniżej 13 lat
age-13-15 = 13–15 lat
age-16-17 = 16 lub 17 lat
age-18-24 = 18–24 lata
age-25-44 = 25–44 lata
age-45-64 = 45–64 lata
age-65-plus = 65 lat lub więcej

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = Dane sprawdzone { $date }
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
