# Draft translation: not yet checked by a fluent Polish speaker.
# Prywatny dziennik. (The private diary.)

nav-diary = Mój dziennik

diary-title = Dziennik
diary-heading = Mój dziennik
diary-lead = Prywatne miejsce, w którym można zapisywać, jak się Pan/Pani czuje i co pomaga. Tylko Pan/Pani może go czytać.
diary-lead-supporter = Prywatne miejsce, by zapisywać, jak się Pan/Pani czuje, wspierając kogoś, i co Panu/Pani pomaga. Dbanie o siebie też jest ważne. Tylko Pan/Pani może to przeczytać.
diary-write = Dodaj wpis
diary-views-label = Sposoby przeglądania dziennika
diary-progress-link = Postępy
diary-timeline-link = Oś czasu
diary-print-link = Drukuj lub zapisz jako PDF
diary-export-link = Pobierz dziennik
diary-empty = Na razie nie ma tu żadnych wpisów. Pojawią się tutaj Pana/Pani wpisy i przemyślenia zapisane z poradników.
diary-newer = Nowsze wpisy
diary-older = Starsze wpisy
diary-pages-label = Strony z wpisami
diary-page-of = Strona { $page } z { $pages }
diary-privacy-heading = Kto może czytać dziennik
diary-privacy-body = Dziennik jest zabezpieczony Pana/Pani hasłem. Nikt inny nie może go przeczytać, także osoby prowadzące tę stronę. W razie utraty zarówno hasła, jak i kodów odzyskiwania dziennika nie da się odzyskać.
diary-delete-all-link = Usuń cały dziennik
diary-entry-unreadable = Nie udało się otworzyć tego wpisu. Mógł zostać uszkodzony. Można go usunąć.
diary-entry-helped = Co pomogło:
diary-entry-source = Zapisano z poradnika: { $guide }
diary-edit-link = Edytuj
diary-delete-entry-link = Usuń
diary-cancel = Anuluj
diary-back = Wróć do dziennika

diary-new-title = Nowy wpis
diary-edit-title = Edycja wpisu
diary-date-legend = Data
diary-date-hint = Na przykład 27 3 2026
diary-feeling-legend = Jak się Pan/Pani czuje?
diary-feeling-hint = Proszę wybrać liczbę od 1 do 10. 1 oznacza bardzo źle, 10 oznacza bardzo dobrze.
feeling-1 = 1 – bardzo źle
feeling-10 = 10 – bardzo dobrze
feeling-score = { $score ->
    [1] bardzo źle
    [2] bardzo źle
    [3] źle
    [4] źle
    [5] średnio
    [6] średnio
    [7] dość dobrze
    [8] dość dobrze
    [9] bardzo dobrze
   *[10] bardzo dobrze
}
diary-text-label = Co chce Pan/Pani zapisać? (nieobowiązkowo)
diary-text-hint = Co się wydarzyło, jak się Pan/Pani czuje, wszystko, o czym Pan/Pani myśli.
diary-text-hint-supporter = Jak się Pan/Pani czuje, jak idzie wspieranie tej osoby, wszystko, co leży na sercu.
diary-helped-legend = Co pomogło? (nieobowiązkowo)
diary-helped-hint = Proszę zaznaczyć wszystko, co dziś pomogło.
diary-own-tags-label = Czy pomogło coś jeszcze? (nieobowiązkowo)
diary-own-tags-hint = Różne rzeczy proszę oddzielić przecinkami.
diary-save = Zapisz wpis
diary-error-date-missing = Proszę wpisać datę wpisu
diary-error-date-invalid = Data musi być prawdziwą datą, na przykład 27 3 2026
diary-error-date-future = Data nie może być z przyszłości
diary-error-feeling = Proszę wybrać liczbę od 1 do 10, która opisuje samopoczucie
diary-error-text-long = Tekst może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaków
}
diary-error-tags = Można dodać najwyżej 10 rzeczy, każdą do 40 znaków
diary-saved = Wpis został zapisany.
diary-updated = Wpis został zaktualizowany.
diary-deleted-entry = Wpis został usunięty.

helped-talking = Rozmowa z kimś
helped-family-friends = Rodzina lub przyjaciele
helped-support-service = Organizacja pomocowa
helped-sleep = Sen
helped-rest = Odpoczynek
helped-exercise = Ruch lub spacer
helped-outdoors = Czas na świeżym powietrzu
helped-breathing = Ćwiczenie oddechowe
helped-routine = Trzymanie się stałego rytmu dnia
helped-writing = Zapisywanie myśli
helped-creative = Coś twórczego
helped-faith = Wiara lub modlitwa

diary-delete-entry-title = Usuwanie wpisu
diary-delete-entry-heading = Usunąć wpis z dnia { $date }?
diary-delete-entry-body = Tego nie można cofnąć.
diary-delete-entry-button = Usuń wpis

diary-progress-title = Postępy
diary-progress-heading = Postępy
diary-progress-empty = Gdy w dzienniku pojawi się kilka wpisów, tutaj będzie widoczny wykres samopoczucia.
diary-chart-title = Samopoczucie w czasie
diary-chart-description = { $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
} od { $start } do { $end }, każdy z oceną od 1 (bardzo źle) do 10 (bardzo dobrze). Te same dane są w tabeli poniżej.
diary-chart-caption = Wyżej znaczy lepiej. Każdy punkt to jeden wpis.
diary-helped-heading = Co pomagało najczęściej
diary-helped-none = Gdy we wpisach zaznaczy Pan/Pani, co pomogło, tutaj pojawi się lista tego, co pomaga najczęściej.
diary-helped-count = { $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
}
diary-table-heading = Wpisy w liczbach
diary-table-caption = Samopoczucie w kolejnych wpisach
diary-table-date = Data
diary-table-feeling = Samopoczucie (od 1 do 10)

diary-timeline-title = Oś czasu dziennika
diary-timeline-heading = Oś czasu

diary-print-title = Dziennik do druku
diary-print-heading = Mój dziennik
diary-print-body = Aby wydrukować tę stronę albo zapisać ją jako PDF, proszę użyć opcji Drukuj w przeglądarce, na przykład żeby pokazać dziennik terapeucie lub osobie prowadzącej sprawę. Proszę zastanowić się, gdzie przechowywać tę kopię.

diary-delete-all-title = Usuwanie dziennika
diary-delete-all-heading = Usuwanie całego dziennika
diary-delete-all-warning = Wszystkie wpisy zostaną natychmiast usunięte. Tego nie można cofnąć. Warto najpierw pobrać dziennik.
diary-delete-all-confirm = Rozumiem, że mój dziennik zostanie usunięty
diary-delete-all-button = Usuń mój dziennik
diary-delete-all-error = Proszę zaznaczyć pole, aby potwierdzić usunięcie dziennika
diary-deleted-title = Dziennik usunięty
diary-deleted-heading = Dziennik został usunięty
diary-locked-body = Aby otworzyć dziennik, proszę się wylogować i zalogować ponownie. Trzeba to zrobić tylko raz, po zmianie sposobu zabezpieczania dzienników.

# Nazwy miesięcy w dopełniaczu (np. „27 marca 2026”), bo tak są używane w datach.
# (Month names in the genitive case, as used inside dates.)
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = Styczeń
month-alone-2 = Luty
month-alone-3 = Marzec
month-alone-4 = Kwiecień
month-alone-5 = Maj
month-alone-6 = Czerwiec
month-alone-7 = Lipiec
month-alone-8 = Sierpień
month-alone-9 = Wrzesień
month-alone-10 = Październik
month-alone-11 = Listopad
month-alone-12 = Grudzień
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = Dzień
date-month = Miesiąc
date-year = Rok
