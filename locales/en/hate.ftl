# Reporting a hate incident or crime to a third-party reporting service rather than the police (/report).
# Titles stay neutral.

hate-role = Did this happen to you, or did you see or hear it?
hate-lead-not-police = You can tell a reporting service that is not the police about hate you have faced or seen. It is hate if someone was targeted because of who they are or who they were thought to be.
hate-lead-anonymous = You do not have to give your name. The report only goes to the police if you say it may.
hate-role-victim = It happened to me
hate-role-witness = I saw or heard it happen to someone else
hate-role-error = Choose whether it happened to you or you saw it

hate-incident = What happened?
hate-incident-hint = Say what was done or said, in your own words. Do not include anyone's name unless you want to.
hate-incident-error = Tell us what happened

hate-area = Where did it happen?
hate-area-hint = Only the area: we never ask for an address.

hate-strands = Why do you think it happened?
hate-strands-hint = Choose all that apply: because of someone's...
hate-strand-race = Race, ethnicity or nationality
hate-strand-religion = Religion or belief
hate-strand-sexual-orientation = Sexual orientation
hate-strand-disability = Disability
hate-strand-transgender = Being transgender
hate-strand-other = Something else
hate-strands-error = Choose at least one reason

hate-support = Would you like them to contact you about support?
hate-support-yes = Yes, contact me
hate-support-yes-hint = We will ask how and when it is safe to contact you.
hate-support-no = No, I want to stay anonymous
hate-support-no-hint = We will not ask your name or how to reach you.
hate-support-error = Choose whether you would like to be contacted

hate-police = Can they pass your report to the police?
hate-police-hint = They will only do what you choose here.
hate-police-yes = Yes, with my details
hate-police-facts = Only what happened, without anything that could identify me
hate-police-no = No, do not tell the police
hate-police-error = Choose whether they can pass your report to the police

hate-check-title = Your report
hate-check-role = Who is reporting
hate-check-incident = What happened
hate-check-area = Where it happened
hate-check-strands = Why it happened
hate-check-police = Passing it to the police
hate-check-support = Contact
hate-check-anonymous = Anonymous: no contact
hate-consent = I agree to my report being sent to this service

hate-done-title = Report sent
hate-done-next = { $service } has your report. If you asked to be contacted, they will contact you in the way you said is safe.
hate-done-police = They will only pass it to the police in the way you chose.

hate-returns-by-strand = Hate incident reports by reason
hate-returns-by-strand-note = A report may give more than one reason, so these rows do not add up to the total.

hate-from-report = Hate incident report
