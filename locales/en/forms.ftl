# Shared by every form.

error-summary-title = There is a problem
error-prefix = Error:
warning-prefix = Warning
banner-success = Success
banner-important = Important
back = Back
continue = Continue
page-title-error = Error: { $page } – Waymark
