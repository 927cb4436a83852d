# Draft translation: not yet checked by a fluent Polish speaker.
# Bezpieczeństwo w internecie, informacja o prywatności, deklaracja dostępności i pliki cookie.
# (Staying safe online, privacy notice, accessibility statement and cookies.)

safety-title = Bezpieczeństwo w internecie
safety-heading = Bezpieczeństwo w internecie
safety-lead = Jeśli ktoś inny korzysta z Pana/Pani telefonu lub komputera albo może sprawdzać, co Pan/Pani robi w internecie, te kroki mogą pomóc zachować wizytę na tej stronie w tajemnicy.

safety-exit-heading = Szybkie opuszczenie strony
safety-exit-body = Na górze każdej strony jest przycisk „Opuść tę stronę”. Po jego wybraniu od razu otwiera się strona z prognozą pogody.
safety-exit-shift = Można też nacisnąć 3 razy klawisz Shift. Strona natychmiast staje się pusta, a jeśli konto było zalogowane, następuje wylogowanie.
safety-exit-limits = Przycisk wyjścia nie usuwa tej strony z historii przeglądania. Mogą tam też zostać inne oglądane strony. Pomogą w tym kroki opisane poniżej.

safety-private-heading = Okno prywatne
safety-private-body = Okno prywatne nie zapisuje historii odwiedzanych stron i usuwa pliki cookie po zamknięciu.
safety-private-chrome = Chrome: proszę otworzyć menu z trzema kropkami i wybrać „Nowe okno incognito”.
safety-private-safari = Safari na iPhonie lub iPadzie: proszę dotknąć przycisku kart, a potem „Prywatne”.
safety-private-firefox = Firefox: proszę otworzyć menu i wybrać „Nowe okno prywatne”.
safety-private-edge = Microsoft Edge: proszę otworzyć menu z trzema kropkami i wybrać „Nowe okno InPrivate”.
safety-private-limits = Okno prywatne nie ukrywa Pana/Pani działań przed dostawcą internetu, siecią w pracy lub szkole ani przed oprogramowaniem szpiegującym na urządzeniu.

safety-history-heading = Czyszczenie historii przeglądania
safety-history-body = Odwiedzone strony można usunąć z historii przeglądarki. W większości przeglądarek ta opcja znajduje się w ustawieniach, w części „Historia” lub „Prywatność”.
safety-history-care = Jeśli ktoś sprawdza Pana/Pani urządzenie, nagle pusta historia może wzbudzić podejrzenia. Czasem lepiej usunąć tylko strony z tej witryny.

safety-device-heading = Bezpieczniejsze urządzenie
safety-device-body = Jeśli podejrzewa Pan/Pani, że telefon lub komputer jest obserwowany, lepiej użyć urządzenia, do którego ta osoba nie ma dostępu, na przykład:
safety-device-library = komputera w bibliotece publicznej
safety-device-friend = telefonu zaufanej osoby z przyjaciół lub rodziny
safety-device-work = komputera w pracy, szkole lub na uczelni, jeśli wolno go używać do spraw prywatnych

safety-monitoring-heading = Jeśli podejrzewa Pan/Pani, że ktoś śledzi Pana/Pani działania
safety-monitoring-body = Niektórzy ludzie używają technologii, aby kontrolować lub śledzić innych. Sygnałem może być to, że ktoś wie, gdzie Pan/Pani bywa albo co Pan/Pani pisze. Co można sprawdzić:
safety-monitoring-passwords = czy ktoś inny zna Pana/Pani hasła albo kod do telefonu
safety-monitoring-location = czy Pana/Pani lokalizacja jest udostępniana, na przykład w aplikacji Znajdź (Find My), w Mapach Google albo w ustawieniach udostępniania rodzinnego
safety-monitoring-accounts = czy poczta e-mail, dysk w chmurze albo konta w mediach społecznościowych są zalogowane na nieznanym urządzeniu
safety-monitoring-apps = czy w telefonie są aplikacje zainstalowane bez Pana/Pani wiedzy
safety-monitoring-help = Nagłe zmiany mogą czasem zwiększyć zagrożenie. Organizacja pomagająca osobom doświadczającym przemocy domowej może pomóc zaplanować, jak zrobić to bezpiecznie.

privacy-title = Prywatność
privacy-heading = Informacja o prywatności
privacy-lead = Ta informacja wyjaśnia, jakie dane o Panu/Pani przechowuje Waymark, w jakim celu i co może Pan/Pani z tym zrobić.

privacy-browsing-heading = Podczas czytania stron
privacy-browsing-body = Można czytać tę stronę bez podawania nam jakichkolwiek informacji o sobie. Nie używamy reklamowych ani śledzących plików cookie i nie korzystamy z usług analitycznych. Jeśli wybierze Pan/Pani język albo otworzy link do strony w określonym języku, zapamiętujemy ten język w pliku cookie na urządzeniu.
privacy-browsing-logs = Nasze serwery przechowują krótkie zapisy techniczne zapytań, abyśmy mogli utrzymać działanie i bezpieczeństwo strony: godzinę, adres strony (bez tego, co wpisano w wyszukiwarce lub formularzu) oraz informację, czy zapytanie się powiodło. Te zapisy nie zawierają adresu IP, imienia i nazwiska ani niczego, co Pan/Pani wpisuje.

privacy-account-heading = Jeśli założy Pan/Pani konto
privacy-account-body = Konto jest nieobowiązkowe. Jeśli Pan/Pani je założy, przechowujemy:
privacy-account-name = zakodowaną postać nazwy użytkownika i hasła, której nie da się z powrotem zamienić na żadne z nich: nikt, także nasi pracownicy, nie może ich odczytać
privacy-account-email = adres e-mail, jeśli zdecyduje się Pan/Pani go podać, w postaci zaszyfrowanej
privacy-account-factors = klucz do aplikacji uwierzytelniającej, w postaci zaszyfrowanej, oraz zakodowaną postać kodów odzyskiwania
privacy-account-sessions = urządzenia zalogowane na konto (tylko rodzaj przeglądarki i systemu, na przykład Chrome na Androidzie) oraz czas ich ostatniego użycia
privacy-account-attempts = przez 15 minut: zakodowane zapisy nieudanych prób logowania, abyśmy mogli spowolnić każdego, kto próbuje dostać się na konto, zgadując dane
privacy-account-diary = dziennik i wszystko, co zapisze Pan/Pani z poradników, zaszyfrowane kluczem, który można odblokować tylko Pana/Pani hasłem albo jednym z kodów odzyskiwania. Nikt inny nie może tego przeczytać: ani nasi pracownicy, ani nikt, kto uzyska dostęp do naszych serwerów. Jeśli nie będzie już można się zalogować (na przykład po utracie zarówno hasła, jak i telefonu), dziennika nie da się odzyskać.
privacy-account-delete = W każdej chwili można pobrać wszystko, co jest zapisane na koncie, i usunąć konto na stronie konta. Usunięcie konta od razu usuwa wszystkie dane.
privacy-police-heading = Jesteśmy niezależni od policji
privacy-police-body = Nie przekazujemy informacji policji, służbom imigracyjnym ani nikomu innemu z powodu odwiedzenia tej strony. Przekazalibyśmy informacje tylko wtedy, gdy wymaga tego prawo, albo gdy uważamy, że czyjeś życie jest w bezpośrednim niebezpieczeństwie.

privacy-security-heading = Jak chronimy informacje
privacy-security-body = Wszystkie połączenia z tą stroną są szyfrowane. Informacje są przechowywane w bezpieczny sposób, chronione kontrolą dostępu i trzymane tylko tak długo, jak to potrzebne.

privacy-rights-heading = Pana/Pani prawa
privacy-rights-body = Zgodnie z brytyjskim prawem o ochronie danych (UK data protection law) ma Pan/Pani prawo:
privacy-rights-access = otrzymać kopię informacji, które o Panu/Pani przechowujemy
privacy-rights-correct = żądać poprawienia błędnych informacji
privacy-rights-delete = żądać usunięcia swoich informacji
privacy-rights-object = sprzeciwić się sposobowi, w jaki wykorzystujemy Pana/Pani informacje
privacy-rights-ico = Jeśli ma Pan/Pani zastrzeżenia do tego, jak wykorzystaliśmy Pana/Pani informacje, można złożyć skargę do Information Commissioner's Office (ICO, brytyjski urząd ochrony danych) pod numerem 0303 123 1113 albo na stronie ico.org.uk.

accessibility-title = Dostępność
accessibility-heading = Deklaracja dostępności
accessibility-lead = Chcemy, aby z tej strony mogło korzystać jak najwięcej osób, niezależnie od ich możliwości, języka i urządzenia.

accessibility-able-heading = Co powinno być możliwe na tej stronie
accessibility-able-zoom = powiększenie do 400% bez wychodzenia tekstu poza ekran
accessibility-able-keyboard = korzystanie z całej strony wyłącznie za pomocą klawiatury, zawsze z widocznym miejscem, w którym się jest na stronie
accessibility-able-screen-reader = korzystanie ze strony za pomocą czytnika ekranu albo programu do rozpoznawania mowy
accessibility-able-no-javascript = korzystanie z każdej strony i każdego formularza przy wyłączonym JavaScripcie
accessibility-able-motion = wyłączenie animacji przez wybranie ograniczenia ruchu w ustawieniach urządzenia
accessibility-able-languages = czytanie strony w więcej niż jednym języku

accessibility-status-heading = Stan dostępności strony
accessibility-status-body = Dążymy do spełnienia wytycznych Web Content Accessibility Guidelines (WCAG) w wersji 2.2 na poziomie AA. Stosujemy wzorce GOV.UK Design System, które są testowane z udziałem osób z niepełnosprawnościami.
accessibility-testing-body = Przy każdej zmianie strony każda jej podstrona jest automatycznie sprawdzana pod kątem problemów z dostępnością, przy włączonym i wyłączonym JavaScripcie. Sprawdzamy też strony, korzystając wyłącznie z klawiatury.

accessibility-limits-heading = Elementy, które nie są jeszcze w pełni dostępne
accessibility-limits-bsl = Nie dla każdej strony jest jeszcze nagranie w brytyjskim języku migowym (BSL).
accessibility-limits-languages = Niektóre strony nie są jeszcze przetłumaczone na wszystkie języki. Wtedy wyświetlana jest wersja angielska.
accessibility-limits-external = Niektóre linki prowadzą do stron innych organizacji, na które nie mamy wpływu.

accessibility-report-heading = Zgłaszanie problemu
accessibility-report-body = Jeśli znajdzie Pan/Pani problem, którego tu nie wymieniono, albo potrzebuje informacji w innej formie, na przykład w tekście łatwym do czytania (easy read), dużym drukiem lub jako nagranie dźwiękowe, prosimy powiadomić organizację, która przekazała Panu/Pani adres tej strony. Staramy się odpowiedzieć w ciągu 5 dni roboczych.
accessibility-enforcement-body = Za egzekwowanie przepisów o dostępności odpowiada Equality and Human Rights Commission (EHRC, Komisja ds. Równości i Praw Człowieka). Jeśli nasza odpowiedź na skargę nie będzie satysfakcjonująca, można skontaktować się z Equality Advisory and Support Service (EASS, służba doradcza ds. równości).

cookies-title = Pliki cookie
cookies-heading = Pliki cookie
cookies-lead = Pliki cookie to małe pliki zapisywane w telefonie, tablecie lub komputerze podczas odwiedzania strony internetowej.
cookies-no-tracking = Używamy tylko plików cookie niezbędnych do działania strony. Nie używamy plików cookie do reklam ani do śledzenia Pana/Pani na innych stronach, dlatego nie prosimy o zgodę.
cookies-table-caption = Pliki cookie, które może ustawić ta strona
cookies-col-name = Nazwa
cookies-col-purpose = Cel
cookies-col-expires = Wygasa
cookies-session-purpose = Utrzymuje zalogowanie albo zapamiętuje odpowiedzi podczas zakładania konta. Zawiera losowy kod, a nie Pana/Pani dane.
cookies-session-expires = Po wylogowaniu, zamknięciu przeglądarki albo po 30 minutach bezczynności
cookies-language-purpose = Zapamiętuje wybrany język albo język linku do strony w określonym języku, który Pan/Pani otworzył(a). Jest ustawiany tylko w tych przypadkach.
cookies-language-expires = 1 rok
cookies-clear-heading = Usuwanie plików cookie
cookies-clear-body = Pliki cookie można w każdej chwili usunąć w ustawieniach przeglądarki. Okno prywatne usuwa je automatycznie po zamknięciu.
