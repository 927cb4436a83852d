# Draft translation: not yet checked by a fluent Welsh speaker.

home-title = Hafan
home-heading = Cymorth ar ôl trosedd, yn eich amser eich hun
home-lead = Mae Waymark yn lle rhad ac am ddim a phreifat i unrhyw un y mae trosedd wedi effeithio arno, ac i'r bobl sy'n eu cefnogi. Gallwch ei ddefnyddio p'un a ydych chi wedi dweud wrth yr heddlu ai peidio.

urgent-heading = Os ydych chi mewn perygl nawr
urgent-999 = Ffoniwch 999 a gofyn am yr heddlu.

home-police-heading = Does dim rhaid i chi fynd at yr heddlu
home-talk-heading = Siarad â rhywun nawr
home-private-heading = Cadw eich ymweliad yn breifat
home-private-link = Sut i gadw'n ddiogel ar-lein
