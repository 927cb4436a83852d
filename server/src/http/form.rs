//! Reading `application/x-www-form-urlencoded` bodies without letting bad input become a server error.

use axum::{body::Bytes, extract::FromRequest, extract::Request};
use serde::de::DeserializeOwned;

/// A form body, decoded leniently: a body that cannot be decoded yields `T::default()`, so handlers validate
/// fields themselves and answer with messages next to them, never with a bare 400 or a 500.
pub struct LenientForm<T>(pub T);

impl<S, T> FromRequest<S> for LenientForm<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Default,
{
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let bytes = Bytes::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        Ok(LenientForm(serde_urlencoded::from_bytes(&bytes).unwrap_or_default()))
    }
}

/// A path to return to after a form, accepted only if it stays on this site (`/…`, never `//…` or `/\…`).
pub fn safe_return_path(candidate: Option<&str>) -> String {
    match candidate {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(|c| c.is_control() || c == '\\') =>
        {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

/// Search words as typed into a search box: trimmed, at most 100 characters, `None` when empty.
pub fn search_words(typed: &str) -> Option<String> {
    let words: String = typed.trim().chars().take(100).collect();
    (!words.is_empty()).then_some(words)
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path(Some("/privacy")), "/privacy");
        assert_eq!(safe_return_path(Some("/guides?topic=sleep")), "/guides?topic=sleep");
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", "/a\nb"] {
            assert_eq!(safe_return_path(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_return_path(None), "/");
    }
}
