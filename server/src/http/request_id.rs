//! Request ids and request logging. Every request gets a fresh id (an incoming `x-request-id` is replaced, so
//! clients cannot write into the logs), echoed in the response; the log line carries the id, method, path
//! (without the query), status and duration, and nothing else about the person.

use axum::{extract::Request, middleware::Next, response::Response};
use http::{HeaderName, HeaderValue};
use std::time::Instant;
use tracing::Instrument;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the current request, available to handlers as an extension.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

pub async fn trace(mut req: Request, next: Next) -> Response {
    let id = uuid::Uuid::new_v4().simple().to_string();
    req.extensions_mut().insert(RequestId(id.clone()));
    if let Ok(value) = HeaderValue::from_str(&id) {
        req.headers_mut().insert(REQUEST_ID, value);
    }
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path());
    let started = Instant::now();
    async move {
        let mut response = next.run(req).await;
        let status = response.status().as_u16();
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        if status >= 500 {
            tracing::error!(status, millis, "request failed");
        } else {
            tracing::info!(status, millis, "request");
        }
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert(REQUEST_ID, value);
        }
        response
    }
    .instrument(span)
    .await
}
