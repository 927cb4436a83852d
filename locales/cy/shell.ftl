# Draft translation: not yet checked by a fluent Welsh speaker.

product-name = Waymark
page-title = { $page } – Waymark

skip-to-main = Neidio i'r prif gynnwys
exit-this-page = Gadael y dudalen hon
exit-this-page-hint = Neu pwyswch Shift 3 gwaith
language-switcher-label = Dewiswch iaith

footer-urgent = Mewn perygl nawr? Ffoniwch 999. Os na allwch siarad, ffoniwch 999 a phwyso 55 pan ofynnir i chi.
footer-links-heading = Gwybodaeth am y wefan hon
footer-staying-safe = Cadw'n ddiogel ar-lein
footer-privacy = Preifatrwydd
footer-accessibility = Hygyrchedd
footer-cookies = Cwcis
footer-independent = Mae Waymark yn annibynnol ar yr heddlu. Gallwch ei ddefnyddio p'un a ydych chi wedi dweud wrth unrhyw un am yr hyn a ddigwyddodd ai peidio.

not-found-title = Heb ddod o hyd i'r dudalen
not-found-heading = Heb ddod o hyd i'r dudalen
not-found-body = Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os dilynoch chi ddolen, efallai fod y dudalen wedi symud.
not-found-home = Mynd i'r dudalen gychwyn
