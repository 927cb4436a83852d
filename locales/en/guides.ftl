# The self-help guides and the wellbeing check-in.

nav-guides = Guides

guides-title = Guides
guides-heading = Guides
guides-lead = Short guides to help you understand how you feel, what happens next, and what might help. Read them at your own pace, in any order.
guides-impact = The guides are for people who are finding things hard but managing. If what happened is affecting you a lot, it may help to talk to someone as well.
guides-check-in-link = Check in with a few questions first
guides-continue = Continue where you left off:
guides-search-label = Search the guides
guides-search-button = Search
guides-search-results = Guides about “{ $words }”
guides-filter-label = Filter the guides
guides-filter-who = Who for
guides-filter-everyone = Everyone
guides-filter-supporters = People supporting someone
guides-filter-topic = Topic
guides-filter-all = All topics
guides-filter-bsl = Available in British Sign Language
guides-count = { $count ->
    [0] No guides found. Try other words, or choose another topic.
    [one] 1 guide
   *[other] { $count } guides
}
guide-for-victim = For people affected by crime
guide-for-supporter = For people supporting someone
guide-for-both = For everyone
guide-minutes = { $minutes ->
    [one] 1 minute to read
   *[other] { $minutes } minutes to read
}
guide-has-bsl = In British Sign Language

guide-title = Guide
guide-caption = Guide
guide-danger-line = If you are in danger now, call 999.
guide-contents = Contents
guide-step-of = Step { $step } of { $total }
guide-previous = Previous
guide-next = Next
guide-pagination = Steps of this guide
guide-tip = Tip
guide-more-help-title = Talk to someone
guide-more-help-body = You do not have to manage on your own. Victim Support's free Supportline is open day and night, whether or not you told the police.
guide-all-guides = See all guides
guide-sources = Where this information comes from
guide-reviewed = Last checked { $date }.
guide-not-translated = This guide is not available in your language yet, so it is shown in English.
guide-draft-translation = This translation has not yet been checked by a fluent speaker. Some words may not be quite right.
guide-progress-saved = Saved.
guide-save-place = Save my place
guide-reflection-saved = Your reflection has been saved to your diary.
guide-reflection-empty = Write something to save, or carry on reading.

breathing-title = Breathing exercise
breathing-start = Start
breathing-stop = Stop
breathing-ready = When you are ready, press Start and follow the circle.
breathing-in = Breathe in
breathing-hold = Hold
breathing-out = Breathe out slowly
breathing-step-1 = Sit or lie somewhere comfortable. Let your shoulders drop.
breathing-step-2 = Breathe in gently through your nose while you count to 4.
breathing-step-3 = Hold your breath for a count of 2.
breathing-step-4 = Breathe out slowly through your mouth while you count to 6. Do this 5 times, or for as long as feels good.

grounding-title = 5-4-3-2-1 grounding
grounding-lead = When panic rises or memories come back, this brings your attention back to where you are now. Take your time with each one.
grounding-see = Look around and name 5 things you can see.
grounding-feel = Notice 4 things you can feel, like your feet on the floor or the fabric of your clothes.
grounding-hear = Listen for 3 things you can hear.
grounding-smell = Find 2 things you can smell, or 2 smells you like.
grounding-taste = Notice 1 thing you can taste, or take a sip of water.
grounding-after = Then take a slow breath. You are here, and you are safe right now.

reflect-title = Think about it
reflect-save = Save to my diary
reflect-sign-in = If you have an account, you can save your thoughts to your private diary. Otherwise, nothing you read here is kept.
checklist-title = Things to do
checklist-save = Save my ticks
checklist-sign-in = Your ticks are not saved. If you have an account and sign in, they are kept for next time.

check-in-title = Check in
check-in-heading = How are you doing?
check-in-lead = A few questions about how things are for you at the moment. Answer as many as you like. It takes about a minute.
check-in-saved-note = Your answers are saved privately with your diary, so you can see how they change.
check-in-not-saved-note = Your answers are not saved anywhere.
check-in-sleep = How much is what happened affecting your sleep?
check-in-daily = How much is it affecting your day-to-day life, such as work, school or looking after yourself?
check-in-feelings = How much are your feelings about it getting in the way?
check-in-safety = How safe do you feel where you live?
check-in-effect-0 = Not at all
check-in-effect-1 = A little
check-in-effect-2 = Quite a lot
check-in-effect-3 = A lot
check-in-safe-0 = Safe
check-in-safe-1 = Mostly safe
check-in-safe-2 = Not very safe
check-in-safe-3 = Not safe at all
check-in-risk-heading = Two more questions
check-in-risk-lead = You do not have to answer these. We ask so that we can point you to the right help.
check-in-danger = Is someone hurting you, threatening you or making you afraid at the moment?
check-in-harm = Have you had thoughts of ending your life or harming yourself?
check-in-yes = Yes
check-in-no = No
check-in-skip = I would rather not say
check-in-submit = See what might help
check-in-history-link = See your earlier answers
check-in-result-title = Check-in result
check-in-result-low-heading = The guides may help
check-in-result-low-body = From your answers, the guides are a good place to start. You can also talk to someone at any time.
check-in-result-unanswered-body = You did not answer the questions, and that is fine. The guides are a good place to start, and you can talk to someone at any time.
check-in-result-high-heading = It sounds like this is affecting you a lot
check-in-result-high-body = The guides are meant for people for whom the effects are low to moderate. You deserve more support than a guide can give. Talking to someone can really help, and you do not need to have told the police.
check-in-result-unsafe-heading = You deserve to feel safe
check-in-result-unsafe-body = You said you do not feel safe. A guide cannot change that on its own. A support service can help you work out what would make you safer, and you do not need to have told the police.
check-in-result-danger-heading = You deserve to be safe
check-in-result-danger-body = If you are in danger right now, call 999. Specialist services can help you stay safe and plan what to do next, without you having to go to the police.
check-in-result-harm-heading = Please talk to someone now
check-in-result-harm-body = You do not have to cope with these thoughts on your own. People are ready to listen, day and night.
check-in-result-harm-samaritans = Call Samaritans free on 116 123, at any time.
check-in-result-harm-nhs = Call NHS 111 and choose the option for mental health.
check-in-result-harm-999 = If you might act on these thoughts or have hurt yourself, call 999 or go to A&E.
check-in-result-guides = Guides you might start with
check-in-result-guides-later = When you feel ready, these guides may help
check-in-result-person-heading = Talk to a person
check-in-history-title = Earlier check-ins
check-in-history-heading = Your earlier answers
check-in-history-caption = Your check-in answers, newest first
check-in-history-empty = You have not checked in yet.

bsl-title = British Sign Language (BSL)
bsl-hosted = This video is on { $host }. Nothing is loaded from there until you choose to play it, and that website may use cookies.
bsl-watch = Play the BSL video
bsl-player-title = BSL video: { $title }
bsl-open-host = Open the video on { $host } instead
bsl-transcript = Read what the video says
bsl-more = All BSL content, and how to contact services in BSL

bsl-page-title = British Sign Language
bsl-page-heading = British Sign Language (BSL)
bsl-page-lead = What you can do in British Sign Language now, and how the guides on this site will be signed.
bsl-page-999 = In an emergency, use 999 BSL: a free video relay service that connects you to the police, ambulance, fire or coastguard through a BSL interpreter, any time. Use the 999 BSL app or the 999 BSL website.
bsl-page-contact-heading = Contacting services in BSL
bsl-page-relay-uk = Relay UK is for typing and reading, not for sign language. From the Relay UK app or a textphone, call 18001 and then the number. In an emergency, call 18000.
bsl-page-video-relay = Some organisations offer free BSL video relay: a BSL interpreter joins your video call and talks to the organisation for you. Look for a BSL or video relay link on the organisation's website. The National Domestic Abuse Helpline offers this on weekdays.
bsl-page-request = You can ask a service on this site to contact you in BSL, with an interpreter or by a video relay call. We send your request to a service that can offer BSL, where there is one.
bsl-page-request-link = Ask a service to contact you
bsl-page-guides-heading = Guides in BSL
bsl-page-no-guides = No guide has a BSL video yet.
bsl-page-services-heading = Services for Deaf people
