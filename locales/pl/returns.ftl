# Draft translation: not yet checked by a fluent Polish speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = Zestawienia dla zlecającego (Police and Crime Commissioner)
returns-lead = Dane za każdy zakończony miesiąc i kwartał kalendarzowy (czas londyński). Nic w zestawieniu nie identyfikuje żadnej osoby.
returns-months = Miesiące
returns-quarters = Kwartały
returns-month = { $month } { $year }
returns-quarter = { $first } – { $last } { $year }
returns-method = Liczby od 1 do 4 są ukryte i oznaczone jako [c]. Aby ukrytej liczby nie dało się obliczyć przez odejmowanie od sumy, ukrywane są też kolejne liczby (najmniejsze inne w tym samym wierszu lub kolumnie albo suma), aż żadnej nie da się obliczyć. 0 jest pokazywane.
returns-no-equality = Odpowiedzi dotyczące równości nie są uwzględnione: są przechowywane w formie zaszyfrowanej z prośbą każdej osoby, a zestawienie nigdy nie otwiera danych osoby.
returns-csv = Pobierz jako CSV
returns-json = Pobierz jako JSON
returns-hidden-mark = [c]
returns-total = Razem
returns-received = Otrzymane prośby
returns-contacted-in-promise = Kontakt w obiecanym terminie
returns-no-promise = Brak zapisanego terminu kontaktu
returns-supported = Objęte wsparciem
returns-closed = Zamknięte
returns-closed-improved = Zamknięte z poprawą
returns-by-service = Według organizacji przyjmującej
returns-service = { $name }
returns-by-crime = Według tego, co się stało
returns-by-crime-note = Prośba może dotyczyć więcej niż jednego przestępstwa, więc ta tabela nie ma sum.
returns-by-age = Według wieku
returns-by-area = Według obszaru
returns-area = { $area }
returns-not-recorded = Nie zapisano
returns-outcomes = Rezultaty potrzeb zamkniętych w okresie
returns-outcomes-note = Czy osoba lepiej radziła sobie i wracała do siebie, dla każdej zapisanej potrzeby, w chwili zamknięcia jej prośby.
returns-needs-closed = Zamknięte potrzeby
returns-feedback = Opinie przekazane w okresie
returns-answered = Osoby, które odpowiedziały
