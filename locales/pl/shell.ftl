# Draft translation: not yet checked by a fluent Polish speaker.
# Rama wokół każdej strony: nagłówek, stopka, link pomijania, przycisk wyjścia, tytuły.
# (The frame around every page: header, footer, skip link, exit control, titles.)

product-name = Waymark
# Tytuł karty przeglądarki: zwykła nazwa strony i nazwa produktu. Nigdy nic o przestępstwie.
# (The browser tab title: a plain page name and the product name. Never anything about crime.)
page-title = { $page } – Waymark

skip-to-main = Przejdź do treści głównej
exit-this-page = Opuść tę stronę
exit-this-page-hint = Można też nacisnąć 3 razy Shift
language-switcher-label = Wybór języka

footer-urgent = W niebezpieczeństwie? Proszę zadzwonić pod numer 999. Jeśli nie może Pan/Pani mówić, a dzwoni z komórki, proszę nacisnąć 55, gdy padnie taka prośba.
footer-links-heading = Informacje o tej stronie
footer-staying-safe = Bezpieczeństwo w internecie
footer-bsl = Brytyjski język migowy (BSL)
footer-privacy = Prywatność
footer-accessibility = Dostępność
footer-cookies = Pliki cookie
footer-independent = Waymark jest niezależny od policji. Można z niego korzystać bez względu na to, czy ktokolwiek już wie o tym, co się stało.

not-found-title = Nie znaleziono strony
not-found-heading = Nie znaleziono strony
not-found-body = Jeśli adres strony został wpisany ręcznie, proszę sprawdzić, czy jest poprawny. Jeśli prowadził tu link, strona mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej

cross-site-title = Formularz nie został wysłany
cross-site-heading = Formularz nie został wysłany
cross-site-body = Formularz pochodził z innej strony internetowej, więc go nie przyjęliśmy. Chroni to Pana/Panią przed stronami, które próbują działać w Pana/Pani imieniu. Jeśli formularz był wypełniany na tej stronie, proszę do niego wrócić i wysłać go ponownie.

server-error-title = Przepraszamy, wystąpił problem
server-error-heading = Przepraszamy, wystąpił problem z serwisem
server-error-body = Proszę spróbować ponownie później. Wszystko, co zostało już zapisane, jest bezpieczne.
server-error-urgent = Jeśli potrzebuje Pan/Pani pomocy teraz, proszę zadzwonić na bezpłatną linię Supportline organizacji Victim Support pod numer 08 08 16 89 111, a w nagłym wypadku pod numer 999.
