# Draft translation: not yet checked by a fluent Persian (Farsi) speaker.
# The service directory, and the words it shares with requests for support.

nav-services = خدمات حمایتی

services-title = خدمات حمایتی
services-heading = سازمان‌هایی که می‌توانند کمک کنند
services-lead = سازمان‌های محلی و سراسری برای کسانی که از جرم آسیب دیده‌اند. خدمات آن‌ها رایگان است و بیشترشان از پلیس مستقل هستند.
services-request-lead = با بعضی از سازمان‌های محلی می‌توان از طریق همین سایت تماس گرفت. کمی دربارهٔ آنچه پیش آمده به ما بگویید تا سازمان مناسب، به شیوه‌ای که شما می‌گویید امن است، با شما تماس بگیرد.
services-request-link = از یک سازمان بخواهید با شما تماس بگیرد
services-search-label = جست‌وجو در سازمان‌ها
services-search-button = جست‌وجو
services-search-results = سازمان‌های مربوط به «{ $words }»
services-filter-label = فیلتر سازمان‌ها
services-filter-what = چه اتفاقی افتاد
services-filter-who = برای چه کسی
services-filter-clear = نمایش همهٔ سازمان‌ها
services-count = { $count ->
    [0] هیچ سازمانی پیدا نشد. کلمه‌های دیگری را امتحان کنید.
    [one] { $count } سازمان
   *[other] { $count } سازمان
}

service-about = دربارهٔ این سازمان
service-national = سراسری
service-local = محلی در Cleveland (کلیولند)
service-takes-requests = می‌توانید از طریق همین سایت از آن‌ها بخواهید با شما تماس بگیرند
service-police-run = این سازمان را پلیس اداره می‌کند.
service-placeholder = بعضی از این اطلاعات هنوز در حال بررسی با خود سازمان است.
service-ages-between = سنین { $min } تا { $max } سال
service-ages-from = { $min } سال و بالاتر
service-ages-up-to = تا { $max } سال

crime-violence = خشونت، ضرب و جرح یا تهدید
crime-theft-burglary = سرقت از منزل، زورگیری یا دزدی
crime-domestic-abuse = آزار خانگی
crime-sexual-violence = تجاوز، تعرض جنسی یا آزار جنسی
crime-stalking-harassment = تعقیب و زیر نظر گرفتن (stalking) یا مزاحمت و آزار
crime-hate-crime = جرم ناشی از نفرت (hate crime)
crime-fraud-cyber = کلاهبرداری، فریب یا جرم اینترنتی
crime-anti-social-behaviour = رفتار ضداجتماعی
crime-road-collision = تصادف رانندگی
crime-criminal-damage = آسیب به اموال
crime-other = چیز دیگری
crime-not-sure = مطمئن نیستم که جرم بوده باشد

need-emotional = کسی که بتوانم دربارهٔ احساساتم با او صحبت کنم
need-practical = کمک عملی، مثلاً تعمیرات، مسائل مالی یا پر کردن فرم‌ها
need-safety = کمک برای اینکه احساس امنیت بیشتری کنم یا امن‌تر باشم
need-justice = آشنایی با روند کار پلیس و دادگاه‌ها
need-restorative-justice = ارتباط با فردی که به من آسیب زد (عدالت ترمیمی، restorative justice)
need-information = اطلاعات دربارهٔ گزینه‌هایی که دارم
need-crisis = حمایت در شرایط بحرانی

group-everyone = همه
group-women = زنان
group-men = مردان
group-lgbtq = افراد LGBTQ+
group-deaf = افراد ناشنوا
group-young-people = نوجوانان و جوانان
group-older-people = سالمندان
group-bame = سیاه‌پوستان، آسیایی‌ها و اقلیت‌های قومی
group-migrants = مهاجران و پناهندگان
group-disabled = افراد دارای معلولیت

contact-kind-phone = تلفن
contact-kind-text = پیامک
contact-kind-email = ایمیل
contact-kind-website = وب‌سایت
contact-kind-webchat = گفت‌وگوی آنلاین
contact-kind-bsl-video-relay = رلهٔ ویدیویی زبان اشارهٔ بریتانیایی (BSL video relay)
contact-kind-relay-uk = Relay UK

age-under-13 = زیر ۱۳ سال
age-13-15 = ۱۳ تا ۱۵ سال
age-16-17 = ۱۶ یا ۱۷ سال
age-18-24 = ۱۸ تا ۲۴ سال
age-25-44 = ۲۵ تا ۴۴ سال
age-45-64 = ۴۵ تا ۶۴ سال
age-65-plus = ۶۵ سال یا بیشتر

# Draft translation of the keys below: not yet checked by a fluent speaker.
# Where a service works, and when its details were checked.
service-checked = جزئیات در { $date } بررسی شد
area-hartlepool = Hartlepool
area-middlesbrough = Middlesbrough
area-redcar-and-cleveland = Redcar and Cleveland
area-stockton-on-tees = Stockton-on-Tees
