//! British Sign Language on a guide: the video, which is never loaded from its host until the reader chooses
//! to watch it (a link with a notice of where it is hosted), with its transcript; or, until a video is added,
//! a plain statement that a BSL version is coming.

use super::model::Video;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The host name of a video address, for telling readers where it is hosted.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.trim_start_matches("www.").to_string()
}

#[component]
pub fn BslVideo(video: Option<Video>) -> impl IntoView {
    let i18n = use_i18n();
    let body = match video {
        Some(v) => {
            let host = host_of(&v.url);
            view! {
                <p class="wm-body">{v.title.clone()}</p>
                <p class="wm-hint">{i18n.tr("bsl-hosted", &[("host", host.into())])}</p>
                <p class="wm-body">
                    <a class="wm-button wm-button--secondary wm-bsl__watch" href=v.url.clone() rel="noreferrer noopener">
                        {i18n.t("bsl-watch")}
                    </a>
                </p>
                <details class="wm-details">
                    <summary class="wm-details__summary">{i18n.t("bsl-transcript")}</summary>
                    <div class="wm-details__text">{v.transcript.clone()}</div>
                </details>
            }
            .into_any()
        }
        None => view! { <p class="wm-body">{i18n.t("bsl-coming")}</p> }.into_any(),
    };
    view! {
        <section class="wm-bsl" aria-labelledby="bsl-title">
            <h2 class="wm-heading-s" id="bsl-title">{i18n.t("bsl-title")}</h2>
            {body}
            <p class="wm-body"><a class="wm-link" href="/bsl">{i18n.t("bsl-more")}</a></p>
        </section>
    }
}
