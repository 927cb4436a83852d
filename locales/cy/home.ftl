# Draft translation: not yet checked by a fluent Welsh speaker.
# The home page and the help boxes it shares with other pages.

home-title = Hafan
home-heading = Cymorth ar ôl trosedd, yn eich amser eich hun
home-lead = Mae Waymark yn lle rhad ac am ddim a phreifat i unrhyw un y mae trosedd wedi effeithio arno, ac i'r bobl sy'n eu cefnogi. Gallwch chi ei ddefnyddio p'un a ydych chi wedi dweud wrth yr heddlu ai peidio.

urgent-heading = Os ydych chi mewn perygl nawr
urgent-999 = Ffoniwch 999 a gofyn am yr heddlu.
urgent-silent = Os na allwch chi siarad, ffoniwch 999, gwrandewch ar y cwestiynau, ac yna pesychwch neu tapiwch y ffôn. Ar ffôn symudol, pwyswch 55 pan ofynnir i chi. Mae hyn yn dweud wrthyn nhw ei fod yn argyfwng go iawn.
urgent-text = Os ydych chi'n Fyddar, yn drwm eich clyw neu â nam ar y lleferydd, gallwch chi anfon neges destun at 999. Rhaid i chi gofrestru yn gyntaf, cyn bod ei angen: anfonwch y gair register at 999.
urgent-relay = Os ydych chi'n defnyddio ffôn testun neu ap Relay UK, ffoniwch 18000. Mae Relay UK ar gyfer teipio a darllen, nid iaith arwyddion.
urgent-bsl = Os ydych chi'n defnyddio Iaith Arwyddion Prydain (BSL), gallwch chi ffonio 999 drwy ap neu wefan 999 BSL, sydd am ddim.

home-guides-heading = Helpu eich hun, yn eich amser eich hun
home-guides-body = Canllawiau byr am sut gall trosedd effeithio arnoch chi, beth sy'n digwydd nesaf a beth allai helpu, gydag ymarferion i roi cynnig arnyn nhw. Does dim angen cyfrif arnoch chi i'w darllen.
home-guides-link = Darllen y canllawiau
home-check-in-link = Ddim yn siŵr ble i ddechrau? Atebwch ychydig o gwestiynau
home-police-heading = Does dim rhaid i chi fynd at yr heddlu
home-police-body = Mae gwasanaethau cymorth i bobl y mae trosedd wedi effeithio arnyn nhw ar wahân i'r heddlu. Gallwch chi gael help ganddyn nhw heb roi gwybod i'r heddlu am yr hyn a ddigwyddodd, a heb roi eich enw os nad ydych chi eisiau. Gallwch chi benderfynu rhoi gwybod i'r heddlu yn nes ymlaen o hyd.
home-request-link = Gofyn i wasanaeth cymorth gysylltu â chi, yn y ffordd sy'n ddiogel i chi
home-services-link = Gweld gwasanaethau lleol a chenedlaethol y gallwch chi gysylltu â nhw eich hun
home-report-hate-link = Rhoi gwybod am ddigwyddiad casineb heb fynd at yr heddlu, gyda'ch enw neu hebddo
home-police-immigration = Gall pawb y mae trosedd wedi effeithio arnyn nhw gael cymorth, beth bynnag yw eu statws mewnfudo.

home-talk-heading = Siarad â rhywun nawr
home-talk-body = Mae'r llinellau cymorth cenedlaethol hyn am ddim ac yn gyfrinachol. Fel arfer, fyddan nhw ddim yn rhannu'r hyn rydych chi'n ei ddweud wrthyn nhw, oni bai eich bod chi'n gofyn iddyn nhw wneud hynny neu fod rhywun mewn perygl difrifol.
help-now-local = Gweld y gwasanaethau lleol ar gyfer cam-drin domestig a sut i gysylltu â nhw

helpline-victim-support = Victim Support Supportline (llinell gymorth Cymorth i Ddioddefwyr)
helpline-victim-support-about = I unrhyw un y mae unrhyw drosedd wedi effeithio arno, yn ddiweddar neu yn y gorffennol.
helpline-domestic-abuse = National Domestic Abuse Helpline (Llinell Gymorth Genedlaethol Cam-drin Domestig)
helpline-domestic-abuse-about = I unrhyw un sy'n profi cam-drin domestig, ac i bobl sy'n poeni am rywun.
helpline-rape-crisis = Rape Crisis 24/7 Support Line (llinell gymorth 24/7 Rape Crisis)
helpline-rape-crisis-about = I unrhyw un 16 oed neu hŷn y mae treisio, cam-drin rhywiol neu unrhyw fath o drais rhywiol wedi effeithio arno.
helpline-mens-advice = Men's Advice Line (llinell gyngor i ddynion)
helpline-mens-advice-about = I ddynion sy'n profi cam-drin domestig.
helpline-galop = Galop LGBT+ Domestic Abuse Helpline (llinell gymorth cam-drin domestig LHDT+)
helpline-galop-about = I bobl lesbiaidd, hoyw, deurywiol, traws a chwiar sy'n profi camdriniaeth.
helpline-samaritans = Samaritans
helpline-samaritans-about = I unrhyw un sy'n cael trafferth ymdopi ac sydd angen rhywun i wrando.
helpline-childline = Childline
helpline-childline-about = I blant a phobl ifanc o dan 19 oed.
helpline-hours-always = Ar agor ddydd a nos, bob dydd.
helpline-hours-weekdays = Ar agor ar ddiwrnodau'r wythnos. Gwiriwch yr amseroedd ar eu gwefan.
helpline-hours-check = Gwiriwch yr oriau agor ar eu gwefan.

home-private-heading = Cadw eich ymweliad yn breifat
home-private-exit = Os oes angen i chi adael y wefan hon yn gyflym, defnyddiwch y botwm Gadael y dudalen hon ar frig pob tudalen, neu pwyswch y fysell Shift 3 gwaith. Bydd y dudalen yn diflannu a bydd gwefan tywydd yn agor.
home-private-link = Sut i gadw'n ddiogel ar-lein
