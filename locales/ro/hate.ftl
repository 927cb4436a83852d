# Draft translation: not yet checked by a fluent Romanian speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = Vi s-a întâmplat dumneavoastră sau ați văzut ori auzit ce s-a întâmplat?
hate-lead-not-police = Puteți spune unui serviciu de raportare care nu este poliția despre ura cu care v-ați confruntat sau pe care ați văzut-o. Este ură dacă cineva a fost vizat din cauza a ceea ce este sau a ceea ce s-a crezut că este.
hate-lead-anonymous = Nu trebuie să vă dați numele. Raportul ajunge la poliție doar dacă spuneți că poate.
hate-role-victim = Mi s-a întâmplat mie
hate-role-witness = Am văzut sau am auzit cum i s-a întâmplat altcuiva
hate-role-error = Alegeți dacă vi s-a întâmplat dumneavoastră sau ați fost martor

hate-incident = Ce s-a întâmplat?
hate-incident-hint = Spuneți ce s-a făcut sau s-a spus, cu propriile cuvinte. Nu includeți numele nimănui decât dacă doriți.
hate-incident-error = Spuneți-ne ce s-a întâmplat

hate-area = Unde s-a întâmplat?
hate-area-hint = Doar zona: nu cerem niciodată o adresă.

hate-strands = De ce credeți că s-a întâmplat?
hate-strands-hint = Alegeți tot ce se potrivește: din cauza … cuiva
hate-strand-race = Rasei, etniei sau naționalității
hate-strand-religion = Religiei sau convingerilor
hate-strand-sexual-orientation = Orientării sexuale
hate-strand-disability = Dizabilității
hate-strand-transgender = Faptului că este o persoană transgender
hate-strand-other = Altceva
hate-strands-error = Alegeți cel puțin un motiv

hate-support = Doriți să vă contacteze pentru sprijin?
hate-support-yes = Da, contactați-mă
hate-support-yes-hint = Vă vom întreba cum și când este sigur să vă contacteze.
hate-support-no = Nu, vreau să rămân anonim(ă)
hate-support-no-hint = Nu vă vom cere numele și nici cum să vă contactăm.
hate-support-error = Alegeți dacă doriți să fiți contactat(ă)

hate-police = Pot transmite raportul dumneavoastră poliției?
hate-police-hint = Vor face doar ce alegeți aici.
hate-police-yes = Da, cu datele mele
hate-police-facts = Doar ce s-a întâmplat, fără nimic care m-ar putea identifica
hate-police-no = Nu, nu spuneți poliției
hate-police-error = Alegeți dacă pot transmite raportul dumneavoastră poliției

hate-check-title = Raportul dumneavoastră
hate-check-role = Cine raportează
hate-check-incident = Ce s-a întâmplat
hate-check-area = Unde s-a întâmplat
hate-check-strands = De ce s-a întâmplat
hate-check-police = Transmiterea către poliție
hate-check-support = Contact
hate-check-anonymous = Anonim: fără contact
hate-consent = Sunt de acord ca raportul meu să fie trimis acestui serviciu

hate-done-title = Raport trimis
hate-done-next = { $service } a primit raportul dumneavoastră. Dacă ați cerut să fiți contactat(ă), vă vor contacta în modul pe care l-ați indicat ca fiind sigur.
hate-done-police = Îl vor transmite poliției doar în modul pe care l-ați ales.

hate-returns-by-strand = Rapoarte despre incidente motivate de ură, după motiv
hate-returns-by-strand-note = Un raport poate indica mai multe motive, așa că aceste rânduri nu se adună la total.

hate-from-report = Raport despre un incident motivat de ură
