//! Signing in (password, then a code; both together while a name is paused), recovery codes, the help page
//! for people who cannot sign in, signing out, and resetting a forgotten password.

use crate::components::{BackLink, Button, CodeInput, ErrorSummary, NotificationBanner, Panel, TextInput};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// The sign-in page. `paused_minutes` is set while password-only sign-in is paused for the name typed;
/// the page then also asks for a code. `notice` explains why someone arrived here (signed out when idle…).
#[component]
pub fn SignInPage(
    form: Form,
    #[prop(optional)] paused_minutes: Option<i64>,
    #[prop(optional)] notice: Option<Text>,
) -> impl IntoView {
    let i18n = use_i18n();
    let paused = paused_minutes.map(|minutes| {
        let text = i18n.tr("sign-in-paused", &[("minutes", minutes.into())]);
        view! {
            <NotificationBanner text=text/>
            <p class="wm-body">{i18n.t("sign-in-paused-owner")}</p>
        }
    });
    let code_field = paused_minutes.map(|_| {
        view! { <CodeInput name="code" label=i18n.t("sign-in-paused-code-label") form=form.clone()/> }
    });
    view! {
        <PageTitle text=i18n.t("sign-in-title") error=form.has_errors()/>
        {notice.map(|n| view! { <NotificationBanner text=i18n.text(&n)/> })}
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-xl">{i18n.t("sign-in-heading")}</h1>
        {paused}
        <form method="post" action="/sign-in" novalidate>
            <TextInput name="name" label=i18n.t("name-label") form=form.clone() autocomplete="username" spellcheck_off=true/>
            <TextInput
                name="password"
                label=i18n.t("password-label")
                form=form.clone()
                input_type="password"
                autocomplete="current-password"
            />
            {code_field}
            <Button text=i18n.t("sign-in-button")/>
        </form>
        <ul class="wm-list">
            <li><a class="wm-link" href="/password-reset">{i18n.t("sign-in-forgotten")}</a></li>
            <li><a class="wm-link" href="/sign-in/help">{i18n.t("sign-in-help")}</a></li>
        </ul>
        <h2 class="wm-heading-m">{i18n.t("sign-in-no-account")}</h2>
        <p class="wm-body"><a class="wm-link" href="/register">{i18n.t("sign-in-create")}</a></p>
    }
}

/// The second step: a code from the authenticator app.
#[component]
pub fn CodePage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("code-title") error=form.has_errors()/>
        <BackLink href="/sign-in".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("code-heading")}</h1>
        <form method="post" action="/sign-in/code" novalidate>
            <CodeInput name="code" label=i18n.t("code-label") hint=i18n.t("code-hint") form=form/>
            <Button text=i18n.t("continue")/>
        </form>
        <ul class="wm-list">
            <li><a class="wm-link" href="/sign-in/recovery-code">{i18n.t("code-use-recovery")}</a></li>
            <li><a class="wm-link" href="/sign-in/help">{i18n.t("sign-in-help")}</a></li>
        </ul>
    }
}

/// The second step with a recovery code instead of the app.
#[component]
pub fn RecoveryCodeSignInPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("recovery-sign-in-title") error=form.has_errors()/>
        <BackLink href="/sign-in/code".to_string()/>
        <ErrorSummary form=form.clone()/>
        <form method="post" action="/sign-in/recovery-code" novalidate>
            <TextInput
                name="code"
                label=i18n.t("recovery-sign-in-heading")
                hint=i18n.t("recovery-code-hint")
                form=form
                autocomplete="off"
                spellcheck_off=true
                width="20"
                label_is_heading=true
            />
            <Button text=i18n.t("continue")/>
        </form>
    }
}

#[component]
pub fn LostAccessPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("lost-access-title")/>
        <BackLink href="/sign-in".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("lost-access-heading")}</h1>
        <h2 class="wm-heading-m">{i18n.t("lost-access-password-heading")}</h2>
        <p class="wm-body">{i18n.t("lost-access-password-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/password-reset">{i18n.t("lost-access-password-link")}</a></p>
        <h2 class="wm-heading-m">{i18n.t("lost-access-phone-heading")}</h2>
        <p class="wm-body">{i18n.t("lost-access-phone-body")}</p>
        <h2 class="wm-heading-m">{i18n.t("lost-access-both-heading")}</h2>
        <p class="wm-body">{i18n.t("lost-access-both-body")}</p>
        <p class="wm-body">{i18n.t("lost-access-both-new")}</p>
        <p class="wm-body"><a class="wm-link" href="/register">{i18n.t("sign-in-create")}</a></p>
    }
}

/// After signing out, or being signed out after 30 minutes without activity.
#[component]
pub fn SignedOutPage(idle: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (heading, body) = if idle {
        (i18n.t("signed-out-idle-heading"), Some(i18n.t("signed-out-idle")))
    } else {
        (i18n.t("signed-out-heading"), None)
    };
    view! {
        <PageTitle text=i18n.t("signed-out-title")/>
        <h1 class="wm-heading-xl">{heading}</h1>
        {body.map(|b| view! { <p class="wm-body">{b}</p> })}
        <p class="wm-body">{i18n.t("signed-out-tip")}</p>
        <p class="wm-body"><a class="wm-link" href="/sign-in">{i18n.t("signed-out-sign-in")}</a></p>
    }
}

#[component]
pub fn PasswordResetPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("reset-title") error=form.has_errors()/>
        <BackLink href="/sign-in".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("reset-heading")}</h1>
        <p class="wm-body">{i18n.t("reset-lead")}</p>
        <form method="post" action="/password-reset" novalidate>
            <TextInput name="name" label=i18n.t("name-label") form=form.clone() autocomplete="username" spellcheck_off=true/>
            <TextInput
                name="recovery_code"
                label=i18n.t("recovery-code-label")
                hint=i18n.t("recovery-code-hint")
                form=form.clone()
                autocomplete="off"
                spellcheck_off=true
                width="20"
            />
            <CodeInput name="code" label=i18n.t("code-label") hint=i18n.t("code-hint") form=form.clone()/>
            <TextInput
                name="password"
                label=i18n.t("change-password-new-label")
                hint=i18n.t("new-password-hint")
                form=form
                input_type="password"
                autocomplete="new-password"
            />
            <Button text=i18n.t("reset-button")/>
        </form>
    }
}

#[component]
pub fn PasswordResetDonePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("reset-done-title")/>
        <Panel title=i18n.t("reset-done-heading")/>
        <p class="wm-body">{i18n.t("reset-done-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/sign-in">{i18n.t("nav-sign-in")}</a></p>
    }
}
