//! Anonymous pages from memory. A public page asked for by someone with no session and no other state (no
//! cookie but the language choice, no query) depends only on its address and language, and the content it
//! shows is read once at start-up; so it is rendered once per (address, language) and process, compressed once
//! (brotli and gzip, at their best levels), and then served from memory like a static file, with a weak `ETag`
//! and `304 Not Modified` for a client that asks again with `If-None-Match`.
//!
//! Nothing personal can be cached: a request with any other cookie (a session, a request being written) is
//! drawn as before, and so is any page that answers with anything but `200`, sets a cookie, or is not HTML.
//! The pages' forms need no per-visitor token (cross-site posts are refused by their `Sec-Fetch-Site` and
//! `Origin` headers, see [`super::csrf`]), and the Content Security Policy lists the hashes of the page's
//! scripts rather than a per-request nonce ([`super::security`]), so the cached bytes are the page exactly.
//! Pages keep `Cache-Control: no-store`: nothing about what someone read stays in the browser's cache.

use super::page::locale_of;
use app::i18n::{Locale, LANGUAGE_COOKIE};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use http::{
    header::{
        ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, ETAG, IF_NONE_MATCH, SET_COOKIE, VARY,
    },
    HeaderMap, HeaderValue, Method, StatusCode,
};
use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    io::Write,
    sync::{Arc, RwLock},
};

/// At most this many pages are kept: every public page in every language fits (about 600 today), at about 20 KB
/// each, compressed.
const MAX_ENTRIES: usize = 1024;
/// Pages larger than this are not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The public pages whose content depends only on the address and the language when nobody is signed in.
fn cacheable_path(path: &str) -> bool {
    const PAGES: &[&str] = &[
        "/",
        "/guides",
        "/services",
        "/request",
        "/bsl",
        "/staying-safe-online",
        "/privacy",
        "/accessibility",
        "/cookies",
        "/sign-in",
        "/sign-in/help",
    ];
    if PAGES.contains(&path) {
        return true;
    }
    // A guide and its steps: `/guides/<code>` and `/guides/<code>/<step>`, not the check-in or the assets.
    path.strip_prefix("/guides/").is_some_and(|rest| {
        let mut parts = rest.split('/');
        let code = parts.next().unwrap_or_default();
        let step = parts.next();
        parts.next().is_none()
            && !code.is_empty()
            && !matches!(code, "check-in" | "assets")
            && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && step.is_none_or(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    locale: Locale,
}

/// One page, as sent: its headers, its body compressed both ways, and its entity tag. The rare client that
/// accepts neither encoding gets the gzip body unpacked (keeping it unpacked would triple the memory).
struct Entry {
    headers: HeaderMap,
    etag: HeaderValue,
    gzip: Bytes,
    brotli: Bytes,
}

/// The pages kept so far.
#[derive(Default)]
pub struct PageCache {
    entries: RwLock<HashMap<Key, Arc<Entry>>>,
}

impl PageCache {
    /// How many pages are kept.
    pub fn len(&self) -> usize {
        self.entries.read().map(|e| e.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, key: &Key) -> Option<Arc<Entry>> {
        self.entries.read().ok()?.get(key).cloned()
    }

    fn insert(&self, key: Key, entry: Entry) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() < MAX_ENTRIES || entries.contains_key(&key) {
                entries.insert(key, Arc::new(entry));
            }
        }
    }
}

/// The encodings a page is kept in, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The best encoding the client accepts (a `q=0` refuses one).
    fn preferred(headers: &HeaderMap) -> Encoding {
        let accepted =
            headers.get_all(ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
        let accepts = |name: &str| {
            accepted.split(',').any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or_default().trim();
                let refused =
                    parts.any(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0));
                (coding.eq_ignore_ascii_case(name) || coding == "*") && !refused
            })
        };
        if accepts("br") {
            Encoding::Brotli
        } else if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }
}

/// The key for a request that may be answered from memory: a GET of a public page without a query, from
/// someone with no cookie but (perhaps) the language choice.
fn key_for(req: &Request) -> Option<Key> {
    if req.method() != Method::GET || req.uri().query().is_some() || !cacheable_path(req.uri().path()) {
        return None;
    }
    let only_language = req.headers().get_all(COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|cookies| {
            cookies
                .split(';')
                .filter(|c| !c.trim().is_empty())
                .all(|c| c.split_once('=').is_some_and(|(name, _)| name.trim() == LANGUAGE_COOKIE))
        })
    });
    if !only_language {
        return None;
    }
    Some(Key { path: req.uri().path().to_string(), locale: locale_of(req.uri(), req.headers()) })
}

/// Middleware: answers from memory when it can, and keeps what it may.
pub async fn serve(State(cache): State<Arc<PageCache>>, req: Request, next: Next) -> Response {
    let Some(key) = key_for(&req) else { return next.run(req).await };
    let encoding = Encoding::preferred(req.headers());
    let if_none_match = req.headers().get(IF_NONE_MATCH).cloned();
    if let Some(entry) = cache.get(&key) {
        return respond(&entry, encoding, if_none_match.as_ref());
    }
    // Drawn once, uncompressed; compressed here, once, at the best levels.
    let (mut parts, body) = req.into_parts();
    parts.headers.remove(ACCEPT_ENCODING);
    let response = next.run(Request::from_parts(parts, body)).await;
    let storable = response.status() == StatusCode::OK
        && !response.headers().contains_key(SET_COOKIE)
        && !response.headers().contains_key(CONTENT_ENCODING)
        && response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
    if !storable {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(identity) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let compressed = {
        let identity = identity.clone();
        tokio::task::spawn_blocking(move || (compress_gzip(&identity), compress_brotli(&identity))).await
    };
    let Ok((Some(gzip), Some(brotli))) = compressed else {
        return Response::from_parts(parts, Body::from(identity));
    };
    let mut headers = parts.headers;
    headers.remove(CONTENT_LENGTH);
    let entry = Entry { etag: etag_of(&identity), headers, gzip: gzip.into(), brotli: brotli.into() };
    let response = respond(&entry, encoding, if_none_match.as_ref());
    cache.insert(key, entry);
    response
}

fn respond(entry: &Entry, encoding: Encoding, if_none_match: Option<&HeaderValue>) -> Response {
    let mut headers = entry.headers.clone();
    headers.insert(ETAG, entry.etag.clone());
    headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    let matches = if_none_match
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == "*" || weak_eq(tag.trim(), &entry.etag)));
    let (status, body) = if matches {
        headers.remove(CONTENT_TYPE);
        (StatusCode::NOT_MODIFIED, Bytes::new())
    } else {
        let body = match encoding {
            Encoding::Brotli => {
                headers.insert(CONTENT_ENCODING, HeaderValue::from_static("br"));
                entry.brotli.clone()
            }
            Encoding::Gzip => {
                headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                entry.gzip.clone()
            }
            Encoding::Identity => gunzip(&entry.gzip).map(Bytes::from).unwrap_or_default(),
        };
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        (StatusCode::OK, body)
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

/// Weak comparison (RFC 9110 §8.8.3.2): the opaque tags are equal, with or without `W/`.
fn weak_eq(tag: &str, etag: &HeaderValue) -> bool {
    let strip = |t: &str| t.trim_start_matches("W/").to_string();
    etag.to_str().is_ok_and(|e| strip(e) == strip(tag))
}

/// A weak entity tag: the page's content is the same in every encoding.
fn etag_of(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    HeaderValue::from_str(&format!("W/\"{}\"", URL_SAFE_NO_PAD.encode(&digest[..16])))
        .unwrap_or_else(|_| HeaderValue::from_static("W/\"page\""))
}

fn compress_gzip(body: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 3), flate2::Compression::best());
    encoder.write_all(body).ok()?;
    encoder.finish().ok()
}

fn gunzip(body: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::with_capacity(body.len() * 4);
    flate2::read::GzDecoder::new(body).read_to_end(&mut out).ok()?;
    Some(out)
}

fn compress_brotli(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() / 4);
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(path: &str, headers: &[(&'static str, &'static str)]) -> Request {
        let mut builder = Request::get(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Body::empty()).expect("request")
    }

    #[test]
    fn only_public_pages_without_query_or_state_are_kept() {
        assert!(key_for(&request("/guides", &[])).is_some());
        assert!(key_for(&request("/guides/abc12/3", &[])).is_some());
        assert!(key_for(&request("/", &[("cookie", "waymark_lang=cy")])).is_some_and(|k| k.locale == Locale::Cy));
        assert!(
            key_for(&request("/", &[("accept-language", "pl-PL,pl;q=0.9")])).is_some_and(|k| k.locale == Locale::Pl)
        );
        assert!(key_for(&request("/guides?topic=x", &[])).is_none(), "a query");
        assert!(key_for(&request("/?lang=cy", &[])).is_none(), "a language asked for in the address sets a cookie");
        assert!(key_for(&request("/", &[("cookie", "__Host-wm_session=abc")])).is_none(), "a session");
        assert!(key_for(&request("/", &[("cookie", "waymark_lang=cy; wm_journey=x")])).is_none(), "a journey");
        for path in [
            "/account",
            "/diary",
            "/guides/check-in",
            "/guides/check-in/history",
            "/guides/assets/a.png",
            "/request/safe",
            "/staff/referrals",
            "/guides/a/b/c",
            "/guides/abc/x",
        ] {
            assert!(key_for(&request(path, &[])).is_none(), "{path}");
        }
        let post = Request::post("/").body(Body::empty()).expect("request");
        assert!(key_for(&post).is_none());
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen() {
        let of = |v: &'static str| Encoding::preferred(&request("/", &[("accept-encoding", v)]).headers().clone());
        assert_eq!(of("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(of("gzip"), Encoding::Gzip);
        assert_eq!(of("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(of("identity"), Encoding::Identity);
        assert_eq!(Encoding::preferred(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_bodies_decompress_to_the_page() {
        let page = "<!DOCTYPE html><p>hello</p>".repeat(100);
        assert_eq!(gunzip(&compress_gzip(page.as_bytes()).expect("gzip")).expect("gunzip"), page.as_bytes());
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &compress_brotli(page.as_bytes()).expect("br")[..], &mut out).expect("unbrotli");
        assert_eq!(out, page.as_bytes());
    }

    #[test]
    fn entity_tags_compare_weakly() {
        let tag = etag_of(b"page");
        assert!(tag.to_str().expect("ascii").starts_with("W/\""));
        let bare = tag.to_str().expect("ascii").trim_start_matches("W/").to_string();
        assert!(weak_eq(&bare, &tag) && weak_eq(tag.to_str().expect("ascii"), &tag));
        assert!(!weak_eq("\"other\"", &tag));
    }
}
