//! Registration, one question per page: who the account is for, age, sign-in details, the authenticator app,
//! and recovery codes.

use crate::components::{BackLink, Button, CodeInput, ErrorSummary, InsetText, Radio, Radios, TextInput, WarningText};
use crate::forms::Form;
use crate::i18n::use_i18n;
use crate::models::account::{Audience, OverSixteen};
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn RegisterStartPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("register-title")/>
        <h1 class="wm-heading-xl">{i18n.t("register-heading")}</h1>
        <p class="wm-body-l">{i18n.t("register-lead")}</p>
        <h2 class="wm-heading-m">{i18n.t("register-safe-heading")}</h2>
        <p class="wm-body">{i18n.t("register-safe-body")}</p>
        <p class="wm-body">{i18n.t("register-name-body")}</p>
        <WarningText text=i18n.t("register-lose-both")/>
        <h2 class="wm-heading-m">{i18n.t("register-age-heading")}</h2>
        <p class="wm-body">{i18n.t("register-age-body")}</p>
        <a href="/register/who" role="button" draggable="false" class="wm-button wm-button--start">
            {i18n.t("register-start")}
        </a>
        <p class="wm-body">
            {i18n.t("register-have-account")} " " <a class="wm-link" href="/sign-in">{i18n.t("nav-sign-in")}</a>
        </p>
    }
}

#[component]
pub fn RegisterWhoPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let options = vec![
        Radio {
            value: Audience::Myself.as_str().into(),
            label: i18n.t("register-who-self"),
            hint: Some(i18n.t("register-who-self-hint")),
        },
        Radio {
            value: Audience::Supporter.as_str().into(),
            label: i18n.t("register-who-supporter"),
            hint: Some(i18n.t("register-who-supporter-hint")),
        },
    ];
    view! {
        <PageTitle text=i18n.t("register-who-title") error=form.has_errors()/>
        <BackLink href="/register".to_string()/>
        <ErrorSummary form=form.clone()/>
        <form method="post" action="/register/who" novalidate>
            <Radios
                name="audience"
                legend=i18n.t("register-who-legend")
                hint=i18n.t("register-who-hint")
                options=options
                form=form
                legend_is_heading=true
            />
            <Button text=i18n.t("continue")/>
        </form>
    }
}

#[component]
pub fn RegisterAgePage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let options = vec![
        Radio { value: OverSixteen::Yes.as_str().into(), label: i18n.t("register-age-yes"), hint: None },
        Radio { value: OverSixteen::No.as_str().into(), label: i18n.t("register-age-no"), hint: None },
    ];
    view! {
        <PageTitle text=i18n.t("register-age-title") error=form.has_errors()/>
        <BackLink href="/register/who".to_string()/>
        <ErrorSummary form=form.clone()/>
        <form method="post" action="/register/age" novalidate>
            <Radios name="adult" legend=i18n.t("register-age-legend") options=options form=form legend_is_heading=true/>
            <Button text=i18n.t("continue")/>
        </form>
    }
}

/// `young_services`: the service directory filtered for young people.
#[component]
pub fn UnderSixteenPage(young_services: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("under-16-title")/>
        <BackLink href="/register/age".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("under-16-heading")}</h1>
        <p class="wm-body-l">{i18n.t("under-16-body")}</p>
        <h2 class="wm-heading-m">{i18n.t("under-16-help-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("under-16-childline")}</li>
            <li>
                {i18n.t("under-16-local")} " "
                <a class="wm-link" href=young_services>{i18n.t("under-16-local-link")}</a>
            </li>
            <li>{i18n.t("under-16-adult")}</li>
            <li>{i18n.t("under-16-victim-support")}</li>
            <li><strong>{i18n.t("under-16-danger")}</strong></li>
        </ul>
        <p class="wm-body"><a class="wm-link" href="/">{i18n.t("not-found-home")}</a></p>
    }
}

/// Sign-in name, optional email and password: for a new member, or a staff member enrolling.
#[component]
pub fn SignInDetailsFields(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <TextInput
            name="name"
            label=i18n.t("name-label")
            hint=i18n.t("name-hint")
            form=form.clone()
            autocomplete="username"
            spellcheck_off=true
        />
        <TextInput
            name="password"
            label=i18n.t("new-password-label")
            hint=i18n.t("new-password-hint")
            form=form
            input_type="password"
            autocomplete="new-password"
        />
    }
}

#[component]
pub fn RegisterDetailsPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("details-title") error=form.has_errors()/>
        <BackLink href="/register/age".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("details-heading")}</h1>
        <form method="post" action="/register/details" novalidate>
            <SignInDetailsFields form=form.clone()/>
            <TextInput
                name="email"
                label=i18n.t("email-label")
                hint=i18n.t("email-hint")
                form=form
                input_type="email"
                autocomplete="email"
                spellcheck_off=true
            />
            <Button text=i18n.t("continue")/>
        </form>
    }
}

/// What the authenticator set-up page shows: the QR code (an SVG drawn on the server) and the key as text.
#[derive(Clone, Debug)]
pub struct AuthenticatorSetup {
    pub qr_svg_data_uri: String,
    pub key: String,
    /// Where the form posts.
    pub action: &'static str,
    pub back: &'static str,
}

#[component]
pub fn AuthenticatorPage(setup: AuthenticatorSetup, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let key_body = i18n.t("authenticator-key-body");
    let key_label = i18n.t("authenticator-key-label");
    let entry_name = i18n.t("authenticator-entry-name");
    view! {
        <PageTitle text=i18n.t("authenticator-title") error=form.has_errors()/>
        <BackLink href=setup.back.to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("authenticator-heading")}</h1>
        <ol class="wm-list wm-list--number">
            <li>{i18n.t("authenticator-step-install")}</li>
            <li>
                {i18n.t("authenticator-step-add")}
                // On the phone that has the app there is nothing to scan: the key comes first, shown in full.
                <p class="wm-body">{key_body}</p>
                <p class="wm-body">
                    {key_label} ": "
                    <code class="wm-secret" data-testid="totp-key">{setup.key}</code>
                </p>
                <p class="wm-body">{i18n.t("authenticator-step-scan")}</p>
                <div class="wm-qr">
                    <img src=setup.qr_svg_data_uri alt=i18n.t("authenticator-qr-alt") width="200" height="200"/>
                </div>
                <InsetText><p class="wm-body">{entry_name}</p></InsetText>
            </li>
            <li>{i18n.t("authenticator-step-code")}</li>
        </ol>
        <form method="post" action=setup.action novalidate>
            <CodeInput name="code" label=i18n.t("code-label") hint=i18n.t("code-hint") form=form/>
            <Button text=i18n.t("continue")/>
        </form>
    }
}

/// Recovery codes, shown once.
#[component]
pub fn RecoveryCodesPage(codes: Vec<String>, action: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let items = codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view();
    view! {
        <PageTitle text=i18n.t("recovery-codes-title")/>
        <h1 class="wm-heading-l">{i18n.t("recovery-codes-heading")}</h1>
        <p class="wm-body">{i18n.t("recovery-codes-lead")}</p>
        <ol class="wm-recovery-codes" aria-label=i18n.t("recovery-codes-list-label") data-testid="recovery-codes">
            {items}
        </ol>
        <WarningText text=i18n.t("recovery-codes-warning")/>
        <h2 class="wm-heading-m">{i18n.t("recovery-codes-safe-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("recovery-codes-safe-paper")}</li>
            <li>{i18n.t("recovery-codes-safe-manager")}</li>
            <li>{i18n.t("recovery-codes-safe-not-phone")}</li>
        </ul>
        <form method="post" action=action>
            <Button text=i18n.t("recovery-codes-done")/>
        </form>
    }
}
