# Draft translation: not yet checked by a fluent Polish speaker.
# Śledzenie zgłoszenia bez konta: propozycja na stronie potwierdzenia, hasło pokazane raz i strona, na której
# numer referencyjny i hasło pokazują neutralny status zgłoszenia.

follow-offer-heading = Sprawdzanie zgłoszenia później
follow-offer-lead = Możesz zachować sposób na sprawdzenie zgłoszenia bez konta: swój numer referencyjny i hasło, które teraz dla Ciebie utworzymy. Hasło zostanie pokazane tylko raz.
follow-offer-safety = Zrób to tylko wtedy, gdy możesz przechowywać je w bezpiecznym miejscu. Każdy, kto ma oba, może zobaczyć, czy służba się z Tobą skontaktowała.
follow-offer-button = Utwórz hasło

follow-kept-title = Twoje hasło
follow-kept-heading = Zachowaj je, aby sprawdzać swoje zgłoszenie
follow-kept-lead = Zapisz numer referencyjny i hasło albo przechowuj je tam, gdzie tylko Ty je widzisz.
follow-reference = Numer referencyjny
follow-passphrase = Hasło
follow-kept-once = To hasło jest pokazywane tylko raz. Nie możemy pokazać go ponownie ani powiedzieć, jakie było.
follow-kept-safety = Nie musisz go zachowywać, jeśli nie jest to bezpieczne. Twoje zgłoszenie zostało wysłane tak czy inaczej.
follow-kept-replace = Jeśli utworzysz na tej stronie kolejne hasło, to przestanie działać.
follow-kept-where = Sprawdź swoje zgłoszenie

follow-start-link = Sprawdź wysłane zgłoszenie

follow-status-title = Sprawdź zgłoszenie
follow-status-heading = Sprawdź zgłoszenie
follow-status-lead = Wpisz numer referencyjny i hasło otrzymane przy wysyłaniu zgłoszenia.
follow-reference-hint = 8 liter i cyfr, na przykład K7QM-2XPD
follow-passphrase-hint = 16 liter i cyfr w grupach po cztery
follow-status-button = Sprawdź
follow-status-no-passphrase = Jeśli nie utworzono hasła albo je zgubiono, skontaktuj się ze służbą lub zaloguj się na konto, z którego wysłano zgłoszenie.
follow-reference-missing = Wpisz numer referencyjny
follow-passphrase-missing = Wpisz hasło
follow-no-match = Numer referencyjny i hasło nie pasują do żadnego zgłoszenia. Sprawdź je i spróbuj ponownie.
follow-too-many = Zbyt wiele prób. Odczekaj kilka minut i spróbuj ponownie.
follow-status-found-heading = Twoje zgłoszenie
follow-status-safety = Służba skontaktuje się z Tobą w sposób, który wskazano jako bezpieczny. Jeśli coś się zmieni lub kontakt przestanie być bezpieczny, zadzwoń do niej lub na linię wsparcia.
follow-status-again-heading = Sprawdź inne zgłoszenie
