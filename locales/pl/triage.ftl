# Draft translation: not yet checked by a fluent Polish speaker.
# Panel obsługi próśb dla pracowników organizacji, które je otrzymują, rejestr zdarzeń i raport dla zlecającego (Police and Crime Commissioner).
# (The triage console for staff of services that receive requests, the audit log and the commissioner's report.)

triage-title = Prośby
triage-queue-heading = Prośby o wsparcie
triage-queue-caption = Prośby o wsparcie: najpierw pilne, potem od najnowszych
triage-queue-empty = Nie ma tu żadnych próśb.
triage-filter-label = Filtruj według statusu
triage-all = Wszystkie
triage-reference = Numer referencyjny
triage-received = Otrzymano
triage-what = Co się stało
triage-age = Wiek
triage-from = Kto złożył prośbę
triage-self = Osoba, której dotyczy prośba
triage-by-supporter = Osoba wspierająca, za zgodą osoby, której dotyczy prośba
triage-status = Status
triage-assigned = Przypisana do
triage-unassigned = Nieprzypisana
triage-assigned-to-you = Przypisana do Pana/Pani
triage-assigned-to = Przypisana do: { $name }
triage-urgent = Pilne
triage-urgent-first = Pilne prośby są na początku: osoba nie jest teraz bezpieczna lub nie jest pewna, sytuacja nadal trwa albo prosi o wsparcie w kryzysie.
triage-report-link = Raport dla zlecającego (Police and Crime Commissioner)
triage-audit-link = Rejestr zdarzeń

triage-status-new = Nowa
triage-status-in-contact = W kontakcie
triage-status-supported = Wsparcie w toku
triage-status-closed = Zamknięta
triage-status-transferred = Przekazana

triage-received-on = Otrzymano: { $date }
triage-open-lead = Otwarcie tej prośby pokazuje dane osoby. Zostanie to zapisane w historii prośby, z Twoim imieniem i godziną.
triage-open-button = Otwórz tę prośbę
triage-safety-heading = Przed nawiązaniem kontaktu
triage-safety-supporter = Tę prośbę złożyła osoba wspierająca. Proszę najpierw skontaktować się z osobą, której dotyczy prośba, w sposób podany poniżej; z osobą wspierającą proszę kontaktować się tylko wtedy, gdy nie uda się dotrzeć do tej osoby.
triage-contact-heading = Z kim się kontaktować
triage-details-heading = Szczegóły prośby
triage-actions-heading = Działania
triage-assign-to-me = Przypisz do mnie
triage-status-legend = Status
triage-status-error = Proszę wybrać status
triage-note-label = Dodaj notatkę (opcjonalnie)
triage-note-hint = Notatki są przechowywane razem z prośbą i widzi je tylko Pana/Pani organizacja.
triage-update-save = Zapisz status i notatkę
triage-update-nothing = Wybierz inny status albo napisz notatkę
triage-note-error = Proszę wpisać treść notatki
triage-transfer-legend = Przekazanie do innej organizacji
triage-transfer-reason = Dlaczego prośba jest przekazywana?
triage-transfer-save = Przekaż
triage-transfer-service-error = Proszę wybrać organizację, której ma zostać przekazana prośba
triage-transfer-reason-error = Proszę podać powód przekazania
triage-saved = Zapisano.
triage-transferred = Prośba przekazana. Jest teraz w kolejce innej służby.
triage-history-heading = Historia
triage-history-system = Portal
triage-event-received = Otrzymano i przesłano do: { $service }
triage-event-viewed = Wyświetlono
triage-views =
    { $count ->
        [one] Otwarto raz
       *[other] Otwarto { $count } razy
    }, ostatnio: { $name }, { $when }.
triage-event-assigned = Przypisano
triage-event-status = Zmieniono status na: { $status }
triage-event-note = Dodano notatkę
triage-event-transferred = Przekazano do: { $service }

triage-audit-title = Rejestr zdarzeń
triage-audit-heading = Rejestr zdarzeń
triage-audit-lead = Każde otrzymanie, wyświetlenie lub zmiana prośby, od najnowszych. Notatki nie są tu pokazywane.
triage-audit-when = Kiedy
triage-audit-service = Organizacja
triage-audit-who = Kto
triage-audit-what = Co

account-requests-heading = Moje prośby o wsparcie
account-requests-caption = Wysłane prośby, od najnowszych
account-requests-reference = Numer referencyjny
account-requests-sent = Wysłano
account-requests-service = Organizacja
account-requests-status = Status
account-request-received = Otrzymana. Organizacja skontaktuje się z Panem/Panią w sposób wskazany jako bezpieczny.
account-request-in-progress = Organizacja jest z Panem/Panią w kontakcie
account-request-closed = Zamknięta
account-staff-queue = Otwórz prośby mojej organizacji

staff-team-link = Konta pracowników
staff-team-title = Konta pracowników
staff-team-heading = Konta pracowników
staff-team-lead = Wyłączone konto nie może się zalogować, a jego sesje natychmiast się kończą. Konta nigdy nie są usuwane, więc to, co zrobiła każda osoba, pozostaje w rejestrze zdarzeń pod jej nazwiskiem.
staff-team-name = Imię i nazwisko
staff-team-role = Rola
staff-team-standing = Konto
staff-team-action = Zmiana
staff-standing-invited = Zaproszony, jeszcze niezarejestrowany
staff-standing-active = Aktywne
staff-standing-disabled = Wyłączone
staff-disable = Wyłącz
staff-enable = Włącz ponownie
staff-log-heading = Rejestr kont pracowników
staff-log-lead = Rejestracje, logowania, nieudane logowania, nowe aplikacje uwierzytelniające i kody odzyskiwania oraz wyłączone lub ponownie włączone konta, od najnowszych. Nie przechowujemy adresów ani innych danych osobowych.
staff-log-by = Przez
staff-event-enrolled = Zarejestrowano
staff-event-signed-in = Zalogowano
staff-event-sign-in-failed = Nieudane logowanie
staff-event-authenticator-reset = Ustawiono nową aplikację uwierzytelniającą
staff-event-recovery-codes-replaced = Utworzono nowe kody odzyskiwania
staff-event-disabled = Konto wyłączone
staff-event-enabled = Konto ponownie włączone

# Teams and roles
staff-role-caseworker = Pracownik prowadzący sprawy
staff-role-manager = Kierownik usługi
staff-role-commissioner = Zlecający (Police and Crime Commissioner)
staff-role-operator = Administrator serwisu
staff-role-caseworker-hint = Zajmuje się prośbami kierowanymi do usługi.
staff-role-manager-hint = Zajmuje się prośbami, a także zarządza kontami pracowników i czyta dziennik audytu usługi.
staff-role-commissioner-hint = Widzi zestawienia liczbowe ze wszystkich usług. Nigdy nie widzi próśb ani niczyich danych.
staff-role-operator-hint = Zarządza kontami pracowników wszystkich usług.
staff-event-invited = Zaproszono linkiem rejestracyjnym
staff-event-reinvited = Zresetowano logowanie i utworzono nowy link rejestracyjny
staff-event-made-manager = Nadano rolę kierownika usługi
staff-event-made-caseworker = Nadano rolę pracownika prowadzącego sprawy
staff-team-action-for = { $action }: { $name }
staff-new-link = Nowy link rejestracyjny
staff-reset = Zresetuj logowanie
staff-make-manager = Nadaj rolę kierownika
staff-make-caseworker = Nadaj rolę pracownika
staff-never-signed-in = Jeszcze nie
staff-team-every-service = Wszystkie usługi
staff-invite-link = Zaproś kogoś
staff-team-service = Usługa
staff-team-last-sign-in = Ostatnie logowanie
staff-invite-title = Zaproś kogoś
staff-invite-heading = Zaproś kogoś do zespołu
staff-invite-lead = Otrzymasz link, który działa jeden raz przez 24 godziny. Przekaż go tej osobie osobiście: użyje go, by wybrać dane logowania i skonfigurować aplikację uwierzytelniającą.
staff-invite-name = Imię i nazwisko
staff-invite-name-hint = Tak, jak zobaczą je współpracownicy w kolejce i w dzienniku audytu.
staff-invite-role = Jaka będzie ich rola?
staff-invite-service = W której usłudze pracuje?
staff-invite-service-hint = Niepotrzebne w przypadku zlecającego (Police and Crime Commissioner).
staff-invite-submit = Utwórz link rejestracyjny
staff-invite-name-error = Wpisz imię i nazwisko
staff-invite-role-error = Wybierz rolę
staff-invite-service-error = Wybierz usługę, w której pracuje
staff-last-manager-error = Usługa potrzebuje co najmniej jednego kierownika, który może się zalogować. Najpierw nadaj tę rolę komuś innemu.
staff-link-title = Link rejestracyjny
staff-link-heading = Utworzono link rejestracyjny
staff-link-lead = Przekaż ten link osobiście tej osobie ({ $name }), tak by tylko ona mogła go przeczytać. Użyje go, by wybrać dane logowania i skonfigurować aplikację uwierzytelniającą.
staff-link-lead-reset = Dane logowania i aplikacja uwierzytelniająca osoby { $name } już nie działają, a jej sesje zostały zakończone. Przekaż jej ten link osobiście, tak by tylko ona mogła go przeczytać, aby ustawiła nowe.
staff-link-label = Link rejestracyjny
staff-link-expires = Działa jeden raz, do { $when } (czasu brytyjskiego).
staff-link-once = Ten link nie zostanie pokazany ponownie. Jeśli zaginie, utwórz nowy na stronie kont pracowników.
staff-link-back = Wróć do kont pracowników
