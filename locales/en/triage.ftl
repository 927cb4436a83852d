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
staff-role-admin = Administrator
staff-role-staff = Staff
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
