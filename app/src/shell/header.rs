//! The header: the product name (a neutral name that reveals nothing on a shared screen), the language
//! switcher beside it, and the account links. On a phone it takes two lines, so each page's own heading is on
//! the first screen.

use super::language::LanguageSwitcher;
use crate::i18n::use_i18n;
use crate::request::use_request_info;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = use_request_info().signed_in;
    let services = i18n.t("nav-services");
    let account = if signed_in {
        view! {
            <ul class="wm-header__navigation">
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/guides">{i18n.t("nav-guides")}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/services">{services.clone()}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/diary">{i18n.t("nav-diary")}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/account">{i18n.t("nav-account")}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <form method="post" action="/sign-out" class="wm-header__form">
                        <button type="submit" class="wm-header__button">{i18n.t("nav-sign-out")}</button>
                    </form>
                </li>
            </ul>
        }
        .into_any()
    } else {
        view! {
            <ul class="wm-header__navigation">
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/guides">{i18n.t("nav-guides")}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/services">{services.clone()}</a>
                </li>
                <li class="wm-header__navigation-item">
                    <a class="wm-header__link" href="/sign-in">{i18n.t("nav-sign-in")}</a>
                </li>
            </ul>
        }
        .into_any()
    };
    view! {
        <header class="wm-header">
            <div class="wm-header__container wm-width-container">
                <a href="/" class="wm-header__logo">
                    <span class="wm-header__mark" aria-hidden="true"></span>
                    <span class="wm-header__product-name">{i18n.t("product-name")}</span>
                </a>
                <LanguageSwitcher/>
                <nav class="wm-header__nav" aria-label=i18n.t("nav-label")>{account}</nav>
            </div>
        </header>
    }
}
