# Following a request without an account: the offer on the confirmation page, the passphrase shown once, and
# the page where the reference and passphrase show the request's neutral status.

follow-offer-heading = Checking on your request later
follow-offer-lead = You can keep a way to check on your request without an account: your reference and a passphrase we make for you now. The passphrase is shown only once.
follow-offer-safety = Only do this if you can keep them somewhere safe. Anyone who has both can see whether the service has been in touch.
follow-offer-button = Make a passphrase

follow-kept-title = Your passphrase
follow-kept-heading = Keep these to check on your request
follow-kept-lead = Write down your reference and passphrase, or keep them somewhere only you can see.
follow-reference = Reference
follow-passphrase = Passphrase
follow-kept-once = This passphrase is shown only once. We cannot show it again or tell you what it was.
follow-kept-safety = You do not need to keep it if that is not safe. Your request has been sent either way.
follow-kept-replace = If you make another passphrase on this page, this one stops working.
follow-kept-where = Check on your request

follow-start-link = Check on a request you have sent

follow-status-title = Check on a request
follow-status-heading = Check on a request
follow-status-lead = Enter the reference and the passphrase you were given when you sent your request.
follow-reference-hint = 8 letters and numbers, for example K7QM-2XPD
follow-passphrase-hint = 16 letters and numbers in groups of four
follow-status-button = Check
follow-status-no-passphrase = If you did not make a passphrase, or have lost it, contact the service or sign in to the account you sent the request from.
follow-reference-missing = Enter your reference
follow-passphrase-missing = Enter your passphrase
follow-no-match = The reference and passphrase do not match a request. Check them and try again.
follow-too-many = Too many attempts. Wait a few minutes and try again.
follow-status-found-heading = Your request
follow-status-safety = The service will contact you in the way you said is safe. If things change, or it is no longer safe to contact you, call them or a helpline.
follow-status-again-heading = Check another request
