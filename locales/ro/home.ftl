# Draft translation: not yet checked by a fluent Romanian speaker.
# Pagina de start și casetele de ajutor pe care le împarte cu alte pagini.

home-title = Acasă
home-heading = Sprijin după o infracțiune, în ritmul dumneavoastră
home-lead = Waymark este un loc gratuit și privat pentru oricine a fost afectat de o infracțiune și pentru persoanele care îl sprijină. Îl puteți folosi indiferent dacă ați anunțat sau nu poliția.

urgent-heading = Dacă sunteți în pericol acum
urgent-999 = Sunați la 999 și cereți poliția.
urgent-silent = Dacă nu puteți vorbi, sunați la 999, ascultați întrebările, apoi tușiți sau bateți ușor în telefon. Dacă sunați de pe un telefon mobil, apăsați 55 când vi se cere. Așa află operatorul că este o urgență reală.
urgent-text = Dacă sunteți surd, aveți probleme de auz sau de vorbire, puteți trimite SMS la 999. Trebuie să vă înregistrați înainte să aveți nevoie: trimiteți cuvântul register la 999.
urgent-relay = Dacă folosiți un telefon text (textphone) sau aplicația Relay UK, sunați la 18000. Relay UK este pentru scris și citit, nu pentru limba semnelor.
urgent-bsl = Dacă folosiți limba semnelor britanică (British Sign Language, BSL), puteți suna la 999 prin aplicația sau site-ul gratuit 999 BSL.

home-guides-heading = Ajutor pe cont propriu, când aveți timp
home-guides-body = Ghiduri scurte despre cum vă poate afecta o infracțiune, ce se întâmplă în continuare și ce v-ar putea ajuta, cu exerciții pe care le puteți încerca. Nu aveți nevoie de un cont ca să le citiți.
home-guides-link = Citiți ghidurile
home-check-in-link = Nu știți de unde să începeți? Răspundeți la câteva întrebări
home-police-heading = Nu este obligatoriu să mergeți la poliție
home-police-body = Serviciile de sprijin pentru persoanele afectate de infracțiuni sunt separate de poliție. Puteți primi ajutor de la ele fără să raportați ce s-a întâmplat și fără să vă spuneți numele, dacă nu doriți. Puteți decide și mai târziu să raportați.
home-request-link = Cereți unui serviciu de sprijin să vă contacteze, în modul care este sigur pentru dumneavoastră
home-services-link = Vedeți serviciile locale și naționale pe care le puteți contacta direct
home-report-hate-link = Raportați un incident motivat de ură fără să mergeți la poliție, cu sau fără numele dumneavoastră
home-police-immigration = Oricine a fost afectat de o infracțiune poate primi sprijin, indiferent de statutul său de imigrare.

home-talk-heading = Vorbiți cu cineva acum
home-talk-body = Aceste linii telefonice naționale de ajutor sunt gratuite și confidențiale. De obicei, ele nu transmit mai departe ce le spuneți, decât dacă le cereți acest lucru sau dacă cineva este în pericol grav.
help-now-local = Vedeți serviciile locale pentru violență domestică și cum le puteți contacta

helpline-victim-support = Victim Support Supportline (linia de sprijin pentru victimele infracțiunilor)
helpline-victim-support-about = Pentru oricine a fost afectat de orice infracțiune, recentă sau din trecut.
helpline-domestic-abuse = National Domestic Abuse Helpline (linia națională pentru violență domestică)
helpline-domestic-abuse-about = Pentru oricine trăiește violență domestică și pentru persoanele îngrijorate pentru cineva.
helpline-rape-crisis = Rape Crisis 24/7 Support Line (linie de sprijin non-stop pentru victimele violenței sexuale)
helpline-rape-crisis-about = Pentru oricine are 16 ani sau mai mult și a fost afectat de viol, abuz sexual sau orice formă de violență sexuală.
helpline-mens-advice = Men's Advice Line (linie de consiliere pentru bărbați)
helpline-mens-advice-about = Pentru bărbații care trăiesc violență domestică.
helpline-galop = Galop LGBT+ Domestic Abuse Helpline (linie pentru persoanele LGBT+ care trăiesc violență domestică)
helpline-galop-about = Pentru persoanele lesbiene, gay, bisexuale, trans și queer care trăiesc abuzuri.
helpline-samaritans = Samaritans
helpline-samaritans-about = Pentru oricine trece printr-o perioadă grea și are nevoie de cineva care să asculte.
helpline-childline = Childline
helpline-childline-about = Pentru copii și tineri sub 19 ani.
helpline-hours-always = Program: zi și noapte, în fiecare zi.
helpline-hours-weekdays = Program: în zilele lucrătoare. Verificați orele pe site-ul lor.
helpline-hours-check = Verificați programul pe site-ul lor.

home-private-heading = Cum să vă păstrați vizita privată
home-private-exit = Dacă trebuie să părăsiți repede acest site, folosiți butonul „Ieșiți de pe această pagină” din partea de sus a fiecărei pagini sau apăsați de 3 ori tasta Shift. Pagina va dispărea și se va deschide un site despre vreme.
home-private-link = Cum să rămâneți în siguranță pe internet
