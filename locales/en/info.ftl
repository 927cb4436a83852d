# Staying safe online, privacy notice, accessibility statement and cookies.

safety-title = Staying safe online
safety-heading = Staying safe online
safety-lead = If someone else uses your phone or computer, or might check what you do online, these steps can help keep your visit to this website private.

safety-exit-heading = Leaving this website quickly
safety-exit-body = Every page has an Exit this page button at the top. Select it and a weather website opens straight away.
safety-exit-shift = You can also press the Shift key 3 times. The page goes blank at once and, if you are signed in, you are signed out.
safety-exit-limits = The exit button cannot remove this website from your browsing history. Other pages you looked at may still be there. The steps below help with that.

safety-private-heading = Use a private window
safety-private-body = A private window does not keep a history of the pages you visit, and forgets cookies when you close it.
safety-private-chrome = Chrome: open the menu with three dots and choose New Incognito window.
safety-private-safari = Safari on iPhone or iPad: tap the tabs button, then Private.
safety-private-firefox = Firefox: open the menu and choose New private window.
safety-private-edge = Microsoft Edge: open the menu with three dots and choose New InPrivate window.
safety-private-limits = A private window does not hide what you do from your internet provider, your employer or school network, or from spying software on the device.

safety-history-heading = Clear your browsing history
safety-history-body = You can delete the pages you visited from your browser's history. In most browsers you will find this under History or Privacy in the settings.
safety-history-care = If someone checks your device, a history that is suddenly empty may make them suspicious. You may prefer to delete only the pages from this website.

safety-device-heading = Use a safer device
safety-device-body = If you think your phone or computer is being watched, use one that the person does not have access to, for example:
safety-device-library = a computer at a public library
safety-device-friend = the phone of a friend or relative you trust
safety-device-work = a computer at work or college, if you are allowed to use it for personal things

safety-monitoring-heading = If you think someone is watching what you do
safety-monitoring-body = Some people use technology to control or follow others. Signs include someone knowing where you have been or what you have written. Things you can check:
safety-monitoring-passwords = whether anyone else knows your passwords or your phone's passcode
safety-monitoring-location = whether your location is being shared, for example in Find My, Google Maps or family sharing settings
safety-monitoring-accounts = whether your email, cloud storage or social media accounts are signed in on a device you do not recognise
safety-monitoring-apps = whether there are apps on your phone that you did not install
safety-monitoring-help = Changing things suddenly can sometimes make a situation more dangerous. A domestic abuse service can help you plan how to do it safely.

privacy-title = Privacy
privacy-heading = Privacy notice
privacy-lead = This notice explains what information Waymark keeps about you, why, and what you can do about it.

privacy-browsing-heading = When you read pages
privacy-browsing-body = You can read this website without giving us any information about yourself. We do not use advertising or tracking cookies and we do not use analytics services. If you choose a language, or open a link to a page in a particular language, we remember that language in a cookie on your device.
privacy-browsing-logs = Our servers keep short technical records of requests so that we can keep the website working and secure: the time, the page address without anything you typed into a search or form, and whether the request worked. These records do not contain your IP address, your name, or anything you type.

privacy-account-heading = If you create an account
privacy-account-body = An account is optional. If you create one, we keep:
privacy-account-name = a scrambled form of your sign-in name and password that cannot be turned back into either: nobody, including our staff, can read them
privacy-account-email = your email address, if you choose to give one, stored encrypted
privacy-account-factors = the key for your authenticator app, stored encrypted, and scrambled forms of your recovery codes
privacy-account-sessions = the devices you are signed in on (only the type of browser and system, such as Chrome on Android) and when they were last used
privacy-account-attempts = for 15 minutes, scrambled records of unsuccessful attempts to sign in, so that we can slow down anyone trying to guess their way in
privacy-account-diary = your diary and anything you save from the guides, encrypted with a key that only your password or one of your recovery codes can unlock. Nobody else can read it: not our staff, and not anyone who gets hold of our servers. If you can no longer sign in (for example, you have lost both your password and your phone), your diary cannot be recovered.
privacy-account-delete = You can download everything your account holds, and delete your account, from your account page at any time. Deleting it removes everything straight away.
privacy-police-heading = We are independent of the police
privacy-police-body = We do not share information with the police, immigration services or anyone else because you visited this website. We would only share information if the law requires us to, or if we believe someone's life is in immediate danger.

privacy-security-heading = How we protect information
privacy-security-body = All connections to this website are encrypted. Information is stored securely, protected by access controls, and kept only for as long as it is needed.

privacy-rights-heading = Your rights
privacy-rights-body = Under UK data protection law you have the right:
privacy-rights-access = to get a copy of the information we hold about you
privacy-rights-correct = to have wrong information corrected
privacy-rights-delete = to have your information deleted
privacy-rights-object = to object to how we use your information
privacy-rights-ico = If you are unhappy with how we have used your information, you can complain to the Information Commissioner's Office (ICO) on 0303 123 1113 or at ico.org.uk.

accessibility-title = Accessibility
accessibility-heading = Accessibility statement
accessibility-lead = We want as many people as possible to be able to use this website, whatever their abilities, language or device.

accessibility-able-heading = What you should be able to do
accessibility-able-zoom = zoom in up to 400% without text spilling off the screen
accessibility-able-keyboard = use the whole website with a keyboard only, and always see where you are on the page
accessibility-able-screen-reader = use the website with a screen reader or speech recognition software
accessibility-able-no-javascript = use every page and form with JavaScript turned off
accessibility-able-motion = turn off animation, by choosing reduced motion in your device settings
accessibility-able-languages = read the website in more than one language

accessibility-status-heading = How accessible this website is
accessibility-status-body = We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We follow the patterns of the GOV.UK Design System, which are tested with disabled people.
accessibility-testing-body = Every page is checked automatically for accessibility problems each time the website changes, with JavaScript turned on and off. We also check pages using only a keyboard.

accessibility-limits-heading = Parts that are not fully accessible yet
accessibility-limits-bsl = There is not yet British Sign Language video for every page.
accessibility-limits-languages = Some pages are not yet translated into every language. When this happens, the English version is shown.
accessibility-limits-external = Some links take you to other organisations' websites, which we do not control.

accessibility-report-heading = Reporting a problem
accessibility-report-body = If you find a problem that is not listed here, or you need information in a different format such as easy read, large print or audio, please tell the service that gave you this website's address. We aim to reply within 5 working days.
accessibility-enforcement-body = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).

cookies-title = Cookies
cookies-heading = Cookies
cookies-lead = Cookies are small files saved on your phone, tablet or computer when you visit a website.
cookies-no-tracking = We only use cookies that the website needs to work. We do not use cookies for advertising or to track you across other websites, so we do not ask for your consent.
cookies-table-caption = Cookies this website may set
cookies-col-name = Name
cookies-col-purpose = Purpose
cookies-col-expires = Expires
cookies-session-purpose = Keeps you signed in, or remembers your answers while you create an account. It holds a random code, not your details.
cookies-session-expires = When you sign out, close your browser, or after 30 minutes without activity
cookies-language-purpose = Remembers the language you chose, or the language of a link you opened to a page in a particular language. It is only set in those cases.
cookies-language-expires = 1 year
cookies-clear-heading = Removing cookies
cookies-clear-body = You can delete cookies in your browser's settings at any time. A private window deletes them for you when you close it.
