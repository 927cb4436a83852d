# Draft translation: not yet checked by a fluent Welsh speaker.
# Dilyn cais heb gyfrif: y cynnig ar y dudalen gadarnhau, y cyfrinymadrodd a ddangosir unwaith, a'r dudalen lle
# mae'r cyfeirnod a'r cyfrinymadrodd yn dangos statws niwtral y cais.

follow-offer-heading = Gwirio eich cais yn nes ymlaen
follow-offer-lead = Gallwch gadw ffordd o wirio eich cais heb gyfrif: eich cyfeirnod a chyfrinymadrodd rydyn ni'n ei wneud i chi nawr. Dim ond unwaith y dangosir y cyfrinymadrodd.
follow-offer-safety = Gwnewch hyn dim ond os gallwch eu cadw rywle diogel. Gall unrhyw un sydd â'r ddau weld a yw'r gwasanaeth wedi cysylltu.
follow-offer-button = Gwneud cyfrinymadrodd

follow-kept-title = Eich cyfrinymadrodd
follow-kept-heading = Cadwch y rhain i wirio eich cais
follow-kept-lead = Ysgrifennwch eich cyfeirnod a'ch cyfrinymadrodd, neu cadwch nhw rywle dim ond chi all eu gweld.
follow-reference = Cyfeirnod
follow-passphrase = Cyfrinymadrodd
follow-kept-once = Dim ond unwaith y dangosir y cyfrinymadrodd hwn. Allwn ni ddim ei ddangos eto na dweud wrthych beth oedd e.
follow-kept-safety = Does dim rhaid i chi ei gadw os nad yw hynny'n ddiogel. Mae eich cais wedi'i anfon beth bynnag.
follow-kept-replace = Os gwnewch gyfrinymadrodd arall ar y dudalen hon, bydd yr un hwn yn stopio gweithio.
follow-kept-where = Gwirio eich cais

follow-start-link = Gwirio cais rydych wedi'i anfon

follow-status-title = Gwirio cais
follow-status-heading = Gwirio cais
follow-status-lead = Rhowch y cyfeirnod a'r cyfrinymadrodd a gawsoch pan anfonoch eich cais.
follow-reference-hint = 8 llythyren a rhif, er enghraifft K7QM-2XPD
follow-passphrase-hint = 16 llythyren a rhif mewn grwpiau o bedwar
follow-status-button = Gwirio
follow-status-no-passphrase = Os na wnaethoch gyfrinymadrodd, neu os ydych wedi'i golli, cysylltwch â'r gwasanaeth neu mewngofnodwch i'r cyfrif y gwnaethoch anfon y cais ohono.
follow-reference-missing = Rhowch eich cyfeirnod
follow-passphrase-missing = Rhowch eich cyfrinymadrodd
follow-no-match = Nid yw'r cyfeirnod a'r cyfrinymadrodd yn cyfateb i gais. Gwiriwch nhw a rhowch gynnig arall arni.
follow-too-many = Gormod o ymdrechion. Arhoswch ychydig funudau a rhowch gynnig arall arni.
follow-status-found-heading = Eich cais
follow-status-safety = Bydd y gwasanaeth yn cysylltu â chi yn y ffordd a ddywedoch sy'n ddiogel. Os bydd pethau'n newid, neu os nad yw'n ddiogel cysylltu â chi mwyach, ffoniwch nhw neu linell gymorth.
follow-status-again-heading = Gwirio cais arall
