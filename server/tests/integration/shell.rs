//! The frame around every page: language negotiation and switching, the exit control, skip link and landmarks,
//! neutral titles, and the not-found page.

use crate::common;

use axum::body::Body;
use common::{on_each_backend, sqlite_app};
use http::{header, Request};

const PAGES: &[&str] = &["/", "/staying-safe-online", "/privacy", "/accessibility", "/cookies"];

fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    let end = html[start..].find("</title>").expect("closed title") + start;
    &html[start..end]
}

#[tokio::test]
async fn every_page_has_the_shell() {
    let app = sqlite_app().await;
    for path in PAGES {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 200, "{path}");
        let html = reply.text();
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\""), "{path}: {}", &html[..80]);
        assert!(html.contains(r##"<a href="#main-content" class="wm-skip-link">Skip to main content</a>"##), "{path}");
        assert!(html.contains(r#"<main id="main-content""#), "{path}");
        assert!(html.contains(r#"<form method="post" action="/exit""#), "{path}: exit form");
        assert!(html.contains(r#"<button type="submit" class="wm-exit-this-page__button">Exit this page</button>"#));
        assert!(!html.contains("<!>") && !html.contains("</html><"), "{path}: Leptos' invalid markup is repaired");
        assert!(
            html.contains(r#"<nav aria-label="Choose a language" class="wm-language">"#),
            "{path}: language switcher"
        );
        assert!(!html.contains(" nonce="), "{path}: no nonce, so identical pages are identical");
        for footer_link in ["/privacy", "/accessibility", "/cookies", "/staying-safe-online"] {
            assert!(html.contains(&format!(r#"href="{footer_link}""#)), "{path}: footer link {footer_link}");
        }
        assert!(reply.header("cache-control") == Some("no-store"), "{path}");
    }
}

#[tokio::test]
async fn titles_are_neutral() {
    let app = sqlite_app().await;
    let forbidden = ["crime", "victim", "abuse", "violence", "rape", "assault", "police"];
    for path in PAGES.iter().chain(&["/no-such-page"]) {
        let html = app.get(path).await.text();
        let title = title_of(&html).to_lowercase();
        assert!(title.ends_with("– waymark"), "{path}: {title}");
        for word in forbidden {
            assert!(!title.contains(word), "{path}: title {title:?} mentions {word}");
        }
    }
}

#[tokio::test]
async fn unknown_addresses_get_the_not_found_page() {
    let app = sqlite_app().await;
    let reply = app.get("/no-such-page").await;
    assert_eq!(reply.status, 404);
    assert!(reply.text().contains("Page not found"));
    assert!(reply.text().contains("Exit this page"));
}

#[tokio::test]
async fn language_follows_accept_language_then_the_cookie() {
    let app = sqlite_app().await;
    let welsh_browser =
        Request::get("/").header(header::ACCEPT_LANGUAGE, "cy-GB,cy;q=0.9,en;q=0.5").body(Body::empty());
    let html = app.send(welsh_browser.expect("request")).await.text();
    assert!(html.contains(r#"<html lang="cy" dir="ltr""#));
    assert!(html.contains("Gadael y dudalen hon"), "exit control in Welsh");

    let chose_english = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "cy")
        .header(header::COOKIE, "waymark_lang=en")
        .body(Body::empty());
    let html = app.send(chose_english.expect("request")).await.text();
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Exit this page"));
}

#[tokio::test]
async fn choosing_a_language_sets_a_cookie_and_returns_to_the_page() {
    on_each_backend(|app| async move {
        let reply = app.post_form("/language", "lang=cy&return_to=%2Fprivacy").await;
        assert_eq!(reply.status, 303);
        assert_eq!(reply.header("location"), Some("/privacy"));
        let cookie = reply.header("set-cookie").expect("cookie");
        assert!(cookie.starts_with("waymark_lang=cy;"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), "{cookie}");
    })
    .await;
}

#[tokio::test]
async fn a_language_asked_for_in_the_address_is_remembered_for_the_next_pages() {
    let app = sqlite_app().await;
    let reply = app.get("/privacy?lang=ar").await;
    assert!(reply.text().contains(r#"<html lang="ar" dir="rtl""#));
    let cookie = reply.header("set-cookie").expect("the language is remembered");
    assert!(cookie.starts_with("waymark_lang=ar;") && cookie.contains("HttpOnly"), "{cookie}");

    let next_page = Request::get("/cookies").header(header::COOKIE, "waymark_lang=ar").body(Body::empty());
    assert!(app.send(next_page.expect("request")).await.text().contains(r#"<html lang="ar" dir="rtl""#));

    let already_chosen = Request::get("/privacy?lang=ar").header(header::COOKIE, "waymark_lang=ar").body(Body::empty());
    assert!(app.send(already_chosen.expect("request")).await.header("set-cookie").is_none());
    assert!(app.get("/privacy?lang=xx").await.header("set-cookie").is_none(), "not a language we speak");
    assert!(app.post_form("/language?lang=ar", "").await.header("set-cookie").is_none(), "only pages read");
}

#[tokio::test]
async fn phone_numbers_read_left_to_right_in_right_to_left_pages() {
    let app = sqlite_app().await;
    let arabic = app.get("/privacy?lang=ar").await.text();
    assert!(arabic.contains("\u{2066}0303 123 1113\u{2069}"), "isolated as left-to-right");
    let english = app.get("/privacy").await.text();
    assert!(english.contains("0303 123 1113") && !english.contains('\u{2066}'), "left-to-right pages need nothing");
}

#[tokio::test]
async fn language_form_refuses_open_redirects_and_unknown_languages() {
    let app = sqlite_app().await;
    let reply = app.post_form("/language", "lang=cy&return_to=https%3A%2F%2Fevil.example").await;
    assert_eq!(reply.header("location"), Some("/"));
    let reply = app.post_form("/language", "lang=xx&return_to=%2Fcookies").await;
    assert_eq!(reply.status, 303);
    assert!(reply.header("set-cookie").is_none());
    let reply = app.post_form("/language", "%%%garbage").await;
    assert_eq!(reply.status, 303, "garbage input is not a server error");
}

#[tokio::test]
async fn the_switcher_links_to_the_current_page_in_every_language_named_in_its_own_language() {
    let app = sqlite_app().await;
    let html = app.get("/cookies?topic=x&lang=en").await.text();
    assert!(html.contains(r#"<details class="wm-language__details">"#), "one disclosure: {html}");
    let link = |code: &str, dir: &str| {
        format!(
            r#"<a href="/cookies?topic=x&amp;lang={code}" hreflang="{code}" lang="{code}" dir="{dir}" class="wm-language__link">"#
        )
    };
    assert!(html.contains(&format!("{}Cymraeg</a>", link("cy", "ltr"))), "{html}");
    assert!(html.contains(&format!("{}العربية</a>", link("ar", "rtl"))), "{html}");
    assert!(
        html.contains(r#"<span aria-current="true" lang="en" dir="ltr" class="wm-language__current">English</span>"#)
    );
    // Following a link shows that language and remembers it.
    let reply = app.get("/cookies?lang=cy").await;
    assert!(reply.header("set-cookie").is_some_and(|c| c.starts_with("waymark_lang=cy")));
    assert!(reply.text().contains(r#"<html lang="cy""#));
}

#[tokio::test]
async fn exit_ends_the_visit_and_clears_site_data() {
    let app = sqlite_app().await;
    // The form posted without JavaScript is sent on to the neutral site.
    let reply = app.post_form("/exit", "").await;
    assert_eq!(reply.status, 303);
    assert_eq!(reply.location(), "https://www.bbc.co.uk/weather");
    assert_eq!(reply.header("clear-site-data"), Some("\"cache\", \"cookies\", \"storage\""));

    // The island's beacon, sent as the page leaves by itself, gets no content.
    let beacon = Request::post("/exit")
        .header(header::HOST, "waymark.test")
        .header("sec-fetch-site", "same-origin")
        .header("sec-fetch-mode", "no-cors")
        .body(Body::empty())
        .expect("request");
    let reply = app.send(beacon).await;
    assert_eq!(reply.status, 204);
    assert_eq!(reply.header("clear-site-data"), Some("\"cache\", \"cookies\", \"storage\""));
}

#[tokio::test]
async fn only_pages_with_islands_carry_the_loader_and_none_preloads_the_bundle() {
    let app = sqlite_app().await;
    let loader = |html: &str| html.contains("<script type=\"module\">") && html.contains("hydrateIslands");
    let home = app.get("/").await.text();
    assert!(!loader(&home) && !home.contains(".wasm"), "no island, no loader");

    // A guide step with the breathing exercise: the loader, which fetches the bundle only when it is used.
    let (code, mut step) = (waymark::content::code_for("guide", "sleep"), None);
    for n in 1..=8 {
        let reply = app.get(&format!("/guides/{code}/{n}")).await;
        if reply.text().contains("wm-breathing") {
            step = Some(reply.text());
            break;
        }
    }
    let step = step.expect("a step of the sleep guide has the breathing exercise");
    assert!(loader(&step), "the loader is in the page");
    assert!(step.contains("\"/pkg/waymark") && step.contains(".wasm\", [\"SessionTimeout\"]);"), "its bundle");
    assert!(!step.contains("rel=\"modulepreload\"") && !step.contains("rel=\"preload\""), "nothing is preloaded");
    // The animation is drawn hidden, for the loader to show where a script runs.
    assert!(step.contains(r#"<div hidden data-wm-script-only="" class="wm-breathing">"#), "drawn hidden");

    // A signed-in page carries the session timeout warning, an island the loader starts at once.
    let mut browser = common::Browser::new(&app);
    common::register(&mut browser, "Kit", common::PASSWORD).await;
    let account = browser.get("/account").await.text();
    assert!(loader(&account) && account.contains("data-component=\"SessionTimeout_"), "the timeout island");
}
