# Reaching the people support reaches least: BSL video, the BSL page, being contacted in BSL, help for under-16s.

bsl-none = Does dim fideo Iaith Arwyddion Prydain o'r canllaw hwn eto.
bsl-hosted-here = Mae'r fideo hwn yn cael ei gadw ar y wefan hon. Does dim byd yn cael ei lwytho o unrhyw le arall. Mae ganddo gapsiynau Saesneg.
bsl-captions-label = Capsiynau Saesneg
bsl-download = Lawrlwytho'r fideo BSL
bsl-page-how-guides = Pan fydd gan ganllaw fideo BSL, fe welwch chi ef ar frig tudalen gyntaf y canllaw, gyda chapsiynau Saesneg a fersiwn ysgrifenedig o'r hyn sy'n cael ei arwyddo. Mae'r fideo'n cael ei gadw ar y wefan hon, felly does dim byd yn cael ei lwytho o unrhyw le arall, a gallwch chi ei lawrlwytho.
bsl-page-deaf-services = Gweld gwasanaethau i bobl Fyddar, gan gynnwys sefydliadau Byddar yn eich ardal
request-access-bsl-video-relay = Iaith Arwyddion Prydain (BSL) drwy alwad cyfnewid fideo
request-contact-bsl = Rydych chi wedi gofyn am Iaith Arwyddion Prydain. Bydd y gwasanaeth yn defnyddio'r manylion isod i drefnu cysylltu yn BSL, gyda dehonglydd neu drwy alwad cyfnewid fideo.
under-16-local = Yn ardal Cleveland, mae rhai gwasanaethau lleol yn helpu pobl ifanc hefyd. Er enghraifft, mae Arch yn cefnogi pobl o unrhyw oed ar ôl cam-drin neu ymosodiad rhywiol.
under-16-local-link = Gweld gwasanaethau lleol i bobl ifanc
