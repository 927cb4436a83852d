# Draft translation: not yet checked by a fluent Romanian speaker.
# Comune tuturor formularelor.

error-summary-title = Există o problemă
error-prefix = Eroare:
warning-prefix = Avertisment
banner-success = Reușit
banner-important = Important
back = Înapoi
continue = Continuați
page-title-error = Eroare: { $page } – Waymark
