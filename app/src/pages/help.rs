//! Ways to get help straight away, shown on the home page and elsewhere: emergency numbers and free national
//! helplines that do not involve the police.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The emergency box: 999, silent calls, text and relay options.
#[component]
pub fn EmergencyHelp() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="wm-urgent" aria-labelledby="urgent-heading">
            <h2 class="wm-heading-m" id="urgent-heading">{i18n.t("urgent-heading")}</h2>
            <ul class="wm-list">
                <li>{i18n.t("urgent-999")}</li>
                <li>{i18n.t("urgent-silent")}</li>
                <li>{i18n.t("urgent-text")}</li>
                <li>{i18n.t("urgent-relay")}</li>
                <li>{i18n.t("urgent-bsl")}</li>
            </ul>
        </section>
    }
}

/// A free helpline: its name, who it is for, and its number as a link that dials on a phone.
#[component]
fn Helpline(name: String, about: String, number: &'static str, hours: String) -> impl IntoView {
    let dial: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
    view! {
        <li class="wm-helpline">
            <h3 class="wm-heading-s wm-helpline__name">{name}</h3>
            <p class="wm-helpline__about">{about}</p>
            <p class="wm-helpline__number">
                <a class="wm-link" href=format!("tel:{dial}")>{number}</a>
                " "
                <span class="wm-helpline__hours">{hours}</span>
            </p>
        </li>
    }
}

/// Free national helplines, none of which involve the police.
#[component]
pub fn Helplines() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="wm-helplines">
            <Helpline
                name=i18n.t("helpline-victim-support")
                about=i18n.t("helpline-victim-support-about")
                number="08 08 16 89 111"
                hours=i18n.t("helpline-hours-always")
            />
            <Helpline
                name=i18n.t("helpline-domestic-abuse")
                about=i18n.t("helpline-domestic-abuse-about")
                number="0808 2000 247"
                hours=i18n.t("helpline-hours-always")
            />
            <Helpline
                name=i18n.t("helpline-rape-crisis")
                about=i18n.t("helpline-rape-crisis-about")
                number="0808 500 2222"
                hours=i18n.t("helpline-hours-always")
            />
            <Helpline
                name=i18n.t("helpline-mens-advice")
                about=i18n.t("helpline-mens-advice-about")
                number="0808 801 0327"
                hours=i18n.t("helpline-hours-weekdays")
            />
            <Helpline
                name=i18n.t("helpline-galop")
                about=i18n.t("helpline-galop-about")
                number="0800 999 5428"
                hours=i18n.t("helpline-hours-check")
            />
            <Helpline
                name=i18n.t("helpline-samaritans")
                about=i18n.t("helpline-samaritans-about")
                number="116 123"
                hours=i18n.t("helpline-hours-always")
            />
            <Helpline
                name=i18n.t("helpline-childline")
                about=i18n.t("helpline-childline-about")
                number="0800 1111"
                hours=i18n.t("helpline-hours-always")
            />
        </ul>
    }
}
