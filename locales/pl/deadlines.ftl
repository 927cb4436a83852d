# Draft translation: not yet checked by a fluent Polish speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
date-weekday = { $weekday }, { $day } { $month }

account-request-contact-by = Otrzymana. Organizacja zapowiedziała kontakt do dnia { $date }, w sposób wskazany jako bezpieczny.

triage-due = Termin kontaktu
triage-due-today = Termin dzisiaj
triage-overdue = Po terminie
triage-due-none = Nie ustalono
triage-due-first = W tej kolejności prośby czekające na kontakt są uporządkowane według terminu kontaktu.
triage-alerts-failing = { $count ->
    [one] 1 powiadomienie do skrzynki organizacji nie zostało jeszcze wysłane
    [few] { $count } powiadomienia do skrzynki organizacji nie zostały jeszcze wysłane
   *[other] { $count } powiadomień do skrzynki organizacji nie zostało jeszcze wysłanych
}: ostatnia próba nie powiodła się { $date }. Waymark próbuje dalej; jeśli to się utrzyma, poproś administratora Waymark o sprawdzenie ustawień poczty.

alert-arrived-subject = Prośba o wsparcie czeka
alert-arrived-body = W kolejce Twojej organizacji czeka nowa prośba o wsparcie.
    Numer referencyjny: { $reference }
    Zaloguj się, aby ją zobaczyć: { $link }
    Ta wiadomość celowo nie zawiera nic więcej. Prosimy na nią nie odpowiadać.
alert-transferred-subject = Przekazano Ci prośbę o wsparcie
alert-transferred-body = Inna organizacja przekazała prośbę o wsparcie do kolejki Twojej organizacji.
    Numer referencyjny: { $reference }
    Zaloguj się, aby ją zobaczyć: { $link }
    Ta wiadomość celowo nie zawiera nic więcej. Prosimy na nią nie odpowiadać.
alert-overdue-subject = Minął termin kontaktu w sprawie prośby o wsparcie
alert-overdue-body = Minął termin, do którego Twoja organizacja zapowiedziała kontakt w sprawie prośby o wsparcie z kolejki.
    Numer referencyjny: { $reference }
    Zaloguj się, aby ją zobaczyć: { $link }
    Ta wiadomość celowo nie zawiera nic więcej. Prosimy na nią nie odpowiadać.
