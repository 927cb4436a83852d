# Draft translation: not yet checked by a fluent Polish speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = Organizacje partnerskie
partners-refer-link = Skieruj kogoś za jego zgodą
partners-organisations-title = Organizacje partnerskie
partners-organisations-heading = Organizacje partnerskie
partners-organisations-lead = Organizacje, których pracownicy mogą kierować osoby do organizacji pomocowych przez Waymark, oraz organizacje, do których każda z nich może kierować. Ich pracownicy logują się dwuetapowo jak cały personel i widzą tylko, czy ich własne skierowania zostały przyjęte, są w toku lub zamknięte.
partners-organisations-caption = Zarejestrowane organizacje partnerskie
partners-organisations-none = Nie zarejestrowano jeszcze żadnej organizacji.
partners-organisation-name = Nazwa organizacji
partners-organisation-kind = Rodzaj organizacji
partners-organisation-services = Organizacje, do których może kierować
partners-organisation-services-hint = Wybierz wszystkie pasujące. Skierowania, które trafiłyby do innej organizacji, nie są wysyłane.
partners-organisation-workers = Pracownicy
partners-organisation-actions = Działania
partners-invite-worker-for = Zaproś pracownika organizacji { $name }
partners-register-heading = Zarejestruj organizację
partners-register-button = Zarejestruj organizację
partners-name-error = Wpisz nazwę
partners-kind-error = Wybierz rodzaj organizacji
partners-services-error = Wybierz co najmniej jedną organizację, do której może kierować

partners-kind-gp-practice = Przychodnia lekarza rodzinnego (GP)
partners-kind-health = Inna placówka zdrowia
partners-kind-school = Szkoła lub college
partners-kind-housing = Dostawca mieszkań
partners-kind-council = Usługa samorządowa
partners-kind-community-group = Grupa społeczna lub wolontariacka
partners-kind-police = Policja
partners-kind-other = Inne

partners-invite-title = Zaproś pracownika
partners-invite-heading = Zaproś pracownika organizacji { $name }
partners-invite-lead = Otrzyma jednorazowy link, aby wybrać dane logowania i skonfigurować aplikację uwierzytelniającą. Następnie będzie mógł kierować osoby do organizacji tej organizacji i widzieć postęp własnych skierowań, nic więcej.
partners-worker-display-name = Imię i nazwisko
partners-invite-button = Utwórz link rejestracyjny
partners-link-title = Link rejestracyjny
partners-link-lead = Wyślij ten link w bezpieczny sposób do: { $name } z { $organisation }. Służy do skonfigurowania logowania.
partners-link-back = Wróć do organizacji partnerskich

partners-professional-heading = O Tobie
partners-professional-lead = Kierujesz kogoś po wsparcie jako pracownik organizacji partnerskiej. Organizacja pomocowa może się z Tobą skontaktować w sprawie skierowania.
partners-worker-name = Twoje imię i nazwisko
partners-worker-role = Twoje stanowisko
partners-worker-role-hint = Na przykład pielęgniarka w przychodni lub pracownik ds. mieszkaniowych
partners-worker-phone = Twój służbowy numer telefonu
partners-worker-email = Twój służbowy adres e-mail
partners-worker-name-error = Wpisz swoje imię i nazwisko
partners-worker-contact-error = Wpisz służbowy numer telefonu lub adres e-mail

partners-agreement-heading = Zgoda tej osoby
partners-agreement-lead = Kieruj tylko osoby, które się na to zgodziły. Zapisz, kiedy i jak wyraziły zgodę oraz na co zgodziły się, aby przekazać organizacji.
partners-agreed-when = Kiedy wyraziła zgodę?
partners-agreed-today = Dzisiaj
partners-agreed-week = W ciągu ostatnich 7 dni
partners-agreed-earlier = Wcześniej
partners-agreed-how = Jak wyraziła zgodę?
partners-agreed-in-person = Osobiście
partners-agreed-phone = Przez telefon
partners-agreed-video = Podczas rozmowy wideo
partners-agreed-writing = Na piśmie
partners-shared = Na przekazanie czego się zgodziła?
partners-shared-hint = Wybierz wszystkie pasujące. Nic nie zostanie wysłane, jeśli nie zgodziła się na skierowanie.
partners-shared-referral = Na skierowanie i kontakt ze strony organizacji
partners-shared-what-happened = Co się stało
partners-shared-needs = Co by jej pomogło
partners-shared-access = Jej potrzeby językowe i dostępności
partners-agreement-note = Gdzie zapisano jej zgodę? (nieobowiązkowe)
partners-agreement-note-hint = Na przykład notatka w Twojej dokumentacji. Nie podawaj jej imienia i nazwiska.
partners-agreed-when-error = Wybierz, kiedy wyraziła zgodę
partners-agreed-how-error = Wybierz, jak wyraziła zgodę
partners-shared-error = Kieruj tylko osoby, które zgodziły się na skierowanie: wybierz „Na skierowanie i kontakt ze strony organizacji”

partners-check-title = Skierowanie od organizacji partnerskiej
partners-check-worker = Skierowane przez
partners-check-agreement = Jej zgoda
partners-check-shared = Zgodziła się przekazać
partners-consent = Potwierdzam, że ta osoba zgodziła się na to skierowanie i na przekazanie tego, co zapisano powyżej

partners-not-allowed-title = Nie można wysłać tego skierowania
partners-not-allowed-service = Z Twoich odpowiedzi wynika, że to skierowanie trafiłoby do { $service }, ale { $organisation } nie jest zarejestrowana do kierowania do tej organizacji. Nic nie zostało wysłane.
partners-not-allowed-none = Z Twoich odpowiedzi wynika, że żadna organizacja, do której może kierować Twoja organizacja, nie może przyjąć tego skierowania. Nic nie zostało wysłane.
partners-not-allowed-nothing-sent = Możesz zmienić odpowiedzi albo przekazać tej osobie dane organizacji, z którą może skontaktować się sama. Komisarz może dodać organizacje, do których może kierować Twoja organizacja.
partners-not-allowed-others = Organizacje, z którymi ta osoba może się skontaktować
partners-not-allowed-directory = Zobacz wszystkie organizacje

partners-done-title = Skierowanie wysłane
partners-done-next = { $service } skontaktuje się z tą osobą w sposób, który wskazała jako bezpieczny.
partners-done-status = Na stronie swojego konta zobaczysz, czy zostało przyjęte, jest w toku lub zamknięte. Nie zobaczysz nic więcej.
partners-done-account = Przejdź do swojego konta
partners-done-another = Skieruj kogoś innego

partners-from-partner = Od organizacji partnerskiej: { $organisation }

partners-status-received = Przyjęte
partners-status-in-progress = W toku
partners-status-closed = Zamknięte
