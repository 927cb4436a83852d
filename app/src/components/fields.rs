//! Form fields. Each field draws its label, hint and error message and ties them to the input with
//! `aria-describedby`; a field with an error keeps what the person typed.

use crate::forms::Form;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::borrow::Cow;

/// "There is a problem": a list of links to each field with an error, shown at the top of the page.
#[component]
pub fn ErrorSummary(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let items = form.summary();
    if items.is_empty() {
        return None;
    }
    let links = items
        .into_iter()
        .map(|e| {
            let href = format!("#{}", e.field);
            view! { <li><a href=href>{i18n.text(&e.message)}</a></li> }
        })
        .collect_view();
    Some(view! {
        <div class="wm-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" autofocus>
            <h2 class="wm-error-summary__title" id="error-summary-title">{i18n.t("error-summary-title")}</h2>
            <ul class="wm-list wm-error-summary__list">{links}</ul>
        </div>
    })
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{name}-hint"));
    }
    if error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The error messages for a field, each prefixed for screen readers.
fn error_messages(name: &'static str, form: &Form) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let errors = form.errors_for(name);
    if errors.is_empty() {
        return None;
    }
    let prefix = i18n.t("error-prefix");
    let lines =
        errors.into_iter().map(|e| view! { <span class="wm-error-message__line">{i18n.text(e)}</span> }).collect_view();
    Some(view! {
        <p class="wm-error-message" id=format!("{name}-error")>
            <span class="wm-visually-hidden">{prefix}</span>
            {lines}
        </p>
    })
}

/// A single-line text input (also for passwords, email addresses and numbers).
#[component]
pub fn TextInput(
    name: &'static str,
    label: String,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] width: Option<&'static str>,
    #[prop(optional)] label_is_heading: bool,
    #[prop(optional)] spellcheck_off: bool,
) -> impl IntoView {
    let has_error = form.error_for(name).is_some();
    // Passwords are never sent back to the browser, even when the form has errors.
    let value = if input_type == "password" { String::new() } else { form.value(name) };
    let group_class = if has_error { "wm-form-group wm-form-group--error" } else { "wm-form-group" };
    let mut input_class = String::from("wm-input");
    if let Some(w) = width {
        input_class.push_str(&format!(" wm-input--width-{w}"));
    }
    if has_error {
        input_class.push_str(" wm-input--error");
    }
    let label_view = if label_is_heading {
        view! { <h1 class="wm-label-wrapper"><label class="wm-label wm-label--l" for=name>{label}</label></h1> }
            .into_any()
    } else {
        view! { <label class="wm-label" for=name>{label}</label> }.into_any()
    };
    let describedby = described_by(name, hint.is_some(), has_error);
    view! {
        <div class=group_class>
            {label_view}
            {hint.map(|h| view! { <div class="wm-hint" id=format!("{name}-hint")>{h}</div> })}
            {error_messages(name, &form)}
            <input
                class=input_class
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=spellcheck_off.then_some("false")
                aria-describedby=describedby
            />
        </div>
    }
}

/// A 6-digit authenticator code or a recovery code.
#[component]
pub fn CodeInput(
    name: &'static str,
    label: String,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    match hint {
        Some(hint) => view! {
            <TextInput
                name=name
                label=label
                form=form
                hint=hint
                autocomplete="one-time-code"
                inputmode="text"
                width="10"
                spellcheck_off=true
            />
        }
        .into_any(),
        None => view! {
            <TextInput
                name=name
                label=label
                form=form
                autocomplete="one-time-code"
                inputmode="text"
                width="10"
                spellcheck_off=true
            />
        }
        .into_any(),
    }
}

/// One choice of a [`Radios`] group.
#[derive(Clone, Debug)]
pub struct Radio {
    pub value: Cow<'static, str>,
    pub label: String,
    pub hint: Option<String>,
}

/// A question answered by choosing one option, in a fieldset whose legend is the question.
#[component]
pub fn Radios(
    name: &'static str,
    legend: String,
    options: Vec<Radio>,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] legend_is_heading: bool,
    /// Lay the options out in a row (for a scale).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let has_error = form.error_for(name).is_some();
    let selected = form.value(name);
    let group_class = if has_error { "wm-form-group wm-form-group--error" } else { "wm-form-group" };
    let describedby = described_by(name, hint.is_some(), has_error);
    let legend_view = if legend_is_heading {
        view! {
            <legend class="wm-fieldset__legend wm-fieldset__legend--l">
                <h1 class="wm-fieldset__heading">{legend}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="wm-fieldset__legend">{legend}</legend> }.into_any()
    };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            // The first radio carries the field's name as its id, so error links land on it.
            let id = if i == 0 { name.to_string() } else { format!("{name}-{}", i + 1) };
            let hint_id = format!("{id}-item-hint");
            let checked = selected == option.value.as_ref();
            view! {
                <div class="wm-radios__item">
                    <input
                        class="wm-radios__input"
                        id=id.clone()
                        name=name
                        type="radio"
                        value=option.value.into_owned()
                        checked=checked
                        aria-describedby=option.hint.as_ref().map(|_| hint_id.clone())
                    />
                    <label class="wm-label wm-radios__label" for=id>{option.label}</label>
                    {option.hint.map(|h| view! { <div class="wm-hint wm-radios__hint" id=hint_id>{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class>
            <fieldset class="wm-fieldset" aria-describedby=describedby>
                {legend_view}
                {hint.map(|h| view! { <div class="wm-hint" id=format!("{name}-hint")>{h}</div> })}
                {error_messages(name, &form)}
                <div class=if inline { "wm-radios wm-radios--inline" } else { "wm-radios" }>{items}</div>
            </fieldset>
        </div>
    }
}

/// How a button looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonKind {
    #[default]
    Primary,
    Secondary,
    Warning,
}

/// A submit button.
#[component]
pub fn Button(
    text: String,
    #[prop(optional)] kind: ButtonKind,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional)] value: Option<&'static str>,
) -> impl IntoView {
    let class = match kind {
        ButtonKind::Primary => "wm-button",
        ButtonKind::Secondary => "wm-button wm-button--secondary",
        ButtonKind::Warning => "wm-button wm-button--warning",
    };
    view! { <button type="submit" class=class name=name value=value>{text}</button> }
}

/// A multi-line answer.
#[component]
pub fn Textarea(
    name: &'static str,
    label: String,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    let has_error = form.error_for(name).is_some();
    let group_class = if has_error { "wm-form-group wm-form-group--error" } else { "wm-form-group" };
    let class = if has_error { "wm-textarea wm-textarea--error" } else { "wm-textarea" };
    let describedby = described_by(name, hint.is_some(), has_error);
    let value = form.value(name);
    view! {
        <div class=group_class>
            <label class="wm-label" for=name>{label}</label>
            {hint.map(|h| view! { <div class="wm-hint" id=format!("{name}-hint")>{h}</div> })}
            {error_messages(name, &form)}
            <textarea class=class id=name name=name rows=rows.to_string() aria-describedby=describedby>{value}</textarea>
        </div>
    }
}

/// One choice of a [`Checkboxes`] group.
#[derive(Clone, Debug)]
pub struct Checkbox {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// A question answered by ticking any number of options. Each box posts `name=value`.
#[component]
pub fn Checkboxes(
    name: &'static str,
    legend: String,
    options: Vec<Checkbox>,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] small: bool,
    #[prop(optional)] legend_is_heading: bool,
) -> impl IntoView {
    let has_error = form.error_for(name).is_some();
    let group_class = if has_error { "wm-form-group wm-form-group--error" } else { "wm-form-group" };
    let describedby = described_by(name, hint.is_some(), has_error);
    let list_class = if small { "wm-checkboxes wm-checkboxes--small" } else { "wm-checkboxes" };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let id = if i == 0 { name.to_string() } else { format!("{name}-{}", i + 1) };
            view! {
                <div class="wm-checkboxes__item">
                    <input
                        class="wm-checkboxes__input"
                        id=id.clone()
                        name=name
                        type="checkbox"
                        value=option.value.into_owned()
                        checked=option.checked
                    />
                    <label class="wm-label wm-checkboxes__label" for=id>{option.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class>
            <fieldset class="wm-fieldset" aria-describedby=describedby>
                {if legend_is_heading {
                    view! {
                        <legend class="wm-fieldset__legend wm-fieldset__legend--l">
                            <h1 class="wm-fieldset__heading">{legend}</h1>
                        </legend>
                    }
                    .into_any()
                } else {
                    view! { <legend class="wm-fieldset__legend">{legend}</legend> }.into_any()
                }}
                {hint.map(|h| view! { <div class="wm-hint" id=format!("{name}-hint")>{h}</div> })}
                {error_messages(name, &form)}
                <div class=list_class>{items}</div>
            </fieldset>
        </div>
    }
}

/// A date as three fields (day, month, year), after the GOV.UK date input. The fields post as
/// `<name>_day`, `<name>_month` and `<name>_year`; the error for the date is stored under `name`.
#[component]
pub fn DateInput(
    name: &'static str,
    legend: String,
    form: Form,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let has_error = form.error_for(name).is_some();
    let group_class = if has_error { "wm-form-group wm-form-group--error" } else { "wm-form-group" };
    let describedby = described_by(name, hint.is_some(), has_error);
    let part = |suffix: &'static str, label: String, width: &'static str, first: bool| {
        let field = format!("{name}_{suffix}");
        // The day field carries the date's own id, so the error summary's link lands on it.
        let id = if first { name.to_string() } else { field.clone() };
        let value = form.value(match suffix {
            "day" => "day",
            "month" => "month",
            _ => "year",
        });
        let class = if has_error {
            format!("wm-input wm-date-input__input wm-input--width-{width} wm-input--error")
        } else {
            format!("wm-input wm-date-input__input wm-input--width-{width}")
        };
        view! {
            <div class="wm-date-input__item">
                <label class="wm-label wm-date-input__label" for=id.clone()>{label}</label>
                <input class=class id=id name=field type="text" inputmode="numeric" value=value/>
            </div>
        }
    };
    let day = part("day", i18n.t("date-day"), "2", true);
    let month = part("month", i18n.t("date-month"), "2", false);
    let year = part("year", i18n.t("date-year"), "4", false);
    view! {
        <div class=group_class>
            <fieldset class="wm-fieldset" role="group" aria-describedby=describedby>
                <legend class="wm-fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <div class="wm-hint" id=format!("{name}-hint")>{h}</div> })}
                {error_messages(name, &form)}
                <div class="wm-date-input">{day} {month} {year}</div>
            </fieldset>
        </div>
    }
}
