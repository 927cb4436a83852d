# Reaching the people support reaches least: a guide's own British Sign Language video, the BSL page, asking to
# be contacted in BSL, and local help for under-16s.

bsl-none = There is no British Sign Language video of this guide yet.
bsl-hosted-here = This video is kept on this website. Nothing is loaded from anywhere else. It has English captions.
bsl-captions-label = English captions
bsl-download = Download the BSL video
bsl-page-how-guides = When a guide has a BSL video, you will find it at the top of the guide's first page, with English captions and a written version of what is signed. The video is kept on this website, so nothing is loaded from anywhere else, and you can download it.
bsl-page-deaf-services = See services for Deaf people, including Deaf organisations near you

request-access-bsl-video-relay = British Sign Language (BSL) by a video relay call
request-contact-bsl = You asked for British Sign Language. The service will use the details below to arrange contact in BSL, with an interpreter or by a video relay call.

under-16-local = In Cleveland, some local services help young people too. For example, Arch supports people of any age after sexual abuse or assault.
under-16-local-link = See local services for young people
