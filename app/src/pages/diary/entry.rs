//! Writing or editing an entry (date, feeling, words, what helped), and deleting one.

use super::{long_date, EntryView};
use crate::components::{
    BackLink, Button, ButtonKind, Checkbox, Checkboxes, DateInput, ErrorSummary, Radio, Radios, TextInput, Textarea,
};
use crate::forms::Form;
use crate::i18n::use_i18n;
use crate::models::diary::Helped;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// Whether the form writes a new entry or edits an existing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryFormMode {
    New,
    Edit(i64),
}

/// The entry form. The standard "what helped" choices ticked are kept in the form under `helped`, as their
/// words separated by commas.
#[component]
pub fn EntryFormPage(
    mode: EntryFormMode,
    form: Form,
    /// The account is a supporter's: the prompts ask about them as a supporter.
    #[prop(default = false)]
    supporter: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let text_hint = if supporter { i18n.t("diary-text-hint-supporter") } else { i18n.t("diary-text-hint") };
    let (title, action) = match mode {
        EntryFormMode::New => (i18n.t("diary-new-title"), "/diary/new".to_string()),
        EntryFormMode::Edit(id) => (i18n.t("diary-edit-title"), format!("/diary/entries/{id}/edit")),
    };
    let ticked: Vec<String> = form.value("helped").split(',').map(str::to_string).collect();
    let helped = Helped::ALL
        .iter()
        .map(|h| Checkbox {
            value: h.as_str().to_string(),
            label: i18n.text(&h.label()),
            checked: ticked.iter().any(|t| t == h.as_str()),
        })
        .collect::<Vec<_>>();
    let scale = (1..=10)
        .map(|n: u8| {
            let label = match n {
                1 => i18n.t("feeling-1"),
                10 => i18n.t("feeling-10"),
                _ => n.to_string(),
            };
            Radio { value: SCALE[n as usize - 1].into(), label, hint: None }
        })
        .collect::<Vec<_>>();
    view! {
        <PageTitle text=title.clone() error=form.has_errors()/>
        <BackLink href="/diary".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{title}</h1>
        <form method="post" action=action novalidate>
            <DateInput name="date" legend=i18n.t("diary-date-legend") hint=i18n.t("diary-date-hint") form=form.clone()/>
            <Radios
                name="feeling"
                legend=i18n.t("diary-feeling-legend")
                hint=i18n.t("diary-feeling-hint")
                options=scale
                form=form.clone()
                inline=true
            />
            <Textarea name="text" label=i18n.t("diary-text-label") hint=text_hint form=form.clone() rows=8/>
            <Checkboxes
                name="helped"
                legend=i18n.t("diary-helped-legend")
                hint=i18n.t("diary-helped-hint")
                options=helped
                form=form.clone()
                small=true
            />
            <TextInput name="own_tags" label=i18n.t("diary-own-tags-label") hint=i18n.t("diary-own-tags-hint") form=form/>
            <Button text=i18n.t("diary-save")/>
        </form>
    }
}

const SCALE: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

#[component]
pub fn DeleteEntryPage(entry: EntryView) -> impl IntoView {
    let i18n = use_i18n();
    let date = long_date(&i18n, entry.year, entry.month, entry.day);
    let action = format!("/diary/entries/{}/delete", entry.id);
    view! {
        <PageTitle text=i18n.t("diary-delete-entry-title")/>
        <BackLink href="/diary".to_string()/>
        <h1 class="wm-heading-l">{i18n.tr("diary-delete-entry-heading", &[("date", date.into())])}</h1>
        <p class="wm-body">{i18n.t("diary-delete-entry-body")}</p>
        <form method="post" action=action>
            <Button text=i18n.t("diary-delete-entry-button") kind=ButtonKind::Warning/>
        </form>
        <p class="wm-body"><a class="wm-link" href="/diary">{i18n.t("diary-cancel")}</a></p>
    }
}
