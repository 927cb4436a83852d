//! British Sign Language on a guide: the video with its transcript; or, where there is none, a plain statement
//! that there is no BSL video of this guide yet (never a promise of one).
//!
//! A video served by Waymark itself plays in the browser's own player, with its captions, and can be
//! downloaded; nothing comes from another site, and it works without JavaScript. A video on another site is
//! never loaded from its host until the reader chooses to play it: with JavaScript, "Play" loads the host's
//! player into the page; without it, the same control is a link that opens the video on its host.

use crate::i18n::use_i18n;
use crate::models::guide::{Hosted, Video};
use leptos::prelude::*;

/// Hosts whose players may be framed in a page, once a reader asks; the page's Content Security Policy
/// allows exactly these.
pub const PLAYER_HOSTS: [&str; 2] = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

/// The host name of a video address, for telling readers where it is hosted.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.trim_start_matches("www.").to_string()
}

/// The address of a player that can be framed for a video page on YouTube or Vimeo (YouTube's without
/// cookies); `None` for other hosts, whose videos open on their own site.
pub fn player_url(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.").trim_start_matches("m.");
    let id_ok = |id: &str| {
        !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let id = match host {
        "youtube.com" => {
            let query = path.strip_prefix("watch?")?;
            query.split('&').find_map(|pair| pair.strip_prefix("v="))?
        }
        "youtu.be" => path.split(['?', '#']).next()?,
        "vimeo.com" => {
            let id = path.split(['?', '#', '/']).next()?;
            if id_ok(id) && id.bytes().all(|b| b.is_ascii_digit()) {
                return Some(format!("{}/video/{id}?dnt=1", PLAYER_HOSTS[1]));
            }
            return None;
        }
        _ => return None,
    };
    id_ok(id).then(|| format!("{}/embed/{id}", PLAYER_HOSTS[0]))
}

/// The play control and, once chosen, the framed player. Server and browser draw the same link; with
/// JavaScript a click loads the player in place instead of leaving the page, and moves focus to it.
#[island]
pub fn BslPlayer(
    url: String,
    player: Option<String>,
    label: String,
    frame_title: String,
    open_label: String,
) -> impl IntoView {
    let (playing, set_playing) = signal(false);
    let frame = NodeRef::<leptos::html::Iframe>::new();
    Effect::new(move |_| {
        if playing.get() {
            if let Some(el) = frame.get() {
                // Moving focus to the player is a courtesy; if the browser refuses, the player still works.
                let _ = el.focus();
            }
        }
    });
    let can_frame = player.is_some();
    let link_url = url.clone();
    view! {
        <Show
            when=move || playing.get()
            fallback=move || {
                view! {
                    <p class="wm-body">
                        <a
                            class="wm-button wm-button--secondary wm-bsl__watch"
                            href=link_url.clone()
                            rel="noreferrer noopener"
                            on:click=move |ev| {
                                if can_frame {
                                    ev.prevent_default();
                                    set_playing.set(true);
                                }
                            }
                        >
                            {label.clone()}
                        </a>
                    </p>
                }
            }
        >
            <div class="wm-bsl__frame">
                <iframe
                    node_ref=frame
                    src=player.clone().unwrap_or_default()
                    title=frame_title.clone()
                    allow="fullscreen; picture-in-picture"
                    allowfullscreen=true
                    referrerpolicy="strict-origin-when-cross-origin"
                    tabindex="0"
                ></iframe>
            </div>
            <p class="wm-body">
                <a class="wm-link" href=url.clone() rel="noreferrer noopener">{open_label.clone()}</a>
            </p>
        </Show>
    }
}

/// A video served here: the browser's player with English captions, the file to download, and the transcript.
#[component]
fn HostedVideo(url: String, title: String, transcript: String, hosted: Hosted) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="wm-body">{title}</p>
        <p class="wm-hint">{i18n.t("bsl-hosted-here")}</p>
        <video class="wm-bsl__video" controls=true preload="metadata">
            <source src=url.clone() type=hosted.mime/>
            <track kind="captions" src=hosted.captions srclang="en" label=i18n.t("bsl-captions-label") default=true/>
        </video>
        <p class="wm-body">
            <a class="wm-link" href=url download="">{i18n.t("bsl-download")}</a>
        </p>
        <details class="wm-details">
            <summary class="wm-details__summary">{i18n.t("bsl-transcript")}</summary>
            <div class="wm-details__text">{transcript}</div>
        </details>
    }
}

#[component]
pub fn BslVideo(video: Option<Video>) -> impl IntoView {
    let i18n = use_i18n();
    let body = match video {
        Some(Video { url, title, transcript, hosted: Some(hosted) }) => {
            view! { <HostedVideo url=url title=title transcript=transcript hosted=hosted/> }.into_any()
        }
        Some(v) => {
            let host = host_of(&v.url);
            let player = player_url(&v.url);
            view! {
                <p class="wm-body">{v.title.clone()}</p>
                <p class="wm-hint">{i18n.tr("bsl-hosted", &[("host", host.clone().into())])}</p>
                <BslPlayer
                    url=v.url.clone()
                    player=player
                    label=i18n.t("bsl-watch")
                    frame_title=i18n.tr("bsl-player-title", &[("title", v.title.clone().into())])
                    open_label=i18n.tr("bsl-open-host", &[("host", host.into())])
                />
                <details class="wm-details">
                    <summary class="wm-details__summary">{i18n.t("bsl-transcript")}</summary>
                    <div class="wm-details__text">{v.transcript.clone()}</div>
                </details>
            }
            .into_any()
        }
        None => view! { <p class="wm-body">{i18n.t("bsl-none")}</p> }.into_any(),
    };
    view! {
        <section class="wm-bsl" aria-labelledby="bsl-title">
            <h2 class="wm-heading-s" id="bsl-title">{i18n.t("bsl-title")}</h2>
            {body}
            <p class="wm-body"><a class="wm-link" href="/bsl">{i18n.t("bsl-more")}</a></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn youtube_and_vimeo_videos_get_a_framable_player() {
        assert_eq!(
            player_url("https://www.youtube.com/watch?v=abc_DEF-123&t=4").as_deref(),
            Some("https://www.youtube-nocookie.com/embed/abc_DEF-123")
        );
        assert_eq!(
            player_url("https://youtu.be/abc123").as_deref(),
            Some("https://www.youtube-nocookie.com/embed/abc123")
        );
        assert_eq!(
            player_url("https://vimeo.com/123456").as_deref(),
            Some("https://player.vimeo.com/video/123456?dnt=1")
        );
    }

    #[test]
    fn other_hosts_and_odd_addresses_open_on_their_site() {
        assert_eq!(player_url("https://signhealth.example/videos/1"), None);
        assert_eq!(player_url("http://www.youtube.com/watch?v=abc"), None);
        assert_eq!(player_url("https://www.youtube.com/watch?v=a\"b"), None);
        assert_eq!(player_url("https://vimeo.com/channels/x"), None);
        assert_eq!(player_url("https://www.youtube.com/playlist?list=x"), None);
    }

    #[test]
    fn hosts_are_named_without_www() {
        assert_eq!(host_of("https://www.youtube.com/watch?v=x"), "youtube.com");
        assert_eq!(host_of("https://vimeo.com/1"), "vimeo.com");
    }

    #[test]
    fn players_are_on_allowed_hosts() {
        for url in ["https://www.youtube.com/watch?v=x", "https://vimeo.com/1"] {
            let player = player_url(url).expect("player");
            assert!(PLAYER_HOSTS.iter().any(|h| player.starts_with(&format!("{h}/"))), "{player}");
        }
    }
}
