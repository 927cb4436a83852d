# Draft translation: not yet checked by a fluent Romanian speaker.
# Conturi: înregistrarea, conectarea, resetarea parolei, pagina contului și înscrierea personalului.

nav-account = Contul dumneavoastră
nav-sign-in = Conectare
nav-sign-out = Deconectare

## Înregistrare

register-title = Creați un cont
register-heading = Creați un cont
register-lead = Nu aveți nevoie de un cont ca să citiți ghidurile sau ca să cereți sprijin. Cu un cont puteți ține un jurnal privat, puteți salva cât ați parcurs din ghiduri și puteți vedea ce se întâmplă cu o cerere de sprijin.
register-safe-heading = Cum vă păstrăm contul în siguranță
register-safe-body = De fiecare dată când vă conectați, veți avea nevoie de parolă și de un cod dintr-o aplicație de autentificare de pe telefon, cum ar fi Google Authenticator, Microsoft Authenticator sau Authy. Nimeni altcineva nu poate intra, chiar dacă vă știe parola.
register-name-body = Puteți alege orice nume de utilizator. Nu este nevoie să fie numele dumneavoastră real și nu aveți nevoie de o adresă de e-mail.
register-lose-both = Dacă pierdeți atât parola, cât și telefonul, va trebui să creați un cont nou, iar jurnalul dumneavoastră se va pierde. Nimeni, nici măcar noi, nu vă poate reda accesul la cont și nu vă poate citi jurnalul: așa rămân ele private.
register-age-heading = Cine poate avea un cont
register-age-body = Trebuie să aveți cel puțin 16 ani. Oricine poate citi acest site fără cont.
register-start = Începeți acum
register-have-account = Aveți deja un cont?

register-who-title = Pentru ce veți folosi contul?
register-who-legend = Pentru ce veți folosi contul?
register-who-hint = Contul este întotdeauna al dvs.: doar dvs. vă conectați la el, iar jurnalul este despre dvs.
register-who-self = Sprijin pentru mine
register-who-self-hint = Mi s-a întâmplat ceva.
register-who-supporter = Sprijin pentru mine, în timp ce sprijin pe altcineva
register-who-supporter-hint = De exemplu, ajutați un prieten, o rudă, un partener, un vecin sau un coleg afectat de o infracțiune. Astfel nu se creează un cont pentru acea persoană și ea nu va ști de el.
register-who-error = Selectați pentru ce veți folosi contul

register-age-title = Aveți 16 ani sau mai mult?
register-age-legend = Aveți 16 ani sau mai mult?
register-age-yes = Da
register-age-no = Nu
register-age-error = Alegeți „Da” dacă aveți 16 ani sau mai mult

under-16-title = Ajutor pentru tineri
under-16-heading = Trebuie să aveți cel puțin 16 ani ca să aveți un cont
under-16-body = Puteți citi în continuare tot ce este pe acest site, fără cont.
under-16-help-heading = Cine vă poate ajuta acum
under-16-childline = Childline este gratuit pentru oricine are sub 19 ani. Puteți suna la 0800 1111 sau puteți vorbi online cu un consilier. Apelurile nu apar pe factura de telefon.
under-16-adult = Puteți vorbi și cu un adult în care aveți încredere, de exemplu un profesor, asistenta medicală a școlii, un lucrător de tineret sau o rudă.
under-16-victim-support = Victim Support (organizație pentru victimele infracțiunilor) are un serviciu pentru copiii și tinerii afectați de infracțiuni. Sunați gratuit la Supportline, la 08 08 16 89 111, și vă vor pune în legătură cu acest serviciu.
under-16-danger = Dacă sunteți în pericol acum, sunați la 999.

details-title = Alegeți datele de conectare
details-heading = Alegeți datele de conectare
name-label = Nume de utilizator
name-hint = Orice nume pe care îl veți ține minte, de cel puțin 3 caractere. Nu este nevoie să fie numele dumneavoastră real. Nimeni altcineva nu îl va vedea.
email-label = Adresă de e-mail (opțional)
email-hint = Nu este obligatorie. Nimeni altcineva nu o va vedea și nu este folosită la conectare.
new-password-label = Parolă
new-password-hint = Cel puțin 8 caractere. Câteva cuvinte fără legătură între ele formează o parolă puternică, ușor de ținut minte. Puteți lipi o parolă dintr-un manager de parole.
name-error-missing = Introduceți un nume de utilizator
name-error-too-short = Numele de utilizator trebuie să aibă cel puțin 3 caractere
name-error-too-long = Numele de utilizator trebuie să aibă cel mult 64 de caractere
name-error-control = Numele de utilizator poate conține doar litere, cifre, spații și semne de punctuație
email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com, sau lăsați câmpul gol
password-error-missing = Introduceți o parolă
password-error-too-short = Parola trebuie să aibă cel puțin { $min ->
    [one] { $min } caracter
    [few] { $min } caractere
   *[other] { $min } de caractere
}
password-error-too-long = Parola trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
password-error-weak = Această parolă ar fi prea ușor de ghicit pentru altcineva.
password-weak-keyboard-row = Rândurile de taste alăturate, cum ar fi qwerty, sunt ușor de ghicit.
password-weak-keyboard-pattern = Modelele scurte de pe tastatură sunt ușor de ghicit.
password-weak-repeats = Literele repetate, cum ar fi aaa, sunt ușor de ghicit.
password-weak-repeated-group = Grupurile repetate, cum ar fi abcabc, sunt ușor de ghicit.
password-weak-common = Aceasta este una dintre cele mai folosite parole.
password-weak-similar-common = Aceasta seamănă foarte mult cu o parolă des folosită.
password-weak-sequence = Secvențele precum abc sau 123 sunt ușor de ghicit.
password-weak-recent-year = Anii recenți sunt ușor de ghicit.
password-weak-single-word = Un singur cuvânt este ușor de ghicit.
password-weak-date = Datele calendaristice sunt ușor de ghicit.
password-weak-name = Numele de persoane, folosite singure, sunt ușor de ghicit.
password-tip-few-words = Încercați câteva cuvinte care de obicei nu apar împreună.
password-tip-no-symbols-needed = Nu aveți nevoie de simboluri, cifre sau majuscule.
password-tip-add-word = Adăugați încă un cuvânt sau două. Cuvintele neobișnuite sunt mai bune.
password-tip-capitals = Majusculele nu o fac mult mai greu de ghicit.
password-tip-reversed = Cuvintele scrise invers nu sunt mult mai greu de ghicit.
password-tip-substitutions = Înlocuirea literelor cu cifre sau simboluri, cum ar fi @ în loc de a, nu ajută prea mult.
password-tip-keyboard = Folosiți un model de taste mai lung, cu mai multe schimbări de direcție.
password-tip-repeats = Evitați cuvintele și literele repetate.
password-tip-sequences = Evitați secvențele precum abc sau 123.
password-tip-dates = Evitați datele și anii, mai ales pe cei legați de dumneavoastră.

authenticator-title = Configurați aplicația de autentificare
authenticator-heading = Configurați aplicația de autentificare
authenticator-step-install = Instalați o aplicație de autentificare pe telefon, dacă nu aveți deja una. Google Authenticator, Microsoft Authenticator și Authy sunt toate gratuite.
authenticator-step-add = În aplicație, adăugați un cont.
authenticator-step-scan = Dacă această pagină este pe alt dispozitiv, puteți scana în schimb acest cod QR cu aplicația.
authenticator-qr-alt = Cod QR pentru a adăuga Waymark în aplicația de autentificare
authenticator-entry-name = Aplicația va afișa intrarea ca „Waymark”, un nume care nu spune la ce folosește acest site. Totuși, oricine se uită prin aplicație pe telefonul dvs. poate vedea intrarea. Dacă cineva vă verifică telefonul, gândiți-vă dacă acest lucru este sigur pentru dvs.
authenticator-key-body = Dacă aplicația este pe acest telefon, alegeți să introduceți o cheie, apoi copiați această cheie și lipiți-o sau tastați-o. Dacă aplicația întreabă, alegeți un cod bazat pe timp.
authenticator-key-label = Cheie
authenticator-step-code = Aplicația va afișa un cod din 6 cifre, care se schimbă la fiecare 30 de secunde. Introduceți-l mai jos.
code-label = Codul din aplicația de autentificare
code-hint = Codul din 6 cifre, de exemplu 123456.
code-error-missing = Introduceți codul din 6 cifre din aplicația de autentificare
code-error-format = Introduceți codul din 6 cifre sau un cod de recuperare de forma ABCD-EFGH-2345-6789
code-error-wrong = Codul nu este corect. Verificați dacă ora de pe telefon este setată automat, apoi introduceți cel mai nou cod.
code-error-used = Acest cod a fost deja folosit. Așteptați până când aplicația afișează un cod nou.

recovery-codes-title = Salvați codurile de recuperare
recovery-codes-heading = Salvați codurile de recuperare
recovery-codes-lead = Dacă pierdeți telefonul sau aplicația de autentificare, vă puteți conecta în schimb cu unul dintre aceste coduri. Fiecare cod funcționează o singură dată.
recovery-codes-list-label = Codurile dumneavoastră de recuperare
recovery-codes-warning = Nu veți mai vedea aceste coduri. Păstrați-le într-un loc sigur, la care nu are acces nimeni altcineva.
recovery-codes-safe-heading = Cum să le păstrați în siguranță
recovery-codes-safe-paper = Scrieți-le pe hârtie și păstrați hârtia într-un loc privat.
recovery-codes-safe-manager = Salvați-le într-un manager de parole.
recovery-codes-safe-not-phone = Nu le păstrați doar pe telefonul pe care aveți aplicația de autentificare și nu le trimiteți prin e-mail sau prin mesaj.
recovery-codes-done = Mi-am salvat codurile

## Conectarea

sign-in-title = Conectare
sign-in-heading = Conectați-vă
password-label = Parolă
sign-in-button = Conectați-vă
sign-in-forgotten = Ați uitat parola?
sign-in-help = Alte probleme la conectare
sign-in-no-account = Nu aveți încă un cont?
sign-in-create = Creați un cont
sign-in-error-name = Introduceți numele de utilizator
sign-in-error-password = Introduceți parola
sign-in-error-mismatch = Numele de utilizator sau parola nu sunt corecte
sign-in-error-wait = Prea multe încercări. Așteptați { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}, apoi încercați din nou.
sign-in-paused = Pentru acest nume de utilizator, conectarea doar cu parola este oprită încă { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}, din cauza prea multor încercări nereușite.
sign-in-paused-owner = Dacă acesta este contul dumneavoastră, vă puteți conecta chiar acum: introduceți împreună parola și un cod din aplicația de autentificare (sau un cod de recuperare).
sign-in-paused-code-label = Codul din aplicația de autentificare sau un cod de recuperare
sign-in-error-busy = Prea multe persoane se conectează în același timp. Încercați din nou peste puțin timp.
limit-error-too-many = S-au făcut prea multe încercări. Încercați din nou peste o oră.
sign-in-session-idle = V-am deconectat deoarece nu s-a întâmplat nimic timp de 30 de minute.
sign-in-session-expired = V-am deconectat deoarece trecuseră 12 ore de când v-ați conectat.
sign-in-session-needed = Conectați-vă ca să vedeți pagina respectivă.

code-title = Introduceți codul
code-heading = Introduceți codul din aplicația de autentificare
code-use-recovery = Folosiți în schimb un cod de recuperare
code-error-paused = Prea multe coduri greșite de la această conexiune. Așteptați { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} sau resetați parola cu un cod de recuperare.

recovery-sign-in-title = Folosiți un cod de recuperare
recovery-sign-in-heading = Introduceți un cod de recuperare
recovery-code-label = Cod de recuperare
recovery-code-hint = Arată ca ABCD-EFGH-2345-6789. Fiecare cod funcționează o singură dată.
recovery-code-error-missing = Introduceți unul dintre codurile dumneavoastră de recuperare
recovery-code-error-format = Introduceți un cod de recuperare de forma ABCD-EFGH-2345-6789
recovery-code-error-wrong = Acest cod de recuperare nu este corect sau a fost deja folosit

lost-access-title = Probleme la conectare
lost-access-heading = Dacă nu vă puteți conecta
lost-access-password-heading = Dacă ați uitat parola
lost-access-password-body = Puteți seta o parolă nouă dacă aveți aplicația de autentificare și unul dintre codurile de recuperare.
lost-access-password-link = Resetați parola
lost-access-phone-heading = Dacă ați pierdut telefonul sau aplicația de autentificare
lost-access-phone-body = Conectați-vă cu parola și cu unul dintre codurile de recuperare. Apoi configurați din nou aplicația de autentificare, din pagina contului.
lost-access-both-heading = Dacă ați pierdut parola și telefonul sau telefonul și codurile de recuperare
lost-access-both-body = Nimeni nu vă poate reda accesul la cont, nici măcar noi. Așa rămâne contul privat: nici cineva care vă știe numele de utilizator sau care are telefonul dumneavoastră vechi nu poate intra.
lost-access-both-new = Puteți crea un cont nou. Nimic din ce era salvat în contul vechi, inclusiv jurnalul, nu mai poate fi recuperat.

signed-out-title = Deconectare
signed-out-heading = V-ați deconectat
signed-out-idle-heading = V-am deconectat
signed-out-idle = V-am deconectat deoarece nu s-a întâmplat nimic timp de 30 de minute. Astfel vă protejăm contul dacă vă lăsați dispozitivul nesupravegheat.
signed-out-tip = Dacă folosiți un dispozitiv comun, închideți și fereastra browserului.
signed-out-sign-in = Conectați-vă din nou

session-warning-title = Sesiunea se va închide în curând
session-warning-body = Pentru a vă proteja contul, vă vom deconecta dacă nu se întâmplă nimic timp de 30 de minute.
session-warning-stay = Rămâneți în cont
session-warning-leave = Deconectați-vă acum

## Parola uitată

reset-title = Resetați parola
reset-heading = Resetați parola
reset-lead = Aveți nevoie de numele de utilizator, de unul dintre codurile de recuperare și de aplicația de autentificare.
reset-button = Resetați parola
reset-error-mismatch = Aceste date nu corespund niciunui cont. Verificați-le și încercați din nou.
reset-done-title = Parolă resetată
reset-done-heading = Parola a fost resetată
reset-done-body = Ați folosit unul dintre codurile de recuperare, iar noi v-am deconectat de pe toate dispozitivele. Conectați-vă cu noua parolă.

## Pagina contului

account-title = Contul dumneavoastră
account-heading = Contul dumneavoastră
account-for = Cont pentru
account-for-self = Sprijin pentru mine
account-for-supporter = Sprijin pentru mine ca persoană care sprijină
supporter-guides-link = Ghiduri pentru cei care sprijină pe cineva
account-role = Rol
account-role-staff = Personal
account-service = Serviciu
account-recovery-left = Coduri de recuperare rămase
account-recovery-get-new = Obțineți coduri noi
account-security-heading = Securitate
account-change-password = Schimbați parola
account-reset-authenticator = Configurați din nou aplicația de autentificare
account-new-recovery-codes = Obțineți coduri de recuperare noi
account-sessions-heading = Dispozitivele pe care v-ați conectat
account-sessions-caption = Dispozitive conectate la contul dumneavoastră
account-sessions-device = Dispozitiv
account-sessions-last-active = Ultima activitate
account-sessions-this-device = Acest dispozitiv
account-sessions-sign-out-others = Deconectați-vă de pe toate celelalte dispozitive
account-data-heading = Informațiile dumneavoastră
account-data-body = Descărcați tot ce conține contul dumneavoastră, într-un fișier pe care îl puteți păstra sau îl puteți da unei persoane în care aveți încredere.
account-data-download = Descărcați informațiile dumneavoastră
account-delete-heading = Ștergeți contul
account-delete-link = Ștergeți contul
account-sign-out = Deconectați-vă

device-description = { $browser } pe { $system }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = Un browser
device-system-android = Android
device-system-ios = iPhone sau iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = alt dispozitiv
time-just-now = Chiar acum
time-minutes-ago = { $minutes ->
    [one] Acum { $minutes } minut
    [few] Acum { $minutes } minute
   *[other] Acum { $minutes } de minute
}
time-hours-ago = { $hours ->
    [one] Acum o oră
    [few] Acum { $hours } ore
   *[other] Acum { $hours } de ore
}

flash-password-changed = Parola a fost schimbată. V-am deconectat de pe celelalte dispozitive.
flash-authenticator-changed = Aplicația de autentificare a fost configurată din nou. Codurile din aplicația veche nu mai funcționează.
flash-recovery-codes-replaced = Aveți coduri de recuperare noi. Codurile vechi nu mai funcționează.
flash-other-sessions-ended = V-am deconectat de pe toate celelalte dispozitive.
flash-welcome = Contul dumneavoastră este gata.
flash-recovery-codes-low = Vă { $count ->
    [one] mai rămâne { $count } cod de recuperare
    [few] mai rămân { $count } coduri de recuperare
   *[other] mai rămân { $count } de coduri de recuperare
}. Obțineți coduri noi, ca să nu rămâneți fără.
flash-code-failures = Înainte să vă conectați, { $count ->
    [one] a fost introdus { $count } cod greșit
    [few] au fost introduse { $count } coduri greșite
   *[other] au fost introduse { $count } de coduri greșite
} pentru contul dumneavoastră. Dacă nu ați fost dumneavoastră, este posibil ca altcineva să vă știe parola: schimbați-o acum.

reauth-lead = Pentru siguranța contului, confirmați că sunteți dumneavoastră.
reauth-code-label = Codul din aplicația de autentificare sau un cod de recuperare
reauth-error-mismatch = Datele nu sunt corecte. Verificați numele de utilizator, parola și codul.

change-password-title = Schimbați parola
change-password-heading = Schimbați parola
current-password-label = Parola actuală
change-password-new-label = Parola nouă
change-password-button = Schimbați parola

reset-authenticator-title = Configurați din nou aplicația de autentificare
reset-authenticator-heading = Configurați din nou aplicația de autentificare
reset-authenticator-lead = Faceți acest lucru dacă aveți un telefon nou sau dacă ați pierdut aplicația. Aplicația veche nu va mai funcționa.

new-codes-title = Obțineți coduri de recuperare noi
new-codes-heading = Obțineți coduri de recuperare noi
new-codes-lead = Veți primi 10 coduri noi. Codurile vechi nu vor mai funcționa.

delete-title = Ștergeți contul
delete-heading = Ștergeți contul
delete-warning = Această acțiune nu poate fi anulată. Contul și tot ce conține, inclusiv jurnalul și progresul prin ghiduri, vor fi șterse imediat.
delete-button = Ștergeți-mi contul
deleted-title = Cont șters
deleted-heading = Contul dumneavoastră a fost șters
deleted-body = Tot ce conținea a fost șters. Puteți folosi în continuare acest site fără cont.

## Înscrierea personalului

staff-enrol-title = Configurați contul de personal
staff-enrol-heading = Configurați contul de personal
staff-enrol-lead = Bună ziua, { $name }. Alegeți datele de conectare, apoi configurați aplicația de autentificare. Pentru personal, conectarea în doi pași este întotdeauna activată.
invite-invalid-title = Link nevalid
invite-invalid-heading = Acest link a expirat sau a fost deja folosit
invite-invalid-body = Linkurile de înscriere funcționează o singură dată, timp de 24 de ore. Cereți unui administrator un link nou.
nav-label = Cont
code-error-closed = Au fost introduse prea multe coduri greșite pentru acest cont, așa că nu mai acceptă coduri. Resetați parola cu un cod de recuperare pentru a-l redeschide.
flash-code-entry-was-closed = Introducerea codurilor pentru contul dvs. a fost închisă după prea multe coduri greșite, până la resetarea parolei. Dacă acele coduri nu au fost ale dvs., cineva poate să vă cunoască parola.
