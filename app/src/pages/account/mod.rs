//! Account pages: registration, signing in and out, a forgotten password, the account page with its sensitive
//! changes, and staff enrolment. The server decides what happens; these draw what it hands them.

pub mod feedback;
pub mod manage;
pub mod register;
pub mod sign_in;
pub mod staff;

use crate::components::{CodeInput, TextInput};
use crate::forms::Form;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The fields that confirm it is really the account's owner before a sensitive change: sign-in name, password
/// and a second factor.
#[component]
pub fn ReauthFields(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="wm-body">{i18n.t("reauth-lead")}</p>
        <TextInput name="name" label=i18n.t("name-label") form=form.clone() autocomplete="username" spellcheck_off=true/>
        <TextInput
            name="password"
            label=i18n.t("current-password-label")
            form=form.clone()
            input_type="password"
            autocomplete="current-password"
        />
        <CodeInput name="code" label=i18n.t("reauth-code-label") form=form/>
    }
}
