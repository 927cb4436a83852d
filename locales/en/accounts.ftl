# Accounts: registration, signing in, resetting a password, the account page and staff enrolment.

nav-account = Your account
nav-sign-in = Sign in
nav-sign-out = Sign out

## Registration

register-title = Create an account
register-heading = Create an account
register-lead = You do not need an account to read the guides or to ask for support. An account lets you keep a private diary, save your progress through the guides, and see what is happening with a request for support.
register-safe-heading = How we keep your account safe
register-safe-body = Every time you sign in you will need your password and a code from an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or Authy. Nobody else can get in, even if they know your password.
register-name-body = You can choose any sign-in name. It does not have to be your real name, and you do not need an email address.
register-lose-both = If you lose both your password and your phone, you will need to create a new account, and your diary will be lost. Nobody, including us, can get you back in or read your diary: this is what keeps them private.
register-age-heading = Who can have an account
register-age-body = You need to be 16 or over. Anyone can read this website without an account.
register-start = Start now
register-have-account = Already have an account?

register-who-title = What will you use your account for?
register-who-legend = What will you use your account for?
register-who-hint = The account is always yours: only you sign in to it, and its diary is about you.
register-who-self = Support for myself
register-who-self-hint = Something happened to me.
register-who-supporter = Support for me as I support someone else
register-who-supporter-hint = For example, you are helping a friend, relative, partner, neighbour or colleague who has been affected by crime. This does not make an account for them, and they will not know about it.
register-who-error = Select what you will use your account for

register-age-title = Are you 16 or over?
register-age-legend = Are you 16 or over?
register-age-yes = Yes
register-age-no = No
register-age-error = Select yes if you are 16 or over

under-16-title = Help for young people
under-16-heading = You need to be 16 or over to have an account
under-16-body = You can still read everything on this website without an account.
under-16-help-heading = People who can help you now
under-16-childline = Childline is free for anyone under 19. You can call 0800 1111 or talk to a counsellor online. Calls do not show up on your phone bill.
under-16-adult = You could also talk to an adult you trust, such as a teacher, a school nurse, a youth worker or a relative.
under-16-victim-support = Victim Support has a service for children and young people affected by crime. Call their free Supportline on 08 08 16 89 111 to be put in touch.
under-16-danger = If you are in danger now, call 999.

details-title = Choose your sign-in details
details-heading = Choose your sign-in details
name-label = Sign-in name
name-hint = Any name you will remember, at least 3 characters. It does not have to be your real name. Nobody else will see it.
email-label = Email address (optional)
email-hint = You do not need one. Nobody else will see it, and it is not used to sign in.
new-password-label = Password
new-password-hint = At least 8 characters. A few unrelated words make a strong password that is easy to remember. You can paste one from a password manager.
name-error-missing = Enter a sign-in name
name-error-too-short = Your sign-in name must be at least 3 characters
name-error-too-long = Your sign-in name must be 64 characters or fewer
name-error-control = Your sign-in name can only contain letters, numbers, spaces and punctuation
email-error-invalid = Enter an email address in the correct format, like name@example.com, or leave it empty
password-error-missing = Enter a password
password-error-too-short = Your password must be at least { $min } characters
password-error-too-long = Your password must be { $max } characters or fewer
password-error-weak = This password would be too easy for someone to guess.
password-weak-keyboard-row = Rows of keys next to each other, like qwerty, are easy to guess.
password-weak-keyboard-pattern = Short patterns on the keyboard are easy to guess.
password-weak-repeats = Repeated letters like aaa are easy to guess.
password-weak-repeated-group = Repeated groups like abcabc are easy to guess.
password-weak-common = This is one of the most common passwords.
password-weak-similar-common = This is very like a common password.
password-weak-sequence = Sequences like abc or 123 are easy to guess.
password-weak-recent-year = Recent years are easy to guess.
password-weak-single-word = A single word is easy to guess.
password-weak-date = Dates are easy to guess.
password-weak-name = Names on their own are easy to guess.
password-tip-few-words = Try a few words that do not usually go together.
password-tip-no-symbols-needed = You do not need symbols, numbers or capital letters.
password-tip-add-word = Add another word or two. Unusual words are better.
password-tip-capitals = Capital letters do not make it much harder to guess.
password-tip-reversed = Words spelled backwards are not much harder to guess.
password-tip-substitutions = Swapping letters for numbers or symbols, like @ for a, does not help much.
password-tip-keyboard = Use a longer keyboard pattern with more turns.
password-tip-repeats = Avoid repeated words and letters.
password-tip-sequences = Avoid sequences like abc or 123.
password-tip-dates = Avoid dates and years, especially ones linked to you.

authenticator-title = Set up your authenticator app
authenticator-heading = Set up your authenticator app
authenticator-step-install = Install an authenticator app on your phone if you do not have one. Google Authenticator, Microsoft Authenticator and Authy are all free.
authenticator-step-add = In the app, add an account.
authenticator-step-scan = If this page is on another device, you can scan this QR code with the app instead.
authenticator-qr-alt = QR code to add Waymark to your authenticator app
authenticator-entry-name = The app will list this as “Waymark”, a name that does not say what this website is for. But anyone who looks through the app on your phone can still see the entry. If someone checks your phone, think about whether that is safe for you.
authenticator-key-body = If the app is on this phone, choose to enter a key, then copy this key and paste it in, or type it. If the app asks, choose a time-based code.
authenticator-key-label = Key
authenticator-step-code = The app will show a 6-digit code that changes every 30 seconds. Enter it below.
code-label = Code from your authenticator app
code-hint = The 6-digit code, for example 123456.
code-error-missing = Enter the 6-digit code from your authenticator app
code-error-format = Enter the code as 6 numbers, or a recovery code like ABCD-EFGH-2345-6789
code-error-wrong = The code is not right. Check the time on your phone is set automatically, then enter the newest code.
code-error-used = This code has already been used. Wait for the app to show a new code.

recovery-codes-title = Save your recovery codes
recovery-codes-heading = Save your recovery codes
recovery-codes-lead = If you lose your phone or your authenticator app, you can sign in with one of these codes instead. Each code works once.
recovery-codes-list-label = Your recovery codes
recovery-codes-warning = You will not see these codes again. Keep them somewhere safe that nobody else can get to.
recovery-codes-safe-heading = Ways to keep them safe
recovery-codes-safe-paper = Write them on paper and keep it somewhere private.
recovery-codes-safe-manager = Save them in a password manager.
recovery-codes-safe-not-phone = Do not keep them only on the phone that has your authenticator app, and do not send them by email or message.
recovery-codes-done = I have saved my codes

## Signing in

sign-in-title = Sign in
sign-in-heading = Sign in
password-label = Password
sign-in-button = Sign in
sign-in-forgotten = Forgotten your password?
sign-in-help = Other problems signing in
sign-in-no-account = No account yet?
sign-in-create = Create an account
sign-in-error-name = Enter your sign-in name
sign-in-error-password = Enter your password
sign-in-error-mismatch = The sign-in name or password is not right
sign-in-error-wait = Too many attempts. Wait { $seconds } seconds, then try again.
sign-in-paused = Signing in with a password alone is paused for this sign-in name for { $minutes ->
    [one] 1 more minute
   *[other] { $minutes } more minutes
} because of too many unsuccessful attempts.
sign-in-paused-owner = If this is your account, you can still sign in now: enter your password and a code from your authenticator app (or a recovery code) together.
sign-in-paused-code-label = Code from your authenticator app, or a recovery code
sign-in-error-busy = Too many people are signing in at once. Try again in a moment.
limit-error-too-many = Too many attempts have been made. Try again in an hour.
sign-in-session-idle = You were signed out because nothing happened for 30 minutes.
sign-in-session-expired = You were signed out because you had been signed in for 12 hours.
sign-in-session-needed = Sign in to see that page.

code-title = Enter your code
code-heading = Enter the code from your authenticator app
code-use-recovery = Use a recovery code instead
code-error-paused = Too many wrong codes from this connection. Wait { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}, or reset your password with a recovery code.

recovery-sign-in-title = Use a recovery code
recovery-sign-in-heading = Enter a recovery code
recovery-code-label = Recovery code
recovery-code-hint = It looks like ABCD-EFGH-2345-6789. Each code works once.
recovery-code-error-missing = Enter one of your recovery codes
recovery-code-error-format = Enter a recovery code like ABCD-EFGH-2345-6789
recovery-code-error-wrong = That recovery code is not right, or it has already been used

lost-access-title = Problems signing in
lost-access-heading = If you cannot sign in
lost-access-password-heading = If you have forgotten your password
lost-access-password-body = You can set a new password if you have your authenticator app and one of your recovery codes.
lost-access-password-link = Reset your password
lost-access-phone-heading = If you have lost your phone or authenticator app
lost-access-phone-body = Sign in with your password and one of your recovery codes. Then set up your authenticator app again from your account page.
lost-access-both-heading = If you have lost your password and your phone, or your phone and your recovery codes
lost-access-both-body = Nobody can get you back into your account, including us. This is what keeps it private: anyone who knows your sign-in name or has your old phone cannot get in either.
lost-access-both-new = You can create a new account. Anything saved in the old account, including your diary, cannot be recovered.

signed-out-title = Signed out
signed-out-heading = You have signed out
signed-out-idle-heading = You have been signed out
signed-out-idle = You were signed out because nothing happened for 30 minutes. This protects your account if you leave your device.
signed-out-tip = If you are using a shared device, close the browser window as well.
signed-out-sign-in = Sign in again

session-warning-title = You will be signed out soon
session-warning-body = To protect your account, you will be signed out if nothing happens for 30 minutes.
session-warning-stay = Stay signed in
session-warning-leave = Sign out now

## Forgotten password

reset-title = Reset your password
reset-heading = Reset your password
reset-lead = You need your sign-in name, one of your recovery codes and your authenticator app.
reset-button = Reset password
reset-error-mismatch = These details do not match an account. Check them and try again.
reset-done-title = Password reset
reset-done-heading = Your password has been reset
reset-done-body = You have used one of your recovery codes, and you have been signed out everywhere. Sign in with your new password.

## The account page

account-title = Your account
account-heading = Your account
account-for = Account for
account-for-self = Support for myself
account-for-supporter = Support for me as a supporter
supporter-guides-link = Guides for people supporting someone
account-role = Role
account-role-staff = Staff
account-service = Service
account-recovery-left = Recovery codes left
account-recovery-get-new = Get new codes
account-security-heading = Security
account-change-password = Change your password
account-reset-authenticator = Set up your authenticator app again
account-new-recovery-codes = Get new recovery codes
account-sessions-heading = Where you are signed in
account-sessions-caption = Devices signed in to your account
account-sessions-device = Device
account-sessions-last-active = Last active
account-sessions-this-device = This device
account-sessions-sign-out-others = Sign out everywhere else
account-data-heading = Your information
account-data-body = Download everything your account holds, as a file you can keep or share with someone you trust.
account-data-download = Download your information
account-delete-heading = Delete your account
account-delete-link = Delete your account
account-sign-out = Sign out

device-description = { $browser } on { $system }
device-browser-chrome = Chrome
device-browser-firefox = Firefox
device-browser-safari = Safari
device-browser-edge = Edge
device-browser-samsung = Samsung Internet
device-browser-other = A browser
device-system-android = Android
device-system-ios = iPhone or iPad
device-system-windows = Windows
device-system-macos = Mac
device-system-chromeos = Chromebook
device-system-linux = Linux
device-system-other = another device
time-just-now = Just now
time-minutes-ago = { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
time-hours-ago = { $hours ->
    [one] 1 hour ago
   *[other] { $hours } hours ago
}

flash-password-changed = Your password has been changed. You have been signed out on other devices.
flash-authenticator-changed = Your authenticator app has been set up again. Codes from your old app no longer work.
flash-recovery-codes-replaced = You have new recovery codes. Your old codes no longer work.
flash-other-sessions-ended = You have been signed out everywhere else.
flash-welcome = Your account is ready.
flash-recovery-codes-low = You have { $count ->
    [one] 1 recovery code
   *[other] { $count } recovery codes
} left. Get new codes so you do not run out.
flash-code-failures = There { $count ->
    [one] was 1 wrong code
   *[other] were { $count } wrong codes
} entered for your account before you signed in. If that was not you, someone may know your password: change it now.

reauth-lead = To keep your account safe, confirm it is you.
reauth-code-label = Code from your authenticator app, or a recovery code
reauth-error-mismatch = The details are not right. Check your sign-in name, password and code.

change-password-title = Change your password
change-password-heading = Change your password
current-password-label = Current password
change-password-new-label = New password
change-password-button = Change password

reset-authenticator-title = Set up your authenticator app again
reset-authenticator-heading = Set up your authenticator app again
reset-authenticator-lead = Do this if you have a new phone or have lost your app. Your old app will stop working.

new-codes-title = Get new recovery codes
new-codes-heading = Get new recovery codes
new-codes-lead = You will get 10 new codes. Your old codes will stop working.

delete-title = Delete your account
delete-heading = Delete your account
delete-warning = This cannot be undone. Your account and everything in it, including your diary and your progress through the guides, will be deleted straight away.
delete-button = Delete my account
deleted-title = Account deleted
deleted-heading = Your account has been deleted
deleted-body = Everything in it has been deleted. You can still use this website without an account.

## Staff enrolment

staff-enrol-title = Set up your staff account
staff-enrol-heading = Set up your staff account
staff-enrol-lead = Hello { $name }. Choose your sign-in details, then set up your authenticator app. Two-factor sign-in is always on for staff.
invite-invalid-title = Link not valid
invite-invalid-heading = This link has expired or has already been used
invite-invalid-body = Enrolment links work once, for 24 hours. Ask an administrator for a new link.
nav-label = Account
code-error-closed = Too many wrong codes have been entered for this account, so it takes no more codes. Reset your password with a recovery code to open it again.
flash-code-entry-was-closed = Code entry for your account was closed after too many wrong codes, until you reset your password. If those codes were not yours, someone may know your password.
