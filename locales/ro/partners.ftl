# Draft translation: not yet checked by a fluent Romanian speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = Organizații partenere
partners-refer-link = Îndrumați pe cineva cu acordul său
partners-organisations-title = Organizații partenere
partners-organisations-heading = Organizații partenere
partners-organisations-lead = Organizațiile ai căror angajați pot îndruma persoane către servicii prin Waymark și serviciile către care poate îndruma fiecare. Angajații lor se autentifică în doi pași, ca tot personalul, și văd doar dacă propriile îndrumări au fost primite, sunt în curs sau sunt închise.
partners-organisations-caption = Organizații partenere înregistrate
partners-organisations-none = Nu este înregistrată încă nicio organizație.
partners-organisation-name = Numele organizației
partners-organisation-kind = Tipul organizației
partners-organisation-services = Servicii către care poate îndruma
partners-organisation-services-hint = Alegeți tot ce se potrivește. Îndrumările care ar ajunge la orice alt serviciu nu sunt trimise.
partners-organisation-workers = Angajați
partners-organisation-actions = Acțiuni
partners-invite-worker-for = Invitați un angajat al { $name }
partners-register-heading = Înregistrați o organizație
partners-register-button = Înregistrați organizația
partners-name-error = Introduceți un nume
partners-kind-error = Alegeți tipul organizației
partners-services-error = Alegeți cel puțin un serviciu către care poate îndruma

partners-kind-gp-practice = Cabinet de medicină de familie
partners-kind-health = Alt serviciu de sănătate
partners-kind-school = Școală sau colegiu
partners-kind-housing = Furnizor de locuințe
partners-kind-council = Serviciu al consiliului local
partners-kind-community-group = Grup comunitar sau de voluntariat
partners-kind-police = Poliție
partners-kind-other = Altele

partners-invite-title = Invitați un angajat
partners-invite-heading = Invitați un angajat al { $name }
partners-invite-lead = Va primi un link de unică folosință pentru a-și alege datele de autentificare și a configura o aplicație de autentificare. Apoi va putea îndruma persoane către serviciile acestei organizații și va vedea progresul propriilor îndrumări, nimic altceva.
partners-worker-display-name = Numele complet
partners-invite-button = Creați linkul de înscriere
partners-link-title = Link de înscriere
partners-link-lead = Trimiteți acest link către { $name } de la { $organisation } într-un mod sigur. Îl folosește pentru a-și configura autentificarea.
partners-link-back = Înapoi la organizațiile partenere

partners-professional-heading = Despre dumneavoastră
partners-professional-lead = Îndrumați pe cineva pentru sprijin ca angajat al unei organizații partenere. Serviciul vă poate contacta în legătură cu îndrumarea.
partners-worker-name = Numele dumneavoastră
partners-worker-role = Funcția dumneavoastră
partners-worker-role-hint = De exemplu, asistentă medicală sau responsabil cu locuințele
partners-worker-phone = Numărul de telefon de serviciu
partners-worker-email = Adresa de e-mail de serviciu
partners-worker-name-error = Introduceți-vă numele
partners-worker-contact-error = Introduceți un număr de telefon sau o adresă de e-mail de serviciu

partners-agreement-heading = Acordul persoanei
partners-agreement-lead = Îndrumați doar pe cineva care a fost de acord. Notați când și cum și-a dat acordul și ce a acceptat să fie comunicat serviciului.
partners-agreed-when = Când și-a dat acordul?
partners-agreed-today = Astăzi
partners-agreed-week = În ultimele 7 zile
partners-agreed-earlier = Mai demult
partners-agreed-how = Cum și-a dat acordul?
partners-agreed-in-person = Personal
partners-agreed-phone = La telefon
partners-agreed-video = Printr-un apel video
partners-agreed-writing = În scris
partners-shared = Ce a acceptat să fie comunicat?
partners-shared-hint = Alegeți tot ce se potrivește. Nu se trimite nimic dacă nu a fost de acord cu îndrumarea.
partners-shared-referral = Să fie îndrumată și contactată de serviciu
partners-shared-what-happened = Ce s-a întâmplat
partners-shared-needs = Ce ar ajuta-o
partners-shared-access = Nevoile de limbă și de accesibilitate
partners-agreement-note = Unde este înregistrat acordul? (opțional)
partners-agreement-note-hint = De exemplu, o notă în propriile evidențe. Nu includeți numele persoanei.
partners-agreed-when-error = Alegeți când și-a dat acordul
partners-agreed-how-error = Alegeți cum și-a dat acordul
partners-shared-error = Îndrumați doar pe cineva care a fost de acord cu îndrumarea: alegeți „Să fie îndrumată și contactată de serviciu”

partners-check-title = Îndrumare de la o organizație parteneră
partners-check-worker = Îndrumat de
partners-check-agreement = Acordul persoanei
partners-check-shared = A acceptat să se comunice
partners-consent = Confirm că persoana a fost de acord cu această îndrumare și cu ce se comunică, așa cum este notat mai sus

partners-not-allowed-title = Această îndrumare nu poate fi trimisă
partners-not-allowed-service = Din ce ne-ați spus, această îndrumare ar ajunge la { $service }, dar { $organisation } nu este înregistrată să îndrume către acest serviciu. Nu s-a trimis nimic.
partners-not-allowed-none = Din ce ne-ați spus, niciun serviciu către care poate îndruma organizația dumneavoastră nu poate prelua această îndrumare. Nu s-a trimis nimic.
partners-not-allowed-nothing-sent = Puteți schimba răspunsurile sau îi puteți da persoanei datele unui serviciu pe care îl poate contacta singură. Comisarul poate adăuga servicii către care poate îndruma organizația dumneavoastră.
partners-not-allowed-others = Servicii pe care persoana le poate contacta
partners-not-allowed-directory = Vedeți toate serviciile

partners-done-title = Îndrumare trimisă
partners-done-next = { $service } va contacta persoana în modul pe care l-a indicat ca fiind sigur.
partners-done-status = Pe pagina contului puteți vedea dacă a fost primită, este în curs sau este închisă. Nu veți vedea nimic altceva despre ea.
partners-done-account = Mergeți la contul dumneavoastră
partners-done-another = Îndrumați pe altcineva

partners-from-partner = De la o organizație parteneră: { $organisation }

partners-status-received = Primită
partners-status-in-progress = În curs
partners-status-closed = Închisă
