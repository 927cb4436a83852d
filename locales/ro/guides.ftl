# Draft translation: not yet checked by a fluent Romanian speaker.
# Ghidurile de autoajutor și verificarea stării de bine.

nav-guides = Ghiduri

guides-title = Ghiduri
guides-heading = Ghiduri
guides-lead = Ghiduri scurte care vă ajută să înțelegeți ce simțiți, ce se întâmplă în continuare și ce v-ar putea ajuta. Citiți-le în ritmul dumneavoastră, în ce ordine doriți.
guides-impact = Ghidurile sunt pentru persoanele cărora le este greu, dar care se descurcă. Dacă ce s-a întâmplat vă afectează mult, v-ar putea ajuta să vorbiți și cu cineva.
guides-check-in-link = Răspundeți mai întâi la câteva întrebări
guides-continue = Continuați de unde ați rămas:
guides-search-label = Căutați în ghiduri
guides-search-button = Căutați
guides-search-results = Ghiduri despre „{ $words }”
guides-filter-label = Filtrați ghidurile
guides-filter-who = Pentru cine
guides-filter-everyone = Toată lumea
guides-filter-supporters = Persoane care sprijină pe cineva
guides-filter-topic = Subiect
guides-filter-all = Toate subiectele
guides-filter-bsl = Disponibile în limba semnelor britanică
guides-count = { $count ->
    [0] Nu s-a găsit niciun ghid. Încercați alte cuvinte sau alegeți alt subiect.
    [one] 1 ghid
    [few] { $count } ghiduri
   *[other] { $count } de ghiduri
}
guide-for-victim = Pentru persoanele afectate de infracțiuni
guide-for-supporter = Pentru persoanele care sprijină pe cineva
guide-for-both = Pentru toată lumea
guide-minutes = { $minutes ->
    [one] Se citește în { $minutes } minut
    [few] Se citește în { $minutes } minute
   *[other] Se citește în { $minutes } de minute
}
guide-has-bsl = În limba semnelor britanică (BSL)

guide-title = Ghid
guide-caption = Ghid
guide-danger-line = Dacă sunteți în pericol acum, sunați la 999.
guide-contents = Cuprins
guide-step-of = Pasul { $step } din { $total }
guide-previous = Anterior
guide-next = Următor
guide-pagination = Pașii acestui ghid
guide-tip = Sfat
guide-more-help-title = Vorbiți cu cineva
guide-more-help-body = Nu este nevoie să faceți față fără ajutor. Supportline, linia gratuită de sprijin a Victim Support (organizație pentru victimele infracțiunilor), este deschisă zi și noapte, indiferent dacă ați anunțat sau nu poliția.
guide-all-guides = Vedeți toate ghidurile
guide-sources = De unde provin aceste informații
guide-reviewed = Verificat ultima dată pe { $date }.
guide-not-translated = Acest ghid nu este încă disponibil în limba dumneavoastră, așa că este afișat în engleză.
guide-draft-translation = Această traducere nu a fost încă verificată de un vorbitor fluent. Este posibil ca unele cuvinte să nu fie chiar potrivite.
guide-progress-saved = Salvat.
guide-save-place = Salvați unde am rămas
guide-reflection-saved = Reflecția dumneavoastră a fost salvată în jurnal.
guide-reflection-empty = Scrieți ceva ca să salvați sau continuați să citiți.

breathing-title = Exercițiu de respirație
breathing-start = Începeți
breathing-stop = Opriți
breathing-ready = Când doriți, apăsați „Începeți” și urmăriți cercul.
breathing-in = Inspirați
breathing-hold = Țineți aerul
breathing-out = Expirați încet
breathing-step-1 = Așezați-vă sau întindeți-vă undeva comod. Lăsați umerii să se relaxeze.
breathing-step-2 = Inspirați ușor pe nas, în timp ce numărați până la 4.
breathing-step-3 = Țineți-vă respirația cât numărați până la 2.
breathing-step-4 = Expirați încet pe gură, în timp ce numărați până la 6. Faceți asta de 5 ori sau cât timp vă face bine.

grounding-title = Exercițiul de ancorare 5-4-3-2-1
grounding-lead = Când vă cuprinde panica sau vă revin amintirile, acest exercițiu vă readuce atenția la locul în care sunteți acum. Acordați-vă timp pentru fiecare pas.
grounding-see = Uitați-vă în jur și numiți 5 lucruri pe care le vedeți.
grounding-feel = Observați 4 lucruri pe care le simțiți, cum ar fi picioarele pe podea sau materialul hainelor.
grounding-hear = Ascultați și găsiți 3 lucruri pe care le auziți.
grounding-smell = Găsiți 2 lucruri al căror miros îl simțiți sau 2 mirosuri care vă plac.
grounding-taste = Observați un gust pe care îl simțiți sau beți o gură de apă.
grounding-after = Apoi respirați încet. Sunteți aici și, chiar acum, sunteți în siguranță.

reflect-title = Gândiți-vă
reflect-save = Salvați în jurnalul meu
reflect-sign-in = Dacă aveți un cont, vă puteți salva gândurile în jurnalul privat. Altfel, nimic din ce citiți aici nu este păstrat.
checklist-title = Lucruri de făcut
checklist-save = Salvați bifele
checklist-sign-in = Bifele dumneavoastră nu sunt salvate. Dacă aveți un cont și vă conectați, ele vor fi păstrate pentru data viitoare.

check-in-title = Verificare rapidă
check-in-heading = Cum vă descurcați?
check-in-lead = Câteva întrebări despre cum vă merge în această perioadă. Răspundeți la câte doriți. Durează cam un minut.
check-in-saved-note = Răspunsurile dumneavoastră sunt salvate în mod privat, împreună cu jurnalul, ca să puteți vedea cum se schimbă.
check-in-not-saved-note = Răspunsurile dumneavoastră nu sunt salvate nicăieri.
check-in-sleep = Cât de mult vă afectează somnul ce s-a întâmplat?
check-in-daily = Cât de mult vă afectează viața de zi cu zi, de exemplu munca, școala sau grija față de propria persoană?
check-in-feelings = Cât de mult vă încurcă sentimentele legate de ce s-a întâmplat?
check-in-safety = Vă simțiți în siguranță acolo unde locuiți?
check-in-effect-0 = Deloc
check-in-effect-1 = Puțin
check-in-effect-2 = Destul de mult
check-in-effect-3 = Foarte mult
check-in-safe-0 = În siguranță
check-in-safe-1 = În mare parte în siguranță
check-in-safe-2 = Nu prea în siguranță
check-in-safe-3 = Deloc în siguranță
check-in-risk-heading = Încă două întrebări
check-in-risk-lead = Nu este obligatoriu să răspundeți la ele. Vă întrebăm ca să vă putem îndruma spre ajutorul potrivit.
check-in-danger = În această perioadă, vă rănește cineva, vă amenință sau vă face să vă fie frică?
check-in-harm = Ați avut gânduri să vă luați viața sau să vă faceți rău?
check-in-yes = Da
check-in-no = Nu
check-in-skip = Prefer să nu spun
check-in-submit = Vedeți ce v-ar putea ajuta
check-in-history-link = Vedeți răspunsurile anterioare
check-in-result-title = Rezultatul verificării
check-in-result-low-heading = Ghidurile v-ar putea ajuta
check-in-result-low-body = După răspunsurile dumneavoastră, ghidurile sunt un bun punct de plecare. Puteți, de asemenea, să vorbiți cu cineva oricând.
check-in-result-unanswered-body = Nu ați răspuns la întrebări și este în regulă. Ghidurile sunt un bun început și puteți vorbi cu cineva oricând.
check-in-result-high-heading = Se pare că acest lucru vă afectează mult
check-in-result-high-body = Ghidurile sunt gândite pentru persoanele la care efectele sunt ușoare sau moderate. Meritați mai mult sprijin decât vă poate oferi un ghid. O discuție cu cineva vă poate ajuta cu adevărat și nu este nevoie să fi anunțat poliția.
check-in-result-unsafe-heading = Meritați să vă simțiți în siguranță
check-in-result-unsafe-body = Ați spus că nu vă simțiți în siguranță. Un ghid nu poate schimba asta singur. Un serviciu de sprijin vă poate ajuta să vedeți ce v-ar face mai în siguranță și nu trebuie să fi anunțat poliția.
check-in-result-danger-heading = Meritați să fiți în siguranță
check-in-result-danger-body = Dacă sunteți în pericol chiar acum, sunați la 999. Serviciile specializate vă pot ajuta să rămâneți în siguranță și să plănuiți ce să faceți mai departe, fără să fie nevoie să mergeți la poliție.
check-in-result-harm-heading = Vă rugăm, vorbiți cu cineva acum
check-in-result-harm-body = Nu este nevoie să faceți față acestor gânduri fără ajutor. Există oameni gata să vă asculte, zi și noapte.
check-in-result-harm-samaritans = Sunați gratuit la Samaritans, la 116 123, oricând.
check-in-result-harm-nhs = Sunați la NHS 111 (serviciul public de sănătate) și alegeți opțiunea pentru sănătate mintală.
check-in-result-harm-999 = Dacă există riscul să acționați după aceste gânduri sau dacă v-ați rănit deja, sunați la 999 sau mergeți la urgențele unui spital (A&E).
check-in-result-guides = Ghiduri cu care ați putea începe
check-in-result-guides-later = Când simțiți că puteți, aceste ghiduri v-ar putea ajuta
check-in-result-person-heading = Vorbiți cu o persoană
check-in-history-title = Verificări anterioare
check-in-history-heading = Răspunsurile dumneavoastră anterioare
check-in-history-caption = Răspunsurile dumneavoastră la verificări, cele mai noi primele
check-in-history-empty = Nu ați făcut încă nicio verificare.

bsl-title = Limba semnelor britanică (BSL)
bsl-hosted = Acest videoclip se află pe { $host }. Nu se încarcă nimic de acolo până nu alegeți să îl porniți, iar acel site poate folosi cookie-uri.
bsl-watch = Porniți videoclipul în BSL
bsl-player-title = Videoclip în BSL: { $title }
bsl-open-host = Deschideți în schimb videoclipul pe { $host }
bsl-transcript = Citiți ce se spune în videoclip
bsl-more = Tot conținutul în BSL și cum puteți contacta serviciile în BSL

bsl-page-title = Limba semnelor britanică
bsl-page-heading = Limba semnelor britanică (BSL)
bsl-page-lead = Ce puteți face acum în limba semnelor britanică și cum vor fi traduse în limba semnelor ghidurile de pe acest site.
bsl-page-999 = În caz de urgență, folosiți 999 BSL: un serviciu video gratuit care vă pune în legătură cu poliția, ambulanța, pompierii sau paza de coastă, printr-un interpret BSL, oricând. Folosiți aplicația 999 BSL sau site-ul 999 BSL.
bsl-page-contact-heading = Cum contactați serviciile în BSL
bsl-page-relay-uk = Relay UK este pentru scris și citit, nu pentru limba semnelor. Din aplicația Relay UK sau de pe un telefon text, sunați la 18001 și apoi numărul. În caz de urgență, sunați la 18000.
bsl-page-video-relay = Unele organizații oferă gratuit apeluri video cu interpret BSL: un interpret BSL intră în apelul video și vorbește cu organizația în locul dumneavoastră. Căutați un link BSL sau „video relay” pe site-ul organizației. Linia națională pentru violență domestică (National Domestic Abuse Helpline) oferă acest lucru în zilele lucrătoare.
bsl-page-request = Puteți cere unui serviciu de pe acest site să vă contacteze în BSL, cu un interpret sau printr-un apel video cu interpret. Trimitem cererea dumneavoastră unui serviciu care poate oferi BSL, dacă există unul.
bsl-page-request-link = Cereți unui serviciu să vă contacteze
bsl-page-guides-heading = Ghiduri în BSL
bsl-page-no-guides = Niciun ghid nu are încă un videoclip în BSL.
bsl-page-services-heading = Servicii pentru persoanele surde
