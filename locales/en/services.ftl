# The service directory, and the words it shares with requests for support.

nav-services = Services

services-title = Services
services-heading = Services that can help
services-lead = Local and national services for people affected by crime. They are free, and most are independent of the police.
services-request-lead = Some local services can be contacted through this site. Tell us a little about what happened and the right service will get in touch with you, in the way you say is safe.
services-request-link = Ask a service to contact you
services-search-label = Search the services
services-search-button = Search
services-search-results = Services for “{ $words }”
services-filter-label = Filter the services
services-filter-what = What happened
services-filter-who = Who for
services-filter-clear = Show all services
services-count = { $count ->
    [0] No services found. Try other words.
    [one] 1 service
   *[other] { $count } services
}

service-about = About this service
service-national = National
service-local = Local to Cleveland
service-takes-requests = You can ask them to contact you through this site
service-police-run = This service is run by the police.
service-placeholder = Some of these details are still being checked with the service.
service-ages-between = Ages { $min } to { $max }
service-ages-from = Ages { $min } and over
service-ages-up-to = Ages up to { $max }

crime-violence = Violence, assault or threats
crime-theft-burglary = Burglary, robbery or theft
crime-domestic-abuse = Domestic abuse
crime-sexual-violence = Rape, sexual assault or sexual abuse
crime-stalking-harassment = Stalking or harassment
crime-hate-crime = Hate crime
crime-fraud-cyber = Fraud, scams or online crime
crime-anti-social-behaviour = Anti-social behaviour
crime-road-collision = A road collision
crime-criminal-damage = Damage to property
crime-other = Something else
crime-not-sure = I am not sure it was a crime

need-emotional = Someone to talk to about how I feel
need-practical = Practical help, such as repairs, money or forms
need-safety = Help to feel or be safer
need-justice = Understanding the police and courts
need-restorative-justice = Communicating with the person who harmed me (restorative justice)
need-information = Information about my options
need-crisis = Support in a crisis

group-everyone = Everyone
group-women = Women
group-men = Men
group-lgbtq = LGBTQ+ people
group-deaf = Deaf people
group-young-people = Young people
group-older-people = Older people
group-bame = Black, Asian and minority ethnic people
group-migrants = Migrants and refugees
group-disabled = Disabled people

contact-kind-phone = Phone
contact-kind-text = Text
contact-kind-email = Email
contact-kind-website = Website
contact-kind-webchat = Web chat
contact-kind-bsl-video-relay = British Sign Language video relay
contact-kind-relay-uk = Relay UK

age-under-13 = Under 13
age-13-15 = 13 to 15
age-16-17 = 16 or 17
age-18-24 = 18 to 24
age-25-44 = 25 to 44
age-45-64 = 45 to 64
age-65-plus = 65 or over

# Where a service works, and when its details were checked.
service-checked = Details checked on { $date }
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
