//! The referral API over HTTP: `POST /api/v1/referrals` and its OpenAPI 3.1 document at `/api/v1/openapi.json`.
//! Outside the page layers, like the ORUK API: no session is read and no cookie is set, so the only authority
//! a call carries is its key (`Authorization: Bearer wmk_…`). Refusals are `application/problem+json`
//! (RFC 9457), a refused body's problems listed in `errors`, each with a JSON pointer to the field.

use crate::{
    api::{self, Answer, Call, Outcome},
    AppState,
};
use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, State},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde_json::{json, Value};

/// The OpenAPI 3.1 document, checked in and served as it is.
pub const OPENAPI: &str = include_str!("../api/openapi.json");

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/referrals", post(create)).route("/api/v1/openapi.json", get(openapi))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// A problem document: `type` names the kind of problem, under `/api/v1/problems/`.
pub fn problem(status: StatusCode, kind: &str, title: &str, detail: &str, errors: Option<Value>) -> Response {
    let mut body = json!({
        "type": format!("/api/v1/problems/{kind}"),
        "title": title,
        "status": status.as_u16(),
        "detail": detail,
    });
    if let Some(errors) = errors {
        body["errors"] = errors;
    }
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    response
}

/// The title of each kind of problem.
fn title(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Unauthorised => "No valid API key",
        Outcome::RateLimited => "Too many calls",
        Outcome::UnsupportedMediaType => "Not JSON",
        Outcome::InvalidJson => "The body is not JSON",
        Outcome::InvalidBody => "The referral has problems",
        Outcome::InvalidIdempotencyKey => "Invalid Idempotency-Key",
        Outcome::IdempotencyKeyReused => "Idempotency-Key used for another body",
        Outcome::NoService => "No service here can take this referral",
        Outcome::NotInScope => "Not a service your organisation may refer to",
        Outcome::Received | Outcome::Created | Outcome::Replayed => "",
    }
}

fn header_text(headers: &HeaderMap, name: impl header::AsHeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// `POST /api/v1/referrals`.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let Ok(body) = body else {
        let detail = format!("A referral is at most {} bytes.", super::MAX_BODY_BYTES);
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "too-large", "The body is too large", &detail, None);
    };
    let content_type = header_text(&headers, header::CONTENT_TYPE).unwrap_or_default();
    let media = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let call = Call {
        bearer: header_text(&headers, header::AUTHORIZATION).and_then(|v| v.strip_prefix("Bearer ")).map(str::trim),
        idempotency_key: header_text(&headers, "idempotency-key"),
        json: media == "application/json",
        body: &body,
    };
    match api::receive(&state, call).await {
        Ok(answer) => respond(answer),
        Err(e) => {
            tracing::error!(error = %e, "an API call could not be answered");
            let detail = "Waymark cannot take referrals just now. Try again later with the same Idempotency-Key.";
            problem(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "Unavailable", detail, None)
        }
    }
}

fn respond(answer: Answer) -> Response {
    match answer {
        Answer::Created { status, body, replayed } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
            let mut response = (status, body.to_string()).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            if replayed {
                headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
            }
            response
        }
        Answer::Problem { outcome, detail, errors } => {
            let status = StatusCode::from_u16(outcome.status()).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY);
            let errors = (outcome == Outcome::InvalidBody).then(|| {
                Value::Array(
                    errors
                        .iter()
                        .map(|e| json!({ "pointer": format!("#{}", e.pointer), "detail": e.detail }))
                        .collect(),
                )
            });
            let kind = outcome.as_str().replace('_', "-");
            let mut response = problem(status, &kind, title(outcome), &detail, errors);
            match outcome {
                Outcome::Unauthorised => {
                    response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                }
                Outcome::RateLimited => {
                    let wait = HeaderValue::from_str(&api::WINDOW_SECONDS.to_string());
                    if let Ok(wait) = wait {
                        response.headers_mut().insert(header::RETRY_AFTER, wait);
                    }
                }
                _ => {}
            }
            response
        }
    }
}
