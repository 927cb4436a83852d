# Draft translation: not yet checked by a fluent Romanian speaker.
# Cadrul din jurul fiecărei pagini: antetul, subsolul, linkul de salt, butonul de ieșire, titlurile.

product-name = Waymark
# Titlul din fila browserului: un nume simplu de pagină și numele produsului. Niciodată nimic despre infracțiuni.
page-title = { $page } – Waymark

skip-to-main = Mergeți la conținutul principal
exit-this-page = Ieșiți de pe această pagină
exit-this-page-hint = Sau apăsați de 3 ori tasta Shift
language-switcher-label = Alegeți o limbă

footer-urgent = Sunteți în pericol acum? Sunați la 999. Dacă nu puteți vorbi și sunați de pe mobil, apăsați 55 când vi se cere.
footer-links-heading = Informații despre acest site
footer-staying-safe = Siguranța pe internet
footer-bsl = Limba semnelor britanică (BSL)
footer-privacy = Confidențialitate
footer-accessibility = Accesibilitate
footer-cookies = Cookie-uri
footer-independent = Waymark este independent de poliție. Îl puteți folosi indiferent dacă ați spus sau nu cuiva ce s-a întâmplat.

not-found-title = Pagina nu a fost găsită
not-found-heading = Pagina nu a fost găsită
not-found-body = Dacă ați scris adresa web, verificați dacă este corectă. Dacă ați urmat un link, este posibil ca pagina să se fi mutat.
not-found-home = Mergeți la pagina de început

cross-site-title = Formularul nu a fost trimis
cross-site-heading = Formularul dumneavoastră nu a fost trimis
cross-site-body = Formularul a venit de pe alt site, așa că nu l-am acceptat. Astfel vă protejăm de site-urile care încearcă să acționeze în numele dumneavoastră. Dacă ați completat un formular pe acest site, întoarceți-vă la el și trimiteți-l din nou.

server-error-title = Ne pare rău, există o problemă
server-error-heading = Ne pare rău, există o problemă cu serviciul
server-error-body = Încercați din nou mai târziu. Tot ce ați salvat deja este în siguranță.
server-error-urgent = Dacă aveți nevoie de ajutor acum, sunați la Supportline, linia gratuită de sprijin a Victim Support (organizație pentru victimele infracțiunilor), la 08 08 16 89 111, sau la 999 în caz de urgență.
