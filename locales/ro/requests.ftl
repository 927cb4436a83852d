# Draft translation: not yet checked by a fluent Romanian speaker.
# Cererea ca un serviciu să ia legătura: pagina de start, întrebările, verificarea răspunsurilor și confirmarea.
# Titlurile paginilor rămân neutre („Contact”), ca un titlu de pe un ecran folosit de mai multe persoane sau din istoric să nu dezvăluie nimic.

request-title = Contact
request-caption = Cereți unui serviciu să vă contacteze
request-honeypot = Lăsați acest câmp gol

request-start-heading = Cereți unui serviciu să vă contacteze
request-start-lead = Spuneți-ne puțin despre ce s-a întâmplat și ce v-ar ajuta. Vom transmite informațiile serviciului cel mai potrivit să vă sprijine, iar acesta vă va contacta în modul pe care ni-l indicați ca fiind sigur.
request-start-police = Aceste servicii sunt independente de poliție și nu este nevoie să fi raportat ce s-a întâmplat. Ele păstrează confidențial ce le spuneți. Dar s-ar putea să fie obligate să transmită informațiile fără acordul dumneavoastră dacă cred că un copil este în pericol sau că cineva ar putea fi grav rănit. Puteți să le întrebați despre asta înainte să spuneți ceva.
request-start-how-heading = Cum funcționează
request-start-how-questions = Răspundeți la câteva întrebări scurte, pe rând. Cele mai multe sunt opționale sau au răspunsul „Prefer să nu spun”.
request-start-how-service = Trimitem răspunsurile dumneavoastră unui singur serviciu, ales în funcție de ce s-a întâmplat și de vârsta dumneavoastră. Puteți vedea care este serviciul înainte să trimiteți.
request-start-how-safe = Ne spuneți cum și când este sigur să vă contactăm, dacă vă putem lăsa un mesaj și dacă putem spune cine suntem.
request-start-how-time = Durează cam 5–10 minute. Răspunsurile dumneavoastră sunt păstrate până când închideți browserul sau până trec 30 de minute fără activitate.
request-start-signed-in = V-ați conectat la cont, așa că vom completa ce ne-ați spus înainte și veți putea urmări în cont ce se întâmplă.
request-start-no-account = Nu aveți nevoie de un cont. Dacă aveți unul, conectați-vă mai întâi, ca să puteți urmări ce se întâmplă.
request-start-urgent = Dacă sunteți în pericol acum, sunați la 999. Aceste servicii nu pot interveni imediat.
request-start-button = Începeți acum
request-start-directory = Sau vedeți toate serviciile și contactați-le direct

request-yes = Da
request-no = Nu
request-rather-not-say = Prefer să nu spun
request-choose-all = Alegeți toate variantele potrivite.
request-choose-listed = Alegeți unul dintre răspunsurile din listă sau lăsați întrebarea fără răspuns.
request-too-long = Acest răspuns este prea lung. Folosiți cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.

request-safe = Sunteți în siguranță chiar acum?
request-safe-hint = Dacă citiți asta pentru altcineva, răspundeți pentru persoana respectivă.
request-safe-yes = Da
request-safe-no = Nu
request-safe-not-sure = Nu știu sigur
request-safe-error = Alegeți dacă sunteți în siguranță chiar acum
request-urgent-heading = Dacă sunteți în pericol, cereți ajutor acum
request-urgent-carry-on-heading = Puteți cere în continuare unui serviciu să vă contacteze
request-urgent-carry-on = Nu trebuie să fiți în siguranță acum ca să cereți sprijin. Răspunsurile de până acum sunt păstrate.
request-urgent-carry-on-safely = Urmează câteva întrebări scurte, inclusiv cum și când este sigur ca un serviciu să vă contacteze, dacă poate lăsa un mesaj și dacă poate spune cine este.
request-urgent-continue = Continuați și alegeți un mod sigur de a fi contactat

request-who = Pentru cine cereți sprijin?
request-who-me = Pentru mine
request-who-someone = Pentru o persoană pe care o sprijin
request-who-someone-hint = Persoana trebuie să știe despre această cerere și să fie de acord cu ea.
request-who-error = Alegeți pentru cine este sprijinul

request-age = { $who ->
    [someone] Ce vârstă are persoana pe care o sprijiniți?
   *[me] Ce vârstă aveți?
}
request-age-hint = Astfel putem alege un serviciu care lucrează cu persoane de această vârstă.
request-age-error = Alegeți o grupă de vârstă sau „Prefer să nu spun”

request-what = { $who ->
    [someone] Ce i s-a întâmplat persoanei respective?
   *[me] Ce vi s-a întâmplat?
}
request-what-error = Alegeți cel puțin un răspuns. Dacă nu știți sigur, alegeți „Nu știu sigur dacă a fost o infracțiune”

request-when = Când s-a întâmplat?
request-when-week = În ultima săptămână
request-when-month = În ultima lună
request-when-six-months = În ultimele 6 luni
request-when-longer = Acum mai mult de 6 luni
request-when-ongoing = Încă se întâmplă
request-when-error = Alegeți când s-a întâmplat sau „Prefer să nu spun”

request-police = A fost anunțată poliția?
request-police-hint = Puteți primi sprijin indiferent dacă anunțați sau nu poliția. Aceste servicii sunt independente de poliție.
request-police-yes = Da
request-police-no = Nu
request-police-not-sure = Nu știu sigur
request-police-error = Alegeți un răspuns sau „Prefer să nu spun”

request-needs = Ce ar ajuta
request-needs-legend = { $who ->
    [someone] Ce fel de sprijin i-ar fi de ajutor persoanei respective?
   *[me] Ce fel de sprijin v-ar fi de ajutor?
}
request-needs-other = Altceva ce ați dori să știe serviciul (opțional)
request-needs-other-hint = Scrieți doar ce sunteți de acord să citească serviciul.
request-needs-error = Alegeți cel puțin un fel de sprijin sau spuneți-ne cu cuvintele dumneavoastră

request-language-heading = Limbă și accesibilitate
request-language = Ce limbă ați dori să folosiți? (opțional)
request-language-hint = De exemplu, română, engleză, poloneză, urdu sau limba semnelor britanică (BSL).
request-interpreter = Ați dori un interpret?
request-interpreter-hint = Nu trebuie să răspundeți dacă veți folosi limba engleză.
request-interpreter-error = Alegeți dacă doriți un interpret
request-access = Aveți nevoie de ceva din lista de mai jos?
request-access-bsl = Limba semnelor britanică (BSL), cu un interpret
request-access-relay = Relay UK sau serviciu de transmitere text (scris și citit, nu limba semnelor)
request-access-easy-read = Informații în format ușor de citit (easy read)
request-access-large-print = Text cu litere mari
request-access-other = Altceva
request-access-other-label = Spuneți-ne despre orice altceva care v-ar ajuta să folosiți serviciul (opțional)

request-contact-heading = { $who ->
    [someone] Cum poate serviciul să contacteze persoana respectivă?
   *[me] Cum vă poate contacta serviciul?
}
request-contact-lead = { $who ->
    [someone] Pe pagina următoare vă vom întreba când și cum este sigur ca persoana respectivă să fie contactată.
   *[me] Pe pagina următoare vă vom întreba când și cum este sigur ca serviciul să vă contacteze.
}
request-name = { $who ->
    [someone] Ce nume să folosească serviciul pentru persoana respectivă?
   *[me] Ce nume să folosească serviciul pentru dumneavoastră?
}
request-name-hint = Nu este nevoie să fie un nume complet sau real.
request-name-error = Introduceți un nume pe care îl poate folosi serviciul
request-channels = { $who ->
    [someone] În ce moduri poate serviciul să contacteze persoana respectivă?
   *[me] În ce moduri vă poate contacta serviciul?
}
request-channels-error = Alegeți cel puțin un mod de a lua legătura
request-channel-phone = Apel telefonic
request-channel-text = SMS
request-channel-email = E-mail
request-phone = Număr de telefon
request-phone-hint = Pentru apeluri telefonice și SMS-uri. De exemplu, 07700 900 982.
request-phone-missing = Introduceți un număr de telefon sau debifați apelurile telefonice și SMS-urile
request-phone-invalid = Introduceți un număr de telefon în formatul corect, de exemplu 07700 900 982 sau +44 7700 900 982
request-email = Adresă de e-mail
request-email-hint = Doar dacă ați ales mai sus e-mailul.
request-email-missing = Introduceți o adresă de e-mail sau debifați e-mailul
request-email-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

request-safe-contact-heading = Siguranța atunci când serviciul ia legătura
request-safe-contact-lead = { $who ->
    [someone] Serviciul va urma exact aceste instrucțiuni. Gândiți-vă cine altcineva ar putea vedea telefonul sau e-mailurile persoanei respective.
   *[me] Serviciul va urma exact aceste instrucțiuni. Gândiți-vă cine altcineva ar putea vedea telefonul sau e-mailurile dumneavoastră.
}
request-safe-phone = Este sigur ca serviciul să sune la acest număr?
request-safe-text = Este sigur ca serviciul să trimită SMS-uri?
request-safe-email = Este sigur ca serviciul să trimită e-mailuri?
request-safe-times = Când este sigur? (opțional)
request-safe-times-hint = De exemplu, în zilele lucrătoare, între 10:00 și 14:00.
request-safe-voicemail = Poate serviciul să lase un mesaj vocal?
request-safe-voicemail-error = Alegeți dacă serviciul poate lăsa un mesaj vocal
request-safe-say-who = Poate serviciul să spună cine este?
request-safe-say-who-hint-phone = Dacă răspundeți „Nu”, nu vor spune numele serviciului când vă sună sau vă lasă un mesaj vocal.
request-safe-say-who-hint-text = Dacă răspundeți „Nu”, nu vor scrie numele serviciului în mesajele text.
request-safe-say-who-hint-email = Dacă răspundeți „Nu”, nu vor scrie numele serviciului în e-mailuri, nici la expeditor, nici la subiect.
request-safe-say-who-error = Alegeți dacă serviciul poate spune cine este
request-safe-channel-error = Alegeți dacă acest mod de a lua legătura este sigur
request-no-safe-channel = Cel puțin un mod de a lua legătura trebuie să fie sigur. Întoarceți-vă și alegeți alt mod sau sunați în schimb la o linie de ajutor
request-code-word-heading = Un cuvânt-cod
request-code-word = Cuvânt-cod (opțional)
request-code-word-hint = Dacă răspunde altcineva, serviciul va spune de ce sună doar unei persoane care spune acest cuvânt.

request-supporter-heading = Despre dumneavoastră, persoana de sprijin
request-supporter-lead = Serviciul vă poate contacta dacă nu reușește să dea de persoana pe care o sprijiniți. Va încerca întotdeauna mai întâi să contacteze persoana, în modul care este sigur pentru ea.
request-supporter-name = Numele dumneavoastră
request-supporter-name-error = Introduceți numele dumneavoastră
request-supporter-phone = Numărul dumneavoastră de telefon
request-supporter-email = Adresa dumneavoastră de e-mail
request-supporter-contact-error = Introduceți un număr de telefon sau o adresă de e-mail la care vă putem contacta
request-supporter-relationship = De unde o cunoașteți pe această persoană? (opțional)
request-supporter-agreed-legend = Acordul persoanei
request-supporter-agreed = Persoana știe despre această cerere și este de acord cu ea
request-supporter-agreed-error = Confirmați că persoana știe despre această cerere și este de acord cu ea

request-about-heading = Despre dumneavoastră (opțional)
request-about-lead = Aceste întrebări ajută Police and Crime Commissioner – o persoană aleasă prin vot care plătește aici serviciile pentru victime și care nu face parte din poliție – să vadă la care grupuri de persoane nu ajunge sprijinul, ca serviciile să se poată îmbunătăți. Răspunsurile dumneavoastră sunt numărate împreună cu ale tuturor celorlalți și nu sunt arătate niciodată alături de numele dumneavoastră.
request-about-commissioner = Biroul acestei persoane este separat de poliție și vede doar cifre: niciodată o cerere și niciodată răspunsurile unei singure persoane.
request-about-optional = Puteți sări peste oricare dintre ele sau peste toate.
request-about-heading-supporter = Despre persoana pe care o sprijiniți (opțional)
request-about-lead-supporter = Aceste întrebări ajută Police and Crime Commissioner – o persoană aleasă prin vot care plătește aici serviciile pentru victime și care nu face parte din poliție – să vadă la care grupuri de persoane nu ajunge sprijinul, ca serviciile să se poată îmbunătăți. Răspundeți doar cu ceea ce știți și cu ceea ce persoana pe care o sprijiniți este de acord să spună. Răspunsurile sunt numărate împreună cu ale tuturor celorlalți și nu sunt arătate niciodată alături de vreun nume.
equality-gender = Care este genul dumneavoastră?
equality-gender-supporter = Care este genul persoanei pe care o sprijiniți?
equality-gender-woman = Femeie
equality-gender-man = Bărbat
equality-gender-non-binary = Non-binar
equality-gender-other = Altfel
equality-ethnicity = Din ce grup etnic faceți parte?
equality-ethnicity-supporter = Din ce grup etnic face parte persoana pe care o sprijiniți?
equality-ethnicity-asian = Persoană asiatică sau britanică de origine asiatică
equality-ethnicity-black = Persoană de culoare, britanică de culoare, de origine caraibiană sau africană
equality-ethnicity-mixed = Persoană din grupuri etnice mixte sau multiple
equality-ethnicity-white = Persoană albă
equality-ethnicity-other = Alt grup etnic
equality-sexuality = Care dintre acestea descrie cel mai bine orientarea dumneavoastră sexuală?
equality-sexuality-supporter = Care dintre acestea descrie cel mai bine orientarea sexuală a persoanei pe care o sprijiniți?
equality-sexuality-straight = Heterosexuală
equality-sexuality-gay-lesbian = Gay sau lesbiană
equality-sexuality-bisexual = Bisexuală
equality-sexuality-other = Altă orientare sexuală
equality-disability = Vă considerați o persoană cu dizabilități?
equality-disability-supporter = Persoana pe care o sprijiniți se consideră o persoană cu dizabilități?
equality-disability-hint = De exemplu, o afecțiune sau o boală fizică ori psihică ce vă afectează viața de zi cu zi.

request-check-heading = Verificați răspunsurile înainte de trimitere
request-not-answered = Fără răspuns
request-change = Modificați
request-check-safety-title = Contact și siguranță
request-check-about-title = Ce s-a întâmplat
request-check-language-title = Limbă și accesibilitate
request-check-supporter-title = Despre dumneavoastră, persoana de sprijin
request-check-equality-title = Întrebări opționale
request-check-name = Numele de folosit
request-check-contact = Moduri de a lua legătura
request-check-safe-contact = Instrucțiuni de siguranță
request-check-safe-phone = Apelurile telefonice sunt sigure
request-check-unsafe-phone = Nu sunați
request-check-safe-text = SMS-urile sunt sigure
request-check-unsafe-text = Nu trimiteți SMS-uri
request-check-safe-email = E-mailurile sunt sigure
request-check-unsafe-email = Nu trimiteți e-mailuri
request-check-safe-times = Ore sigure: { $times }
request-check-no-voicemail = Nu lăsați mesaje vocale
request-check-no-name = Nu spuneți cine sunteți
request-check-code-word = Cuvânt-cod: { $word }
request-check-safe-now = În siguranță chiar acum
request-check-who = Sprijin pentru
request-check-age = { $who ->
    [someone] Vârsta persoanei
   *[me] Vârsta dumneavoastră
}
request-check-what = Ce s-a întâmplat
request-check-when = Când
request-check-police = Poliția a fost anunțată
request-check-needs = Sprijinul care ar ajuta
request-check-language = Limba
request-check-interpreter = Este nevoie de un interpret
request-check-access = Nevoi de accesibilitate
request-check-supporter = Datele dumneavoastră
request-check-agreed = Persoana știe și este de acord
request-check-send-heading = Acum trimiteți cererea
request-check-goes-to = Cererea dumneavoastră va ajunge la { $service }.
request-check-privacy = Răspunsurile dumneavoastră sunt criptate și le poate citi doar personalul acestui serviciu. Ele sunt șterse după ce serviciul vă închide cererea.
request-consent-legend = Permisiunea de a transmite informațiile
request-consent-me = Sunt de acord ca răspunsurile mele să fie transmise acestui serviciu, ca să mă poată contacta
request-consent-someone = Sunt de acord ca aceste răspunsuri să fie transmise acestui serviciu, iar persoana pe care o sprijin este și ea de acord
request-consent-error = Bifați caseta ca să fiți de acord cu transmiterea răspunsurilor; altfel, puteți părăsi această pagină și nu se va trimite nimic
request-too-many = De la această conexiune au fost trimise mai multe cereri în ultima oră. Vă rugăm să încercați din nou mai târziu sau să sunați la una dintre liniile de ajutor de mai jos.
request-send = Trimiteți cererea

request-done-title = Trimis
request-done-heading = Cerere trimisă
request-done-reference = Numărul dumneavoastră de referință este { $reference }
request-done-next-heading = Ce urmează
request-done-next = { $service } vă va contacta în modul pe care l-ați indicat ca fiind sigur.
request-done-next-within = { $service } vă va contacta în modul pe care l-ați indicat ca fiind sigur. Serviciul își propune să facă acest lucru în { $days } zile lucrătoare.
request-done-safe = Serviciul va urma instrucțiunile dumneavoastră de siguranță. Dacă situația se schimbă sau dacă nu mai este sigur ca serviciul să vă contacteze, sunați la serviciu sau la o linie de ajutor.
request-done-status-account = Puteți vedea în cont ce se întâmplă cu cererea dumneavoastră.
request-done-status-reference = Păstrați numărul de referință într-un loc sigur dacă doriți să întrebați despre cererea dumneavoastră. Nu este nevoie să îl păstrați dacă acest lucru nu este sigur pentru dumneavoastră.
request-done-urgent = Dacă sunteți în pericol acum, sunați la 999.
request-done-others-heading = Alte servicii care v-ar putea ajuta
request-done-others-lead = Puteți contacta și direct aceste servicii. Sunt gratuite.
request-done-meanwhile-heading = Cât timp așteptați
request-done-guides = Citiți ghidurile despre cum să faceți față după o infracțiune

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] Unde locuiește persoana pe care o sprijiniți?
   *[me] Unde locuiți?
}
request-area-hint = Folosim acest lucru doar pentru a alege un serviciu local. Cleveland este format din aceste patru zone.
request-area-postcode = Voi da în schimb prima parte a codului poștal
request-area-outside = Undeva în afara Cleveland
request-postcode = Prima parte a codului poștal (doar dacă ați ales asta mai sus)
request-postcode-hint = De exemplu, TS10. Îl folosim doar pentru a găsi zona și nu îl păstrăm.
request-area-error = Alegeți unde locuiți sau că preferați să nu spuneți
request-postcode-missing = Introduceți prima parte a codului poștal, de exemplu TS10, sau alegeți o zonă
request-postcode-invalid = Introduceți prima parte a unui cod poștal, de exemplu TS10, sau alegeți o zonă
request-postcode-spans = Acest cod poștal acoperă mai multe zone. Alegeți zona în schimb
request-check-area = { $who ->
    [someone] Unde locuiește
   *[me] Unde locuiți
}
request-signpost-heading = Unde puteți cere ajutor
request-signpost-outside = Acest site poate trimite cereri doar către servicii din Cleveland (Hartlepool, Middlesbrough, Redcar and Cleveland și Stockton-on-Tees), așa că nu am trimis nimic. Serviciile de mai jos vă pot ajuta oriunde locuiți. Linia de sprijin Victim Support vă poate spune și despre sprijinul din apropiere.
request-signpost-none = Niciunul dintre serviciile locale de aici nu poate primi o astfel de cerere pentru o persoană de această vârstă, așa că nu am trimis nimic. Serviciile de mai jos vă pot ajuta și le puteți contacta singur.
request-signpost-services = Vă puteți schimba răspunsurile folosind linkul Înapoi.
