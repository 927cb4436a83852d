# The home page and the help boxes it shares with other pages.

home-title = Home
home-heading = Support after crime, at your own pace
home-lead = Waymark is a free and private place for anyone affected by crime, and for the people who support them. You can use it whether or not you have told the police.

urgent-heading = If you are in danger now
urgent-999 = Call 999 and ask for the police.
urgent-silent = If you cannot speak, call 999, listen to the questions, then cough or tap the phone. On a mobile, press 55 when you are asked. This tells them it is a real emergency.
urgent-text = If you are Deaf, hard of hearing or have a speech impairment, you can text 999. You must register first, before you need it: text the word register to 999.
urgent-relay = If you use a textphone or the Relay UK app, call 18000. Relay UK is for typing and reading, not for sign language.
urgent-bsl = If you use British Sign Language, you can call 999 through the free 999 BSL app or website.

home-guides-heading = Help yourself, in your own time
home-guides-body = Short guides about how crime can affect you, what happens next and what might help, with exercises to try. You do not need an account to read them.
home-guides-link = Read the guides
home-check-in-link = Not sure where to start? Answer a few questions
home-police-heading = You do not have to go to the police
home-police-body = Support services for people affected by crime are separate from the police. You can get help from them without reporting what happened, and without giving your name if you do not want to. You can still decide to report later.
home-request-link = Ask a support service to contact you, in the way that is safe for you
home-services-link = See local and national services you can contact yourself
home-report-hate-link = Report a hate incident without going to the police, with or without your name
home-police-immigration = Everyone who has been affected by crime can get support, whatever their immigration status.

home-talk-heading = Talk to someone now
home-talk-body = These national helplines are free and confidential. They will not usually pass on what you tell them, unless you ask them to or someone is in serious danger.
help-now-local = See the local services for domestic abuse and how to reach them

helpline-victim-support = Victim Support Supportline
helpline-victim-support-about = For anyone affected by any crime, recent or in the past.
helpline-domestic-abuse = National Domestic Abuse Helpline
helpline-domestic-abuse-about = For anyone experiencing domestic abuse, and for people worried about someone.
helpline-rape-crisis = Rape Crisis 24/7 Support Line
helpline-rape-crisis-about = For anyone aged 16 or over affected by rape, sexual abuse or any kind of sexual violence.
helpline-mens-advice = Men's Advice Line
helpline-mens-advice-about = For men experiencing domestic abuse.
helpline-galop = Galop LGBT+ Domestic Abuse Helpline
helpline-galop-about = For lesbian, gay, bisexual, trans and queer people experiencing abuse.
helpline-samaritans = Samaritans
helpline-samaritans-about = For anyone who is struggling to cope and needs someone to listen.
helpline-childline = Childline
helpline-childline-about = For children and young people under 19.
helpline-hours-always = Open day and night, every day.
helpline-hours-weekdays = Open on weekdays. Check the times on their website.
helpline-hours-check = Check the opening times on their website.

home-private-heading = Keeping your visit private
home-private-exit = If you need to leave this website quickly, use the Exit this page button at the top of every page, or press the Shift key 3 times. The page will disappear and a weather website will open.
home-private-link = How to stay safe online
