//! One page of the request journey: a heading, an optional lead, the fields, and Continue. A page with a
//! single question uses the question as its heading, after the GOV.UK pattern.

use crate::components::{BackLink, Button, Checkbox, Checkboxes, ErrorSummary, Radio, Radios, TextInput, Textarea};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::models::question::{Field, Question};
use crate::pages::help::{CallNow, HelpNow};
use crate::pages::services::card::ServiceCard;
use crate::shell::PageTitle;
use leptos::prelude::*;

fn field_view(field: Field, form: &Form, is_heading: bool) -> AnyView {
    let i18n = use_i18n();
    let text = |t: &Text| i18n.text(t);
    match field {
        Field::Radios { name, legend, hint, choices } => {
            let options = choices
                .iter()
                .map(|c| Radio { value: c.value.into(), label: text(&c.label), hint: c.hint.as_ref().map(text) })
                .collect();
            match hint {
                Some(h) => view! { <Radios name=name legend=text(&legend) hint=text(&h) options=options form=form.clone() legend_is_heading=is_heading/> }.into_any(),
                None => view! { <Radios name=name legend=text(&legend) options=options form=form.clone() legend_is_heading=is_heading/> }.into_any(),
            }
        }
        Field::Checkboxes { name, legend, hint, choices } => {
            let chosen = form.value(name);
            let chosen: Vec<&str> = chosen.split(',').collect();
            let options = choices
                .iter()
                .map(|c| Checkbox { value: c.value.to_string(), label: text(&c.label), checked: chosen.contains(&c.value) })
                .collect();
            match hint {
                Some(h) => view! { <Checkboxes name=name legend=text(&legend) hint=text(&h) options=options form=form.clone() legend_is_heading=is_heading/> }.into_any(),
                None => view! { <Checkboxes name=name legend=text(&legend) options=options form=form.clone() legend_is_heading=is_heading/> }.into_any(),
            }
        }
        Field::Text { name, label, hint, kind, autocomplete } => match hint {
            Some(h) => view! { <TextInput name=name label=text(&label) hint=text(&h) input_type=kind autocomplete=autocomplete.unwrap_or("off") form=form.clone()/> }.into_any(),
            None => view! { <TextInput name=name label=text(&label) input_type=kind autocomplete=autocomplete.unwrap_or("off") form=form.clone()/> }.into_any(),
        },
        Field::Textarea { name, label, hint } => match hint {
            Some(h) => view! { <Textarea name=name label=text(&label) hint=text(&h) form=form.clone() rows=4/> }.into_any(),
            None => view! { <Textarea name=name label=text(&label) form=form.clone() rows=4/> }.into_any(),
        },
        Field::Heading(t) => view! { <h2 class="wm-heading-m">{text(&t)}</h2> }.into_any(),
    }
}

/// The page of `question`, posting to `action` (its own address), with a back link to `back`; `call` is what
/// to call now on a page that offers help now.
#[component]
pub fn QuestionPage(
    question: Question,
    action: String,
    back: String,
    form: Form,
    #[prop(optional)] call: CallNow,
    /// Services to turn to, shown after the lead (a page where the journey stops).
    #[prop(optional)]
    services: Vec<crate::models::service::Service>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asks: Vec<&Field> = question.fields.iter().filter(|f| !matches!(f, Field::Heading(_))).collect();
    // A single choice question with no lead is the page's heading.
    let single = asks.len() == 1
        && question.lead.is_empty()
        && matches!(asks[0], Field::Radios { .. } | Field::Checkboxes { .. });
    let heading = (!single).then(|| view! { <h1 class="wm-heading-l">{i18n.text(&question.heading)}</h1> });
    let help = question.help_now.then(|| {
        view! {
            <HelpNow call=call/>
            <h2 class="wm-heading-m">{i18n.t("request-urgent-carry-on-heading")}</h2>
        }
    });
    let lead = question.lead.iter().map(|t| view! { <p class="wm-body">{i18n.text(t)}</p> }).collect_view();
    let fields = question.fields.into_iter().map(|f| field_view(f, &form, single)).collect_view();
    let button = question.button.as_ref().map(|b| i18n.text(b)).unwrap_or_else(|| i18n.t("continue"));
    let cards = (!services.is_empty()).then(|| {
        let cards = services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view();
        view! { <ul class="wm-service-list">{cards}</ul> }
    });
    let form_view = (!question.ends_here).then(|| {
        view! {
            <form method="post" action=action novalidate>
                {fields}
                <Button text=button/>
            </form>
        }
    });
    view! {
        <PageTitle text=i18n.t("request-title") error=form.has_errors()/>
        <BackLink href=back/>
        <ErrorSummary form=form.clone()/>
        <span class="wm-caption">{i18n.t("request-caption")}</span>
        {heading}
        {help}
        {lead}
        {cards}
        {form_view}
    }
}
