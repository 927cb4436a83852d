//! The account page (its sessions, recovery codes, requests for support and notices), the "stay signed in"
//! call, signing out everywhere else, and downloading everything the account holds. Every route takes
//! [`SignedIn`], so nothing runs for a visitor who is not signed in.

use crate::{
    auth::{session, store, Audience},
    dates,
    http::{error::Result, page::Page, visitor::SignedIn},
    referrals, AppState,
};
use app::pages::{
    account::manage::{AccountOverview, AccountPage, AccountRequest, DeviceSession},
    diary::long_date,
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Json, Router,
};
use http::{header, HeaderValue, StatusCode};
use leptos::prelude::*;
use serde_json::json;

/// The account page, the sessions and the data download.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(overview))
        .route("/account/keep-alive", post(keep_alive))
        .route("/account/sessions/sign-out-others", post(sign_out_others))
        .route("/account/data", get(download))
}

pub async fn overview(State(state): State<AppState>, page: Page, me: SignedIn) -> Result {
    let now = state.clock.now();
    let sessions = store::user_sessions(&state.db, me.user.id, now).await?;
    let codes = store::unused_recovery_codes(&state.db, me.user.id).await?;
    let requests = referrals::store::by_referrer(&state.db, me.user.id).await?;
    let mut feedback = Vec::with_capacity(requests.len());
    for r in &requests {
        feedback.push(referrals::outcomes::may_give_feedback(&state.db, r, me.user.id).await?);
    }
    let flash = session::take_flash(&state.db, &me.session).await?;
    let i18n = page.i18n();
    // A partner organisation's worker (a staff account without a role) sees only neutral words about the
    // referrals they made, and gives no feedback in the person's place.
    let worker = me.user.role.is_staff() && me.user.staff_role.is_none();
    let overview = AccountOverview {
        supporter: me.user.audience == Some(Audience::Supporter),
        staff: me.user.role.is_staff(),
        staff_role: me.user.staff_role,
        service: me.user.service_id.clone(),
        recovery_codes_left: codes,
        sessions: sessions
            .iter()
            .map(|s| DeviceSession {
                device: s.device,
                idle_minutes: (now - s.last_seen_at).max(0) / 60,
                current: s.token_hash == me.session.token_hash,
            })
            .collect(),
        notices: flash.0.iter().map(|n| n.text()).collect(),
        requests: requests
            .iter()
            .zip(feedback)
            .map(|(r, feedback)| {
                let (y, m, d) = dates::civil_from_days(dates::day_of(r.created_at));
                AccountRequest {
                    reference: r.reference.clone(),
                    sent: long_date(&i18n, y, m, d),
                    service: state.directory.by_slug(&r.service).map(|s| s.name.clone()).unwrap_or_default(),
                    status: match worker {
                        true => app::models::partners::worker_status(r.status),
                        false => contact_by(&state, &i18n, r).unwrap_or_else(|| r.status.referrer_label()),
                    },
                    feedback: feedback && !worker,
                }
            })
            .collect(),
    };
    Ok(page.render(move || view! { <AccountPage overview=overview.clone()/> }).await)
}

/// "They will contact you by Tuesday 8 December", for a request still waiting for contact at a service that has
/// declared its promise (a service that has not is not promised for). Once the day has passed, the plain status.
pub(crate) fn contact_by(
    state: &AppState,
    i18n: &app::i18n::I18n,
    r: &referrals::store::ReferralRow,
) -> Option<app::i18n::Text> {
    let waiting = r.status == app::models::referral::Status::New && r.contacted_at.is_none();
    let due_at = r.due_at.filter(|_| waiting)?;
    if crate::deadlines::standing(due_at, state.clock.now()) == crate::deadlines::Standing::Overdue {
        return None;
    }
    state.directory.by_slug(&r.service)?.contact_within_working_days?;
    Some(app::i18n::msg("account-request-contact-by").with("date", crate::http::triage::due_day(i18n, due_at)))
}

/// `POST /account/keep-alive`: the "stay signed in" button.
pub async fn keep_alive(State(state): State<AppState>, me: SignedIn) -> Result {
    session::keep_alive(&state.db, &me.session, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn sign_out_others(State(state): State<AppState>, me: SignedIn) -> Result {
    session::end_others(&state.db, me.user.id, &me.session).await?;
    Ok(Redirect::to("/account").into_response())
}

/// `GET /account/data`: everything the account holds, as JSON to download.
pub async fn download(State(state): State<AppState>, me: SignedIn) -> Result {
    let now = state.clock.now();
    let sessions = store::user_sessions(&state.db, me.user.id, now).await?;
    let codes = store::unused_recovery_codes(&state.db, me.user.id).await?;
    let requests = referrals::store::by_referrer(&state.db, me.user.id).await?;
    let mut feedback = Vec::with_capacity(requests.len());
    for r in &requests {
        feedback.push(referrals::outcomes::may_give_feedback(&state.db, r, me.user.id).await?);
    }
    let user = &me.user;
    let email = user
        .email_sealed
        .as_deref()
        .and_then(|sealed| state.auth_keys.email.open(b"users.email", sealed).ok())
        .map(|plain| String::from_utf8_lossy(&plain).into_owned());
    let body = json!({
        "about": "Everything Waymark holds about your account. Your sign-in name and password are not stored in a form anyone can read.",
        "account": {
            "role": user.role.as_str(),
            "account_for": user.audience.map(Audience::as_str),
            "service": user.service_id,
            "created": dates::iso8601(user.created_at),
            "password_changed": dates::iso8601(user.password_changed_at),
            "email": email,
            "unused_recovery_codes": codes,
        },
        "sessions": sessions.iter().map(|s| json!({
            "device": s.device.to_string(),
            "started": dates::iso8601(s.created_at),
            "last_active": dates::iso8601(s.last_seen_at),
        })).collect::<Vec<_>>(),
        "requests_for_support": requests.iter().map(|r| json!({
            "reference": r.reference,
            "service": r.service,
            "status": r.status,
            "sent": dates::iso8601(r.created_at),
            "details": referrals::open_details(&state.referral_keys, r),
        })).collect::<Vec<_>>(),
    });
    let mut response = Json(body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"waymark-data.json\""));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
