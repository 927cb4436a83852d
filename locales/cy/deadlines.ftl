# Draft translation: not yet checked by a fluent Welsh speaker.
# Contact deadlines and the alerts emailed to a service's shared inbox (nothing personal).

weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = Wedi dod i law. Maen nhw wedi dweud y byddan nhw'n cysylltu â chi erbyn { $date }, yn y ffordd y dywedoch chi sy'n ddiogel.

triage-due = Cysylltu erbyn
triage-due-today = Erbyn heddiw
triage-overdue = Hwyr
triage-due-none = Heb ei osod
triage-due-first = O fewn hynny, mae ceisiadau sy'n aros am gysylltiad wedi'u rhestru yn ôl pryd mae angen cysylltu.
triage-alerts-failing = { $count ->
    [one] Nid yw 1 rhybudd i fewnflwch eich gwasanaeth wedi'i anfon eto
   *[other] Nid yw { $count } rhybudd i fewnflwch eich gwasanaeth wedi'u hanfon eto
}: methodd yr ymgais olaf ar { $date }. Mae Waymark yn dal i geisio; os yw hyn yn parhau, gofynnwch i bwy bynnag sy'n rhedeg Waymark wirio'r gosodiadau post.

alert-arrived-subject = Mae cais am gymorth yn aros
alert-arrived-body = Mae cais newydd am gymorth yn aros yn rhestr eich gwasanaeth.
    Cyfeirnod: { $reference }
    Mewngofnodwch i'w weld: { $link }
    Nid yw'r e-bost hwn yn dweud dim arall yn fwriadol. Peidiwch ag ateb.
alert-transferred-subject = Mae cais am gymorth wedi'i drosglwyddo i chi
alert-transferred-body = Mae gwasanaeth arall wedi trosglwyddo cais am gymorth i restr eich gwasanaeth.
    Cyfeirnod: { $reference }
    Mewngofnodwch i'w weld: { $link }
    Nid yw'r e-bost hwn yn dweud dim arall yn fwriadol. Peidiwch ag ateb.
alert-overdue-subject = Mae cais am gymorth wedi mynd heibio'i ddyddiad cysylltu
alert-overdue-body = Mae cais am gymorth yn rhestr eich gwasanaeth wedi mynd heibio'r dyddiad y dywedodd eich gwasanaeth y byddai'n cysylltu erbyn.
    Cyfeirnod: { $reference }
    Mewngofnodwch i'w weld: { $link }
    Nid yw'r e-bost hwn yn dweud dim arall yn fwriadol. Peidiwch ag ateb.
