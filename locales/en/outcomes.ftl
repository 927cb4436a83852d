# What came of a request: the categories of need and support plan recorded by staff, the outcome of each need at
# closure, and the feedback a person may give afterwards.

needs-heading = Needs and outcomes
needs-legend = Categories of need
needs-hint = Record what the person needs help with, as agreed at first contact. Select all that apply.
needs-plan-label = Support plan
needs-plan-hint = In brief: what you agreed to do. Kept encrypted, like notes.
needs-save = Save needs and plan
needs-error = Select at least one category of need
needs-plan-error = Enter the support plan in brief
needs-closed-error = This request is closed: needs can no longer be changed
needs-unknown = A category no longer in the list
needs-event = Needs and support plan recorded

needs-category-mental-health = Mental health and wellbeing
needs-category-physical-health = Physical health
needs-category-children-young-people = Children and young people
needs-category-accommodation = Accommodation
needs-category-finance-benefits = Finance and benefits
needs-category-outlook-attitude = Outlook and attitude
needs-category-drugs-alcohol = Drugs and alcohol
needs-category-employment-education = Employment and education
needs-category-safety = Safety and security
needs-category-criminal-justice = Support through the criminal justice process

outcome-close-heading = Close with outcomes
outcome-close-lead = For each need, record whether the person is better able to cope and recover. A request can only be closed with an outcome for every need.
outcome-none-recorded = No needs were recorded, so there is nothing to assess.
outcome-legend = { $need }: is the person better able to cope and recover?
outcome-improved = Improved
outcome-not-improved = Not improved
outcome-not-assessed = Not assessed
outcome-reason-legend = { $need }: why not improved or not assessed?
outcome-reason-hint = Only needed when the outcome is not improved or not assessed.
outcome-reason-lost-contact = We lost contact
outcome-reason-declined = The person declined further support
outcome-reason-too-early = Too early to tell
outcome-reason-referred-on = Referred to another service for this
outcome-reason-outside-service = Outside what this service can do
outcome-reason-other = Another reason
outcome-onward-legend = Onward referral
outcome-onward-none = None
outcome-onward-directory = A service in the directory
outcome-onward-other = Another organisation
outcome-close-save = Close request
outcome-error = Select an outcome for { $need }
outcome-reason-error = Select why { $need } was not improved or not assessed
outcome-onward-error = Select an onward referral, or none
outcome-closed-error = This request is already closed
outcome-close-elsewhere = To close a request, record the outcomes under "Close with outcomes"
outcome-event = Closed with outcomes

feedback-link = Tell us how it went
feedback-title = How was the support?
feedback-lead = Your request to { $service } is closed. Three short questions help the service, and the people who fund it, improve.
feedback-anonymous = Your answers are not linked to you: the service only sees how many people gave each answer. You can answer once.
feedback-easy = Was it easy to get help?
feedback-listened = Did you feel listened to?
feedback-recommend = Would you recommend the service to someone in your situation?
feedback-yes = Yes
feedback-partly = Partly
feedback-maybe = Maybe
feedback-no = No
feedback-partly-or-maybe = Partly or maybe
feedback-send = Send
feedback-error = Select an answer
feedback-thanks = Thank you. Your answers were sent.
