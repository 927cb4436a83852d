# Draft translation: not yet checked by a fluent Romanian speaker.
# Consola de triere pentru personalul serviciilor care primesc cereri, jurnalul de audit și raportul pentru comisar.

triage-title = Cereri
triage-queue-heading = Cereri de sprijin
triage-queue-caption = Cereri de sprijin, întâi cele urgente, apoi cele mai noi
triage-queue-empty = Nu există cereri aici.
triage-filter-label = Filtrați după stare
triage-all = Toate
triage-reference = Număr de referință
triage-received = Primită
triage-what = Ce s-a întâmplat
triage-age = Vârsta
triage-from = Făcută de
triage-self = Persoana însăși
triage-by-supporter = O persoană de sprijin, cu acordul persoanei în cauză
triage-status = Stare
triage-assigned = Alocată către
triage-unassigned = Nealocată
triage-assigned-to-you = Alocată dumneavoastră
triage-assigned-to = Alocată către: { $name }
triage-urgent = Urgent
triage-urgent-first = Cererile urgente apar primele: persoana nu este în siguranță acum sau nu este sigură, situația încă are loc sau a cerut sprijin în criză.
triage-report-link = Raport pentru comisar (Police and Crime Commissioner)
triage-audit-link = Jurnal de audit

triage-status-new = Nouă
triage-status-in-contact = În contact
triage-status-supported = Primește sprijin
triage-status-closed = Închisă
triage-status-transferred = Transferată

triage-received-on = Primită pe { $date }
triage-open-lead = Deschiderea acestei cereri arată datele persoanei. Se înregistrează în istoricul cererii, cu numele dvs. și ora.
triage-open-button = Deschideți această cerere
triage-safety-heading = Înainte să luați legătura
triage-safety-supporter = Această cerere a fost făcută de o persoană de sprijin. Contactați mai întâi persoana în cauză, în modurile de mai jos; contactați persoana de sprijin doar dacă nu reușiți să dați de persoana în cauză.
triage-contact-heading = Pe cine să contactați
triage-details-heading = Despre cerere
triage-actions-heading = Acțiuni
triage-assign-to-me = Alocați-mi mie cererea
triage-status-legend = Stare
triage-status-error = Alegeți o stare
triage-note-label = Adăugați o notă (opțional)
triage-note-hint = Notele sunt păstrate împreună cu cererea și le vede doar serviciul dumneavoastră.
triage-update-save = Salvați starea și nota
triage-update-nothing = Alegeți o altă stare sau scrieți o notă
triage-note-error = Scrieți o notă ca să o puteți salva
triage-transfer-legend = Transferați către alt serviciu
triage-transfer-reason = De ce o transferați?
triage-transfer-save = Transferați
triage-transfer-service-error = Alegeți serviciul către care transferați
triage-transfer-reason-error = Scrieți motivul transferului
triage-saved = Salvat.
triage-transferred = Cererea a fost transferată. Este acum în lista celuilalt serviciu.
triage-history-heading = Istoric
triage-history-system = Portalul
triage-event-received = Primită și trimisă către { $service }
triage-event-viewed = Vizualizată
triage-views =
    { $count ->
        [one] Deschisă o dată
       *[other] Deschisă de { $count } ori
    }, ultima dată de { $name } la { $when }.
triage-event-assigned = Alocată
triage-event-status = Starea a fost schimbată în: { $status }
triage-event-note = Notă adăugată
triage-event-transferred = Transferată către { $service }

triage-audit-title = Jurnal de audit
triage-audit-heading = Jurnal de audit
triage-audit-lead = Fiecare moment în care o cerere a fost primită, vizualizată sau modificată, cele mai noi primele. Notele nu sunt afișate aici.
triage-audit-when = Când
triage-audit-service = Serviciu
triage-audit-who = Cine
triage-audit-what = Ce

triage-report-title = Raport
triage-report-heading = Cereri de sprijin: raport
triage-report-lead = Numărul cererilor făcute prin portal, pentru comisarul pentru poliție și criminalitate (Police and Crime Commissioner). Nimic de aici nu identifică vreo persoană: numerele de la 1 la 4 sunt afișate ca „mai puțin de 5”.
triage-report-period = Perioadă
triage-report-days = { $days ->
    [one] Ultima zi
    [few] Ultimele { $days } zile
   *[other] Ultimele { $days } de zile
}
triage-report-total = { $count ->
    [one] 1 cerere în această perioadă
    [few] { $count } cereri în această perioadă
   *[other] { $count } de cereri în această perioadă
}
triage-report-csv = Descărcați ca fișier CSV
triage-report-answer = Răspuns
triage-report-count = Cereri
triage-report-fewer = Mai puțin de 5
triage-report-by-crime = Ce s-a întâmplat (o cerere poate avea mai multe răspunsuri)
triage-report-by-service = Serviciul care a primit cererea
triage-report-service = { $name }
triage-report-by-age = Vârsta
triage-report-by-who = Făcută de

account-requests-heading = Cererile dumneavoastră de sprijin
account-requests-caption = Cererile pe care le-ați trimis, cele mai noi primele
account-requests-reference = Număr de referință
account-requests-sent = Trimisă
account-requests-service = Serviciu
account-requests-status = Stare
account-request-received = Primită. Serviciul vă va contacta în modul pe care l-ați indicat ca fiind sigur.
account-request-in-progress = Serviciul este în legătură cu dumneavoastră
account-request-closed = Închisă
account-staff-queue = Deschideți cererile serviciului dumneavoastră

staff-team-link = Conturile personalului
staff-team-title = Conturile personalului
staff-team-heading = Conturile personalului
staff-team-lead = Un cont dezactivat nu se poate conecta, iar sesiunile lui se încheie imediat. Conturile nu sunt șterse niciodată, așa că ce a făcut fiecare persoană rămâne în jurnalul de audit sub numele ei.
staff-team-name = Nume
staff-team-role = Rol
staff-team-standing = Cont
staff-team-action = Modificare
staff-standing-invited = Invitat, încă neînrolat
staff-standing-active = Activ
staff-standing-disabled = Dezactivat
staff-disable = Dezactivați
staff-enable = Reactivați
staff-log-heading = Jurnalul conturilor personalului
staff-log-lead = Înrolări, conectări, conectări eșuate, autentificatoare și coduri de recuperare noi și conturi dezactivate sau reactivate, cele mai noi primele. Nu se păstrează adrese sau alte date personale.
staff-log-by = De către
staff-event-enrolled = Înrolat
staff-event-signed-in = Conectat
staff-event-sign-in-failed = Conectare eșuată
staff-event-authenticator-reset = Autentificator nou configurat
staff-event-recovery-codes-replaced = Coduri de recuperare noi create
staff-event-disabled = Cont dezactivat
staff-event-enabled = Cont reactivat

# Teams and roles
staff-role-caseworker = Asistent de caz
staff-role-manager = Manager de serviciu
staff-role-commissioner = Comisar
staff-role-operator = Administratorul site-ului
staff-role-caseworker-hint = Lucrează la cererile serviciului.
staff-role-manager-hint = Lucrează la cereri și, în plus, gestionează conturile personalului și citește jurnalul de audit al serviciului.
staff-role-commissioner-hint = Vede cifrele tuturor serviciilor. Nu vede niciodată cererile sau datele cuiva.
staff-role-operator-hint = Gestionează conturile personalului tuturor serviciilor.
staff-event-invited = Invitat cu un link de înregistrare
staff-event-reinvited = Autentificarea a fost resetată și s-a creat un nou link de înregistrare
staff-event-made-manager = Numit manager de serviciu
staff-event-made-caseworker = Numit asistent de caz
staff-team-action-for = { $action }: { $name }
staff-new-link = Link nou de înregistrare
staff-reset = Resetează autentificarea
staff-make-manager = Fă-l manager
staff-make-caseworker = Fă-l asistent de caz
staff-never-signed-in = Încă nu
staff-team-every-service = Toate serviciile
staff-invite-link = Invită pe cineva
staff-team-service = Serviciu
staff-team-last-sign-in = Ultima autentificare
staff-invite-title = Invită pe cineva
staff-invite-heading = Invită pe cineva în echipă
staff-invite-lead = Veți primi un link care funcționează o singură dată, timp de 24 de ore. Dați-l personal persoanei: îl folosește pentru a-și alege datele de autentificare și a configura o aplicație de autentificare.
staff-invite-name = Numele persoanei
staff-invite-name-hint = Așa cum îl vor vedea colegii în coadă și în jurnalul de audit.
staff-invite-role = Ce va face persoana?
staff-invite-service = Pentru ce serviciu lucrează?
staff-invite-service-hint = Nu este necesar pentru un comisar.
staff-invite-submit = Creează un link de înregistrare
staff-invite-name-error = Introduceți numele persoanei
staff-invite-role-error = Selectați ce va face persoana
staff-invite-service-error = Selectați serviciul pentru care lucrează
staff-last-manager-error = Serviciul are nevoie de cel puțin un manager care se poate autentifica. Numiți mai întâi pe altcineva manager.
staff-link-title = Link de înregistrare
staff-link-heading = Linkul de înregistrare a fost creat
staff-link-lead = Dați personal acest link lui { $name }, astfel încât doar această persoană să-l poată citi. Îl folosește pentru a-și alege datele de autentificare și a configura o aplicație de autentificare.
staff-link-lead-reset = Datele de autentificare și aplicația de autentificare ale lui { $name } nu mai funcționează, iar sesiunile sale s-au încheiat. Dați-i personal acest link, astfel încât doar această persoană să-l poată citi, pentru a configura altele noi.
staff-link-label = Link de înregistrare
staff-link-expires = Funcționează o singură dată, până la { $when } (ora Regatului Unit).
staff-link-once = Acest link nu mai este afișat. Dacă se pierde, creați unul nou din pagina conturilor personalului.
staff-link-back = Înapoi la conturile personalului
