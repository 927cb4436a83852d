//! Guides through the HTTP layer: the list, filters and search; every step of every guide; neutral addresses
//! and titles; raw HTML shown as text; progress, ticks and reflections kept for signed-in readers and nothing
//! kept for anyone else; the check-in.

use crate::common;

use axum::body::Body;
use common::{on_each_backend, register, sqlite_app, Browser, PASSWORD};
use http::{header, Request};

/// The neutral code in a guide's address.
fn guide_code(slug: &str) -> String {
    waymark::content::code_for("guide", slug)
}

const SLUGS: &[&str] = &[
    "coping-with-feelings",
    "sleep",
    "feeling-safe-at-home",
    "worry-it-will-happen-again",
    "after-you-report",
    "your-rights",
    "hate-crime",
    "fraud-and-scams",
    "anti-social-behaviour",
    "after-a-road-collision",
    "supporting-someone",
    "looking-after-yourself",
    "domestic-abuse",
    "sexual-violence",
    "stalking-and-harassment",
    "violence-and-assault",
    "young-people",
    "men",
    "lgbtq",
    "honour-based-abuse",
    "deaf-people",
    "new-to-the-uk",
];

fn title_of(html: &str) -> String {
    let start = html.find("<title>").map(|i| i + 7).unwrap_or(0);
    let end = html[start..].find("</title>").map(|i| i + start).unwrap_or(start);
    html[start..end].to_string()
}

#[tokio::test]
async fn the_list_shows_every_guide_with_filters() {
    let app = sqlite_app().await;
    let all = app.get("/guides").await;
    assert_eq!(all.status, 200);
    let html = all.text();
    for slug in SLUGS {
        assert!(html.contains(&format!("/guides/{}\"", guide_code(slug))), "{slug} is listed");
        assert!(!html.contains(&format!("/guides/{slug}")), "slugs never appear in addresses: {slug}");
    }
    assert!(html.contains(&format!("{} guides", SLUGS.len())));
    assert!(html.contains("minutes to read"));

    let supporters = app.get("/guides?for=supporters").await.text();
    assert!(supporters.contains(&guide_code("supporting-someone")));
    assert!(!supporters.contains(&guide_code("sleep")), "victim-only guides are filtered out");

    let topic = waymark::content::code_for("topic", "sleep");
    let sleep = app.get(&format!("/guides?topic={topic}")).await.text();
    assert!(sleep.contains(&guide_code("sleep")));
    assert!(!sleep.contains(&guide_code("fraud-and-scams")));
    assert_eq!(app.get("/guides?topic=nonsense").await.status, 200, "an unknown topic is not an error");
}

#[tokio::test]
async fn search_words_are_posted_and_find_guides() {
    let app = sqlite_app().await;
    let found = app.post_form("/guides", "q=scam+bank").await;
    assert_eq!(found.status, 200);
    let html = found.text();
    assert!(html.contains(&guide_code("fraud-and-scams")), "{}", &html[html.len().saturating_sub(2000)..]);
    assert!(html.contains("Guides about “scam bank”"));
    let none = app.post_form("/guides", "q=zzzqqq").await.text();
    assert!(none.contains("No guides found"));
    // The words people use: "burgled" finds the guide that says "burglary", "abusive partner" the one about
    // someone you know hurting you and the domestic abuse helpline.
    let burgled = app.post_form("/guides", "q=burgled").await.text();
    assert!(burgled.contains(&guide_code("feeling-safe-at-home")), "burgled");
    let partner = app.post_form("/guides", "q=abusive+partner").await.text();
    assert!(partner.contains(&guide_code("worry-it-will-happen-again")), "abusive partner");
    assert!(!partner.contains(&guide_code("sleep")), "abusive partner");
    let hostile = app.post_form("/guides", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await.text();
    assert!(!hostile.contains("<script>alert(1)"), "search words are escaped");
}

#[tokio::test]
async fn every_step_of_every_guide_renders_with_a_neutral_title() {
    let app = sqlite_app().await;
    let forbidden = ["crime", "fraud", "hate", "abuse", "burglary", "victim", "police"];
    for slug in SLUGS {
        let code = guide_code(slug);
        let first = app.get(&format!("/guides/{code}")).await;
        assert_eq!(first.status, 200, "{slug}");
        let steps = first.text().matches("class=\"wm-contents__item\"").count();
        assert!((3..=8).contains(&steps), "{slug} has {steps} steps");
        for step in 1..=steps {
            let reply = app.get(&format!("/guides/{code}/{step}")).await;
            assert_eq!(reply.status, 200, "{slug} step {step}");
            let html = reply.text();
            let title = title_of(&html).to_lowercase();
            assert_eq!(title, "guide – waymark", "{slug} step {step}");
            for word in forbidden {
                assert!(!title.contains(word));
            }
            assert!(html.contains("If you are in danger now, call 999."), "{slug} step {step}: the danger line");
            assert!(html.contains("Talk to someone"), "{slug} step {step}: more help");
            assert_eq!(html.contains("rel=\"next\""), step < steps, "{slug} step {step}: next link");
            assert_eq!(html.contains("rel=\"prev\""), step > 1, "{slug} step {step}: previous link");
        }
        assert_eq!(app.get(&format!("/guides/{code}/{}", steps + 1)).await.status, 404);
        assert_eq!(app.get(&format!("/guides/{code}/0")).await.status, 404);
        assert_eq!(app.get(&format!("/guides/{code}/abc")).await.status, 404);
    }
    assert_eq!(app.get("/guides/nosuch").await.status, 404);
}

#[tokio::test]
async fn every_guide_has_an_activity_and_ways_to_get_help() {
    let app = sqlite_app().await;
    for slug in SLUGS {
        let code = guide_code(slug);
        let first = app.get(&format!("/guides/{code}")).await.text();
        let steps = first.matches("class=\"wm-contents__item\"").count();
        let mut all = String::new();
        for step in 1..=steps {
            all.push_str(&app.get(&format!("/guides/{code}/{step}")).await.text());
        }
        assert!(all.contains("class=\"wm-activity"), "{slug} has an activity");
        assert!(all.contains("Victim Support Supportline"), "{slug} says where to get more help");
        assert!(all.contains("Where this information comes from"), "{slug} lists its sources");
    }
}

/// The real service directory, which the server needs to start.
/// The real service directory and bank holidays, which the server needs to start.
fn copy_services(content: &std::path::Path) {
    let real = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    std::fs::create_dir_all(content.join("services")).expect("dirs");
    for entry in std::fs::read_dir(real.join("services")).expect("services").flatten() {
        std::fs::copy(entry.path(), content.join("services").join(entry.file_name())).expect("copy");
    }
    std::fs::copy(real.join("bank-holidays.toml"), content.join("bank-holidays.toml")).expect("copy");
}

#[tokio::test]
async fn raw_html_in_a_guide_is_shown_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    for (path, text) in [
        ("topics.toml", "ids = [\"feelings\"]\n"),
        ("en/topics.toml", "feelings = \"Feelings\"\n"),
        ("needs.toml", "[[needs]]\nid = \"safety\"\nlabel = \"needs-category-safety\"\n"),
        (
            "en/guides/test.md",
            "+++\ntitle = \"Test\"\nsummary = \"S\"\ntopics = [\"feelings\"]\naudience = \"both\"\nminutes = 1\nreviewed = \"2026-11-22\"\nsources = [\"x\"]\n+++\n\n## Step\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n",
        ),
    ] {
        let full = content.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("dirs");
        std::fs::write(full, text).expect("write");
    }
    copy_services(&content);
    let mut config =
        waymark::config::Config::for_tests(&format!("sqlite://{}/db/w.db", dir.path().display()), dir.path());
    config.content_dir = content;
    std::fs::create_dir_all(&config.site_root).expect("site");
    let state = waymark::build_state(config).await.expect("starts");
    let router = waymark::http::router(state);
    use tower::ServiceExt;
    let response = router
        .oneshot(Request::get(format!("/guides/{}", guide_code("test"))).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let body = http_body_util::BodyExt::collect(response.into_body()).await.expect("body").to_bytes();
    let html = String::from_utf8_lossy(&body);
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
            || html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>alert"), "no live script");
    assert!(!html.contains("<img src=x"), "no live image tag");
}

/// A guide with its own BSL video file and captions in `content/media`, as a router.
async fn app_with_a_hosted_video(dir: &std::path::Path) -> axum::Router {
    let content = dir.join("content");
    let video: Vec<u8> = (0..=255u8).cycle().take(4000).collect();
    for (path, bytes) in [
        ("topics.toml", &b"ids = [\"feelings\"]\n"[..]),
        ("en/topics.toml", b"feelings = \"Feelings\"\n"),
        ("needs.toml", b"[[needs]]\nid = \"safety\"\nlabel = \"needs-category-safety\"\n"),
        (
            "en/guides/signed.md",
            b"+++\ntitle = \"Signed\"\nsummary = \"S\"\ntopics = [\"feelings\"]\naudience = \"both\"\nminutes = 1\nreviewed = \"2026-11-22\"\nsources = [\"x\"]\n\n[bsl]\nfile = \"media/signed-guide.webm\"\ncaptions = \"media/signed-guide.vtt\"\ntitle = \"The guide in BSL\"\ntranscript = \"Everything the signer says.\"\n+++\n\n## Step\n\nText.\n",
        ),
        ("media/signed-guide.webm", &video),
        ("media/signed-guide.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"),
    ] {
        let full = content.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("dirs");
        std::fs::write(full, bytes).expect("write");
    }
    copy_services(&content);
    let mut config = waymark::config::Config::for_tests(&format!("sqlite://{}/db/w.db", dir.display()), dir);
    config.content_dir = content;
    std::fs::create_dir_all(&config.site_root).expect("site");
    waymark::http::router(waymark::build_state(config).await.expect("starts"))
}

#[tokio::test]
async fn a_guides_own_bsl_video_is_served_here_with_captions_and_ranges() {
    use tower::ServiceExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let router = app_with_a_hosted_video(dir.path()).await;
    let get = |path: String, range: Option<&'static str>| {
        let router = router.clone();
        async move {
            let mut request = Request::get(path);
            if let Some(range) = range {
                request = request.header(header::RANGE, range);
            }
            let response = router.oneshot(request.body(Body::empty()).expect("request")).await.expect("response");
            let (parts, body) = response.into_parts();
            let body = http_body_util::BodyExt::collect(body).await.expect("body").to_bytes();
            (parts, body)
        }
    };
    let (_, page) = get(format!("/guides/{}", guide_code("signed")), None).await;
    let html = String::from_utf8_lossy(&page).to_string();
    let video = waymark::content::front::media_href("signed-guide.webm");
    let captions = waymark::content::front::media_href("signed-guide.vtt");
    assert!(!video.contains("signed") && !captions.contains("signed"), "neutral addresses: {video} {captions}");
    assert!(html.contains(&format!(r#"<source src="{video}" type="video/webm""#)), "{html}");
    assert!(html.contains(&format!(r#"src="{captions}""#)) && html.contains(r#"kind="captions""#), "{html}");
    assert!(html.contains(&format!(r#"href="{video}" download"#)), "the file to download: {html}");
    assert!(html.contains("Everything the signer says."), "the transcript");
    assert!(!html.contains("youtube") && !html.contains("vimeo"), "nothing from another site");

    let (whole, body) = get(video.clone(), None).await;
    assert_eq!(whole.status, 200);
    assert_eq!(body.len(), 4000);
    assert_eq!(whole.headers[header::CONTENT_TYPE], "video/webm");
    assert_eq!(whole.headers[header::ACCEPT_RANGES], "bytes");
    let (part, body) = get(video.clone(), Some("bytes=100-199")).await;
    assert_eq!(part.status, 206, "a range of the video");
    assert_eq!(part.headers[header::CONTENT_RANGE], "bytes 100-199/4000");
    assert_eq!(&body[..], &(100..200).map(|i| (i % 256) as u8).collect::<Vec<_>>()[..]);
    let (vtt, body) = get(captions, None).await;
    assert_eq!(vtt.status, 200);
    assert!(vtt.headers[header::CONTENT_TYPE].to_str().expect("type").starts_with("text/vtt"));
    assert!(body.starts_with(b"WEBVTT"));
    for missing in ["/guides/media/signed-guide.webm", "/guides/media/nope.webm", "/guides/media/..%2Fen"] {
        assert_eq!(get(missing.to_string(), None).await.0.status, 404, "{missing}");
    }
}

#[tokio::test]
async fn a_bad_guide_stops_the_server_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("en/guides")).expect("dirs");
    std::fs::write(content.join("topics.toml"), "ids = [\"feelings\"]\n").expect("write");
    std::fs::write(content.join("en/topics.toml"), "feelings = \"Feelings\"\n").expect("write");
    std::fs::write(content.join("en/guides/broken.md"), "+++\ntitle = \"x\"\n+++\n\n## Step\n\n```dance\n```\n")
        .expect("write");
    let mut config =
        waymark::config::Config::for_tests(&format!("sqlite://{}/db/w.db", dir.path().display()), dir.path());
    config.content_dir = content;
    let error = waymark::build_state(config).await.err().expect("refused to start").to_string();
    assert!(error.contains("content/en/guides/broken.md"), "{error}");
}

#[tokio::test]
async fn anonymous_readers_are_remembered_nowhere() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let code = guide_code("sleep");
    for path in ["/guides".to_string(), format!("/guides/{code}"), format!("/guides/{code}/2")] {
        let reply = browser.get(&path).await;
        assert!(reply.header("set-cookie").is_none(), "{path} sets no cookie");
    }
    assert!(browser.cookies.is_empty());
    let rows: i64 = waymark::with_db!(&app.state.db, conn => {
        sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM guide_progress) + (SELECT COUNT(*) FROM sessions)").fetch_one(conn).await
    })
    .expect("count");
    assert_eq!(rows, 0);
    let step = browser.get(&format!("/guides/{code}/3")).await.text();
    assert!(step.contains("Your ticks are not saved"), "anonymous readers are told");
    let saving = browser.post(&format!("/guides/{code}/3/checklist/0"), &[("done", "0")]).await;
    assert_eq!(saving.status, 303, "saving needs an account");
    assert!(saving.location().starts_with("/sign-in"));
}

#[tokio::test]
async fn signed_in_readers_keep_their_place_ticks_and_reflections() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "reader", PASSWORD).await;
        let code = guide_code("sleep");
        let page = browser.get(&format!("/guides/{code}/3")).await.text();
        let action = page
            .split("/checklist/")
            .nth(1)
            .map(|_| format!("/guides/{code}/3/checklist/0"))
            .expect("a checklist on step 3");
        let saved = browser.post(&action, &[("done", "0"), ("done", "2")]).await;
        assert_eq!(saved.location(), format!("/guides/{code}/3"));
        let again = browser.get(&format!("/guides/{code}/3")).await.text();
        assert!(again.contains("Saved."));
        assert!(
            again.contains("id=\"checklist-0-0\" name=\"done\" type=\"checkbox\" value=\"0\" checked"),
            "{}",
            app.backend
        );
        assert!(!again.contains("id=\"checklist-0-1\" name=\"done\" type=\"checkbox\" value=\"1\" checked"));
        assert!(again.contains("id=\"checklist-0-2\" name=\"done\" type=\"checkbox\" value=\"2\" checked"));

        let home = browser.get("/").await.text();
        assert!(home.contains("Continue where you left off"));
        assert!(home.contains(&format!("/guides/{code}/3")), "{}", app.backend);

        // Opening a step moves nothing; "Save my place" (a post) does.
        let five = browser.get(&format!("/guides/{code}/5")).await.text();
        assert!(five.contains(&format!("action=\"/guides/{code}/5/place\"")), "{five}");
        assert!(browser.get("/").await.text().contains(&format!("/guides/{code}/3\"")), "{}", app.backend);
        let placed = browser.post(&format!("/guides/{code}/5/place"), &[]).await;
        assert_eq!(placed.location(), format!("/guides/{code}/5"));
        assert!(browser.get(&format!("/guides/{code}/5")).await.text().contains("Saved."));
        assert!(browser.get("/").await.text().contains(&format!("/guides/{code}/5\"")), "{}", app.backend);
        assert_eq!(browser.post(&format!("/guides/{code}/99/place"), &[]).await.status, 404);

        // A reflection becomes a diary entry linked to its guide.
        let feelings = guide_code("coping-with-feelings");
        let mut found = None;
        for step in 1..=8 {
            let html = browser.get(&format!("/guides/{feelings}/{step}")).await.text();
            if html.contains("/reflect/0") {
                found = Some(step);
                break;
            }
        }
        let step = found.expect("a reflection in the feelings guide");
        let reply = browser
            .post(&format!("/guides/{feelings}/{step}/reflect/0"), &[("reflection", "Talking to my brother helped.")])
            .await;
        assert_eq!(reply.status, 303);
        assert!(browser.get(&format!("/guides/{feelings}/{step}")).await.text().contains("saved to your diary"));
        let diary = browser.get("/diary").await.text();
        assert!(diary.contains("Talking to my brother helped."), "{}", app.backend);
        assert!(diary.contains("Saved from the guide"));

        // None of it is readable in the database.
        let sealed: Vec<Vec<u8>> = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar("SELECT sealed FROM guide_progress").fetch_all(conn).await
        })
        .expect("rows");
        assert!(!sealed.is_empty());
        for row in sealed {
            assert!(!String::from_utf8_lossy(&row).contains("sleep"));
        }
    })
    .await;
}

#[tokio::test]
async fn the_check_in_points_to_the_right_help() {
    let app = sqlite_app().await;
    let low = app.post_form("/guides/check-in", "sleep=1&daily=0&feelings=1&safety=0&danger=no&harm=no").await.text();
    assert!(low.contains("The guides may help"));
    let high = app.post_form("/guides/check-in", "sleep=3&daily=2&feelings=2&safety=1").await.text();
    assert!(high.contains("meant for people for whom the effects are low to moderate"));
    assert!(high.contains("Victim Support Supportline"));
    let danger = app.post_form("/guides/check-in", "danger=yes").await.text();
    assert!(danger.contains("You deserve to be safe") && danger.contains("National Domestic Abuse Helpline"));
    let harm = app.post_form("/guides/check-in", "harm=yes&danger=yes").await.text();
    assert!(harm.contains("Please talk to someone now") && harm.contains("116 123"));
    // "Not very safe" and a big effect lead to a person: a service that gets in touch, or the directory.
    let unsafe_ = app.post_form("/guides/check-in", "sleep=0&safety=2").await.text();
    assert!(unsafe_.contains("You deserve to feel safe") && unsafe_.contains("0808 2000 247"), "{unsafe_}");
    for page in [&unsafe_, &high] {
        assert!(page.contains("href=\"/request\"") && page.contains("href=\"/services\""), "{page}");
    }
    // An empty check-in does not pretend to have read answers.
    let empty = app.post_form("/guides/check-in", "").await.text();
    assert!(!empty.contains("From your answers") && empty.contains("You did not answer the questions"), "{empty}");
    assert!(low.contains("From your answers"));
    let garbage = app.post_form("/guides/check-in", "sleep=9&harm=maybe&%%%").await;
    assert_eq!(garbage.status, 200, "nonsense answers are ignored, not errors");
}

#[tokio::test]
async fn signed_in_readers_see_their_check_ins_over_time() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "reader", PASSWORD).await;
    browser.post("/guides/check-in", &[("sleep", "3"), ("daily", "2")]).await;
    app.state.clock.advance(20 * 60);
    browser.post("/guides/check-in", &[("sleep", "1"), ("daily", "0")]).await;
    let history = browser.get("/guides/check-in/history").await.text();
    assert_eq!(history.matches("<th scope=\"row\"").count(), 2);
    assert!(history.contains("A lot") && history.contains("Not at all"));
}

#[tokio::test]
async fn a_welsh_reader_sees_english_with_a_notice() {
    let app = sqlite_app().await;
    let request = Request::get(format!("/guides/{}", guide_code("sleep")))
        .header(header::COOKIE, "waymark_lang=cy")
        .body(Body::empty())
        .expect("request");
    let html = app.send(request).await.text();
    assert!(html.contains("<html lang=\"cy\""));
    assert!(html.contains("ar gael yn eich iaith chi eto"), "the notice, in Welsh");
    assert!(html.contains("Sleeping after crime"), "the guide, in English");
}

#[tokio::test]
async fn a_reflection_or_ticks_are_saved_together_with_their_notice_or_not_at_all() {
    use crate::diary::{count_rows, fail_notice, unfail_notice};
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "reader", PASSWORD).await;
        let feelings = guide_code("coping-with-feelings");
        let mut found = None;
        for step in 1..=8 {
            if browser.get(&format!("/guides/{feelings}/{step}")).await.text().contains("/reflect/0") {
                found = Some(step);
                break;
            }
        }
        let step = found.expect("a reflection in the feelings guide");
        let reflect = format!("/guides/{feelings}/{step}/reflect/0");

        fail_notice(&app, "guide-reflection-saved").await;
        let failed = browser.post(&reflect, &[("reflection", "Kept only with its notice.")]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        assert_eq!(count_rows(&app, "diary_entries").await, 0, "{}: the entry was rolled back", app.backend);

        // Ticks are read, changed and written back with their notice.
        let sleep = guide_code("sleep");
        browser.get(&format!("/guides/{sleep}/3")).await;
        fail_notice(&app, "guide-progress-saved").await;
        let failed = browser.post(&format!("/guides/{sleep}/3/checklist/0"), &[("done", "1")]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        let page = browser.get(&format!("/guides/{sleep}/3")).await.text();
        assert!(!page.contains("type=\"checkbox\" value=\"1\" checked"), "{}: the ticks were rolled back", app.backend);

        unfail_notice(&app, "guide-reflection-saved").await;
        unfail_notice(&app, "guide-progress-saved").await;
        assert_eq!(browser.post(&reflect, &[("reflection", "Kept at last.")]).await.status, 303);
        assert_eq!(count_rows(&app, "diary_entries").await, 1);
        assert_eq!(browser.post(&format!("/guides/{sleep}/3/checklist/0"), &[("done", "1")]).await.status, 303);
        assert!(browser
            .get(&format!("/guides/{sleep}/3"))
            .await
            .text()
            .contains("type=\"checkbox\" value=\"1\" checked"));
    })
    .await;
}
