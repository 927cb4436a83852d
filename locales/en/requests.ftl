# Asking a service to get in touch: the start page, the questions, check your answers and the confirmation.
# Page titles stay neutral ("Get in touch"), so a title on a shared screen or in the history reveals nothing.

request-title = Get in touch
request-caption = Ask a service to contact you
request-honeypot = Leave this empty

request-start-heading = Ask a service to contact you
request-start-lead = Tell us a little about what happened and what would help. We will pass it to the service best placed to support you, and they will get in touch in the way you say is safe.
request-start-police = These services are independent of the police, and you do not need to have reported what happened. They keep what you tell them private. But they may have to share it without your agreement if they think a child is at risk, or that someone could be seriously hurt. You can ask them about this before you say anything.
request-start-how-heading = How it works
request-start-how-questions = You answer a few short questions, one at a time. Most are optional or have a "rather not say" answer.
request-start-how-service = We send your answers to one service, chosen by what happened and your age. You can see which one before you send.
request-start-how-safe = You tell us how and when it is safe to contact you, whether we can leave a message, and whether we can say who we are.
request-start-how-time = It takes about 5 to 10 minutes. Your answers are kept until you close your browser or after 30 minutes without activity.
request-start-signed-in = You are signed in, so we will fill in what you have told us before, and you can follow what happens in your account.
request-start-no-account = You do not need an account. If you have one, sign in first to follow what happens.
request-start-urgent = If you are in danger now, call 999. These services cannot respond straight away.
request-start-button = Start now
request-start-directory = Or see every service and contact them yourself

request-yes = Yes
request-no = No
request-rather-not-say = I would rather not say
request-choose-all = Choose all that apply.
request-choose-listed = Choose one of the answers listed, or leave it blank.
request-too-long = This answer is too long. Use { $max } characters or fewer.

request-safe = Are you safe right now?
request-safe-hint = If you are reading this for someone else, answer for them.
request-safe-yes = Yes
request-safe-no = No
request-safe-not-sure = I am not sure
request-safe-error = Choose whether you are safe right now
request-urgent-heading = If you are in danger, get help now
request-urgent-carry-on-heading = You can still ask a service to contact you
request-urgent-carry-on = You do not have to be safe right now to ask for support. Your answers so far are kept.
request-urgent-carry-on-safely = Next we ask a few short questions, including how and when it is safe for a service to contact you, whether they can leave a message and whether they can say who they are.
request-urgent-continue = Carry on and choose a safe way to be contacted

request-who = Who are you asking for support for?
request-who-me = Myself
request-who-someone = Someone I support
request-who-someone-hint = They must know about this request and agree to it.
request-who-error = Choose who the support is for

request-age = { $who ->
    [someone] How old is the person you support?
   *[me] How old are you?
}
request-age-hint = This helps us choose a service that works with people of that age.
request-age-error = Choose an age group, or that you would rather not say

request-what = { $who ->
    [someone] What happened to them?
   *[me] What happened to you?
}
request-what-error = Choose at least one answer. If you are not sure, choose "I am not sure it was a crime"

request-when = When did it happen?
request-when-week = In the last week
request-when-month = In the last month
request-when-six-months = In the last 6 months
request-when-longer = More than 6 months ago
request-when-ongoing = It is still happening
request-when-error = Choose when it happened, or that you would rather not say

request-police = Has it been reported to the police?
request-police-hint = You can get support whether or not you report it. These services are independent of the police.
request-police-yes = Yes
request-police-no = No
request-police-not-sure = I am not sure
request-police-error = Choose an answer, or that you would rather not say

request-needs = What would help
request-needs-legend = { $who ->
    [someone] What kind of support would help them?
   *[me] What kind of support would help you?
}
request-needs-other = Anything else you would like the service to know (optional)
request-needs-other-hint = Only write what you are happy for the service to read.
request-needs-error = Choose at least one kind of support, or tell us in your own words

request-language-heading = Language and access
request-language = Which language would you like to use? (optional)
request-language-hint = For example, English, Polish, Urdu or British Sign Language.
request-interpreter = Would you like an interpreter?
request-interpreter-hint = You do not need to answer this if you will use English.
request-interpreter-error = Choose whether you would like an interpreter
request-access = Do you need any of these?
request-access-bsl = British Sign Language (BSL) with an interpreter
request-access-relay = Relay UK or text relay (typing and reading, not sign language)
request-access-easy-read = Information in easy read
request-access-large-print = Large print
request-access-other = Something else
request-access-other-label = Tell us about anything else that would help you use the service (optional)

request-contact-heading = { $who ->
    [someone] How can the service contact them?
   *[me] How can the service contact you?
}
request-contact-lead = { $who ->
    [someone] On the next page we will ask when and how it is safe to contact them.
   *[me] On the next page we will ask when and how it is safe to contact you.
}
request-name = { $who ->
    [someone] What should the service call them?
   *[me] What should the service call you?
}
request-name-hint = This does not have to be a full or real name.
request-name-error = Enter a name the service can use
request-channels = { $who ->
    [someone] Which ways can the service use to contact them?
   *[me] Which ways can the service use to contact you?
}
request-channels-error = Choose at least one way to get in touch
request-channel-phone = Phone call
request-channel-text = Text message
request-channel-email = Email
request-phone = Phone number
request-phone-hint = For phone calls and text messages. For example, 07700 900 982.
request-phone-missing = Enter a phone number, or untick phone calls and text messages
request-phone-invalid = Enter a phone number in the right format, like 07700 900 982 or +44 7700 900 982
request-email = Email address
request-email-hint = Only if email was chosen above.
request-email-missing = Enter an email address, or untick email
request-email-invalid = Enter an email address in the right format, like name@example.com

request-safe-contact-heading = Staying safe when the service gets in touch
request-safe-contact-lead = { $who ->
    [someone] The service will follow these instructions exactly. Think about who else might see their phone or emails.
   *[me] The service will follow these instructions exactly. Think about who else might see your phone or emails.
}
request-safe-phone = Is it safe for the service to call this number?
request-safe-text = Is it safe for the service to send text messages?
request-safe-email = Is it safe for the service to email?
request-safe-times = When is it safe? (optional)
request-safe-times-hint = For example, weekdays between 10am and 2pm.
request-safe-voicemail = Can the service leave a voicemail?
request-safe-voicemail-error = Choose whether the service can leave a voicemail
request-safe-say-who = Can the service say who they are?
request-safe-say-who-hint-phone = If you say no, the service is told not to say its name when it calls you or leaves a message.
request-safe-say-who-hint-text = If you say no, the service is told not to put its name in text messages.
request-safe-say-who-hint-email = If you say no, the service is told not to put its name in emails, including the sender's name and the subject.
request-safe-say-who-error = Choose whether the service can say who they are
request-safe-channel-error = Choose whether this way of getting in touch is safe
request-no-safe-channel = At least one way of getting in touch must be safe. Go back and choose another way, or call a helpline instead
request-code-word-heading = A code word
request-code-word = Code word (optional)
request-code-word-hint = If someone else answers, the service will only talk about why they are calling to a person who says this word.

request-supporter-heading = About you, the supporter
request-supporter-lead = The service may contact you if they cannot reach the person you support. They will always try the person first, in the way that is safe for them.
request-supporter-name = Your name
request-supporter-name-error = Enter your name
request-supporter-phone = Your phone number
request-supporter-email = Your email address
request-supporter-contact-error = Enter a phone number or an email address for you
request-supporter-relationship = How do you know them? (optional)
request-supporter-agreed-legend = Their agreement
request-supporter-agreed = They know about this request and agree to it
request-supporter-agreed-error = Confirm the person knows about this request and agrees to it

request-about-heading = About you (optional)
request-about-lead = These questions help the Police and Crime Commissioner, who is elected to pay for victim services here and is not a police officer, see which groups of people are not being reached by support, so services can improve. Your answers are counted with everyone else's and never shown with your name.
request-about-commissioner = The commissioner's office is separate from the police force, and it only ever sees numbers: never a request, and never anyone's answers on their own.
request-about-optional = You can skip any or all of them.
request-about-heading-supporter = About the person you support (optional)
request-about-lead-supporter = These questions help the Police and Crime Commissioner, who is elected to pay for victim services here and is not a police officer, see which groups of people are not being reached by support, so services can improve. Answer only what you know and what the person you support is happy to share. Answers are counted with everyone else's and never shown with a name.
equality-gender = What is your gender?
equality-gender-supporter = What is their gender?
equality-gender-woman = Woman
equality-gender-man = Man
equality-gender-non-binary = Non-binary
equality-gender-other = Another way
equality-ethnicity = What is your ethnic group?
equality-ethnicity-supporter = What is their ethnic group?
equality-ethnicity-asian = Asian or Asian British
equality-ethnicity-black = Black, Black British, Caribbean or African
equality-ethnicity-mixed = Mixed or multiple ethnic groups
equality-ethnicity-white = White
equality-ethnicity-other = Another ethnic group
equality-sexuality = Which of these best describes your sexual orientation?
equality-sexuality-supporter = Which of these best describes their sexual orientation?
equality-sexuality-straight = Straight or heterosexual
equality-sexuality-gay-lesbian = Gay or lesbian
equality-sexuality-bisexual = Bisexual
equality-sexuality-other = Another sexual orientation
equality-disability = Do you consider yourself to be disabled?
equality-disability-supporter = Do they consider themselves to be disabled?
equality-disability-hint = For example, a physical or mental health condition or illness that affects you day to day.

request-check-heading = Check your answers before sending
request-not-answered = Not answered
request-change = Change
request-check-safety-title = Contact and safety
request-check-about-title = What happened
request-check-language-title = Language and access
request-check-supporter-title = About you, the supporter
request-check-equality-title = Optional questions
request-check-name = Name to use
request-check-contact = Ways to get in touch
request-check-safe-contact = Safety instructions
request-check-safe-phone = Phone calls are safe
request-check-unsafe-phone = Do not phone
request-check-safe-text = Text messages are safe
request-check-unsafe-text = Do not send text messages
request-check-safe-email = Emails are safe
request-check-unsafe-email = Do not email
request-check-safe-times = Safe times: { $times }
request-check-no-voicemail = Do not leave a voicemail
request-check-no-name = Do not say who you are
request-check-code-word = Code word: { $word }
request-check-safe-now = Safe right now
request-check-who = Support for
request-check-age = { $who ->
    [someone] Their age
   *[me] Your age
}
request-check-what = What happened
request-check-when = When
request-check-police = Reported to the police
request-check-needs = Support that would help
request-check-language = Language
request-check-interpreter = An interpreter is needed
request-check-access = Access needs
request-check-supporter = Your details
request-check-agreed = They know and agree
request-check-send-heading = Now send your request
request-check-goes-to = Your request will go to { $service }.
request-check-privacy = Your answers are encrypted and only this service's staff can read them. They are deleted after the service closes your request.
request-consent-legend = Permission to share
request-consent-me = I agree to my answers being shared with this service so they can contact me
request-consent-someone = I agree to these answers being shared with this service, and the person I support has agreed too
request-consent-error = Tick the box to agree to your answers being shared, or you can leave this page and nothing will be sent
request-too-many = Several requests have been sent from this connection in the last hour. Please try again later, or call one of the helplines below.
request-send = Send request

request-done-title = Sent
request-done-heading = Request sent
request-done-reference = Your reference is { $reference }
request-done-next-heading = What happens next
request-done-next = { $service } will contact you in the way you said is safe.
request-done-next-within = { $service } will contact you in the way you said is safe. The service aims to do this within { $days ->
        [one] one working day
       *[other] { $days } working days
    }.
request-done-safe = They will follow your safety instructions. If things change, or it is no longer safe to contact you, call them or a helpline.
request-done-status-account = You can see what is happening with your request in your account.
request-done-status-reference = Keep your reference somewhere safe if you want to ask about your request. You do not need to keep it if that is not safe.
request-done-urgent = If you are in danger now, call 999.
request-done-others-heading = Other services that may help
request-done-others-lead = You can also contact these services yourself. They are free.
request-done-meanwhile-heading = While you wait
request-done-guides = Read guides on coping after crime

# Where the person lives (routing by area), and where to turn when no service here can take a request.
request-area = { $who ->
    [someone] Where does the person you support live?
   *[me] Where do you live?
}
request-area-hint = We only use this to choose a local service. Cleveland is made up of these four areas.
request-area-postcode = I will give the first half of my postcode instead
request-area-outside = Somewhere outside Cleveland
request-postcode = The first half of the postcode (only if you chose that above)
request-postcode-hint = For example, TS10. We use it only to find the area and do not keep it.
request-area-error = Choose where you live, or that you would rather not say
request-postcode-missing = Enter the first half of the postcode, such as TS10, or choose an area
request-postcode-invalid = Enter the first half of a postcode, such as TS10, or choose an area
request-postcode-spans = That postcode covers more than one area. Choose the area instead
request-check-area = { $who ->
    [someone] Where they live
   *[me] Where you live
}
request-signpost-heading = Where you can turn for help
request-signpost-outside = This site can only pass requests to services in Cleveland (Hartlepool, Middlesbrough, Redcar and Cleveland, and Stockton-on-Tees), so we have not sent anything. The services below can help wherever you live. Victim Support's Supportline can also tell you about support near you.
request-signpost-none = None of the local services here can take a request like this for someone of this age, so we have not sent anything. The services below can help, and you can contact them yourself.
request-signpost-services = You can change your answers with the Back link.
