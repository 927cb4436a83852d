# Draft translation: not yet checked by a fluent Romanian speaker.
# Jurnalul privat.

nav-diary = Jurnalul dumneavoastră

diary-title = Jurnal
diary-heading = Jurnalul dumneavoastră
diary-lead = Un loc privat în care să notați cum vă simțiți și ce vă ajută. Doar dumneavoastră îl puteți citi.
diary-lead-supporter = Un loc privat în care să notați cum sunteți în timp ce sprijiniți pe cineva și ce vă ajută. Și grija față de dvs. contează. Doar dvs. îl puteți citi.
diary-write = Scrieți o însemnare
diary-views-label = Moduri de a vă vedea jurnalul
diary-progress-link = Progresul dumneavoastră
diary-timeline-link = Cronologie
diary-print-link = Imprimați sau salvați ca PDF
diary-export-link = Descărcați jurnalul
diary-empty = Nu ați scris încă nimic. Însemnările pe care le scrieți și reflecțiile pe care le salvați din ghiduri vor apărea aici.
diary-newer = Însemnări mai noi
diary-older = Însemnări mai vechi
diary-pages-label = Paginile cu însemnări
diary-page-of = Pagina { $page } din { $pages }
diary-privacy-heading = Cine vă poate citi jurnalul
diary-privacy-body = Jurnalul dumneavoastră este încuiat cu parola dumneavoastră. Nimeni altcineva nu îl poate citi, nici măcar cei care administrează acest site. Dacă pierdeți atât parola, cât și codurile de recuperare, jurnalul nu mai poate fi recuperat.
diary-delete-all-link = Ștergeți tot jurnalul
diary-entry-unreadable = Această însemnare nu a putut fi deschisă. Este posibil să fie deteriorată. O puteți șterge.
diary-entry-helped = Ce a ajutat:
diary-entry-source = Salvată din ghidul: { $guide }
diary-edit-link = Modificați
diary-delete-entry-link = Ștergeți
diary-cancel = Anulați
diary-back = Înapoi la jurnal

diary-new-title = Scrieți o însemnare
diary-edit-title = Modificați o însemnare
diary-date-legend = Data
diary-date-hint = De exemplu, 27 3 2026
diary-feeling-legend = Cum vă simțiți?
diary-feeling-hint = Alegeți un număr de la 1 la 10. 1 înseamnă foarte rău, 10 înseamnă foarte bine.
feeling-1 = 1 – foarte rău
feeling-10 = 10 – foarte bine
feeling-score = { $score ->
    [1] foarte rău
    [2] foarte rău
    [3] rău
    [4] rău
    [5] nici bine, nici rău
    [6] nici bine, nici rău
    [7] destul de bine
    [8] destul de bine
    [9] foarte bine
   *[10] foarte bine
}
diary-text-label = Ce ați dori să scrieți? (opțional)
diary-text-hint = Ce s-a întâmplat, cum vă simțiți, orice vă trece prin minte.
diary-text-hint-supporter = Cum sunteți, cum merge sprijinul pe care îl oferiți, orice vă trece prin minte.
diary-helped-legend = Ce v-a ajutat? (opțional)
diary-helped-hint = Bifați tot ce v-a ajutat azi.
diary-own-tags-label = Altceva care v-a ajutat? (opțional)
diary-own-tags-hint = Despărțiți lucrurile diferite prin virgule.
diary-save = Salvați însemnarea
diary-error-date-missing = Introduceți data însemnării
diary-error-date-invalid = Data trebuie să fie o dată reală, de exemplu 27 3 2026
diary-error-date-future = Data nu poate fi în viitor
diary-error-feeling = Alegeți un număr de la 1 la 10 pentru cum vă simțiți
diary-error-text-long = Scrieți cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
diary-error-tags = Adăugați cel mult 10 lucruri, fiecare de cel mult 40 de caractere
diary-saved = Însemnarea a fost salvată.
diary-updated = Însemnarea a fost actualizată.
diary-deleted-entry = Însemnarea a fost ștearsă.

helped-talking = Discuția cu cineva
helped-family-friends = Familia sau prietenii
helped-support-service = Un serviciu de sprijin
helped-sleep = Somnul
helped-rest = Odihna
helped-exercise = Mișcarea sau o plimbare
helped-outdoors = Timpul petrecut afară
helped-breathing = Un exercițiu de respirație
helped-routine = Respectarea unei rutine
helped-writing = Notarea gândurilor în scris
helped-creative = O activitate creativă
helped-faith = Credința sau rugăciunea

diary-delete-entry-title = Ștergeți o însemnare
diary-delete-entry-heading = Ștergeți însemnarea din { $date }?
diary-delete-entry-body = Această acțiune nu poate fi anulată.
diary-delete-entry-button = Ștergeți însemnarea

diary-progress-title = Progresul dumneavoastră
diary-progress-heading = Progresul dumneavoastră
diary-progress-empty = După ce scrieți câteva însemnări, aici va apărea un grafic despre cum v-ați simțit.
diary-chart-title = Cum v-ați simțit
diary-chart-description = { $count ->
    [one] { $count } însemnare
    [few] { $count } însemnări
   *[other] { $count } de însemnări
} între { $start } și { $end }, fiecare notată de la 1 (foarte rău) la 10 (foarte bine). Aceleași cifre sunt în tabelul de mai jos.
diary-chart-caption = Mai sus înseamnă mai bine. Fiecare punct este o însemnare.
diary-helped-heading = Ce v-a ajutat cel mai des
diary-helped-none = Când notați în însemnări ce v-a ajutat, lucrurile care vă ajută cel mai des vor apărea aici.
diary-helped-count = { $count ->
    [one] { $count } însemnare
    [few] { $count } însemnări
   *[other] { $count } de însemnări
}
diary-table-heading = Însemnările dumneavoastră în cifre
diary-table-caption = Cum v-ați simțit, însemnare cu însemnare
diary-table-date = Data
diary-table-feeling = Starea (de la 1 la 10)

diary-timeline-title = Cronologia jurnalului
diary-timeline-heading = Cronologie

diary-print-title = Jurnal pentru imprimare
diary-print-heading = Jurnalul dumneavoastră
diary-print-body = Folosiți opțiunea de imprimare (Print) a browserului ca să imprimați această pagină sau să o salvați ca PDF, de exemplu ca să o arătați unui consilier sau persoanei care se ocupă de cazul dumneavoastră. Gândiți-vă bine unde păstrați copia.

diary-delete-all-title = Ștergeți jurnalul
diary-delete-all-heading = Ștergeți tot jurnalul
diary-delete-all-warning = Toate însemnările vor fi șterse imediat. Această acțiune nu poate fi anulată. Poate doriți să vă descărcați mai întâi jurnalul.
diary-delete-all-confirm = Înțeleg că jurnalul meu va fi șters
diary-delete-all-button = Ștergeți-mi jurnalul
diary-delete-all-error = Bifați caseta ca să confirmați că doriți să vă ștergeți jurnalul
diary-deleted-title = Jurnal șters
diary-deleted-heading = Jurnalul dumneavoastră a fost șters
diary-locked-body = Ca să vă deschideți jurnalul, deconectați-vă și conectați-vă din nou. Acest lucru se întâmplă o singură dată, după o actualizare a modului în care sunt protejate jurnalele.

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = ianuarie
month-alone-2 = februarie
month-alone-3 = martie
month-alone-4 = aprilie
month-alone-5 = mai
month-alone-6 = iunie
month-alone-7 = iulie
month-alone-8 = august
month-alone-9 = septembrie
month-alone-10 = octombrie
month-alone-11 = noiembrie
month-alone-12 = decembrie
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = Ziua
date-month = Luna
date-year = Anul
