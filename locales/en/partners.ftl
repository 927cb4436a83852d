# Partner organisations: the commissioner registers them and invites their workers; a worker refers someone
# with their recorded agreement (the professionals' journey at /refer). Titles stay neutral.

partners-organisations-link = Partner organisations
partners-refer-link = Refer someone with their agreement
partners-organisations-title = Partner organisations
partners-organisations-heading = Partner organisations
partners-organisations-lead = Organisations whose workers may refer people to services through Waymark, and the services each may refer to. Their workers sign in with two factors like all staff and see only whether their own referrals were received, are in progress or are closed.
partners-organisations-caption = Registered partner organisations
partners-organisations-none = No organisations are registered yet.
partners-organisation-name = Name of the organisation
partners-organisation-kind = Kind of organisation
partners-organisation-services = Services it may refer to
partners-organisation-services-hint = Choose all that apply. Referrals that would go to any other service are not sent.
partners-organisation-workers = Workers
partners-organisation-actions = Actions
partners-invite-worker-for = Invite a worker of { $name }
partners-register-heading = Register an organisation
partners-register-button = Register organisation
partners-name-error = Enter a name
partners-kind-error = Choose the kind of organisation
partners-services-error = Choose at least one service it may refer to

partners-kind-gp-practice = GP practice
partners-kind-health = Other health service
partners-kind-school = School or college
partners-kind-housing = Housing provider
partners-kind-council = Council service
partners-kind-community-group = Community or voluntary group
partners-kind-police = Police
partners-kind-other = Other

partners-invite-title = Invite a worker
partners-invite-heading = Invite a worker of { $name }
partners-invite-lead = They will get a one-time link to choose their sign-in details and set up an authenticator app. They can then refer people to this organisation's services and see the progress of their own referrals, nothing else.
partners-worker-display-name = Their full name
partners-invite-button = Create enrolment link
partners-link-title = Enrolment link
partners-link-lead = Send this link to { $name } of { $organisation } in a secure way. They use it to set up their sign-in.
partners-link-back = Back to partner organisations

partners-professional-heading = About you
partners-professional-lead = You are referring someone for support as a worker of a partner organisation. The service may contact you about the referral.
partners-worker-name = Your name
partners-worker-role = Your role
partners-worker-role-hint = For example, practice nurse or housing officer
partners-worker-phone = Your work phone number
partners-worker-email = Your work email address
partners-worker-name-error = Enter your name
partners-worker-contact-error = Enter a work phone number or email address

partners-agreement-heading = The person's agreement
partners-agreement-lead = Only refer someone who has agreed to it. Record when and how they agreed, and what they agreed may be shared with the service.
partners-agreed-when = When did they agree?
partners-agreed-today = Today
partners-agreed-week = In the last 7 days
partners-agreed-earlier = Longer ago
partners-agreed-how = How did they agree?
partners-agreed-in-person = In person
partners-agreed-phone = On the phone
partners-agreed-video = On a video call
partners-agreed-writing = In writing
partners-shared = What did they agree may be shared?
partners-shared-hint = Choose all that apply. Nothing is sent unless they agreed to the referral.
partners-shared-referral = Being referred, and being contacted by the service
partners-shared-what-happened = What happened
partners-shared-needs = What would help them
partners-shared-access = Their language and access needs
partners-agreement-note = Where is their agreement recorded? (optional)
partners-agreement-note-hint = For example, a note in your own records. Do not include their name.
partners-agreed-when-error = Choose when they agreed
partners-agreed-how-error = Choose how they agreed
partners-shared-error = Only refer someone who agreed to the referral: choose "Being referred, and being contacted by the service"

partners-check-title = Referral from a partner organisation
partners-check-worker = Referred by
partners-check-agreement = Their agreement
partners-check-shared = They agreed to share
partners-consent = I confirm they agreed to this referral and to what is shared, as recorded above

partners-not-allowed-title = This referral cannot be sent
partners-not-allowed-service = From what you told us, this referral would go to { $service }, but { $organisation } is not registered to refer to that service. Nothing has been sent.
partners-not-allowed-none = From what you told us, no service your organisation may refer to can take this referral. Nothing has been sent.
partners-not-allowed-nothing-sent = You can change your answers, or give the person the details of a service they can contact themselves. The commissioner can add services your organisation may refer to.
partners-not-allowed-others = Services the person can contact
partners-not-allowed-directory = See every service

partners-done-title = Referral sent
partners-done-next = { $service } will contact the person in the way they said is safe.
partners-done-status = You can see whether it has been received, is in progress or is closed on your account page. You will not see anything else about it.
partners-done-account = Go to your account
partners-done-another = Refer someone else

partners-from-partner = From a partner organisation: { $organisation }

partners-status-received = Received
partners-status-in-progress = In progress
partners-status-closed = Closed
