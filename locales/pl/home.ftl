# Draft translation: not yet checked by a fluent Polish speaker.
# Strona główna i ramki z pomocą, które pojawiają się też na innych stronach.
# (The home page and the help boxes it shares with other pages.)

home-title = Strona główna
home-heading = Wsparcie po przestępstwie, we własnym tempie
home-lead = Waymark to bezpłatne i prywatne miejsce dla wszystkich osób dotkniętych przestępstwem oraz dla osób, które je wspierają. Można z niego korzystać niezależnie od tego, czy sprawa została zgłoszona na policję.

urgent-heading = Jeśli jest Pan/Pani teraz w niebezpieczeństwie
urgent-999 = Proszę zadzwonić pod numer 999 i poprosić o policję (po angielsku: „police”).
urgent-silent = Jeśli nie może Pan/Pani mówić, proszę zadzwonić pod numer 999, wysłuchać pytań, a potem zakaszleć albo postukać w telefon. Dzwoniąc z telefonu komórkowego, proszę nacisnąć 55, gdy padnie taka prośba (po angielsku). Dzięki temu operator wie, że to prawdziwe wezwanie alarmowe.
urgent-text = Osoby głuche, niedosłyszące lub z zaburzeniami mowy mogą wysłać SMS pod numer 999. Najpierw trzeba się zarejestrować, zanim będzie to potrzebne: proszę wysłać słowo register pod numer 999.
urgent-relay = Jeśli korzysta Pan/Pani z telefonu tekstowego (textphone) albo z aplikacji Relay UK, proszę dzwonić pod numer 18000. Relay UK służy do pisania i czytania, a nie do języka migowego.
urgent-bsl = Jeśli posługuje się Pan/Pani brytyjskim językiem migowym (British Sign Language, BSL), można zadzwonić pod numer 999 przez bezpłatną aplikację lub stronę internetową 999 BSL.

home-guides-heading = Samopomoc we własnym tempie
home-guides-body = Krótkie poradniki o tym, jak przestępstwo może wpływać na człowieka, co dzieje się dalej i co może pomóc, razem z ćwiczeniami do wypróbowania. Do ich czytania nie jest potrzebne konto.
home-guides-link = Przeczytaj poradniki
home-check-in-link = Nie wie Pan/Pani, od czego zacząć? Kilka pytań pomoże wybrać
home-police-heading = Nie trzeba zgłaszać się na policję
home-police-body = Organizacje wspierające osoby dotknięte przestępstwem są niezależne od policji. Można otrzymać od nich pomoc bez zgłaszania tego, co się stało, i bez podawania imienia i nazwiska, jeśli Pan/Pani tego nie chce. Później nadal można zdecydować się na zgłoszenie.
home-request-link = Prośba o kontakt od organizacji pomocowej – w sposób bezpieczny dla Pana/Pani
home-services-link = Lokalne i krajowe organizacje, z którymi można skontaktować się samodzielnie
home-report-hate-link = Zgłoś incydent z nienawiści bez zgłaszania się na policję, z imieniem lub anonimowo
home-police-immigration = Każda osoba dotknięta przestępstwem może otrzymać wsparcie, niezależnie od statusu imigracyjnego.

home-talk-heading = Rozmowa z kimś już teraz
home-talk-body = Te krajowe telefony zaufania są bezpłatne i poufne. Zwykle nie przekazują nikomu tego, co się im powie, chyba że Pan/Pani o to poprosi albo komuś grozi poważne niebezpieczeństwo.
help-now-local = Zobacz lokalne służby pomagające w przemocy domowej i jak się z nimi skontaktować

helpline-victim-support = Victim Support Supportline (linia wsparcia dla osób dotkniętych przestępstwem)
helpline-victim-support-about = Dla każdego, kogo dotknęło jakiekolwiek przestępstwo, niedawno lub w przeszłości.
helpline-domestic-abuse = National Domestic Abuse Helpline (krajowy telefon w sprawie przemocy domowej)
helpline-domestic-abuse-about = Dla osób doświadczających przemocy domowej i dla osób, które martwią się o kogoś.
helpline-rape-crisis = Rape Crisis 24/7 Support Line (całodobowa linia wsparcia po gwałcie i przemocy seksualnej)
helpline-rape-crisis-about = Dla osób w wieku od 16 lat, dotkniętych gwałtem, wykorzystywaniem seksualnym lub jakąkolwiek formą przemocy seksualnej.
helpline-mens-advice = Men's Advice Line (porady dla mężczyzn)
helpline-mens-advice-about = Dla mężczyzn doświadczających przemocy domowej.
helpline-galop = Galop LGBT+ Domestic Abuse Helpline (telefon dla osób LGBT+ doświadczających przemocy domowej)
helpline-galop-about = Dla lesbijek, gejów oraz osób biseksualnych, transpłciowych i queer, które doświadczają przemocy.
helpline-samaritans = Samaritans
helpline-samaritans-about = Dla każdego, komu trudno sobie poradzić i kto potrzebuje, żeby ktoś go wysłuchał.
helpline-childline = Childline
helpline-childline-about = Dla dzieci i młodzieży poniżej 19 lat.
helpline-hours-always = Czynne całą dobę, codziennie.
helpline-hours-weekdays = Czynne w dni robocze. Godziny można sprawdzić na ich stronie internetowej.
helpline-hours-check = Godziny otwarcia można sprawdzić na ich stronie internetowej.

home-private-heading = Jak zachować prywatność wizyty
home-private-exit = Aby szybko opuścić tę stronę, proszę użyć przycisku „Opuść tę stronę” na górze każdej strony albo nacisnąć 3 razy klawisz Shift. Strona zniknie i otworzy się strona z prognozą pogody.
home-private-link = Jak zachować bezpieczeństwo w internecie
