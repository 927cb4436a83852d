# Draft translation: not yet checked by a fluent Romanian speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = Raportări pentru finanțator (Police and Crime Commissioner)
returns-lead = Cifre pentru fiecare lună și trimestru calendaristic (ora Londrei) încheiat. Nimic dintr-o raportare nu identifică o persoană.
returns-months = Luni
returns-quarters = Trimestre
returns-month = { $month } { $year }
returns-quarter = { $first } – { $last } { $year }
returns-method = Numerele de la 1 la 4 sunt ascunse și afișate ca [c]. Pentru ca un număr ascuns să nu poată fi aflat prin scădere dintr-un total, sunt ascunse și alte numere (cele mai mici din același rând sau coloană, ori un total), până când niciunul nu mai poate fi aflat. 0 este afișat.
returns-no-equality = Răspunsurile privind egalitatea nu sunt incluse: sunt păstrate criptat cu cererea fiecărei persoane, iar o raportare nu deschide niciodată datele unei persoane.
returns-csv = Descărcați ca CSV
returns-json = Descărcați ca JSON
returns-hidden-mark = [c]
returns-total = Total
returns-received = Cereri primite
returns-contacted-in-promise = Contactate în termenul promis
returns-no-promise = Niciun termen de contact notat
returns-supported = Sprijinite
returns-closed = Închise
returns-closed-improved = Închise cu un rezultat îmbunătățit
returns-by-service = După serviciul care primește
returns-service = { $name }
returns-by-crime = După ce s-a întâmplat
returns-by-crime-note = O cerere poate numi mai multe infracțiuni, deci acest tabel nu are totaluri.
returns-by-age = După vârstă
returns-by-area = După zonă
returns-area = { $area }
returns-not-recorded = Nenotat
returns-outcomes = Rezultatele nevoilor închise în perioadă
returns-outcomes-note = Dacă persoana putea face față și se putea reface mai bine, pentru fiecare nevoie notată, la închiderea cererii.
returns-needs-closed = Nevoi închise
returns-feedback = Feedback dat în perioadă
returns-answered = Persoane care au răspuns
