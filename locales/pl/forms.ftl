# Draft translation: not yet checked by a fluent Polish speaker.
# Wspólne dla wszystkich formularzy. (Shared by every form.)

error-summary-title = Wystąpił problem
error-prefix = Błąd:
warning-prefix = Ostrzeżenie
banner-success = Gotowe
banner-important = Ważne
back = Wstecz
continue = Dalej
page-title-error = Błąd: { $page } – Waymark
