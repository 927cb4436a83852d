# Draft translation: not yet checked by a fluent Welsh speaker.
# Shared by every form.

error-summary-title = Mae problem
error-prefix = Gwall:
warning-prefix = Rhybudd
banner-success = Llwyddiant
banner-important = Pwysig
back = Yn ôl
continue = Parhau
page-title-error = Gwall: { $page } – Waymark
