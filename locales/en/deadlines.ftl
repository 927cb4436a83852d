# Contact deadlines (the queue's marking, the referrer's expected date) and the alerts emailed to a service's
# shared inbox. Alerts go to staff and say nothing personal: only that something is waiting, its reference and
# where to sign in.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
# A date with its day of the week, for example "Tuesday 8 December".
date-weekday = { $weekday } { $day } { $month }

account-request-contact-by = Received. They have said they will contact you by { $date }, in the way you said is safe.

triage-due = Contact due
triage-due-today = Due today
triage-overdue = Overdue
triage-due-none = Not set
triage-due-first = Within that, requests waiting for contact are listed by when contact is due.
triage-alerts-failing = { $count ->
    [one] 1 alert to your service's inbox has not been sent yet
   *[other] { $count } alerts to your service's inbox have not been sent yet
}: the last attempt failed on { $date }. Waymark keeps trying; if this stays, ask whoever runs Waymark to check the mail settings.

alert-arrived-subject = A request for support is waiting
alert-arrived-body = A new request for support is waiting in your service's queue.
    Reference: { $reference }
    Sign in to see it: { $link }
    This email says nothing else on purpose. Please do not reply to it.
alert-transferred-subject = A request for support has been passed to you
alert-transferred-body = A request for support has been passed to your service's queue by another service.
    Reference: { $reference }
    Sign in to see it: { $link }
    This email says nothing else on purpose. Please do not reply to it.
alert-overdue-subject = A request for support is past its contact date
alert-overdue-body = A request for support in your service's queue has passed its contact date: the promise your service declared, or two working days where it declared none.
    Reference: { $reference }
    Sign in to see it: { $link }
    This email says nothing else on purpose. Please do not reply to it.
