//! Staff enrolment from a one-time link: choosing sign-in details before setting up the authenticator.

use super::register::SignInDetailsFields;
use crate::components::{Button, ErrorSummary};
use crate::forms::Form;
use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn StaffEnrolPage(display_name: String, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let invite = form.value("invite");
    view! {
        <PageTitle text=i18n.t("staff-enrol-title") error=form.has_errors()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("staff-enrol-heading")}</h1>
        <p class="wm-body">{i18n.tr("staff-enrol-lead", &[("name", display_name.into())])}</p>
        <form method="post" action="/staff/enrol" novalidate>
            <input type="hidden" name="invite" value=invite/>
            <SignInDetailsFields form=form/>
            <Button text=i18n.t("continue")/>
        </form>
    }
}

#[component]
pub fn InviteInvalidPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("invite-invalid-title")/>
        <h1 class="wm-heading-l">{i18n.t("invite-invalid-heading")}</h1>
        <p class="wm-body">{i18n.t("invite-invalid-body")}</p>
    }
}
