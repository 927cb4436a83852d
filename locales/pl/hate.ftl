# Draft translation: not yet checked by a fluent Polish speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = Czy to przytrafiło się Tobie, czy to widziałeś(-aś) lub słyszałeś(-aś)?
hate-lead-not-police = Możesz zgłosić nienawiść, której doświadczyłeś(-aś) lub której byłeś(-aś) świadkiem, organizacji przyjmującej zgłoszenia, która nie jest policją. To nienawiść, jeśli ktoś został zaatakowany z powodu tego, kim jest lub za kogo go uważano.
hate-lead-anonymous = Nie musisz podawać swojego imienia i nazwiska. Zgłoszenie trafi na policję tylko wtedy, jeśli się na to zgodzisz.
hate-role-victim = To przytrafiło się mnie
hate-role-witness = Widziałem(-am) lub słyszałem(-am), jak to przytrafiło się komuś innemu
hate-role-error = Wybierz, czy to przytrafiło się Tobie, czy byłeś(-aś) świadkiem

hate-incident = Co się stało?
hate-incident-hint = Opisz własnymi słowami, co zrobiono lub powiedziano. Nie podawaj niczyich nazwisk, chyba że chcesz.
hate-incident-error = Opisz, co się stało

hate-area = Gdzie to się stało?
hate-area-hint = Tylko okolica: nigdy nie pytamy o adres.

hate-strands = Dlaczego Twoim zdaniem to się stało?
hate-strands-hint = Wybierz wszystkie pasujące odpowiedzi: z powodu czyjejś…
hate-strand-race = Rasy, pochodzenia etnicznego lub narodowości
hate-strand-religion = Religii lub światopoglądu
hate-strand-sexual-orientation = Orientacji seksualnej
hate-strand-disability = Niepełnosprawności
hate-strand-transgender = Bycia osobą transpłciową
hate-strand-other = Czegoś innego
hate-strands-error = Wybierz co najmniej jeden powód

hate-support = Czy chcesz, żeby skontaktowali się z Tobą w sprawie wsparcia?
hate-support-yes = Tak, proszę o kontakt
hate-support-yes-hint = Zapytamy, jak i kiedy można się z Tobą bezpiecznie skontaktować.
hate-support-no = Nie, chcę pozostać anonimowy(-a)
hate-support-no-hint = Nie zapytamy o Twoje imię ani o sposób kontaktu.
hate-support-error = Wybierz, czy chcesz, żeby się z Tobą skontaktowano

hate-police = Czy mogą przekazać Twoje zgłoszenie policji?
hate-police-hint = Zrobią tylko to, co tutaj wybierzesz.
hate-police-yes = Tak, z moimi danymi
hate-police-facts = Tylko to, co się stało, bez niczego, co mogłoby mnie zidentyfikować
hate-police-no = Nie, nie informujcie policji
hate-police-error = Wybierz, czy mogą przekazać Twoje zgłoszenie policji

hate-check-title = Twoje zgłoszenie
hate-check-role = Kto zgłasza
hate-check-incident = Co się stało
hate-check-area = Gdzie to się stało
hate-check-strands = Dlaczego to się stało
hate-check-police = Przekazanie policji
hate-check-support = Kontakt
hate-check-anonymous = Anonimowo: bez kontaktu
hate-consent = Zgadzam się na wysłanie mojego zgłoszenia do tej organizacji

hate-done-title = Zgłoszenie wysłane
hate-done-next = { $service } ma Twoje zgłoszenie. Jeśli prosiłeś(-aś) o kontakt, skontaktują się z Tobą w sposób, który wskazałeś(-aś) jako bezpieczny.
hate-done-police = Przekażą je policji tylko w sposób, który wybrałeś(-aś).

hate-returns-by-strand = Zgłoszenia incydentów z nienawiści według powodu
hate-returns-by-strand-note = Zgłoszenie może podawać więcej niż jeden powód, więc te wiersze nie sumują się do łącznej liczby.

hate-from-report = Zgłoszenie incydentu z nienawiści
