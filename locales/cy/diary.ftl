# Draft translation: not yet checked by a fluent Welsh speaker.
# The private diary.

nav-diary = Eich dyddiadur

diary-title = Dyddiadur
diary-heading = Eich dyddiadur
diary-lead = Lle preifat i nodi sut rydych chi'n teimlo a beth sy'n helpu. Dim ond chi sy'n gallu ei ddarllen.
diary-lead-supporter = Lle preifat i nodi sut rydych chi wrth gefnogi rhywun, a beth sy'n eich helpu chi. Mae gofalu amdanoch chi eich hun yn bwysig hefyd. Dim ond chi sy'n gallu ei ddarllen.
diary-write = Ysgrifennu cofnod
diary-views-label = Ffyrdd o edrych ar eich dyddiadur
diary-progress-link = Eich cynnydd
diary-timeline-link = Llinell amser
diary-print-link = Argraffu neu gadw fel PDF
diary-export-link = Lawrlwytho eich dyddiadur
diary-empty = Dydych chi ddim wedi ysgrifennu dim byd eto. Bydd y cofnodion rydych chi'n eu hysgrifennu, a'r myfyrdodau rydych chi'n eu cadw o'r canllawiau, yn ymddangos yma.
diary-newer = Cofnodion mwy newydd
diary-older = Cofnodion hŷn
diary-pages-label = Tudalennau o gofnodion
diary-page-of = Tudalen { $page } o { $pages }
diary-privacy-heading = Pwy sy'n gallu darllen eich dyddiadur
diary-privacy-body = Mae eich dyddiadur wedi'i gloi gyda'ch cyfrinair. Does neb arall yn gallu ei ddarllen, gan gynnwys y bobl sy'n rhedeg y wefan hon. Os byddwch chi'n colli eich cyfrinair a'ch codau adfer hefyd, does dim modd adfer eich dyddiadur.
diary-delete-all-link = Dileu eich dyddiadur cyfan
diary-entry-unreadable = Doedd dim modd agor y cofnod hwn. Efallai ei fod wedi'i ddifrodi. Gallwch chi ei ddileu.
diary-entry-helped = Beth wnaeth helpu:
diary-entry-source = Wedi'i gadw o'r canllaw: { $guide }
diary-edit-link = Golygu
diary-delete-entry-link = Dileu
diary-cancel = Canslo
diary-back = Yn ôl i'ch dyddiadur

diary-new-title = Ysgrifennu cofnod
diary-edit-title = Golygu cofnod
diary-date-legend = Dyddiad
diary-date-hint = Er enghraifft, 27 3 2026
diary-feeling-legend = Sut rydych chi'n teimlo?
diary-feeling-hint = Dewiswch rif o 1 i 10. Mae 1 yn golygu isel iawn, ac mae 10 yn golygu da iawn.
feeling-1 = 1 – isel iawn
feeling-10 = 10 – da iawn
feeling-score = { $score ->
    [1] isel iawn
    [2] isel iawn
    [3] isel
    [4] isel
    [5] yn y canol
    [6] yn y canol
    [7] eithaf da
    [8] eithaf da
    [9] da iawn
   *[10] da iawn
}
diary-text-label = Beth hoffech chi ei ysgrifennu? (dewisol)
diary-text-hint = Beth ddigwyddodd, sut rydych chi'n teimlo, unrhyw beth sydd ar eich meddwl.
diary-text-hint-supporter = Sut rydych chi, sut mae eu cefnogi nhw'n mynd, unrhyw beth ar eich meddwl.
diary-helped-legend = Beth wnaeth helpu? (dewisol)
diary-helped-hint = Ticiwch unrhyw beth a helpodd heddiw.
diary-own-tags-label = Unrhyw beth arall a helpodd? (dewisol)
diary-own-tags-hint = Rhowch goma rhwng pethau gwahanol.
diary-save = Cadw'r cofnod
diary-error-date-missing = Rhowch ddyddiad y cofnod
diary-error-date-invalid = Rhaid i'r dyddiad fod yn ddyddiad go iawn, fel 27 3 2026
diary-error-date-future = All y dyddiad ddim bod yn y dyfodol
diary-error-feeling = Dewiswch rif o 1 i 10 i ddangos sut rydych chi'n teimlo
diary-error-text-long = Ysgrifennwch { $max } nod neu lai
diary-error-tags = Ychwanegwch hyd at 10 peth, gyda hyd at 40 nod yr un
diary-saved = Mae eich cofnod wedi'i gadw.
diary-updated = Mae eich cofnod wedi'i ddiweddaru.
diary-deleted-entry = Mae'r cofnod wedi'i ddileu.

helped-talking = Siarad â rhywun
helped-family-friends = Teulu neu ffrindiau
helped-support-service = Gwasanaeth cymorth
helped-sleep = Cwsg
helped-rest = Gorffwys
helped-exercise = Ymarfer corff neu fynd am dro
helped-outdoors = Amser yn yr awyr agored
helped-breathing = Ymarfer anadlu
helped-routine = Cadw at drefn
helped-writing = Ysgrifennu pethau i lawr
helped-creative = Rhywbeth creadigol
helped-faith = Ffydd neu weddi

diary-delete-entry-title = Dileu cofnod
diary-delete-entry-heading = Dileu eich cofnod o { $date }?
diary-delete-entry-body = Does dim modd dadwneud hyn.
diary-delete-entry-button = Dileu'r cofnod

diary-progress-title = Eich cynnydd
diary-progress-heading = Eich cynnydd
diary-progress-empty = Pan fyddwch chi wedi ysgrifennu rhai cofnodion, bydd siart o sut rydych chi wedi bod yn teimlo yn ymddangos yma.
diary-chart-title = Sut rydych chi wedi bod yn teimlo
diary-chart-description = { $count ->
    [zero] { $count } cofnod
    [one] 1 cofnod
    [two] { $count } gofnod
    [few] { $count } chofnod
    [many] { $count } chofnod
   *[other] { $count } cofnod
} rhwng { $start } a { $end }, pob un wedi'i farcio o 1 (isel iawn) i 10 (da iawn). Mae'r un ffigurau yn y tabl isod.
diary-chart-caption = Gorau po uchaf. Mae pob dot yn un cofnod.
diary-helped-heading = Beth sydd wedi helpu amlaf
diary-helped-none = Pan fyddwch chi'n nodi beth helpodd yn eich cofnodion, bydd y pethau sy'n eich helpu amlaf yn cael eu rhestru yma.
diary-helped-count = { $count ->
    [zero] { $count } cofnod
    [one] 1 cofnod
    [two] { $count } gofnod
    [few] { $count } chofnod
    [many] { $count } chofnod
   *[other] { $count } cofnod
}
diary-table-heading = Eich cofnodion mewn rhifau
diary-table-caption = Sut roeddech chi'n teimlo, fesul cofnod
diary-table-date = Dyddiad
diary-table-feeling = Teimlad (1 i 10)

diary-timeline-title = Llinell amser y dyddiadur
diary-timeline-heading = Llinell amser

diary-print-title = Dyddiadur i'w argraffu
diary-print-heading = Eich dyddiadur
diary-print-body = Defnyddiwch yr opsiwn Argraffu (Print) yn eich porwr i argraffu'r dudalen hon neu i'w chadw fel PDF, er enghraifft i'w rhannu â chwnselydd neu weithiwr achos. Meddyliwch am ble rydych chi'n cadw'r copi.

diary-delete-all-title = Dileu eich dyddiadur
diary-delete-all-heading = Dileu eich dyddiadur cyfan
diary-delete-all-warning = Bydd pob cofnod yn cael ei ddileu ar unwaith. Does dim modd dadwneud hyn. Efallai yr hoffech chi lawrlwytho eich dyddiadur yn gyntaf.
diary-delete-all-confirm = Rydw i'n deall y bydd fy nyddiadur yn cael ei ddileu
diary-delete-all-button = Dileu fy nyddiadur
diary-delete-all-error = Ticiwch y blwch i gadarnhau eich bod chi eisiau dileu eich dyddiadur
diary-deleted-title = Dyddiadur wedi'i ddileu
diary-deleted-heading = Mae eich dyddiadur wedi'i ddileu
diary-locked-body = I agor eich dyddiadur, allgofnodwch a mewngofnodwch eto. Dim ond unwaith mae hyn yn digwydd, ar ôl diweddariad i'r ffordd mae dyddiaduron yn cael eu cadw'n ddiogel.

month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = Ionawr
month-alone-2 = Chwefror
month-alone-3 = Mawrth
month-alone-4 = Ebrill
month-alone-5 = Mai
month-alone-6 = Mehefin
month-alone-7 = Gorffennaf
month-alone-8 = Awst
month-alone-9 = Medi
month-alone-10 = Hydref
month-alone-11 = Tachwedd
month-alone-12 = Rhagfyr
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
