# Draft translation: not yet checked by a fluent Welsh speaker.
# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = Neidio i'r prif gynnwys
exit-this-page = Gadael y dudalen hon
exit-this-page-hint = Neu pwyswch Shift 3 gwaith
language-switcher-label = Dewiswch iaith

footer-urgent = Mewn perygl nawr? Ffoniwch 999. Os na allwch chi siarad ar ffôn symudol, pwyswch 55 pan ofynnir i chi.
footer-links-heading = Gwybodaeth am y wefan hon
footer-staying-safe = Cadw'n ddiogel ar-lein
footer-bsl = Iaith Arwyddion Prydain (BSL)
footer-privacy = Preifatrwydd
footer-accessibility = Hygyrchedd
footer-cookies = Cwcis
footer-independent = Mae Waymark yn annibynnol ar yr heddlu. Gallwch chi ei ddefnyddio p'un a ydych chi wedi dweud wrth unrhyw un am yr hyn a ddigwyddodd ai peidio.

not-found-title = Heb ddod o hyd i'r dudalen
not-found-heading = Heb ddod o hyd i'r dudalen
not-found-body = Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os dilynoch chi ddolen, efallai fod y dudalen wedi symud.
not-found-home = Mynd i'r dudalen gychwyn

cross-site-title = Ni anfonwyd y ffurflen
cross-site-heading = Chafodd eich ffurflen ddim ei hanfon
cross-site-body = Daeth y ffurflen o wefan arall, felly wnaethon ni ddim ei derbyn. Mae hyn yn eich diogelu rhag gwefannau sy'n ceisio gwneud pethau yn eich enw chi. Os gwnaethoch chi lenwi ffurflen ar y wefan hon, ewch yn ôl ati a'i hanfon eto.

server-error-title = Mae'n ddrwg gennym, mae problem
server-error-heading = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
server-error-body = Rhowch gynnig arall arni yn nes ymlaen. Mae unrhyw beth roeddech chi wedi'i gadw eisoes yn ddiogel.
server-error-urgent = Os oes angen help arnoch chi nawr, ffoniwch Supportline Victim Support (Cymorth i Ddioddefwyr) am ddim ar 08 08 16 89 111, neu ffoniwch 999 mewn argyfwng.
