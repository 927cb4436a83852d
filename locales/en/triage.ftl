# The triage console for staff of services that receive requests, the audit log and the commissioner's report.

triage-title = Requests
triage-queue-heading = Requests for support
triage-queue-caption = Requests for support, urgent first, then newest first
triage-queue-empty = There are no requests here.
triage-filter-label = Filter by status
triage-all = All
triage-reference = Reference
triage-received = Received
triage-what = What happened
triage-age = Age
triage-from = Made by
triage-self = The person themselves
triage-by-supporter = A supporter, with the person's agreement
triage-status = Status
triage-assigned = Assigned to
triage-unassigned = Not assigned
triage-assigned-to-you = Assigned to you
triage-assigned-to = Assigned to { $name }
triage-urgent = Urgent
triage-urgent-first = Urgent requests come first: the person is not safe now or not sure, it is still happening, or they asked for crisis support.
triage-report-link = Report for the commissioner
triage-audit-link = Audit log

triage-status-new = New
triage-status-in-contact = In contact
triage-status-supported = Being supported
triage-status-closed = Closed
triage-status-transferred = Transferred

triage-received-on = Received { $date }
triage-open-lead = Opening this request shows the person's details. It is recorded in the request's history, with your name and the time.
triage-open-button = Open this request
triage-safety-heading = Before you make contact
triage-safety-supporter = This request was made by a supporter. Contact the person first, in the ways below; contact the supporter only if you cannot reach them.
triage-contact-heading = Who to contact
triage-details-heading = About the request
triage-actions-heading = Actions
triage-assign-to-me = Assign to me
triage-status-legend = Status
triage-status-error = Choose a status
triage-note-label = Add a note (optional)
triage-note-hint = Notes are kept with the request and seen only by your service.
triage-update-save = Save status and note
triage-update-nothing = Choose a different status or write a note
triage-note-error = Write a note to save
triage-transfer-legend = Transfer to another service
triage-transfer-reason = Why are you transferring it?
triage-transfer-save = Transfer
triage-transfer-service-error = Choose the service to transfer to
triage-transfer-reason-error = Give a reason for the transfer
triage-saved = Saved.
triage-transferred = Request transferred. It is now in the other service's queue.
triage-history-heading = History
triage-history-system = The portal
triage-event-received = Received and sent to { $service }
triage-event-viewed = Viewed
triage-views =
    { $count ->
        [one] Opened once
       *[other] Opened { $count } times
    }, last by { $name } at { $when }.
triage-event-assigned = Assigned
triage-event-status = Status changed to { $status }
triage-event-note = Note added
triage-event-transferred = Transferred to { $service }

triage-audit-title = Audit log
triage-audit-heading = Audit log
triage-audit-lead = Every time a request was received, viewed or changed, newest first. Notes are not shown here.
triage-audit-when = When
triage-audit-service = Service
triage-audit-who = Who
triage-audit-what = What

triage-report-title = Report
triage-report-heading = Requests for support: report
triage-report-lead = Counts of requests made through the portal, for the police and crime commissioner. Nothing here identifies anyone: counts from 1 to 4 are shown as "fewer than 5".
triage-report-period = Period
triage-report-days = Last { $days } days
triage-report-total = { $count ->
    [one] 1 request in this period
   *[other] { $count } requests in this period
}
triage-report-csv = Download as CSV
triage-report-answer = Answer
triage-report-count = Requests
triage-report-fewer = Fewer than 5
triage-report-by-crime = What happened (a request can have several answers)
triage-report-by-service = Receiving service
triage-report-service = { $name }
triage-report-by-age = Age
triage-report-by-who = Made by

account-requests-heading = Your requests for support
account-requests-caption = Requests you have sent, newest first
account-requests-reference = Reference
account-requests-sent = Sent
account-requests-service = Service
account-requests-status = Status
account-request-received = Received. They will contact you in the way you said is safe.
account-request-in-progress = The service is in touch with you
account-request-closed = Closed
account-staff-queue = Open your service's requests

staff-team-link = Staff accounts
staff-team-title = Staff accounts
staff-team-heading = Staff accounts
staff-team-lead = A disabled account cannot sign in and its sessions end at once. Accounts are never deleted, so what each person did stays in the audit log under their name.
staff-team-name = Name
staff-team-role = Role
staff-team-standing = Account
staff-team-action = Change
staff-standing-invited = Invited, not yet enrolled
staff-standing-active = Active
staff-standing-disabled = Disabled
staff-disable = Disable
staff-enable = Enable again
staff-log-heading = Staff account log
staff-log-lead = Enrolments, sign-ins, failed sign-ins, new authenticators and recovery codes, and accounts disabled or enabled, newest first. No addresses or other personal details are kept.
staff-log-by = By
staff-event-enrolled = Enrolled
staff-event-signed-in = Signed in
staff-event-sign-in-failed = Failed sign-in
staff-event-authenticator-reset = New authenticator set up
staff-event-recovery-codes-replaced = New recovery codes made
staff-event-disabled = Account disabled
staff-event-enabled = Account enabled again

# Teams and roles
staff-role-caseworker = Caseworker
staff-role-manager = Service manager
staff-role-commissioner = Commissioner
staff-role-operator = Site administrator
staff-role-caseworker-hint = Works on the service's requests.
staff-role-manager-hint = Works on requests, and also manages the staff accounts and reads the audit log of the service.
staff-role-commissioner-hint = Reads figures across every service. Never sees requests or anyone's details.
staff-role-operator-hint = Manages the staff accounts of every service.
staff-event-invited = Invited with an enrolment link
staff-event-reinvited = Sign-in reset and a new enrolment link made
staff-event-made-manager = Made a service manager
staff-event-made-caseworker = Made a caseworker
staff-team-action-for = { $action }: { $name }
staff-new-link = New enrolment link
staff-reset = Reset sign-in
staff-make-manager = Make manager
staff-make-caseworker = Make caseworker
staff-never-signed-in = Not yet
staff-team-every-service = Every service
staff-invite-link = Invite someone
staff-team-service = Service
staff-team-last-sign-in = Last signed in
staff-invite-title = Invite someone
staff-invite-heading = Invite someone to the team
staff-invite-lead = You will get a link that works once, for 24 hours. Give it to them yourself: they use it to choose their sign-in details and set up an authenticator.
staff-invite-name = Their name
staff-invite-name-hint = As colleagues will see it in the queue and the audit log.
staff-invite-role = What will they do?
staff-invite-service = Which service do they work for?
staff-invite-service-hint = Not needed for a commissioner.
staff-invite-submit = Make an enrolment link
staff-invite-name-error = Enter their name
staff-invite-role-error = Select what they will do
staff-invite-service-error = Select the service they work for
staff-last-manager-error = The service needs at least one manager who can sign in. Make someone else a manager first.
staff-link-title = Enrolment link
staff-link-heading = Enrolment link made
staff-link-lead = Give this link to { $name } yourself, in a way only they can read. They use it to choose their sign-in details and set up an authenticator.
staff-link-lead-reset = The sign-in details and authenticator of { $name } no longer work and their sessions have ended. Give them this link yourself, in a way only they can read, to set up new ones.
staff-link-label = Enrolment link
staff-link-expires = It works once, until { $when } (UK time).
staff-link-once = This link is not shown again. If it is lost, make a new one from the staff accounts page.
staff-link-back = Back to staff accounts
