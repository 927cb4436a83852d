//! The HTTP layer: the route table and the middleware every response passes through.
//!
//! Layers, outermost first: request id and tracing → security headers (with the CSP nonce) → compression of
//! HTML → cross-site request refusal → handlers.

pub mod accounts;
pub mod assets;
pub mod cookies;
pub mod csrf;
pub mod diary;
pub mod exit;
pub mod form;
pub mod guides;
pub mod health;
pub mod language;
pub mod page;
pub mod pages;
pub mod request_id;
pub mod requests;
pub mod security;
pub mod services;
pub mod triage;
pub mod visitor;

use crate::AppState;
use axum::{
    extract::DefaultBodyLimit,
    handler::Handler,
    middleware,
    routing::{get, post},
    Router,
};
use http::{header::CONTENT_TYPE, HeaderMap, StatusCode, Version};
use tower_http::{
    compression::{CompressionLayer, CompressionLevel},
    services::ServeDir,
};

fn guide_routes() -> Router<AppState> {
    Router::new()
        .route("/guides", get(guides::index).post(guides::search))
        .route("/bsl", get(guides::bsl))
        .route("/guides/check-in", get(guides::check_in).post(guides::check_in_answer))
        .route("/guides/check-in/history", get(guides::check_in_history))
        .route("/guides/assets/{name}", get(guides::asset))
        .route("/guides/{code}", get(guides::start))
        .route("/guides/{code}/{step}", get(guides::step))
        .route("/guides/{code}/{step}/checklist/{index}", post(guides::save_checklist))
        .route("/guides/{code}/{step}/reflect/{index}", post(guides::save_reflection))
}

fn triage_routes() -> Router<AppState> {
    Router::new()
        .route("/staff/referrals", get(triage::queue))
        .route("/staff/referrals/{reference}", get(triage::show))
        .route("/staff/referrals/{reference}/assign", post(triage::assign))
        .route("/staff/referrals/{reference}/status", post(triage::set_status))
        .route("/staff/referrals/{reference}/note", post(triage::add_note))
        .route("/staff/referrals/{reference}/transfer", post(triage::transfer))
        .route("/staff/audit", get(triage::audit))
        .route("/staff/report", get(triage::report))
        .route("/staff/report.csv", get(triage::report_csv))
}

fn diary_routes() -> Router<AppState> {
    Router::new()
        .route("/diary", get(diary::list))
        .route("/diary/new", get(diary::new_form).post(diary::new_answer))
        .route("/diary/entries/{id}/edit", get(diary::edit_form).post(diary::edit_answer))
        .route("/diary/entries/{id}/delete", get(diary::delete_form).post(diary::delete_answer))
        .route("/diary/progress", get(diary::progress))
        .route("/diary/timeline", get(diary::timeline))
        .route("/diary/print", get(diary::print))
        .route("/diary/export", get(diary::export))
        .route("/diary/delete", get(diary::delete_all_form).post(diary::delete_all_answer))
}

fn account_routes() -> Router<AppState> {
    use accounts::{manage, register, sign_in, staff};
    Router::new()
        .route("/register", get(register::start))
        .route("/register/who", get(register::who).post(register::who_answer))
        .route("/register/age", get(register::age).post(register::age_answer))
        .route("/register/under-16", get(register::under_16))
        .route("/register/details", get(register::details).post(register::details_answer))
        .route("/register/authenticator", get(register::authenticator).post(register::authenticator_answer))
        .route("/register/recovery-codes", get(register::recovery_codes).post(register::recovery_codes_saved))
        .route("/sign-in", get(sign_in::sign_in).post(sign_in::sign_in_answer))
        .route("/sign-in/code", get(sign_in::code).post(sign_in::code_answer))
        .route("/sign-in/recovery-code", get(sign_in::recovery_code).post(sign_in::recovery_code_answer))
        .route("/sign-in/help", get(sign_in::help))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/signed-out", get(sign_in::signed_out))
        .route("/password-reset", get(sign_in::reset).post(sign_in::reset_answer))
        .route("/password-reset/done", get(sign_in::reset_done))
        .route("/account", get(manage::overview))
        .route("/account/keep-alive", post(manage::keep_alive))
        .route("/account/password", get(manage::change_password).post(manage::change_password_answer))
        .route("/account/authenticator", get(manage::reset_authenticator).post(manage::reset_authenticator_answer))
        .route("/account/authenticator/new", get(manage::new_authenticator).post(manage::new_authenticator_answer))
        .route("/account/recovery-codes", get(manage::new_recovery_codes).post(manage::new_recovery_codes_answer))
        .route("/account/recovery-codes/new", get(manage::show_new_codes).post(manage::new_codes_saved))
        .route("/account/sessions/sign-out-others", post(manage::sign_out_others))
        .route("/account/data", get(manage::download))
        .route("/account/delete", get(manage::delete).post(manage::delete_answer))
        .route("/staff/enrol", get(staff::enrol).post(staff::enrol_answer))
}

/// Brotli and gzip level for pages compressed on the fly: the libraries' defaults (brotli's 11) cost more CPU
/// than rendering the page; 4 keeps most of the saving at a fraction of the cost.
const HTML_COMPRESSION_LEVEL: i32 = 4;

/// Largest request body accepted, in bytes. Forms are small; anything larger is refused before parsing.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The whole application.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/staying-safe-online", get(pages::staying_safe_online))
        .route("/privacy", get(pages::privacy))
        .route("/accessibility", get(pages::accessibility))
        .route("/cookies", get(pages::cookies))
        .route("/language", post(language::choose))
        .merge(account_routes())
        .merge(diary_routes())
        .merge(guide_routes())
        .route("/services", get(services::index).post(services::search))
        .route("/request", get(requests::start))
        .route("/request/done", get(requests::done))
        .route("/request/{step}", get(requests::show).post(requests::answer))
        .merge(triage_routes())
        .route("/exit", post(exit::leave))
        .route("/healthz", get(health::check))
        .nest_service("/pkg", assets::pkg_service(&state.config.site_root))
        // Public files at the site root (the favicon, for example); anything else is the not-found page.
        .fallback_service(ServeDir::new(&state.config.site_root).fallback(pages::not_found.with_state(state.clone())))
        .layer(middleware::from_fn_with_state(state.clone(), visitor::load))
        .layer(middleware::from_fn_with_state(state.clone(), csrf::refuse_cross_site))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(
            CompressionLayer::new()
                .quality(CompressionLevel::Precise(HTML_COMPRESSION_LEVEL))
                .compress_when(compressible),
        )
        .layer(middleware::from_fn(assets::cache_control))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn(request_id::trace))
        .with_state(state)
}

/// The page for a failure on our side (503: the cause is usually the database), never with details.
pub async fn error_response(state: &AppState, parts: &http::request::Parts) -> axum::response::Response {
    page::Page::new(state, parts).service_problem().await
}

/// HTML and JSON are compressed on the fly; assets are served precompressed.
fn compressible(_: StatusCode, _: Version, headers: &HeaderMap, _: &http::Extensions) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"))
}
