# Draft translation: not yet checked by a fluent Punjabi in Gurmukhi script speaker.
# The service directory, and the words it shares with requests for support.

nav-services = ਸੇਵਾਵਾਂ

services-title = ਸੇਵਾਵਾਂ
services-heading = ਸੇਵਾਵਾਂ ਜੋ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ
services-lead = ਅਪਰਾਧ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਲੋਕਾਂ ਲਈ ਸਥਾਨਕ ਅਤੇ ਰਾਸ਼ਟਰੀ ਸੇਵਾਵਾਂ। ਇਹ ਮੁਫ਼ਤ ਹਨ, ਅਤੇ ਜ਼ਿਆਦਾਤਰ ਪੁਲਿਸ ਤੋਂ ਵੱਖਰੀਆਂ ਅਤੇ ਸੁਤੰਤਰ ਹਨ।
services-request-lead = ਕੁਝ ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਨਾਲ ਇਸ ਸਾਈਟ ਰਾਹੀਂ ਸੰਪਰਕ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ। ਸਾਨੂੰ ਥੋੜ੍ਹਾ ਜਿਹਾ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ, ਅਤੇ ਸਹੀ ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ, ਉਸ ਤਰੀਕੇ ਨਾਲ ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸੋਗੇ।
services-request-link = ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇ
services-search-label = ਸੇਵਾਵਾਂ ਖੋਜੋ
services-search-button = ਖੋਜੋ
services-search-results = “{ $words }” ਲਈ ਸੇਵਾਵਾਂ
services-filter-label = ਸੇਵਾਵਾਂ ਨੂੰ ਛਾਂਟੋ
services-filter-what = ਕੀ ਹੋਇਆ
services-filter-who = ਕਿਸ ਲਈ
services-filter-clear = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦਿਖਾਓ
services-count = { $count ->
    [0] ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ। ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ।
    [one] { $count } ਸੇਵਾ
   *[other] { $count } ਸੇਵਾਵਾਂ
}

service-about = ਇਸ ਸੇਵਾ ਬਾਰੇ
service-national = ਰਾਸ਼ਟਰੀ
service-local = Cleveland ਵਿੱਚ ਸਥਾਨਕ
service-takes-requests = ਤੁਸੀਂ ਇਸ ਸਾਈਟ ਰਾਹੀਂ ਉਹਨਾਂ ਨੂੰ ਕਹਿ ਸਕਦੇ ਹੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ
service-police-run = ਇਹ ਸੇਵਾ ਪੁਲਿਸ ਵੱਲੋਂ ਚਲਾਈ ਜਾਂਦੀ ਹੈ।
service-placeholder = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੇਰਵਿਆਂ ਦੀ ਅਜੇ ਸੇਵਾ ਨਾਲ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ।
service-ages-between = ਉਮਰ { $min } ਤੋਂ { $max } ਸਾਲ
service-ages-from = ਉਮਰ { $min } ਸਾਲ ਅਤੇ ਵੱਧ
service-ages-up-to = ਉਮਰ { $max } ਸਾਲ ਤੱਕ

crime-violence = ਹਿੰਸਾ, ਹਮਲਾ ਜਾਂ ਧਮਕੀਆਂ
crime-theft-burglary = ਘਰ ਜਾਂ ਇਮਾਰਤ ਵਿੱਚ ਵੜ ਕੇ ਚੋਰੀ (burglary), ਲੁੱਟ ਜਾਂ ਚੋਰੀ
crime-domestic-abuse = ਘਰੇਲੂ ਹਿੰਸਾ ਜਾਂ ਦੁਰਵਿਹਾਰ
crime-sexual-violence = ਬਲਾਤਕਾਰ, ਜਿਨਸੀ ਹਮਲਾ ਜਾਂ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ
crime-stalking-harassment = ਪਿੱਛਾ ਕਰਨਾ (stalking) ਜਾਂ ਤੰਗ-ਪਰੇਸ਼ਾਨ ਕਰਨਾ
crime-hate-crime = ਨਫ਼ਰਤ ਅਪਰਾਧ (hate crime)
crime-fraud-cyber = ਧੋਖਾਧੜੀ, ਠੱਗੀ ਜਾਂ ਔਨਲਾਈਨ ਅਪਰਾਧ
crime-anti-social-behaviour = ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਵਹਾਰ (anti-social behaviour)
crime-road-collision = ਸੜਕ ਹਾਦਸਾ
crime-criminal-damage = ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ
crime-other = ਕੁਝ ਹੋਰ
crime-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਅਪਰਾਧ ਸੀ

need-emotional = ਕੋਈ ਜਿਸ ਨਾਲ ਮੈਂ ਆਪਣੀਆਂ ਭਾਵਨਾਵਾਂ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕਾਂ
need-practical = ਵਿਹਾਰਕ ਮਦਦ, ਜਿਵੇਂ ਮੁਰੰਮਤ, ਪੈਸੇ ਜਾਂ ਫ਼ਾਰਮ
need-safety = ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਨ ਜਾਂ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਹੋਣ ਲਈ ਮਦਦ
need-justice = ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ ਨੂੰ ਸਮਝਣਾ
need-restorative-justice = ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲਬਾਤ ਕਰਨਾ ਜਿਸਨੇ ਮੈਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ (restorative justice)
need-information = ਮੇਰੇ ਕੋਲ ਮੌਜੂਦ ਵਿਕਲਪਾਂ ਬਾਰੇ ਜਾਣਕਾਰੀ
need-crisis = ਸੰਕਟ ਵਿੱਚ ਸਹਾਇਤਾ

group-everyone = ਹਰ ਕੋਈ
group-women = ਔਰਤਾਂ
group-men = ਮਰਦ
group-lgbtq = LGBTQ+ ਲੋਕ
group-deaf = ਬੋਲ਼ੇ (Deaf) ਲੋਕ
group-young-people = ਨੌਜਵਾਨ
group-older-people = ਬਜ਼ੁਰਗ ਲੋਕ
group-bame = ਕਾਲੇ, ਏਸ਼ੀਆਈ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਪਿਛੋਕੜ ਵਾਲੇ ਲੋਕ
group-migrants = ਪ੍ਰਵਾਸੀ ਅਤੇ ਸ਼ਰਨਾਰਥੀ
group-disabled = ਅਪਾਹਜਤਾ ਵਾਲੇ ਲੋਕ

contact-kind-phone = ਫ਼ੋਨ
contact-kind-text = ਟੈਕਸਟ ਸੁਨੇਹਾ
contact-kind-email = ਈਮੇਲ
contact-kind-website = ਵੈੱਬਸਾਈਟ
contact-kind-webchat = ਵੈੱਬ ਚੈਟ
contact-kind-bsl-video-relay = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL) ਵੀਡੀਓ ਰੀਲੇਅ
contact-kind-relay-uk = Relay UK

age-under-13 = 13 ਤੋਂ ਘੱਟ
age-13-15 = 13 ਤੋਂ 15
age-16-17 = 16 ਜਾਂ 17
age-18-24 = 18 ਤੋਂ 24
age-25-44 = 25 ਤੋਂ 44
age-45-64 = 45 ਤੋਂ 64
age-65-plus = 65 ਜਾਂ ਵੱਧ

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = ਵੇਰਵੇ { $date } ਨੂੰ ਜਾਂਚੇ ਗਏ
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
