//! One service drawn as a card: what it does, who it is for and every way to reach it. Used by the directory
//! and by the pages that suggest services.

use crate::i18n::{use_i18n, I18n, Locale};
use crate::models::service::{Contact, ContactKind, Service};
use crate::models::vocabulary;
use leptos::prelude::*;

fn contact_view(i18n: &I18n, contact: &Contact) -> impl IntoView {
    let kind = i18n.text(&contact.kind.label());
    let digits: String = contact.value.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    // Numbers and addresses read left to right, also in a right-to-left page.
    let value = if contact.kind.is_call() {
        view! { <a class="wm-link" href=format!("tel:{digits}") dir="ltr">{contact.value.clone()}</a> }.into_any()
    } else if contact.kind == ContactKind::Email {
        view! { <a class="wm-link" href=format!("mailto:{}", contact.value) dir="ltr">{contact.value.clone()}</a> }
            .into_any()
    } else if contact.kind.is_link() {
        view! {
            <a class="wm-link" href=contact.value.clone() rel="noreferrer noopener" dir="ltr">
                {contact.value.clone()}
            </a>
        }
        .into_any()
    } else {
        view! { <span>{contact.value.clone()}</span> }.into_any()
    };
    let hours = contact.hours.clone().map(|h| view! { <span class="wm-service__hours">{h}</span> });
    let note = contact.note.clone().map(|n| view! { <span class="wm-service__note">{n}</span> });
    view! {
        <div class="wm-service__contact">
            <dt class="wm-service__kind">{kind}</dt>
            <dd class="wm-service__value">{value} {hours} {note}</dd>
        </div>
    }
}

#[component]
pub fn ServiceCard(service: Service, #[prop(default = 2)] level: u8) -> impl IntoView {
    let i18n = use_i18n();
    let for_whom: Vec<String> = service
        .groups
        .iter()
        .filter(|g| *g != vocabulary::EVERYONE)
        .filter_map(|g| vocabulary::label_of(&vocabulary::groups(), g))
        .map(|t| i18n.text(&t))
        .collect();
    let ages = match (service.min_age, service.max_age) {
        (Some(min), Some(max)) => Some(i18n.tr("service-ages-between", &[("min", min.into()), ("max", max.into())])),
        (Some(min), None) => Some(i18n.tr("service-ages-from", &[("min", min.into())])),
        (None, Some(max)) => Some(i18n.tr("service-ages-up-to", &[("max", max.into())])),
        (None, None) => None,
    };
    let mut tags = Vec::new();
    tags.push(if service.national {
        i18n.t("service-national")
    } else if service.areas.len() == crate::models::area::Borough::ALL.len() {
        i18n.t("service-local")
    } else {
        service.areas.iter().map(|b| i18n.text(&b.label())).collect::<Vec<_>>().join(", ")
    });
    if service.receives_referrals {
        tags.push(i18n.t("service-takes-requests"));
    }
    if let Some(ages) = ages {
        tags.push(ages);
    }
    tags.extend(for_whom);
    let tags = tags.into_iter().map(|t| view! { <li class="wm-tag">{t}</li> }).collect_view();
    let police = service.police_run.then(|| view! { <p class="wm-hint">{i18n.t("service-police-run")}</p> });
    let placeholder = service.placeholder.then(|| view! { <p class="wm-hint">{i18n.t("service-placeholder")}</p> });
    let contacts = service.contacts.iter().map(|c| contact_view(&i18n, c)).collect_view();
    // Names and summaries are written in English only: marked so on pages in other languages, which also keeps
    // their full stops in place on right-to-left pages.
    let english = i18n.locale() != Locale::En;
    let (lang, dir) = (english.then_some("en"), english.then_some("ltr"));
    let title =
        match level {
            3 => view! { <h3 class="wm-heading-s wm-service__name" lang=lang dir=dir>{service.name.clone()}</h3> }
                .into_any(),
            _ => view! { <h2 class="wm-heading-s wm-service__name" lang=lang dir=dir>{service.name.clone()}</h2> }
                .into_any(),
        };
    let checked = i18n.tr("service-checked", &[("date", i18n.digits(&service.checked).into())]);
    view! {
        <li class="wm-service">
            {title}
            <p class="wm-body" lang=lang dir=dir>{service.summary.clone()}</p>
            <ul class="wm-tags" aria-label=i18n.t("service-about")>{tags}</ul>
            {police}
            <dl class="wm-service__contacts">{contacts}</dl>
            {placeholder}
            <p class="wm-hint wm-service__checked">{checked}</p>
        </li>
    }
}
