//! Reading cookies from a request and writing `Set-Cookie` values with safe defaults.

use http::{header::COOKIE, HeaderMap, HeaderValue};

/// The value of the cookie `name`, if the request carries it.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim_matches('"'))
}

/// A `Set-Cookie` value: Secure, HttpOnly, SameSite=Lax, for the whole site, lasting `max_age` seconds.
pub fn set(name: &str, value: &str, max_age: i64) -> HeaderValue {
    let text = format!("{name}={value}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Lax");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_several_headers() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("a=1; waymark_lang=cy"));
        headers.append(COOKIE, HeaderValue::from_static("b=2"));
        assert_eq!(get(&headers, "waymark_lang"), Some("cy"));
        assert_eq!(get(&headers, "b"), Some("2"));
        assert_eq!(get(&headers, "lang"), None);
    }

    #[test]
    fn set_cookie_has_safe_attributes() {
        let value = set("x", "y", 60);
        let text = value.to_str().expect("ascii");
        for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=60"] {
            assert!(text.contains(attribute), "{text} lacks {attribute}");
        }
    }
}
