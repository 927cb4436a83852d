# Draft translation: not yet checked by a fluent Polish speaker.
# Prośba o kontakt od organizacji: strona startowa, pytania, sprawdzenie odpowiedzi i potwierdzenie.
# (Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.)
# Tytuły stron pozostają neutralne („Kontakt”), aby tytuł na wspólnym ekranie lub w historii niczego nie zdradzał.
# (Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.)

request-title = Kontakt
request-caption = Prośba o kontakt od organizacji
request-honeypot = Proszę zostawić to pole puste

request-start-heading = Prośba o kontakt od organizacji pomocowej
request-start-lead = Prosimy krótko opisać, co się stało i co by pomogło. Przekażemy to organizacji, która najlepiej może Panu/Pani pomóc, a ona skontaktuje się w sposób, który Pan/Pani wskaże jako bezpieczny.
request-start-police = Te organizacje są niezależne od policji i nie trzeba było zgłaszać tego, co się stało. Zachowują w tajemnicy to, co Pan/Pani im powie. Mogą jednak być zobowiązane przekazać te informacje bez Pana/Pani zgody, jeśli uznają, że zagrożone jest dziecko albo że ktoś może zostać poważnie skrzywdzony. Można o to zapytać, zanim cokolwiek się powie.
request-start-how-heading = Jak to działa
request-start-how-questions = Odpowiada Pan/Pani na kilka krótkich pytań, po jednym naraz. Większość jest nieobowiązkowa albo ma odpowiedź „Wolę nie odpowiadać”.
request-start-how-service = Wysyłamy odpowiedzi do jednej organizacji, wybranej na podstawie tego, co się stało, i wieku. Przed wysłaniem widać, która to organizacja.
request-start-how-safe = Podaje Pan/Pani, jak i kiedy można się bezpiecznie kontaktować, czy można zostawić wiadomość i czy dzwoniąca osoba może powiedzieć, skąd dzwoni.
request-start-how-time = Zajmuje to około 5–10 minut. Odpowiedzi są przechowywane do zamknięcia przeglądarki albo do 30 minut bez aktywności.
request-start-signed-in = Konto jest zalogowane, więc uzupełnimy to, co już wiemy z wcześniejszych odpowiedzi, a przebieg sprawy będzie można śledzić na koncie.
request-start-no-account = Konto nie jest potrzebne. Osoby, które mają konto, mogą najpierw się zalogować, aby śledzić przebieg sprawy.
request-start-urgent = Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Te organizacje nie mogą zareagować od razu.
request-start-button = Rozpocznij
request-start-directory = Można też zobaczyć wszystkie organizacje i skontaktować się z nimi samodzielnie

request-yes = Tak
request-no = Nie
request-rather-not-say = Wolę nie odpowiadać
request-choose-all = Proszę zaznaczyć wszystkie pasujące odpowiedzi.
request-choose-listed = Proszę wybrać jedną z podanych odpowiedzi albo zostawić pole puste.
request-too-long = Ta odpowiedź jest za długa. Odpowiedź może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaków
}.

request-safe = Czy w tej chwili jest Pan/Pani w bezpiecznej sytuacji?
request-safe-hint = Jeśli wypełnia Pan/Pani ten formularz za kogoś innego, proszę odpowiedzieć w imieniu tej osoby.
request-safe-yes = Tak
request-safe-no = Nie
request-safe-not-sure = Nie mam pewności
request-safe-error = Proszę wybrać, czy w tej chwili jest Pan/Pani w bezpiecznej sytuacji
request-urgent-heading = Jeśli jest Pan/Pani w niebezpieczeństwie, proszę od razu wezwać pomoc
request-urgent-carry-on-heading = Nadal można poprosić służbę o kontakt
request-urgent-carry-on = Nie trzeba być teraz bezpiecznym, aby poprosić o wsparcie. Dotychczasowe odpowiedzi zostały zachowane.
request-urgent-carry-on-safely = Następnie zadamy kilka krótkich pytań, w tym o to, jak i kiedy służba może bezpiecznie się skontaktować, czy może zostawić wiadomość i czy może się przedstawić.
request-urgent-continue = Kontynuuj i wybierz bezpieczny sposób kontaktu

request-who = Dla kogo prosi Pan/Pani o wsparcie?
request-who-me = Dla siebie
request-who-someone = Dla osoby, którą wspieram
request-who-someone-hint = Ta osoba musi wiedzieć o tej prośbie i się na nią zgadzać.
request-who-error = Proszę wybrać, dla kogo jest wsparcie

request-age = { $who ->
    [someone] Ile lat ma osoba, którą Pan/Pani wspiera?
   *[me] Ile ma Pan/Pani lat?
}
request-age-hint = Dzięki temu możemy wybrać organizację, która pracuje z osobami w tym wieku.
request-age-error = Proszę wybrać przedział wiekowy albo „Wolę nie odpowiadać”

request-what = { $who ->
    [someone] Co się stało tej osobie?
   *[me] Co się Panu/Pani stało?
}
request-what-error = Proszę wybrać co najmniej jedną odpowiedź. Jeśli nie ma Pan/Pani pewności, proszę wybrać „Nie wiem, czy to było przestępstwo”

request-when = Kiedy to się stało?
request-when-week = W ostatnim tygodniu
request-when-month = W ostatnim miesiącu
request-when-six-months = W ostatnich 6 miesiącach
request-when-longer = Ponad 6 miesięcy temu
request-when-ongoing = To nadal trwa
request-when-error = Proszę wybrać, kiedy to się stało, albo „Wolę nie odpowiadać”

request-police = Czy sprawa została zgłoszona na policję?
request-police-hint = Wsparcie można otrzymać niezależnie od tego, czy sprawa zostanie zgłoszona. Te organizacje są niezależne od policji.
request-police-yes = Tak
request-police-no = Nie
request-police-not-sure = Nie mam pewności
request-police-error = Proszę wybrać odpowiedź albo „Wolę nie odpowiadać”

request-needs = Co by pomogło
request-needs-legend = { $who ->
    [someone] Jakie wsparcie pomogłoby tej osobie?
   *[me] Jakie wsparcie pomogłoby Panu/Pani?
}
request-needs-other = Czy jest coś jeszcze, o czym organizacja powinna wiedzieć? (nieobowiązkowo)
request-needs-other-hint = Proszę napisać tylko to, czym chce się Pan/Pani podzielić z organizacją.
request-needs-error = Proszę wybrać co najmniej jeden rodzaj wsparcia albo opisać go własnymi słowami

request-language-heading = Język i dostępność
request-language = W jakim języku chce Pan/Pani się porozumiewać? (nieobowiązkowo)
request-language-hint = Na przykład angielski, polski, urdu albo brytyjski język migowy (BSL).
request-interpreter = Czy chce Pan/Pani skorzystać z pomocy tłumacza?
request-interpreter-hint = Nie trzeba odpowiadać na to pytanie, jeśli będzie Pan/Pani mówić po angielsku.
request-interpreter-error = Proszę wybrać, czy chce Pan/Pani skorzystać z pomocy tłumacza
request-access = Czy potrzebuje Pan/Pani czegoś z poniższej listy?
request-access-bsl = Brytyjski język migowy (BSL) z tłumaczem
request-access-relay = Relay UK lub przekaz tekstowy (pisanie i czytanie, nie język migowy)
request-access-easy-read = Informacje w wersji łatwej do czytania (easy read)
request-access-large-print = Duży druk
request-access-other = Coś innego
request-access-other-label = Co jeszcze ułatwiłoby Panu/Pani korzystanie z pomocy? (nieobowiązkowo)

request-contact-heading = { $who ->
    [someone] Jak organizacja może się skontaktować z tą osobą?
   *[me] Jak organizacja może się z Panem/Panią skontaktować?
}
request-contact-lead = { $who ->
    [someone] Na następnej stronie zapytamy, kiedy i jak można bezpiecznie kontaktować się z tą osobą.
   *[me] Na następnej stronie zapytamy, kiedy i jak można bezpiecznie kontaktować się z Panem/Panią.
}
request-name = { $who ->
    [someone] Jakim imieniem organizacja ma się zwracać do tej osoby?
   *[me] Jakim imieniem organizacja ma się do Pana/Pani zwracać?
}
request-name-hint = Nie musi to być pełne ani prawdziwe imię.
request-name-error = Proszę wpisać imię, którego organizacja może używać
request-channels = { $who ->
    [someone] W jaki sposób organizacja może kontaktować się z tą osobą?
   *[me] W jaki sposób organizacja może się z Panem/Panią kontaktować?
}
request-channels-error = Proszę wybrać co najmniej jeden sposób kontaktu
request-channel-phone = Rozmowa telefoniczna
request-channel-text = SMS
request-channel-email = E-mail
request-phone = Numer telefonu
request-phone-hint = Do rozmów telefonicznych i SMS-ów. Na przykład 07700 900 982.
request-phone-missing = Proszę wpisać numer telefonu albo odznaczyć rozmowy telefoniczne i SMS-y
request-phone-invalid = Proszę wpisać numer telefonu w prawidłowym formacie, na przykład 07700 900 982 albo +44 7700 900 982
request-email = Adres e-mail
request-email-hint = Tylko jeśli powyżej wybrano e-mail.
request-email-missing = Proszę wpisać adres e-mail albo odznaczyć e-mail
request-email-invalid = Proszę wpisać adres e-mail w prawidłowym formacie, na przykład name@example.com

request-safe-contact-heading = Bezpieczeństwo podczas kontaktu z organizacją
request-safe-contact-lead = { $who ->
    [someone] Organizacja dokładnie zastosuje się do tych wskazówek. Proszę zastanowić się, kto jeszcze może widzieć telefon lub e-maile tej osoby.
   *[me] Organizacja dokładnie zastosuje się do tych wskazówek. Proszę zastanowić się, kto jeszcze może widzieć Pana/Pani telefon lub e-maile.
}
request-safe-phone = Czy organizacja może bezpiecznie dzwonić pod ten numer?
request-safe-text = Czy organizacja może bezpiecznie wysyłać SMS-y?
request-safe-email = Czy organizacja może bezpiecznie wysyłać e-maile?
request-safe-times = Kiedy kontakt jest bezpieczny? (nieobowiązkowo)
request-safe-times-hint = Na przykład w dni robocze od 10:00 do 14:00.
request-safe-voicemail = Czy organizacja może zostawić wiadomość na poczcie głosowej?
request-safe-voicemail-error = Proszę wybrać, czy organizacja może zostawić wiadomość na poczcie głosowej
request-safe-say-who = Czy organizacja może się przedstawić?
request-safe-say-who-hint-phone = Jeśli odpowiedź brzmi „Nie”, organizacja nie poda swojej nazwy, gdy zadzwoni lub zostawi wiadomość głosową.
request-safe-say-who-hint-text = Jeśli odpowiedź brzmi „Nie”, organizacja nie poda swojej nazwy w SMS-ach.
request-safe-say-who-hint-email = Jeśli odpowiedź brzmi „Nie”, organizacja nie poda swojej nazwy w e-mailach, także w nazwie nadawcy i temacie.
request-safe-say-who-error = Proszę wybrać, czy organizacja może się przedstawić
request-safe-channel-error = Proszę wybrać, czy ten sposób kontaktu jest bezpieczny
request-no-safe-channel = Co najmniej jeden sposób kontaktu musi być bezpieczny. Proszę wrócić i wybrać inny sposób albo zamiast tego zadzwonić na telefon zaufania
request-code-word-heading = Umówione słowo
request-code-word = Umówione słowo (nieobowiązkowo)
request-code-word-hint = Jeśli odbierze ktoś inny, organizacja powie, w jakiej sprawie dzwoni, tylko osobie, która poda to słowo.

request-supporter-heading = Informacje o Panu/Pani jako osobie wspierającej
request-supporter-lead = Organizacja może skontaktować się z Panem/Panią, jeśli nie uda się jej dotrzeć do osoby, którą Pan/Pani wspiera. Zawsze najpierw spróbuje skontaktować się z tą osobą, w bezpieczny dla niej sposób.
request-supporter-name = Pana/Pani imię
request-supporter-name-error = Proszę wpisać swoje imię
request-supporter-phone = Pana/Pani numer telefonu
request-supporter-email = Pana/Pani adres e-mail
request-supporter-contact-error = Proszę podać swój numer telefonu albo adres e-mail
request-supporter-relationship = Skąd zna Pan/Pani tę osobę? (nieobowiązkowo)
request-supporter-agreed-legend = Zgoda tej osoby
request-supporter-agreed = Ta osoba wie o tej prośbie i się na nią zgadza
request-supporter-agreed-error = Proszę potwierdzić, że ta osoba wie o tej prośbie i się na nią zgadza

request-about-heading = Informacje o Panu/Pani (nieobowiązkowo)
request-about-lead = Te pytania pomagają osobie wybieranej w wyborach, która finansuje tu usługi dla ofiar i nie jest policjantem (Police and Crime Commissioner), sprawdzić, do których grup osób wsparcie nie dociera, aby organizacje mogły działać lepiej. Odpowiedzi są liczone razem z odpowiedziami innych osób i nigdy nie są pokazywane razem z imieniem.
request-about-commissioner = Biuro tej osoby jest oddzielne od policji i widzi wyłącznie liczby: nigdy prośby ani odpowiedzi pojedynczej osoby.
request-about-optional = Można pominąć dowolne pytanie albo wszystkie.
request-about-heading-supporter = Informacje o osobie, którą Pan/Pani wspiera (nieobowiązkowo)
request-about-lead-supporter = Te pytania pomagają osobie wybieranej w wyborach, która finansuje tu usługi dla ofiar i nie jest policjantem (Police and Crime Commissioner), sprawdzić, do których grup osób wsparcie nie dociera, aby organizacje mogły działać lepiej. Proszę odpowiadać tylko na to, co Pan/Pani wie i czym wspierana osoba chce się podzielić. Odpowiedzi są liczone razem z odpowiedziami innych osób i nigdy nie są pokazywane razem z imieniem.
equality-gender = Jak określa Pan/Pani swoją płeć?
equality-gender-supporter = Jak osoba, którą Pan/Pani wspiera, określa swoją płeć?
equality-gender-woman = Kobieta
equality-gender-man = Mężczyzna
equality-gender-non-binary = Osoba niebinarna
equality-gender-other = Inaczej
equality-ethnicity = Do jakiej grupy etnicznej Pan/Pani należy?
equality-ethnicity-supporter = Do jakiej grupy etnicznej należy osoba, którą Pan/Pani wspiera?
equality-ethnicity-asian = Azjatycka lub brytyjska azjatycka (Asian or Asian British)
equality-ethnicity-black = Czarnoskóra, czarnoskóra brytyjska, karaibska lub afrykańska (Black, Black British, Caribbean or African)
equality-ethnicity-mixed = Mieszana lub kilka grup etnicznych (Mixed or multiple ethnic groups)
equality-ethnicity-white = Biała (White)
equality-ethnicity-other = Inna grupa etniczna
equality-sexuality = Co najlepiej opisuje Pana/Pani orientację seksualną?
equality-sexuality-supporter = Co najlepiej opisuje orientację seksualną osoby, którą Pan/Pani wspiera?
equality-sexuality-straight = Osoba heteroseksualna
equality-sexuality-gay-lesbian = Gej lub lesbijka
equality-sexuality-bisexual = Osoba biseksualna
equality-sexuality-other = Inna orientacja seksualna
equality-disability = Czy uważa się Pan/Pani za osobę z niepełnosprawnością?
equality-disability-supporter = Czy osoba, którą Pan/Pani wspiera, uważa się za osobę z niepełnosprawnością?
equality-disability-hint = Na przykład choroba albo stan zdrowia fizycznego lub psychicznego, który na co dzień wpływa na Pana/Pani życie.

request-check-heading = Proszę sprawdzić odpowiedzi przed wysłaniem
request-not-answered = Brak odpowiedzi
request-change = Zmień
request-check-safety-title = Kontakt i bezpieczeństwo
request-check-about-title = Co się stało
request-check-language-title = Język i dostępność
request-check-supporter-title = Informacje o osobie wspierającej
request-check-equality-title = Pytania nieobowiązkowe
request-check-name = Imię, którego należy używać
request-check-contact = Sposoby kontaktu
request-check-safe-contact = Wskazówki dotyczące bezpieczeństwa
request-check-safe-phone = Rozmowy telefoniczne są bezpieczne
request-check-unsafe-phone = Nie dzwonić
request-check-safe-text = SMS-y są bezpieczne
request-check-unsafe-text = Nie wysyłać SMS-ów
request-check-safe-email = E-maile są bezpieczne
request-check-unsafe-email = Nie wysyłać e-maili
request-check-safe-times = Bezpieczne godziny: { $times }
request-check-no-voicemail = Nie zostawiać wiadomości na poczcie głosowej
request-check-no-name = Nie przedstawiać się (nie podawać nazwy organizacji)
request-check-code-word = Umówione słowo: { $word }
request-check-safe-now = W tej chwili w bezpiecznej sytuacji
request-check-who = Wsparcie dla
request-check-age = { $who ->
    [someone] Wiek tej osoby
   *[me] Pana/Pani wiek
}
request-check-what = Co się stało
request-check-when = Kiedy
request-check-police = Zgłoszono na policję
request-check-needs = Wsparcie, które by pomogło
request-check-language = Język
request-check-interpreter = Potrzebny jest tłumacz
request-check-access = Potrzeby związane z dostępnością
request-check-supporter = Pana/Pani dane
request-check-agreed = Ta osoba wie i się zgadza
request-check-send-heading = Teraz proszę wysłać prośbę
request-check-goes-to = Prośba trafi do organizacji: { $service }.
request-check-privacy = Odpowiedzi są szyfrowane i mogą je przeczytać tylko pracownicy tej organizacji. Zostaną usunięte, gdy organizacja zamknie sprawę.
request-consent-legend = Zgoda na przekazanie odpowiedzi
request-consent-me = Zgadzam się na przekazanie moich odpowiedzi tej organizacji, aby mogła się ze mną skontaktować
request-consent-someone = Zgadzam się na przekazanie tych odpowiedzi tej organizacji, a osoba, którą wspieram, również się na to zgodziła
request-consent-error = Proszę zaznaczyć pole, aby zgodzić się na przekazanie odpowiedzi. Można też opuścić tę stronę, a nic nie zostanie wysłane
request-too-many = W ciągu ostatniej godziny z tego połączenia wysłano kilka próśb. Proszę spróbować ponownie później albo zadzwonić na jeden z telefonów zaufania poniżej.
request-send = Wyślij prośbę

request-done-title = Wysłano
request-done-heading = Prośba została wysłana
request-done-reference = Numer referencyjny: { $reference }
request-done-next-heading = Co dalej
request-done-next = Organizacja { $service } skontaktuje się z Panem/Panią w sposób wskazany jako bezpieczny.
request-done-next-within = Organizacja { $service } skontaktuje się z Panem/Panią w sposób wskazany jako bezpieczny. Stara się to zrobić w ciągu { $days } dni roboczych.
request-done-safe = Organizacja zastosuje się do wskazówek dotyczących bezpieczeństwa. Jeśli coś się zmieni albo kontakt przestanie być bezpieczny, proszę zadzwonić do tej organizacji albo na telefon zaufania.
request-done-status-account = Przebieg sprawy można śledzić na koncie.
request-done-status-reference = Jeśli chce Pan/Pani zapytać o swoją prośbę, proszę zachować numer referencyjny w bezpiecznym miejscu. Nie trzeba go zachowywać, jeśli to nie jest bezpieczne.
request-done-urgent = Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999.
request-done-others-heading = Inne organizacje, które mogą pomóc
request-done-others-lead = Z tymi organizacjami można też skontaktować się samodzielnie. Ich pomoc jest bezpłatna.
request-done-meanwhile-heading = W oczekiwaniu na kontakt
request-done-guides = Poradniki o tym, jak radzić sobie po przestępstwie

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] Gdzie mieszka osoba, którą wspierasz?
   *[me] Gdzie mieszkasz?
}
request-area-hint = Używamy tego tylko do wyboru lokalnej usługi. Cleveland składa się z tych czterech obszarów.
request-area-postcode = Zamiast tego podam pierwszą część kodu pocztowego
request-area-outside = Gdzieś poza Cleveland
request-postcode = Pierwsza część kodu pocztowego (tylko jeśli wybrano to powyżej)
request-postcode-hint = Na przykład TS10. Używamy go tylko do ustalenia obszaru i go nie przechowujemy.
request-area-error = Wybierz, gdzie mieszkasz, albo że wolisz nie mówić
request-postcode-missing = Wpisz pierwszą część kodu pocztowego, np. TS10, albo wybierz obszar
request-postcode-invalid = Wpisz pierwszą część kodu pocztowego, np. TS10, albo wybierz obszar
request-postcode-spans = Ten kod pocztowy obejmuje więcej niż jeden obszar. Zamiast tego wybierz obszar
request-check-area = { $who ->
    [someone] Gdzie mieszka
   *[me] Gdzie mieszkasz
}
request-signpost-heading = Gdzie możesz szukać pomocy
request-signpost-outside = Ta strona może przekazywać prośby tylko do usług w Cleveland (Hartlepool, Middlesbrough, Redcar and Cleveland i Stockton-on-Tees), więc niczego nie wysłaliśmy. Poniższe usługi mogą pomóc bez względu na to, gdzie mieszkasz. Infolinia Victim Support może też powiedzieć o wsparciu w Twojej okolicy.
request-signpost-none = Żadna z lokalnych usług nie może przyjąć takiej prośby od osoby w tym wieku, więc niczego nie wysłaliśmy. Poniższe usługi mogą pomóc i możesz skontaktować się z nimi samodzielnie.
request-signpost-services = Możesz zmienić odpowiedzi, używając linku Wstecz.
