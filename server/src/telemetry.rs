//! Structured logging with `tracing`. Request spans carry a request id, the method and the route, never query
//! strings, cookies, client addresses or form contents.

use tracing_subscriber::{fmt, EnvFilter};

/// Installs the global subscriber. `RUST_LOG` filters (default `info`); `format` is `text` or `json`.
pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let _ = if format == "json" { builder.json().flatten_event(true).try_init() } else { builder.try_init() };
}
