# Draft translation: not yet checked by a fluent Welsh speaker.
# The commissioner's return: fixed ended periods, counts only.

returns-title = Ffurflenni ar gyfer y comisiynydd
returns-lead = Ffigurau ar gyfer pob mis a chwarter calendr (amser Llundain) sydd wedi dod i ben. Does dim byd mewn ffurflen yn adnabod unigolyn.
returns-months = Misoedd
returns-quarters = Chwarteri
returns-month = { $month } { $year }
returns-quarter = { $first } i { $last } { $year }
returns-method = Caiff cyfrifon o 1 i 4 eu cuddio a'u dangos fel [c]. Fel na ellir cyfrifo cyfrif cudd drwy dynnu o gyfanswm, caiff rhagor o gyfrifon (y lleiaf o'r lleill yn yr un rhes neu golofn, neu gyfanswm) eu cuddio hefyd, nes na ellir cyfrifo dim un. Dangosir 0.
returns-no-equality = Nid yw'r atebion cydraddoldeb wedi'u cynnwys: maen nhw'n cael eu cadw wedi'u hamgryptio gyda chais pob unigolyn, ac nid yw ffurflen byth yn agor manylion unigolyn.
returns-csv = Lawrlwytho fel CSV
returns-json = Lawrlwytho fel JSON
returns-hidden-mark = [c]
returns-total = Cyfanswm
returns-received = Ceisiadau a ddaeth i law
returns-contacted-in-promise = Cysylltwyd o fewn yr addewid
returns-no-promise = Dim addewid cysylltu wedi'i gofnodi
returns-supported = Wedi'u cefnogi
returns-closed = Wedi'u cau
returns-closed-improved = Wedi'u cau gyda chanlyniad gwell
returns-by-service = Yn ôl y gwasanaeth sy'n derbyn
returns-service = { $name }
returns-by-crime = Yn ôl beth ddigwyddodd
returns-by-crime-note = Gall cais enwi mwy nag un drosedd, felly does dim cyfansymiau yn y tabl hwn.
returns-by-age = Yn ôl oed
returns-by-area = Yn ôl ardal
returns-area = { $area }
returns-not-recorded = Heb ei gofnodi
returns-outcomes = Canlyniadau anghenion a gaewyd yn y cyfnod
returns-outcomes-note = A oedd yr unigolyn yn gallu ymdopi ac adfer yn well, ar gyfer pob angen a gofnodwyd, pan gaewyd ei gais.
returns-needs-closed = Anghenion wedi'u cau
returns-feedback = Adborth a roddwyd yn y cyfnod
returns-answered = Pobl a atebodd
