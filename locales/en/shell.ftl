# The frame around every page: header, footer, skip link, exit control, titles.

product-name = Waymark
# The browser tab title: a plain page name and the product name. Never anything about crime.
page-title = { $page } – Waymark

skip-to-main = Skip to main content
exit-this-page = Exit this page
exit-this-page-hint = Or press Shift 3 times
language-switcher-label = Choose a language

footer-urgent = In danger now? Call 999. If you cannot speak on a mobile, press 55 when asked.
footer-links-heading = Information about this website
footer-staying-safe = Staying safe online
footer-bsl = British Sign Language (BSL)
footer-privacy = Privacy
footer-accessibility = Accessibility
footer-cookies = Cookies
footer-independent = Waymark is independent of the police. You can use it whether or not you have told anyone about what happened.

not-found-title = Page not found
not-found-heading = Page not found
not-found-body = If you typed the web address, check it is correct. If you followed a link, the page may have moved.
not-found-home = Go to the start page

cross-site-title = Form not sent
cross-site-heading = Your form was not sent
cross-site-body = The form came from another website, so we did not accept it. This protects you from websites that try to act in your name. If you filled in a form on this website, go back to it and send it again.

server-error-title = Sorry, there is a problem
server-error-heading = Sorry, there is a problem with the service
server-error-body = Try again later. Anything you had already saved is safe.
server-error-urgent = If you need help now, call Victim Support's free Supportline on 08 08 16 89 111, or 999 in an emergency.
