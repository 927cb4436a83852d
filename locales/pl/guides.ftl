# Draft translation: not yet checked by a fluent Polish speaker.
# Poradniki samopomocy i pytania o samopoczucie. (The self-help guides and the wellbeing check-in.)

nav-guides = Poradniki

guides-title = Poradniki
guides-heading = Poradniki
guides-lead = Krótkie poradniki, które pomagają zrozumieć własne uczucia, dowiedzieć się, co dzieje się dalej, i co może pomóc. Można je czytać we własnym tempie, w dowolnej kolejności.
guides-impact = Poradniki są dla osób, którym jest ciężko, ale jakoś sobie radzą. Jeśli to, co się stało, bardzo na Pana/Panią wpływa, warto też z kimś porozmawiać.
guides-check-in-link = Na początek kilka pytań o samopoczucie
guides-continue = Kontynuacja od miejsca, w którym przerwano czytanie:
guides-search-label = Szukaj w poradnikach
guides-search-button = Szukaj
guides-search-results = Poradniki na temat „{ $words }”
guides-filter-label = Filtruj poradniki
guides-filter-who = Dla kogo
guides-filter-everyone = Dla wszystkich
guides-filter-supporters = Dla osób wspierających kogoś
guides-filter-topic = Temat
guides-filter-all = Wszystkie tematy
guides-filter-bsl = Dostępne w brytyjskim języku migowym
guides-count = { $count ->
    [0] Nie znaleziono poradników. Proszę spróbować innych słów albo wybrać inny temat.
    [one] 1 poradnik
    [few] { $count } poradniki
    [many] { $count } poradników
   *[other] { $count } poradników
}
guide-for-victim = Dla osób dotkniętych przestępstwem
guide-for-supporter = Dla osób wspierających kogoś
guide-for-both = Dla wszystkich
guide-minutes = { $minutes ->
    [one] 1 minuta czytania
    [few] { $minutes } minuty czytania
    [many] { $minutes } minut czytania
   *[other] { $minutes } minut czytania
}
guide-has-bsl = W brytyjskim języku migowym (British Sign Language, BSL)

guide-title = Poradnik
guide-caption = Poradnik
guide-danger-line = Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999.
guide-contents = Spis treści
guide-step-of = Krok { $step } z { $total }
guide-previous = Poprzedni
guide-next = Następny
guide-pagination = Kroki tego poradnika
guide-tip = Wskazówka
guide-more-help-title = Warto z kimś porozmawiać
guide-more-help-body = Nie trzeba radzić sobie z tym w pojedynkę. Bezpłatna linia Supportline organizacji Victim Support działa przez całą dobę, niezależnie od tego, czy sprawa została zgłoszona na policję.
guide-all-guides = Zobacz wszystkie poradniki
guide-sources = Skąd pochodzą te informacje
guide-reviewed = Ostatnio sprawdzono: { $date }.
guide-not-translated = Ten poradnik nie jest jeszcze dostępny po polsku, dlatego jest wyświetlany po angielsku.
guide-draft-translation = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę biegle znającą język. Niektóre słowa mogą nie być całkiem trafne.
guide-progress-saved = Zapisano.
guide-save-place = Zapisz, gdzie jestem
guide-reflection-saved = Przemyślenia zostały zapisane w dzienniku.
guide-reflection-empty = Proszę coś napisać, aby to zapisać, albo czytać dalej.

breathing-title = Ćwiczenie oddechowe
breathing-start = Start
breathing-stop = Stop
breathing-ready = Kiedy przyjdzie odpowiedni moment, proszę nacisnąć Start i oddychać w rytm koła.
breathing-in = Wdech
breathing-hold = Wstrzymanie oddechu
breathing-out = Powolny wydech
breathing-step-1 = Proszę usiąść lub położyć się w wygodnym miejscu i swobodnie opuścić ramiona.
breathing-step-2 = Proszę spokojnie wciągnąć powietrze nosem, licząc do 4.
breathing-step-3 = Proszę wstrzymać oddech, licząc do 2.
breathing-step-4 = Proszę powoli wypuścić powietrze ustami, licząc do 6. Powtórzyć 5 razy albo tak długo, jak to przynosi ulgę.

grounding-title = Uziemienie 5-4-3-2-1
grounding-lead = Gdy narasta panika albo wracają wspomnienia, to ćwiczenie pomaga wrócić uwagą do miejsca, w którym Pan/Pani jest teraz. Przy każdym kroku proszę się nie spieszyć.
grounding-see = Proszę rozejrzeć się i nazwać 5 rzeczy, które Pan/Pani widzi.
grounding-feel = Proszę zauważyć 4 rzeczy, które Pan/Pani czuje, na przykład stopy na podłodze albo materiał ubrania.
grounding-hear = Proszę wsłuchać się w 3 dźwięki, które Pan/Pani słyszy.
grounding-smell = Proszę znaleźć 2 zapachy, które Pan/Pani czuje, albo przypomnieć sobie 2 lubiane zapachy.
grounding-taste = Proszę zauważyć 1 smak, który Pan/Pani czuje, albo wypić łyk wody.
grounding-after = Potem proszę powoli odetchnąć. Jest Pan/Pani tutaj i w tej chwili nic Panu/Pani nie grozi.

reflect-title = Do przemyślenia
reflect-save = Zapisz w moim dzienniku
reflect-sign-in = Osoby, które mają konto, mogą zapisać swoje przemyślenia w prywatnym dzienniku. Bez konta nic, co Pan/Pani tu czyta, nie jest zapisywane.
checklist-title = Do zrobienia
checklist-save = Zapisz zaznaczenia
checklist-sign-in = Zaznaczenia nie są zapisywane. Po zalogowaniu się na konto zostaną zachowane na następny raz.

check-in-title = Samopoczucie
check-in-heading = Jak sobie Pan/Pani radzi?
check-in-lead = Kilka pytań o to, jak Pan/Pani się teraz czuje. Można odpowiedzieć na tyle pytań, na ile Pan/Pani chce. Zajmuje to około minuty.
check-in-saved-note = Odpowiedzi są zapisywane prywatnie razem z dziennikiem, aby można było zobaczyć, jak się zmieniają.
check-in-not-saved-note = Odpowiedzi nie są nigdzie zapisywane.
check-in-sleep = Jak bardzo to, co się stało, wpływa na Pana/Pani sen?
check-in-daily = Jak bardzo wpływa to na codzienne życie, na przykład na pracę, szkołę albo dbanie o siebie?
check-in-feelings = Jak bardzo uczucia związane z tym, co się stało, utrudniają Panu/Pani życie?
check-in-safety = Jak bezpiecznie czuje się Pan/Pani w miejscu zamieszkania?
check-in-effect-0 = Wcale
check-in-effect-1 = Trochę
check-in-effect-2 = Dość mocno
check-in-effect-3 = Bardzo mocno
check-in-safe-0 = Bezpiecznie
check-in-safe-1 = Raczej bezpiecznie
check-in-safe-2 = Niezbyt bezpiecznie
check-in-safe-3 = Wcale nie bezpiecznie
check-in-risk-heading = Jeszcze dwa pytania
check-in-risk-lead = Nie trzeba na nie odpowiadać. Pytamy, aby móc wskazać odpowiednią pomoc.
check-in-danger = Czy ktoś obecnie Pana/Panią krzywdzi, grozi Panu/Pani albo budzi w Panu/Pani strach?
check-in-harm = Czy pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy?
check-in-yes = Tak
check-in-no = Nie
check-in-skip = Wolę nie odpowiadać
check-in-submit = Zobacz, co może pomóc
check-in-history-link = Zobacz wcześniejsze odpowiedzi
check-in-result-title = Wynik
check-in-result-low-heading = Poradniki mogą pomóc
check-in-result-low-body = Z odpowiedzi wynika, że poradniki są dobrym punktem wyjścia. W każdej chwili można też z kimś porozmawiać.
check-in-result-unanswered-body = Nie odpowiedział(a) Pan/Pani na pytania i to nic złego. Poradniki to dobry początek, a porozmawiać z kimś można w każdej chwili.
check-in-result-high-heading = Wygląda na to, że to bardzo na Pana/Panią wpływa
check-in-result-high-body = Poradniki są przeznaczone dla osób, na które wydarzenie wpływa w małym lub umiarkowanym stopniu. Zasługuje Pan/Pani na więcej wsparcia, niż może dać poradnik. Rozmowa z kimś może naprawdę pomóc i nie trzeba wcześniej zgłaszać sprawy na policję.
check-in-result-unsafe-heading = Zasługuje Pan/Pani na to, by czuć się bezpiecznie
check-in-result-unsafe-body = Napisał(a) Pan/Pani, że nie czuje się bezpiecznie. Sam poradnik tego nie zmieni. Służba wsparcia może pomóc ustalić, co zwiększy Pana/Pani bezpieczeństwo, i nie trzeba wcześniej zgłaszać sprawy policji.
check-in-result-danger-heading = Zasługuje Pan/Pani na bezpieczeństwo
check-in-result-danger-body = Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Wyspecjalizowane organizacje mogą pomóc zadbać o bezpieczeństwo i zaplanować kolejne kroki, bez konieczności zgłaszania się na policję.
check-in-result-harm-heading = Proszę porozmawiać z kimś już teraz
check-in-result-harm-body = Nie trzeba radzić sobie z tymi myślami w pojedynkę. Są ludzie gotowi wysłuchać, w dzień i w nocy.
check-in-result-harm-samaritans = Proszę zadzwonić bezpłatnie do Samaritans (telefon zaufania) pod numer 116 123, o każdej porze.
check-in-result-harm-nhs = Proszę zadzwonić pod numer NHS 111 (publiczna służba zdrowia) i wybrać opcję dotyczącą zdrowia psychicznego.
check-in-result-harm-999 = Jeśli może Pan/Pani zacząć działać pod wpływem tych myśli albo już doszło do zrobienia sobie krzywdy, proszę zadzwonić pod numer 999 albo pójść na szpitalny oddział ratunkowy (A&E).
check-in-result-guides = Poradniki na początek
check-in-result-guides-later = Gdy przyjdzie odpowiedni moment, te poradniki mogą pomóc
check-in-result-person-heading = Porozmawiaj z człowiekiem
check-in-history-title = Wcześniejsze odpowiedzi
check-in-history-heading = Wcześniejsze odpowiedzi
check-in-history-caption = Odpowiedzi na pytania o samopoczucie, od najnowszych
check-in-history-empty = Nie ma jeszcze żadnych odpowiedzi.

bsl-title = Brytyjski język migowy (BSL)
bsl-hosted = To nagranie znajduje się na stronie { $host }. Nic nie jest stamtąd wczytywane, dopóki nie zdecyduje się Pan/Pani go odtworzyć, a ta strona może używać plików cookie.
bsl-watch = Odtwórz nagranie w BSL
bsl-player-title = Nagranie w BSL: { $title }
bsl-open-host = Zamiast tego otwórz nagranie na stronie { $host }
bsl-transcript = Przeczytaj treść nagrania
bsl-more = Wszystkie materiały w BSL i informacje, jak kontaktować się z organizacjami w BSL

bsl-page-title = Brytyjski język migowy
bsl-page-heading = Brytyjski język migowy (BSL)
bsl-page-lead = Co można już teraz załatwić w brytyjskim języku migowym i jak poradniki na tej stronie zostaną przetłumaczone na język migowy.
bsl-page-999 = W nagłej sytuacji proszę skorzystać z 999 BSL: to bezpłatna usługa połączeń wideo, w której tłumacz BSL łączy Pana/Panią z policją, pogotowiem ratunkowym, strażą pożarną lub strażą przybrzeżną, o każdej porze. Proszę użyć aplikacji 999 BSL albo strony internetowej 999 BSL.
bsl-page-contact-heading = Kontakt z organizacjami w BSL
bsl-page-relay-uk = Relay UK służy do pisania i czytania, a nie do języka migowego. Z aplikacji Relay UK lub telefonu tekstowego proszę wybrać 18001, a potem numer. W nagłym wypadku proszę dzwonić pod 18000.
bsl-page-video-relay = Niektóre organizacje oferują bezpłatne połączenia wideo z tłumaczem BSL: tłumacz dołącza do rozmowy wideo i rozmawia z organizacją w Pana/Pani imieniu. Proszę szukać odnośnika BSL lub „video relay” na stronie organizacji. Krajowa infolinia ds. przemocy domowej (National Domestic Abuse Helpline) oferuje to w dni robocze.
bsl-page-request = Można poprosić organizację na tej stronie o kontakt w BSL, z tłumaczem albo przez połączenie wideo z tłumaczem. Wysyłamy prośbę do organizacji, która może zapewnić BSL, jeśli taka jest.
bsl-page-request-link = Prośba o kontakt od organizacji
bsl-page-guides-heading = Poradniki w BSL
bsl-page-no-guides = Żaden poradnik nie ma jeszcze nagrania w BSL.
bsl-page-services-heading = Organizacje dla osób głuchych
