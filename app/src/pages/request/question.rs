//! One page of the request journey: a heading, an optional lead, the fields, and Continue. A page with a
//! single question uses the question as its heading, after the GOV.UK pattern.

use crate::components::{
    BackLink, Button, Checkbox, Checkboxes, ErrorSummary, Radio, Radios, TextInput, Textarea, WarningText,
};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One option of a choice.
#[derive(Clone, Debug)]
pub struct Choice {
    pub value: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
}

impl Choice {
    pub fn new(value: &'static str, label: Text) -> Choice {
        Choice { value, label, hint: None }
    }

    pub fn with_hint(value: &'static str, label: Text, hint: Text) -> Choice {
        Choice { value, label, hint: Some(hint) }
    }
}

/// One part of a question page.
#[derive(Clone, Debug)]
pub enum Field {
    /// Choose one.
    Radios { name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice> },
    /// Choose any; the form value is the chosen values joined by commas.
    Checkboxes { name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice> },
    /// A line of text.
    Text { name: &'static str, label: Text, hint: Option<Text>, kind: &'static str, autocomplete: Option<&'static str> },
    /// Several lines of text.
    Textarea { name: &'static str, label: Text, hint: Option<Text> },
    /// A subheading, for a group of fields.
    Heading(Text),
    /// A paragraph of explanation.
    Paragraph(Text),
    /// An important warning.
    Warning(Text),
}

/// A question page.
#[derive(Clone, Debug)]
pub struct Question {
    /// The address the answers are posted to (the page's own).
    pub action: String,
    pub back: String,
    pub heading: Text,
    pub lead: Vec<Text>,
    pub fields: Vec<Field>,
    /// The button's words; Continue when `None`.
    pub button: Option<Text>,
}

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
        Field::Paragraph(t) => view! { <p class="wm-body">{text(&t)}</p> }.into_any(),
        Field::Warning(t) => view! { <WarningText text=text(&t)/> }.into_any(),
    }
}

#[component]
pub fn QuestionPage(question: Question, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let asks: Vec<&Field> = question
        .fields
        .iter()
        .filter(|f| !matches!(f, Field::Heading(_) | Field::Paragraph(_) | Field::Warning(_)))
        .collect();
    // A single choice question with no lead is the page's heading.
    let single = asks.len() == 1
        && question.lead.is_empty()
        && matches!(asks[0], Field::Radios { .. } | Field::Checkboxes { .. });
    let heading = (!single).then(|| view! { <h1 class="wm-heading-l">{i18n.text(&question.heading)}</h1> });
    let lead = question.lead.iter().map(|t| view! { <p class="wm-body">{i18n.text(t)}</p> }).collect_view();
    let fields = question.fields.into_iter().map(|f| field_view(f, &form, single)).collect_view();
    let button = question.button.as_ref().map(|b| i18n.text(b)).unwrap_or_else(|| i18n.t("continue"));
    view! {
        <PageTitle text=i18n.t("request-title") error=form.has_errors()/>
        <BackLink href=question.back/>
        <ErrorSummary form=form.clone()/>
        <span class="wm-caption">{i18n.t("request-caption")}</span>
        {heading}
        {lead}
        <form method="post" action=question.action novalidate>
            {fields}
            <Button text=button/>
        </form>
    }
}
