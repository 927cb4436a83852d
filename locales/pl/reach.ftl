# Reaching the people support reaches least: BSL video, the BSL page, being contacted in BSL, help for under-16s.

bsl-none = Ten poradnik nie ma jeszcze nagrania w brytyjskim języku migowym.
bsl-hosted-here = To nagranie jest przechowywane na tej stronie. Nic nie jest wczytywane z innych miejsc. Ma angielskie napisy.
bsl-captions-label = Napisy angielskie
bsl-download = Pobierz nagranie w BSL
bsl-page-how-guides = Gdy poradnik ma nagranie w BSL, znajduje się ono na początku pierwszej strony poradnika, z angielskimi napisami i tekstem tego, co jest migane. Nagranie jest przechowywane na tej stronie, więc nic nie jest wczytywane z innych miejsc, i można je pobrać.
bsl-page-deaf-services = Zobacz organizacje dla osób głuchych, w tym organizacje osób głuchych w okolicy
request-access-bsl-video-relay = Brytyjski język migowy (BSL) przez połączenie wideo z tłumaczem
request-contact-bsl = Wybrano brytyjski język migowy. Organizacja użyje poniższych danych, aby umówić kontakt w BSL, z tłumaczem albo przez połączenie wideo z tłumaczem.
under-16-local = W Cleveland niektóre lokalne organizacje pomagają też młodym ludziom. Na przykład Arch wspiera osoby w każdym wieku po wykorzystaniu seksualnym lub napaści seksualnej.
under-16-local-link = Zobacz lokalne organizacje dla młodych ludzi
