//! The information pages linked from every footer: staying safe online, the privacy notice, the accessibility
//! statement and the cookies page.

use crate::i18n::{use_i18n, LANGUAGE_COOKIE};
use crate::request::SESSION_COOKIE;
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn StayingSafeOnlinePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("safety-title")/>
        <h1 class="wm-heading-xl">{i18n.t("safety-heading")}</h1>
        <p class="wm-body-l">{i18n.t("safety-lead")}</p>

        <h2 class="wm-heading-l">{i18n.t("safety-exit-heading")}</h2>
        <p class="wm-body">{i18n.t("safety-exit-body")}</p>
        <p class="wm-body">{i18n.t("safety-exit-shift")}</p>
        <p class="wm-body">{i18n.t("safety-exit-limits")}</p>

        <h2 class="wm-heading-l">{i18n.t("safety-private-heading")}</h2>
        <p class="wm-body">{i18n.t("safety-private-body")}</p>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("safety-private-chrome")}</li>
            <li>{i18n.t("safety-private-safari")}</li>
            <li>{i18n.t("safety-private-firefox")}</li>
            <li>{i18n.t("safety-private-edge")}</li>
        </ul>
        <p class="wm-body">{i18n.t("safety-private-limits")}</p>

        <h2 class="wm-heading-l">{i18n.t("safety-history-heading")}</h2>
        <p class="wm-body">{i18n.t("safety-history-body")}</p>
        <p class="wm-body">{i18n.t("safety-history-care")}</p>

        <h2 class="wm-heading-l">{i18n.t("safety-device-heading")}</h2>
        <p class="wm-body">{i18n.t("safety-device-body")}</p>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("safety-device-library")}</li>
            <li>{i18n.t("safety-device-friend")}</li>
            <li>{i18n.t("safety-device-work")}</li>
        </ul>

        <h2 class="wm-heading-l">{i18n.t("safety-monitoring-heading")}</h2>
        <p class="wm-body">{i18n.t("safety-monitoring-body")}</p>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("safety-monitoring-passwords")}</li>
            <li>{i18n.t("safety-monitoring-location")}</li>
            <li>{i18n.t("safety-monitoring-accounts")}</li>
            <li>{i18n.t("safety-monitoring-apps")}</li>
        </ul>
        <p class="wm-body">{i18n.t("safety-monitoring-help")}</p>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("privacy-title")/>
        <h1 class="wm-heading-xl">{i18n.t("privacy-heading")}</h1>
        <p class="wm-body-l">{i18n.t("privacy-lead")}</p>

        <h2 class="wm-heading-l">{i18n.t("privacy-browsing-heading")}</h2>
        <p class="wm-body">{i18n.t("privacy-browsing-body")}</p>
        <p class="wm-body">{i18n.t("privacy-browsing-logs")}</p>

        <h2 class="wm-heading-l">{i18n.t("privacy-account-heading")}</h2>
        <p class="wm-body">{i18n.t("privacy-account-body")}</p>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("privacy-account-name")}</li>
            <li>{i18n.t("privacy-account-email")}</li>
            <li>{i18n.t("privacy-account-factors")}</li>
            <li>{i18n.t("privacy-account-sessions")}</li>
            <li>{i18n.t("privacy-account-diary")}</li>
            <li>{i18n.t("privacy-account-attempts")}</li>
        </ul>
        <p class="wm-body">{i18n.t("privacy-account-delete")}</p>

        <h2 class="wm-heading-l">{i18n.t("privacy-police-heading")}</h2>
        <p class="wm-body">{i18n.t("privacy-police-body")}</p>

        <h2 class="wm-heading-l">{i18n.t("privacy-security-heading")}</h2>
        <p class="wm-body">{i18n.t("privacy-security-body")}</p>

        <h2 class="wm-heading-l">{i18n.t("privacy-rights-heading")}</h2>
        <p class="wm-body">{i18n.t("privacy-rights-body")}</p>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("privacy-rights-access")}</li>
            <li>{i18n.t("privacy-rights-correct")}</li>
            <li>{i18n.t("privacy-rights-delete")}</li>
            <li>{i18n.t("privacy-rights-object")}</li>
        </ul>
        <p class="wm-body">{i18n.t("privacy-rights-ico")}</p>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("accessibility-title")/>
        <h1 class="wm-heading-xl">{i18n.t("accessibility-heading")}</h1>
        <p class="wm-body-l">{i18n.t("accessibility-lead")}</p>

        <h2 class="wm-heading-l">{i18n.t("accessibility-able-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("accessibility-able-zoom")}</li>
            <li>{i18n.t("accessibility-able-keyboard")}</li>
            <li>{i18n.t("accessibility-able-screen-reader")}</li>
            <li>{i18n.t("accessibility-able-no-javascript")}</li>
            <li>{i18n.t("accessibility-able-motion")}</li>
            <li>{i18n.t("accessibility-able-languages")}</li>
        </ul>

        <h2 class="wm-heading-l">{i18n.t("accessibility-status-heading")}</h2>
        <p class="wm-body">{i18n.t("accessibility-status-body")}</p>
        <p class="wm-body">{i18n.t("accessibility-testing-body")}</p>

        <h2 class="wm-heading-l">{i18n.t("accessibility-limits-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("accessibility-limits-bsl")}</li>
            <li>{i18n.t("accessibility-limits-languages")}</li>
            <li>{i18n.t("accessibility-limits-external")}</li>
        </ul>

        <h2 class="wm-heading-l">{i18n.t("accessibility-report-heading")}</h2>
        <p class="wm-body">{i18n.t("accessibility-report-body")}</p>
        <p class="wm-body">{i18n.t("accessibility-enforcement-body")}</p>
    }
}

#[component]
pub fn CookiesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("cookies-title")/>
        <h1 class="wm-heading-xl">{i18n.t("cookies-heading")}</h1>
        <p class="wm-body-l">{i18n.t("cookies-lead")}</p>
        <p class="wm-body">{i18n.t("cookies-no-tracking")}</p>
        <table class="wm-table">
            <caption class="wm-table__caption">{i18n.t("cookies-table-caption")}</caption>
            <thead class="wm-table__head">
                <tr class="wm-table__row">
                    <th scope="col" class="wm-table__header">{i18n.t("cookies-col-name")}</th>
                    <th scope="col" class="wm-table__header">{i18n.t("cookies-col-purpose")}</th>
                    <th scope="col" class="wm-table__header">{i18n.t("cookies-col-expires")}</th>
                </tr>
            </thead>
            <tbody class="wm-table__body">
                <tr class="wm-table__row">
                    <td class="wm-table__cell"><code>{SESSION_COOKIE}</code></td>
                    <td class="wm-table__cell">{i18n.t("cookies-session-purpose")}</td>
                    <td class="wm-table__cell">{i18n.t("cookies-session-expires")}</td>
                </tr>
                <tr class="wm-table__row">
                    <td class="wm-table__cell"><code>{LANGUAGE_COOKIE}</code></td>
                    <td class="wm-table__cell">{i18n.t("cookies-language-purpose")}</td>
                    <td class="wm-table__cell">{i18n.t("cookies-language-expires")}</td>
                </tr>
            </tbody>
        </table>
        <h2 class="wm-heading-l">{i18n.t("cookies-clear-heading")}</h2>
        <p class="wm-body">{i18n.t("cookies-clear-body")}</p>
    }
}
