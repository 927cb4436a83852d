# Draft translation: not yet checked by a fluent Romanian speaker.
# Urmărirea unei cereri fără cont: oferta de pe pagina de confirmare, fraza secretă arătată o singură dată și
# pagina unde referința și fraza secretă arată starea neutră a cererii.

follow-offer-heading = Verificarea cererii mai târziu
follow-offer-lead = Puteți păstra o modalitate de a vă verifica cererea fără cont: referința și o frază secretă pe care o creăm acum pentru dumneavoastră. Fraza secretă este afișată o singură dată.
follow-offer-safety = Faceți asta doar dacă le puteți păstra într-un loc sigur. Oricine le are pe amândouă poate vedea dacă serviciul v-a contactat.
follow-offer-button = Creați o frază secretă

follow-kept-title = Fraza dumneavoastră secretă
follow-kept-heading = Păstrați-le pentru a vă verifica cererea
follow-kept-lead = Notați referința și fraza secretă sau păstrați-le undeva unde doar dumneavoastră le puteți vedea.
follow-reference = Referință
follow-passphrase = Frază secretă
follow-kept-once = Această frază secretă este afișată o singură dată. Nu o putem afișa din nou și nici nu vă putem spune care a fost.
follow-kept-safety = Nu trebuie să o păstrați dacă nu este sigur. Cererea dumneavoastră a fost trimisă oricum.
follow-kept-replace = Dacă creați o altă frază secretă pe această pagină, aceasta nu va mai funcționa.
follow-kept-where = Verificați cererea

follow-start-link = Verificați o cerere pe care ați trimis-o

follow-status-title = Verificați o cerere
follow-status-heading = Verificați o cerere
follow-status-lead = Introduceți referința și fraza secretă primite când ați trimis cererea.
follow-reference-hint = 8 litere și cifre, de exemplu K7QM-2XPD
follow-passphrase-hint = 16 litere și cifre, în grupuri de câte patru
follow-status-button = Verificați
follow-status-no-passphrase = Dacă nu ați creat o frază secretă sau ați pierdut-o, contactați serviciul sau conectați-vă la contul din care ați trimis cererea.
follow-reference-missing = Introduceți referința
follow-passphrase-missing = Introduceți fraza secretă
follow-no-match = Referința și fraza secretă nu corespund unei cereri. Verificați-le și încercați din nou.
follow-too-many = Prea multe încercări. Așteptați câteva minute și încercați din nou.
follow-status-found-heading = Cererea dumneavoastră
follow-status-safety = Serviciul vă va contacta în modul pe care l-ați indicat ca sigur. Dacă lucrurile se schimbă sau nu mai este sigur să fiți contactat(ă), sunați-i pe ei sau o linie de asistență.
follow-status-again-heading = Verificați o altă cerere
