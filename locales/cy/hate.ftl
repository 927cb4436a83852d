# Draft translation: not yet checked by a fluent Welsh speaker.
# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = Ddigwyddodd hyn i chi, neu a wnaethoch chi ei weld neu ei glywed?
hate-lead-not-police = Gallwch chi ddweud wrth wasanaeth adrodd nad yw'n rhan o'r heddlu am gasineb rydych chi wedi'i wynebu neu ei weld. Casineb yw e os cafodd rhywun ei dargedu oherwydd pwy ydyn nhw neu pwy roedd pobl yn meddwl oedden nhw.
hate-lead-anonymous = Does dim rhaid i chi roi eich enw. Dim ond os ydych chi'n dweud y caiff fynd y bydd yr adroddiad yn mynd at yr heddlu.
hate-role-victim = Digwyddodd i mi
hate-role-witness = Gwelais i neu clywais i'r peth yn digwydd i rywun arall
hate-role-error = Dewiswch a ddigwyddodd hyn i chi neu a wnaethoch chi ei weld

hate-incident = Beth ddigwyddodd?
hate-incident-hint = Dywedwch beth gafodd ei wneud neu ei ddweud, yn eich geiriau eich hun. Peidiwch â chynnwys enw neb oni bai eich bod chi eisiau.
hate-incident-error = Dywedwch wrthyn ni beth ddigwyddodd

hate-area = Ble ddigwyddodd e?
hate-area-hint = Yr ardal yn unig: dydyn ni byth yn gofyn am gyfeiriad.

hate-strands = Pam rydych chi'n meddwl iddo ddigwydd?
hate-strands-hint = Dewiswch bob un sy'n berthnasol: oherwydd … rhywun
hate-strand-race = Hil, ethnigrwydd neu genedligrwydd
hate-strand-religion = Crefydd neu gred
hate-strand-sexual-orientation = Cyfeiriadedd rhywiol
hate-strand-disability = Anabledd
hate-strand-transgender = Bod yn drawsryweddol
hate-strand-other = Rhywbeth arall
hate-strands-error = Dewiswch o leiaf un rheswm

hate-support = Hoffech chi iddyn nhw gysylltu â chi am gymorth?
hate-support-yes = Hoffwn, cysylltwch â fi
hate-support-yes-hint = Byddwn ni'n gofyn sut a phryd mae'n ddiogel cysylltu â chi.
hate-support-no = Na, rydw i eisiau aros yn ddienw
hate-support-no-hint = Fyddwn ni ddim yn gofyn am eich enw na sut i gysylltu â chi.
hate-support-error = Dewiswch a hoffech chi i rywun gysylltu â chi

hate-police = Gawn nhw roi eich adroddiad i'r heddlu?
hate-police-hint = Fyddan nhw ond yn gwneud yr hyn rydych chi'n ei ddewis yma.
hate-police-yes = Ie, gyda fy manylion
hate-police-facts = Dim ond beth ddigwyddodd, heb ddim a allai fy adnabod i
hate-police-no = Na, peidiwch â dweud wrth yr heddlu
hate-police-error = Dewiswch a gân nhw roi eich adroddiad i'r heddlu

hate-check-title = Eich adroddiad
hate-check-role = Pwy sy'n adrodd
hate-check-incident = Beth ddigwyddodd
hate-check-area = Ble ddigwyddodd e
hate-check-strands = Pam ddigwyddodd e
hate-check-police = Ei roi i'r heddlu
hate-check-support = Cysylltu
hate-check-anonymous = Dienw: dim cysylltiad
hate-consent = Rydw i'n cytuno i'm hadroddiad gael ei anfon at y gwasanaeth hwn

hate-done-title = Adroddiad wedi'i anfon
hate-done-next = Mae eich adroddiad gan { $service }. Os gofynnoch chi iddyn nhw gysylltu â chi, byddan nhw'n gwneud hynny yn y ffordd rydych chi'n dweud sy'n ddiogel.
hate-done-police = Fyddan nhw ond yn ei roi i'r heddlu yn y ffordd a ddewisoch chi.

hate-returns-by-strand = Adroddiadau am ddigwyddiadau casineb yn ôl rheswm
hate-returns-by-strand-note = Gall adroddiad roi mwy nag un rheswm, felly dydy'r rhesi hyn ddim yn adio i'r cyfanswm.

hate-from-report = Adroddiad am ddigwyddiad casineb
