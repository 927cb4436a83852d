# Draft translation: not yet checked by a fluent Welsh speaker.
# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = Sefydliadau partner
partners-refer-link = Atgyfeirio rhywun gyda'u cytundeb
partners-organisations-title = Sefydliadau partner
partners-organisations-heading = Sefydliadau partner
partners-organisations-lead = Sefydliadau y caiff eu gweithwyr atgyfeirio pobl at wasanaethau drwy Waymark, a'r gwasanaethau y caiff pob un atgyfeirio atyn nhw. Mae eu gweithwyr yn mewngofnodi gyda dau ffactor fel pob aelod o staff, a dim ond yn gweld a yw eu hatgyfeiriadau eu hunain wedi dod i law, ar y gweill neu wedi cau.
partners-organisations-caption = Sefydliadau partner cofrestredig
partners-organisations-none = Does dim sefydliadau wedi'u cofrestru eto.
partners-organisation-name = Enw'r sefydliad
partners-organisation-kind = Math o sefydliad
partners-organisation-services = Gwasanaethau y caiff atgyfeirio atyn nhw
partners-organisation-services-hint = Dewiswch bob un sy'n berthnasol. Dydy atgyfeiriadau a fyddai'n mynd at unrhyw wasanaeth arall ddim yn cael eu hanfon.
partners-organisation-workers = Gweithwyr
partners-organisation-actions = Camau
partners-invite-worker-for = Gwahodd gweithiwr o { $name }
partners-register-heading = Cofrestru sefydliad
partners-register-button = Cofrestru'r sefydliad
partners-name-error = Rhowch enw
partners-kind-error = Dewiswch y math o sefydliad
partners-services-error = Dewiswch o leiaf un gwasanaeth y caiff atgyfeirio ato

partners-kind-gp-practice = Meddygfa
partners-kind-health = Gwasanaeth iechyd arall
partners-kind-school = Ysgol neu goleg
partners-kind-housing = Darparwr tai
partners-kind-council = Gwasanaeth cyngor
partners-kind-community-group = Grŵp cymunedol neu wirfoddol
partners-kind-police = Heddlu
partners-kind-other = Arall

partners-invite-title = Gwahodd gweithiwr
partners-invite-heading = Gwahodd gweithiwr o { $name }
partners-invite-lead = Byddan nhw'n cael dolen untro i ddewis eu manylion mewngofnodi a gosod ap dilysu. Yna gallan nhw atgyfeirio pobl at wasanaethau'r sefydliad hwn a gweld cynnydd eu hatgyfeiriadau eu hunain, a dim byd arall.
partners-worker-display-name = Eu henw llawn
partners-invite-button = Creu dolen gofrestru
partners-link-title = Dolen gofrestru
partners-link-lead = Anfonwch y ddolen hon at { $name } o { $organisation } mewn ffordd ddiogel. Maen nhw'n ei defnyddio i osod eu mewngofnodi.
partners-link-back = Yn ôl at sefydliadau partner

partners-professional-heading = Amdanoch chi
partners-professional-lead = Rydych chi'n atgyfeirio rhywun am gymorth fel gweithiwr sefydliad partner. Efallai y bydd y gwasanaeth yn cysylltu â chi am yr atgyfeiriad.
partners-worker-name = Eich enw
partners-worker-role = Eich swydd
partners-worker-role-hint = Er enghraifft, nyrs practis neu swyddog tai
partners-worker-phone = Eich rhif ffôn gwaith
partners-worker-email = Eich cyfeiriad e-bost gwaith
partners-worker-name-error = Rhowch eich enw
partners-worker-contact-error = Rhowch rif ffôn gwaith neu gyfeiriad e-bost

partners-agreement-heading = Cytundeb y person
partners-agreement-lead = Dim ond atgyfeirio rhywun sydd wedi cytuno i hynny. Cofnodwch pryd a sut y gwnaethon nhw gytuno, a beth y gwnaethon nhw gytuno y caiff ei rannu gyda'r gwasanaeth.
partners-agreed-when = Pryd wnaethon nhw gytuno?
partners-agreed-today = Heddiw
partners-agreed-week = Yn ystod y 7 diwrnod diwethaf
partners-agreed-earlier = Yn gynharach
partners-agreed-how = Sut wnaethon nhw gytuno?
partners-agreed-in-person = Wyneb yn wyneb
partners-agreed-phone = Ar y ffôn
partners-agreed-video = Ar alwad fideo
partners-agreed-writing = Yn ysgrifenedig
partners-shared = Beth wnaethon nhw gytuno y caiff ei rannu?
partners-shared-hint = Dewiswch bob un sy'n berthnasol. Does dim yn cael ei anfon oni bai eu bod wedi cytuno i'r atgyfeiriad.
partners-shared-referral = Cael eu hatgyfeirio, a'r gwasanaeth yn cysylltu â nhw
partners-shared-what-happened = Beth ddigwyddodd
partners-shared-needs = Beth fyddai'n eu helpu
partners-shared-access = Eu hanghenion iaith a mynediad
partners-agreement-note = Ble mae eu cytundeb wedi'i gofnodi? (dewisol)
partners-agreement-note-hint = Er enghraifft, nodyn yn eich cofnodion eich hun. Peidiwch â chynnwys eu henw.
partners-agreed-when-error = Dewiswch pryd y gwnaethon nhw gytuno
partners-agreed-how-error = Dewiswch sut y gwnaethon nhw gytuno
partners-shared-error = Dim ond atgyfeirio rhywun a gytunodd i'r atgyfeiriad: dewiswch "Cael eu hatgyfeirio, a'r gwasanaeth yn cysylltu â nhw"

partners-check-title = Atgyfeiriad gan sefydliad partner
partners-check-worker = Wedi'i atgyfeirio gan
partners-check-agreement = Eu cytundeb
partners-check-shared = Fe wnaethon nhw gytuno i rannu
partners-consent = Rydw i'n cadarnhau eu bod wedi cytuno i'r atgyfeiriad hwn ac i'r hyn sy'n cael ei rannu, fel y'i cofnodwyd uchod

partners-not-allowed-title = Does dim modd anfon yr atgyfeiriad hwn
partners-not-allowed-service = O'r hyn a ddywedoch chi, byddai'r atgyfeiriad hwn yn mynd at { $service }, ond dydy { $organisation } ddim wedi'i gofrestru i atgyfeirio at y gwasanaeth hwnnw. Does dim wedi'i anfon.
partners-not-allowed-none = O'r hyn a ddywedoch chi, does dim un gwasanaeth y caiff eich sefydliad atgyfeirio ato yn gallu derbyn yr atgyfeiriad hwn. Does dim wedi'i anfon.
partners-not-allowed-nothing-sent = Gallwch chi newid eich atebion, neu roi manylion gwasanaeth i'r person y gall gysylltu ag ef ei hun. Gall y comisiynydd ychwanegu gwasanaethau y caiff eich sefydliad atgyfeirio atyn nhw.
partners-not-allowed-others = Gwasanaethau y gall y person gysylltu â nhw
partners-not-allowed-directory = Gweld pob gwasanaeth

partners-done-title = Atgyfeiriad wedi'i anfon
partners-done-next = Bydd { $service } yn cysylltu â'r person yn y ffordd maen nhw'n dweud sy'n ddiogel.
partners-done-status = Gallwch chi weld ar dudalen eich cyfrif a yw wedi dod i law, ar y gweill neu wedi cau. Fyddwch chi ddim yn gweld dim byd arall amdano.
partners-done-account = Mynd i'ch cyfrif
partners-done-another = Atgyfeirio rhywun arall

partners-from-partner = O sefydliad partner: { $organisation }

partners-status-received = Wedi dod i law
partners-status-in-progress = Ar y gweill
partners-status-closed = Wedi cau
