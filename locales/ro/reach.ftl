# Reaching the people support reaches least: BSL video, the BSL page, being contacted in BSL, help for under-16s.

bsl-none = Acest ghid nu are încă un videoclip în limba semnelor britanică.
bsl-hosted-here = Acest videoclip este păstrat pe acest site. Nu se încarcă nimic din alte locuri. Are subtitrări în engleză.
bsl-captions-label = Subtitrări în engleză
bsl-download = Descărcați videoclipul în BSL
bsl-page-how-guides = Când un ghid are un videoclip în BSL, îl găsiți în partea de sus a primei pagini a ghidului, cu subtitrări în engleză și cu textul scris a ceea ce se semnează. Videoclipul este păstrat pe acest site, deci nu se încarcă nimic din alte locuri, și îl puteți descărca.
bsl-page-deaf-services = Vedeți serviciile pentru persoanele surde, inclusiv organizații ale persoanelor surde din apropiere
request-access-bsl-video-relay = Limba semnelor britanică (BSL), printr-un apel video cu interpret
request-contact-bsl = Ați cerut limba semnelor britanică. Serviciul va folosi datele de mai jos ca să stabilească un contact în BSL, cu un interpret sau printr-un apel video cu interpret.
under-16-local = În Cleveland, unele servicii locale ajută și tinerii. De exemplu, Arch sprijină persoane de orice vârstă după abuz sexual sau agresiune sexuală.
under-16-local-link = Vedeți serviciile locale pentru tineri
