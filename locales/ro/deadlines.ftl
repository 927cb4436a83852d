# Draft translation: not yet checked by a fluent Romanian speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
date-weekday = { $weekday }, { $day } { $month }

account-request-contact-by = Primită. Serviciul a spus că vă va contacta până { $date }, în modul pe care l-ați indicat ca fiind sigur.

triage-due = Contact până la
triage-due-today = Termen azi
triage-overdue = Termen depășit
triage-due-none = Nestabilit
triage-due-first = În cadrul acestora, cererile care așteaptă contactul sunt ordonate după termenul de contact.
triage-alerts-failing = { $count ->
    [one] 1 alertă către căsuța serviciului nu a fost încă trimisă
   *[other] { $count } alerte către căsuța serviciului nu au fost încă trimise
}: ultima încercare a eșuat pe { $date }. Waymark încearcă în continuare; dacă problema persistă, cereți celui care administrează Waymark să verifice setările de e-mail.

alert-arrived-subject = O cerere de sprijin așteaptă
alert-arrived-body = O cerere nouă de sprijin așteaptă în lista serviciului dumneavoastră.
    Referință: { $reference }
    Conectați-vă pentru a o vedea: { $link }
    Acest e-mail nu spune intenționat nimic altceva. Vă rugăm să nu răspundeți.
alert-transferred-subject = Vi s-a transmis o cerere de sprijin
alert-transferred-body = Un alt serviciu a transmis o cerere de sprijin în lista serviciului dumneavoastră.
    Referință: { $reference }
    Conectați-vă pentru a o vedea: { $link }
    Acest e-mail nu spune intenționat nimic altceva. Vă rugăm să nu răspundeți.
alert-overdue-subject = O cerere de sprijin a depășit data de contact
alert-overdue-body = O cerere de sprijin din lista serviciului dumneavoastră a depășit data până la care serviciul a spus că va lua legătura.
    Referință: { $reference }
    Conectați-vă pentru a o vedea: { $link }
    Acest e-mail nu spune intenționat nimic altceva. Vă rugăm să nu răspundeți.
