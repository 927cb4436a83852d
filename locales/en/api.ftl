# Automatic referrals from other systems: the agreement an organisation records, as staff read it in a
# referral, and the commissioner's and operator's page of API keys and calls.

agreement-recorded = Agreement to this referral recorded
agreement-verbal = Said out loud (verbal)
agreement-written = In writing
agreement-electronic = Electronically

api-keys-link = API keys for partner organisations
api-keys-title = API keys
api-keys-heading = API keys
api-keys-lead = Other systems, such as a police force's victim referral system, send referrals with a key made here for their organisation. A key can only refer to the services its organisation may refer to. Only the first characters of each key are kept to tell them apart.
api-keys-organisation = Organisation
api-keys-label = What the key is for
api-keys-label-hint = For example, the name of the system that will use it
api-keys-key = Key
api-keys-created = Made
api-keys-last-used = Last used
api-keys-never-used = Never
api-keys-standing = Standing
api-keys-action = Action
api-keys-active = In use
api-keys-revoked-on = Revoked on { $when }
api-keys-revoke = Revoke
api-keys-revoke-for = Revoke key { $key }
api-keys-new-heading = Make a key
api-keys-create = Make key
api-keys-no-organisations = There are no partner organisations yet. Add the organisation first, with the services it may refer to.
api-keys-organisation-error = Choose the organisation the key is for
api-keys-label-missing = Say what the key is for
api-keys-label-too-long = Use at most { $max } characters
api-calls-heading = Latest calls
api-calls-lead = Every call to the API is recorded with its key, what came of it and the reference of any request it made. Nothing personal is kept here.
api-calls-outcome = Outcome
api-calls-status = Status
api-key-created-title = New API key
api-key-created-heading = New API key
api-key-created-lead = The key for { $organisation } ({ $label }). Give it to the people who run that system, in a safe way.
api-key-created-once = This key is shown only once. Waymark keeps only a hash of it and cannot show it again. If it is lost, revoke it and make another.
api-key-created-back = Back to API keys
api-from-system = From { $organisation }'s system, through the API
