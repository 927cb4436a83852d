# Draft translation: not yet checked by a fluent Polish speaker.
# Konta: rejestracja, logowanie, resetowanie hasła, strona konta i rejestracja pracowników.
# (Accounts: registration, signing in, resetting a password, the account page and staff enrolment.)

nav-account = Moje konto
nav-sign-in = Zaloguj się
nav-sign-out = Wyloguj się

## Rejestracja (Registration)

register-title = Załóż konto
register-heading = Załóż konto
register-lead = Konto nie jest potrzebne, aby czytać poradniki albo poprosić o wsparcie. Konto pozwala prowadzić prywatny dziennik, zapisywać postępy w poradnikach i sprawdzać, co dzieje się z prośbą o wsparcie.
register-safe-heading = Jak chronimy Pana/Pani konto
register-safe-body = Przy każdym logowaniu potrzebne będą hasło i kod z aplikacji uwierzytelniającej w telefonie, na przykład Google Authenticator, Microsoft Authenticator lub Authy. Nikt inny nie wejdzie na konto, nawet jeśli zna hasło.
register-name-body = Nazwę użytkownika można wybrać dowolnie. Nie musi to być prawdziwe imię ani nazwisko. Adres e-mail nie jest potrzebny.
register-lose-both = Jeśli zgubi Pan/Pani zarówno hasło, jak i telefon, trzeba będzie założyć nowe konto, a dziennik zostanie utracony. Nikt, także my, nie może przywrócić dostępu do konta ani przeczytać dziennika: właśnie dzięki temu pozostają one prywatne.
register-age-heading = Kto może mieć konto
register-age-body = Trzeba mieć co najmniej 16 lat. Każdy może czytać tę stronę bez konta.
register-start = Rozpocznij
register-have-account = Ma już Pan/Pani konto?

register-who-title = Do czego będzie Pan/Pani używać konta?
register-who-legend = Do czego będzie Pan/Pani używać konta?
register-who-hint = Konto zawsze należy do Pana/Pani: tylko Pan/Pani się do niego loguje, a dziennik dotyczy Pana/Pani.
register-who-self = Wsparcie dla siebie
register-who-self-hint = Coś mi się przydarzyło.
register-who-supporter = Wsparcie dla mnie, gdy wspieram kogoś innego
register-who-supporter-hint = Na przykład pomaga Pan/Pani przyjacielowi, krewnemu, partnerowi, sąsiadowi lub koledze, których dotknęło przestępstwo. Nie tworzy to konta dla tej osoby i nie będzie ona o nim wiedzieć.
register-who-error = Proszę wybrać, do czego będzie Pan/Pani używać konta

register-age-title = Czy ma Pan/Pani co najmniej 16 lat?
register-age-legend = Czy ma Pan/Pani co najmniej 16 lat?
register-age-yes = Tak
register-age-no = Nie
register-age-error = Proszę wybrać „Tak”, jeśli ma Pan/Pani co najmniej 16 lat

under-16-title = Pomoc dla młodych osób
under-16-heading = Konto można założyć od 16. roku życia
under-16-body = Bez konta nadal można czytać wszystko na tej stronie.
under-16-help-heading = Kto może pomóc już teraz
under-16-childline = Childline jest bezpłatny dla wszystkich poniżej 19 lat. Można zadzwonić pod numer 0800 1111 albo porozmawiać z doradcą przez internet. Połączenia nie pojawiają się na rachunku telefonicznym.
under-16-adult = Można też porozmawiać z zaufaną osobą dorosłą, na przykład z nauczycielem, pielęgniarką szkolną, opiekunem w klubie młodzieżowym (youth worker) albo kimś z rodziny.
under-16-victim-support = Victim Support (organizacja pomagająca osobom dotkniętym przestępstwem) prowadzi pomoc dla dzieci i młodzieży, których dotknęło przestępstwo. Aby uzyskać kontakt, można zadzwonić na bezpłatną linię Supportline pod numer 08 08 16 89 111.
under-16-danger = Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999.

details-title = Dane logowania
details-heading = Proszę wybrać dane logowania
name-label = Nazwa użytkownika
name-hint = Dowolna nazwa, którą łatwo zapamiętać, co najmniej 3 znaki. Nie musi to być prawdziwe imię. Nikt inny jej nie zobaczy.
email-label = Adres e-mail (nieobowiązkowo)
email-hint = Nie jest potrzebny. Nikt inny go nie zobaczy i nie służy do logowania.
new-password-label = Hasło
new-password-hint = Co najmniej 8 znaków. Kilka niezwiązanych ze sobą słów to mocne hasło, które łatwo zapamiętać. Można też wkleić hasło z menedżera haseł.
name-error-missing = Proszę wpisać nazwę użytkownika
name-error-too-short = Nazwa użytkownika musi mieć co najmniej 3 znaki
name-error-too-long = Nazwa użytkownika może mieć najwyżej 64 znaki
name-error-control = Nazwa użytkownika może zawierać tylko litery, cyfry, spacje i znaki interpunkcyjne
email-error-invalid = Proszę wpisać adres e-mail w prawidłowym formacie, na przykład name@example.com, albo zostawić to pole puste
password-error-missing = Proszę wpisać hasło
password-error-too-short = Hasło musi mieć co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaków
}
password-error-too-long = Hasło może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaków
}
password-error-weak = To hasło byłoby zbyt łatwe do odgadnięcia.
password-weak-keyboard-row = Rzędy sąsiednich klawiszy, na przykład qwerty, łatwo odgadnąć.
password-weak-keyboard-pattern = Krótkie wzory na klawiaturze łatwo odgadnąć.
password-weak-repeats = Powtarzające się litery, na przykład aaa, łatwo odgadnąć.
password-weak-repeated-group = Powtarzające się grupy znaków, na przykład abcabc, łatwo odgadnąć.
password-weak-common = To jedno z najczęściej używanych haseł.
password-weak-similar-common = To hasło jest bardzo podobne do często używanego hasła.
password-weak-sequence = Ciągi znaków, na przykład abc lub 123, łatwo odgadnąć.
password-weak-recent-year = Niedawne lata łatwo odgadnąć.
password-weak-single-word = Pojedyncze słowo łatwo odgadnąć.
password-weak-date = Daty łatwo odgadnąć.
password-weak-name = Same imiona i nazwiska łatwo odgadnąć.
password-tip-few-words = Proszę spróbować kilku słów, które zwykle nie występują razem.
password-tip-no-symbols-needed = Symbole, cyfry ani wielkie litery nie są potrzebne.
password-tip-add-word = Proszę dodać jeszcze jedno lub dwa słowa. Nietypowe słowa są lepsze.
password-tip-capitals = Wielkie litery niewiele utrudniają odgadnięcie hasła.
password-tip-reversed = Słowa zapisane od tyłu niewiele trudniej odgadnąć.
password-tip-substitutions = Zamiana liter na cyfry lub symbole, na przykład @ zamiast a, niewiele pomaga.
password-tip-keyboard = Proszę użyć dłuższego wzoru na klawiaturze, z większą liczbą zmian kierunku.
password-tip-repeats = Proszę unikać powtarzających się słów i liter.
password-tip-sequences = Proszę unikać ciągów znaków, na przykład abc lub 123.
password-tip-dates = Proszę unikać dat i lat, zwłaszcza tych związanych z Panem/Panią.

authenticator-title = Konfiguracja aplikacji uwierzytelniającej
authenticator-heading = Proszę skonfigurować aplikację uwierzytelniającą
authenticator-step-install = Jeśli w telefonie nie ma aplikacji uwierzytelniającej, proszę ją zainstalować. Google Authenticator, Microsoft Authenticator i Authy są bezpłatne.
authenticator-step-add = W aplikacji dodaj konto.
authenticator-step-scan = Jeśli ta strona jest otwarta na innym urządzeniu, można zamiast tego zeskanować ten kod QR aplikacją.
authenticator-qr-alt = Kod QR do dodania Waymark do aplikacji uwierzytelniającej
authenticator-entry-name = Aplikacja pokaże ten wpis jako „Waymark” – nazwa ta nie zdradza, do czego służy ta strona. Jednak każdy, kto przejrzy aplikację na Pana/Pani telefonie, nadal zobaczy ten wpis. Jeśli ktoś sprawdza Pana/Pani telefon, proszę zastanowić się, czy to bezpieczne.
authenticator-key-body = Jeśli aplikacja jest na tym telefonie, wybierz wpisanie klucza, a potem skopiuj ten klucz i wklej go albo przepisz. Jeśli aplikacja zapyta, wybierz kod oparty na czasie.
authenticator-key-label = Klucz
authenticator-step-code = Aplikacja pokaże 6-cyfrowy kod, który zmienia się co 30 sekund. Proszę wpisać go poniżej.
code-label = Kod z aplikacji uwierzytelniającej
code-hint = 6-cyfrowy kod, na przykład 123456.
code-error-missing = Proszę wpisać 6-cyfrowy kod z aplikacji uwierzytelniającej
code-error-format = Proszę wpisać kod jako 6 cyfr albo kod odzyskiwania, na przykład ABCD-EFGH-2345-6789
code-error-wrong = Kod jest nieprawidłowy. Proszę sprawdzić, czy czas w telefonie ustawia się automatycznie, a potem wpisać najnowszy kod.
code-error-used = Ten kod został już użyty. Proszę poczekać, aż aplikacja pokaże nowy kod.

recovery-codes-title = Kody odzyskiwania
recovery-codes-heading = Proszę zapisać kody odzyskiwania
recovery-codes-lead = W razie utraty telefonu lub aplikacji uwierzytelniającej można zalogować się jednym z tych kodów. Każdy kod działa tylko raz.
recovery-codes-list-label = Kody odzyskiwania
recovery-codes-warning = Te kody nie zostaną pokazane ponownie. Proszę przechowywać je w bezpiecznym miejscu, do którego nikt inny nie ma dostępu.
recovery-codes-safe-heading = Jak bezpiecznie je przechowywać
recovery-codes-safe-paper = Zapisać je na kartce i trzymać ją w prywatnym miejscu.
recovery-codes-safe-manager = Zapisać je w menedżerze haseł.
recovery-codes-safe-not-phone = Nie trzymać ich tylko w telefonie z aplikacją uwierzytelniającą i nie wysyłać ich e-mailem ani w wiadomości.
recovery-codes-done = Kody są zapisane

## Logowanie (Signing in)

sign-in-title = Logowanie
sign-in-heading = Logowanie
password-label = Hasło
sign-in-button = Zaloguj się
sign-in-forgotten = Nie pamięta Pan/Pani hasła?
sign-in-help = Inne problemy z logowaniem
sign-in-no-account = Nie ma Pan/Pani jeszcze konta?
sign-in-create = Załóż konto
sign-in-error-name = Proszę wpisać nazwę użytkownika
sign-in-error-password = Proszę wpisać hasło
sign-in-error-mismatch = Nazwa użytkownika lub hasło są nieprawidłowe
sign-in-error-wait = Zbyt wiele prób. Proszę odczekać { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekund
} i spróbować ponownie.
sign-in-paused = Logowanie samym hasłem jest wstrzymane dla tej nazwy użytkownika jeszcze przez { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minut
} z powodu zbyt wielu nieudanych prób.
sign-in-paused-owner = Jeśli to Pana/Pani konto, nadal można zalogować się teraz: proszę wpisać jednocześnie hasło i kod z aplikacji uwierzytelniającej (albo kod odzyskiwania).
sign-in-paused-code-label = Kod z aplikacji uwierzytelniającej albo kod odzyskiwania
sign-in-error-busy = W tej chwili loguje się zbyt wiele osób. Proszę spróbować ponownie za chwilę.
limit-error-too-many = Podjęto zbyt wiele prób. Spróbuj ponownie za godzinę.
sign-in-session-idle = Nastąpiło wylogowanie, ponieważ przez 30 minut nic się nie działo.
sign-in-session-expired = Nastąpiło wylogowanie, ponieważ od zalogowania minęło 12 godzin.
sign-in-session-needed = Aby zobaczyć tę stronę, proszę się zalogować.

code-title = Kod z aplikacji
code-heading = Proszę wpisać kod z aplikacji uwierzytelniającej
code-use-recovery = Zamiast tego użyj kodu odzyskiwania
code-error-paused = Z tego połączenia wpisano zbyt wiele błędnych kodów. Proszę odczekać { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minut
} albo zresetować hasło za pomocą kodu odzyskiwania.

recovery-sign-in-title = Kod odzyskiwania
recovery-sign-in-heading = Proszę wpisać kod odzyskiwania
recovery-code-label = Kod odzyskiwania
recovery-code-hint = Wygląda tak: ABCD-EFGH-2345-6789. Każdy kod działa tylko raz.
recovery-code-error-missing = Proszę wpisać jeden z kodów odzyskiwania
recovery-code-error-format = Proszę wpisać kod odzyskiwania w formacie ABCD-EFGH-2345-6789
recovery-code-error-wrong = Ten kod odzyskiwania jest nieprawidłowy albo został już użyty

lost-access-title = Problemy z logowaniem
lost-access-heading = Jeśli nie można się zalogować
lost-access-password-heading = Jeśli nie pamięta Pan/Pani hasła
lost-access-password-body = Można ustawić nowe hasło, jeśli ma Pan/Pani aplikację uwierzytelniającą i jeden z kodów odzyskiwania.
lost-access-password-link = Zresetuj hasło
lost-access-phone-heading = W razie utraty telefonu lub aplikacji uwierzytelniającej
lost-access-phone-body = Proszę zalogować się hasłem i jednym z kodów odzyskiwania. Potem można ponownie skonfigurować aplikację uwierzytelniającą na stronie konta.
lost-access-both-heading = W razie utraty hasła i telefonu albo telefonu i kodów odzyskiwania
lost-access-both-body = Nikt, także my, nie może przywrócić dostępu do konta. Właśnie dzięki temu konto jest prywatne: ktoś, kto zna nazwę użytkownika albo ma stary telefon, również nie może się na nie dostać.
lost-access-both-new = Można założyć nowe konto. Niczego, co było zapisane na starym koncie, w tym dziennika, nie da się odzyskać.

signed-out-title = Wylogowano
signed-out-heading = Wylogowano z konta
signed-out-idle-heading = Nastąpiło wylogowanie
signed-out-idle = Nastąpiło wylogowanie, ponieważ przez 30 minut nic się nie działo. Chroni to konto, gdy urządzenie zostanie bez opieki.
signed-out-tip = Jeśli z urządzenia korzystają też inne osoby, proszę zamknąć również okno przeglądarki.
signed-out-sign-in = Zaloguj się ponownie

session-warning-title = Wkrótce nastąpi wylogowanie
session-warning-body = Aby chronić konto, nastąpi wylogowanie, jeśli przez 30 minut nic się nie będzie działo.
session-warning-stay = Nie wylogowuj mnie
session-warning-leave = Wyloguj się teraz

## Niepamiętane hasło (Forgotten password)

reset-title = Resetowanie hasła
reset-heading = Resetowanie hasła
reset-lead = Potrzebne będą: nazwa użytkownika, jeden z kodów odzyskiwania i aplikacja uwierzytelniająca.
reset-button = Zresetuj hasło
reset-error-mismatch = Te dane nie pasują do żadnego konta. Proszę je sprawdzić i spróbować ponownie.
reset-done-title = Hasło zresetowane
reset-done-heading = Hasło zostało zresetowane
reset-done-body = Wykorzystano jeden z kodów odzyskiwania i nastąpiło wylogowanie na wszystkich urządzeniach. Proszę zalogować się nowym hasłem.

## Strona konta (The account page)

account-title = Moje konto
account-heading = Moje konto
account-for = Konto dla
account-for-self = Wsparcie dla mnie
account-for-supporter = Wsparcie dla mnie jako osoby wspierającej
supporter-guides-link = Poradniki dla osób wspierających kogoś
account-role = Rola
account-role-staff = Pracownik
account-service = Organizacja
account-recovery-left = Pozostałe kody odzyskiwania
account-recovery-get-new = Uzyskaj nowe kody
account-security-heading = Bezpieczeństwo
account-change-password = Zmień hasło
account-reset-authenticator = Skonfiguruj ponownie aplikację uwierzytelniającą
account-new-recovery-codes = Uzyskaj nowe kody odzyskiwania
account-sessions-heading = Gdzie konto jest zalogowane
account-sessions-caption = Urządzenia zalogowane na to konto
account-sessions-device = Urządzenie
account-sessions-last-active = Ostatnia aktywność
account-sessions-this-device = To urządzenie
account-sessions-sign-out-others = Wyloguj ze wszystkich innych urządzeń
account-data-heading = Moje dane
account-data-body = Można pobrać wszystko, co jest zapisane na koncie, jako plik do zachowania albo do przekazania zaufanej osobie.
account-data-download = Pobierz swoje dane
account-delete-heading = Usuwanie konta
account-delete-link = Usuń konto
account-sign-out = Wyloguj się

device-description = { $browser } ({ $system })
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = Przeglądarka
device-system-android = Android
device-system-ios = iPhone lub iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = inne urządzenie
time-just-now = Przed chwilą
time-minutes-ago = { $minutes ->
    [one] 1 minutę temu
    [few] { $minutes } minuty temu
    [many] { $minutes } minut temu
   *[other] { $minutes } minut temu
}
time-hours-ago = { $hours ->
    [one] 1 godzinę temu
    [few] { $hours } godziny temu
    [many] { $hours } godzin temu
   *[other] { $hours } godzin temu
}

flash-password-changed = Hasło zostało zmienione. Nastąpiło wylogowanie na innych urządzeniach.
flash-authenticator-changed = Aplikacja uwierzytelniająca została skonfigurowana ponownie. Kody ze starej aplikacji już nie działają.
flash-recovery-codes-replaced = Ma Pan/Pani nowe kody odzyskiwania. Stare kody już nie działają.
flash-other-sessions-ended = Nastąpiło wylogowanie na wszystkich innych urządzeniach.
flash-welcome = Konto jest gotowe.
flash-recovery-codes-low = { $count ->
    [one] Został 1 kod odzyskiwania
    [few] Zostały { $count } kody odzyskiwania
    [many] Zostało { $count } kodów odzyskiwania
   *[other] Zostało { $count } kodów odzyskiwania
}. Proszę uzyskać nowe kody, aby ich nie zabrakło.
flash-code-failures = Przed zalogowaniem na to konto { $count ->
    [one] wpisano 1 błędny kod
    [few] wpisano { $count } błędne kody
    [many] wpisano { $count } błędnych kodów
   *[other] wpisano { $count } błędnych kodów
}. Jeśli to nie Pan/Pani, ktoś może znać hasło: proszę je teraz zmienić.

reauth-lead = Dla bezpieczeństwa konta proszę potwierdzić swoją tożsamość.
reauth-code-label = Kod z aplikacji uwierzytelniającej albo kod odzyskiwania
reauth-error-mismatch = Dane są nieprawidłowe. Proszę sprawdzić nazwę użytkownika, hasło i kod.

change-password-title = Zmiana hasła
change-password-heading = Zmiana hasła
current-password-label = Obecne hasło
change-password-new-label = Nowe hasło
change-password-button = Zmień hasło

reset-authenticator-title = Ponowna konfiguracja aplikacji uwierzytelniającej
reset-authenticator-heading = Ponowna konfiguracja aplikacji uwierzytelniającej
reset-authenticator-lead = Proszę to zrobić w przypadku nowego telefonu albo utraty aplikacji. Stara aplikacja przestanie działać.

new-codes-title = Nowe kody odzyskiwania
new-codes-heading = Nowe kody odzyskiwania
new-codes-lead = Otrzyma Pan/Pani 10 nowych kodów. Stare kody przestaną działać.

delete-title = Usuwanie konta
delete-heading = Usuwanie konta
delete-warning = Tego nie można cofnąć. Konto i wszystko, co się w nim znajduje, w tym dziennik i postępy w poradnikach, zostanie natychmiast usunięte.
delete-button = Usuń moje konto
deleted-title = Konto usunięte
deleted-heading = Konto zostało usunięte
deleted-body = Wszystko, co się w nim znajdowało, zostało usunięte. Nadal można korzystać z tej strony bez konta.

## Rejestracja pracowników (Staff enrolment)

staff-enrol-title = Konfiguracja konta pracownika
staff-enrol-heading = Konfiguracja konta pracownika
staff-enrol-lead = Dzień dobry, { $name }. Proszę wybrać dane logowania, a następnie skonfigurować aplikację uwierzytelniającą. Pracownicy zawsze logują się dwuetapowo.
invite-invalid-title = Link jest nieważny
invite-invalid-heading = Ten link wygasł albo został już użyty
invite-invalid-body = Linki rejestracyjne działają jeden raz, przez 24 godziny. Proszę poprosić administratora o nowy link.
nav-label = Konto
code-error-closed = Wpisano zbyt wiele błędnych kodów dla tego konta, więc nie przyjmuje ono już kodów. Zresetuj hasło za pomocą kodu odzyskiwania, aby je ponownie otworzyć.
flash-code-entry-was-closed = Po zbyt wielu błędnych kodach wpisywanie kodów dla Twojego konta zostało zablokowane do czasu zresetowania hasła. Jeśli to nie Ty wpisywałeś te kody, ktoś może znać Twoje hasło.
