# Draft translation: not yet checked by a fluent Romanian speaker.
# Siguranța pe internet, informarea privind confidențialitatea, declarația de accesibilitate și cookie-urile.

safety-title = Siguranța pe internet
safety-heading = Siguranța pe internet
safety-lead = Dacă altcineva vă folosește telefonul sau calculatorul ori ar putea verifica ce faceți pe internet, acești pași vă pot ajuta să păstrați privată vizita pe acest site.

safety-exit-heading = Cum părăsiți repede acest site
safety-exit-body = Fiecare pagină are sus un buton „Ieșiți de pe această pagină”. Dacă îl apăsați, se deschide imediat un site despre vreme.
safety-exit-shift = Puteți apăsa și de 3 ori tasta Shift. Pagina se golește imediat și, dacă v-ați conectat la cont, vă deconectăm.
safety-exit-limits = Butonul de ieșire nu poate șterge acest site din istoricul browserului. Alte pagini pe care le-ați vizitat pot rămâne acolo. Pașii de mai jos vă ajută cu acest lucru.

safety-private-heading = Folosiți o fereastră privată
safety-private-body = O fereastră privată nu păstrează istoricul paginilor pe care le vizitați și uită cookie-urile când o închideți.
safety-private-chrome = Chrome: deschideți meniul cu trei puncte și alegeți „Fereastră incognito nouă” (New Incognito window).
safety-private-safari = Safari pe iPhone sau iPad: atingeți butonul pentru file, apoi „Privat” (Private).
safety-private-firefox = Firefox: deschideți meniul și alegeți „Fereastră privată nouă” (New private window).
safety-private-edge = Microsoft Edge: deschideți meniul cu trei puncte și alegeți „Fereastră InPrivate nouă” (New InPrivate window).
safety-private-limits = O fereastră privată nu ascunde ce faceți față de furnizorul de internet, de rețeaua de la serviciu sau de la școală ori de programele de spionaj instalate pe dispozitiv.

safety-history-heading = Ștergeți istoricul de navigare
safety-history-body = Puteți șterge din istoricul browserului paginile pe care le-ați vizitat. În majoritatea browserelor, găsiți această opțiune în setări, la „Istoric” (History) sau „Confidențialitate” (Privacy).
safety-history-care = Dacă cineva vă verifică dispozitivul, un istoric care dintr-odată este gol îi poate trezi bănuieli. Poate preferați să ștergeți doar paginile de pe acest site.

safety-device-heading = Folosiți un dispozitiv mai sigur
safety-device-body = Dacă credeți că telefonul sau calculatorul dumneavoastră este supravegheat, folosiți unul la care persoana respectivă nu are acces, de exemplu:
safety-device-library = un calculator dintr-o bibliotecă publică
safety-device-friend = telefonul unui prieten sau al unei rude în care aveți încredere
safety-device-work = un calculator de la serviciu sau de la facultate, dacă aveți voie să îl folosiți în scopuri personale

safety-monitoring-heading = Dacă credeți că cineva urmărește ce faceți
safety-monitoring-body = Unele persoane folosesc tehnologia ca să-i controleze sau să-i urmărească pe alții. Un semn poate fi faptul că cineva știe unde ați fost sau ce ați scris. Lucruri pe care le puteți verifica:
safety-monitoring-passwords = dacă mai știe cineva parolele dumneavoastră sau codul de deblocare al telefonului
safety-monitoring-location = dacă locația dumneavoastră este partajată, de exemplu în Find My, în Google Maps sau în setările de partajare în familie
safety-monitoring-accounts = dacă e-mailul, spațiul de stocare în cloud sau conturile de rețele sociale sunt conectate pe un dispozitiv pe care nu îl recunoașteți
safety-monitoring-apps = dacă pe telefon există aplicații pe care nu le-ați instalat dumneavoastră
safety-monitoring-help = Schimbările făcute brusc pot face uneori situația mai periculoasă. Un serviciu pentru victimele violenței domestice vă poate ajuta să plănuiți cum să le faceți în siguranță.

privacy-title = Confidențialitate
privacy-heading = Informare privind confidențialitatea
privacy-lead = Această informare explică ce informații păstrează Waymark despre dumneavoastră, de ce și ce puteți face în legătură cu ele.

privacy-browsing-heading = Când citiți pagini
privacy-browsing-body = Puteți citi acest site fără să ne dați nicio informație despre dumneavoastră. Nu folosim cookie-uri de publicitate sau de urmărire și nu folosim servicii de analiză a traficului. Dacă alegeți o limbă sau deschideți un link către o pagină într-o anumită limbă, ținem minte acea limbă într-un cookie pe dispozitivul dumneavoastră.
privacy-browsing-logs = Serverele noastre păstrează scurte înregistrări tehnice ale accesărilor, ca să putem menține site-ul funcțional și sigur: ora, adresa paginii (fără nimic din ce ați scris într-o căutare sau într-un formular) și dacă accesarea a reușit. Aceste înregistrări nu conțin adresa dumneavoastră IP, numele dumneavoastră și nimic din ce scrieți.

privacy-account-heading = Dacă vă creați un cont
privacy-account-body = Contul este opțional. Dacă vă creați unul, păstrăm:
privacy-account-name = o formă codificată a numelui de utilizator și a parolei, care nu mai poate fi transformată înapoi în niciunul dintre ele: nimeni, nici măcar personalul nostru, nu le poate citi
privacy-account-email = adresa dumneavoastră de e-mail, dacă alegeți să ne-o dați, stocată criptat
privacy-account-factors = cheia pentru aplicația de autentificare, stocată criptat, și forme codificate ale codurilor de recuperare
privacy-account-sessions = dispozitivele pe care v-ați conectat (doar tipul de browser și de sistem, de exemplu Chrome pe Android) și când au fost folosite ultima dată
privacy-account-attempts = timp de 15 minute, înregistrări codificate ale încercărilor nereușite de conectare, ca să-i putem încetini pe cei care încearcă să intre ghicind
privacy-account-diary = jurnalul și tot ce salvați din ghiduri, criptate cu o cheie pe care o pot debloca doar parola dumneavoastră sau unul dintre codurile de recuperare. Nimeni altcineva nu le poate citi: nici personalul nostru, nici cineva care ar pune mâna pe serverele noastre. Dacă nu vă mai puteți conecta (de exemplu, dacă ați pierdut atât parola, cât și telefonul), jurnalul nu mai poate fi recuperat.
privacy-account-delete = Din pagina contului, puteți descărca oricând tot ce conține contul și vă puteți șterge contul. Ștergerea elimină totul imediat.
privacy-police-heading = Suntem independenți de poliție
privacy-police-body = Nu transmitem informații poliției, serviciilor de imigrare sau altcuiva pentru că ați vizitat acest site. Am transmite informații doar dacă legea ne obligă sau dacă credem că viața cuiva este în pericol imediat.

privacy-security-heading = Cum protejăm informațiile
privacy-security-body = Toate conexiunile la acest site sunt criptate. Informațiile sunt stocate în siguranță, protejate prin controlul accesului și păstrate doar cât timp este nevoie de ele.

privacy-rights-heading = Drepturile dumneavoastră
privacy-rights-body = Conform legii privind protecția datelor din Regatul Unit, aveți dreptul:
privacy-rights-access = să primiți o copie a informațiilor pe care le deținem despre dumneavoastră
privacy-rights-correct = să cereți corectarea informațiilor greșite
privacy-rights-delete = să cereți ștergerea informațiilor dumneavoastră
privacy-rights-object = să vă opuneți modului în care folosim informațiile dumneavoastră
privacy-rights-ico = Dacă nu vă convine modul în care am folosit informațiile dumneavoastră, puteți depune o plângere la Information Commissioner's Office (ICO, autoritatea britanică pentru protecția datelor), la 0303 123 1113 sau pe ico.org.uk.

accessibility-title = Accesibilitate
accessibility-heading = Declarație de accesibilitate
accessibility-lead = Dorim ca cât mai multe persoane să poată folosi acest site, indiferent de abilitățile, limba sau dispozitivul lor.

accessibility-able-heading = Ce ar trebui să puteți face
accessibility-able-zoom = să măriți pagina până la 400% fără ca textul să iasă din ecran
accessibility-able-keyboard = să folosiți tot site-ul doar cu tastatura și să vedeți mereu unde vă aflați pe pagină
accessibility-able-screen-reader = să folosiți site-ul cu un cititor de ecran sau cu un program de recunoaștere a vocii
accessibility-able-no-javascript = să folosiți fiecare pagină și fiecare formular cu JavaScript dezactivat
accessibility-able-motion = să opriți animațiile, alegând reducerea mișcării în setările dispozitivului
accessibility-able-languages = să citiți site-ul în mai multe limbi

accessibility-status-heading = Cât de accesibil este acest site
accessibility-status-body = Ne propunem să respectăm Ghidul de accesibilitate pentru conținutul web (Web Content Accessibility Guidelines, WCAG), versiunea 2.2, nivelul AA. Urmăm modelele din GOV.UK Design System, care sunt testate cu persoane cu dizabilități.
accessibility-testing-body = Fiecare pagină este verificată automat pentru probleme de accesibilitate de fiecare dată când site-ul se schimbă, cu JavaScript activat și dezactivat. Verificăm paginile și folosind doar tastatura.

accessibility-limits-heading = Părți care nu sunt încă pe deplin accesibile
accessibility-limits-bsl = Nu există încă video în limba semnelor britanică (BSL) pentru fiecare pagină.
accessibility-limits-languages = Unele pagini nu sunt încă traduse în toate limbile. În acest caz, este afișată versiunea în engleză.
accessibility-limits-external = Unele linkuri vă duc pe site-urile altor organizații, pe care nu le controlăm.

accessibility-report-heading = Cum ne semnalați o problemă
accessibility-report-body = Dacă găsiți o problemă care nu apare aici sau dacă aveți nevoie de informații într-un alt format, de exemplu în format ușor de citit (easy read), cu litere mari sau audio, vă rugăm să spuneți serviciului care v-a dat adresa acestui site. Ne propunem să răspundem în 5 zile lucrătoare.
accessibility-enforcement-body = Equality and Human Rights Commission (EHRC, Comisia pentru Egalitate și Drepturile Omului) este responsabilă de aplicarea reglementărilor privind accesibilitatea. Dacă nu vă mulțumește modul în care răspundem la plângerea dumneavoastră, contactați Equality Advisory and Support Service (EASS, serviciul de consiliere și sprijin privind egalitatea).

cookies-title = Cookie-uri
cookies-heading = Cookie-uri
cookies-lead = Cookie-urile sunt fișiere mici salvate pe telefon, tabletă sau calculator atunci când vizitați un site.
cookies-no-tracking = Folosim doar cookie-urile de care site-ul are nevoie ca să funcționeze. Nu folosim cookie-uri pentru publicitate sau ca să vă urmărim pe alte site-uri, așa că nu vă cerem acordul.
cookies-table-caption = Cookie-uri pe care le poate seta acest site
cookies-col-name = Nume
cookies-col-purpose = Scop
cookies-col-expires = Expiră
cookies-session-purpose = Vă păstrează în cont sau ține minte răspunsurile dumneavoastră cât timp vă creați un cont. Conține un cod aleatoriu, nu datele dumneavoastră.
cookies-session-expires = Când vă deconectați, când închideți browserul sau după 30 de minute fără activitate
cookies-language-purpose = Ține minte limba pe care ați ales-o sau limba unui link deschis de dumneavoastră către o pagină într-o anumită limbă. Este setat doar în aceste cazuri.
cookies-language-expires = 1 an
cookies-clear-heading = Cum ștergeți cookie-urile
cookies-clear-body = Puteți șterge oricând cookie-urile din setările browserului. O fereastră privată le șterge pentru dumneavoastră atunci când o închideți.
