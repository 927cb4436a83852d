//! Ways to get help straight away, shown on the home page and elsewhere: emergency numbers and free national
//! helplines that do not involve the police.

use crate::i18n::use_i18n;
use crate::models::service::Service;
use crate::pages::services::card::ServiceCard;
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

/// What the server found to call now: services from the directory with a number to ring, and the directory's
/// page of local services for someone who is not safe.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallNow {
    pub services: Vec<Service>,
    pub local_href: String,
}

/// Every way to get help now, for someone not safe or not sure: 999 and its silent, text, relay and BSL options,
/// the National Domestic Abuse Helpline, the services to call from the directory, and the local services.
#[component]
pub fn HelpNow(call: CallNow) -> impl IntoView {
    let i18n = use_i18n();
    let cards = call.services.into_iter().map(|s| view! { <ServiceCard service=s level=3/> }).collect_view();
    view! {
        <EmergencyHelp/>
        <section class="wm-help-now" aria-labelledby="help-now-talk">
            <h2 class="wm-heading-m" id="help-now-talk">{i18n.t("home-talk-heading")}</h2>
            <ul class="wm-helplines">
                <Helpline
                    name=i18n.t("helpline-domestic-abuse")
                    about=i18n.t("helpline-domestic-abuse-about")
                    number="0808 2000 247"
                    hours=i18n.t("helpline-hours-always")
                />
            </ul>
            <ul class="wm-service-list">{cards}</ul>
            <p class="wm-body"><a class="wm-link" href=call.local_href>{i18n.t("help-now-local")}</a></p>
        </section>
    }
}
