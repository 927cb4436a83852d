//! A guide's front matter: the TOML between the `+++` lines at the top of the file.

use app::models::guide::{Audience, Hosted, Video};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub topics: Vec<String>,
    pub audience: Audience,
    pub minutes: u32,
    pub reviewed: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub impact: Impact,
    #[serde(default)]
    pub translation: Option<Translation>,
    #[serde(default)]
    pub order: Option<u32>,
    #[serde(default)]
    pub bsl: Option<VideoFields>,
    #[serde(default)]
    pub videos: Vec<VideoFields>,
}

#[derive(Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Impact {
    #[default]
    LowToModerate,
    Any,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Translation {
    Draft,
    Checked,
}

/// A video: on another site (`url`), or a file in `content/media` that Waymark serves itself (`file`, with its
/// `captions` in WebVTT).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoFields {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub captions: Option<String>,
    pub title: String,
    pub transcript: String,
}

/// The kinds of video file Waymark serves, by extension, with their media types.
pub const VIDEO_TYPES: [(&str, &str); 2] = [("webm", "video/webm"), ("mp4", "video/mp4")];

/// The name of a file in `content/media` from how a guide writes it (`media/<name>`), if it is one.
pub fn media_name(path: &str) -> Option<&str> {
    let name = path.strip_prefix("media/")?;
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
    (plain && !name.contains("..")).then_some(name)
}

fn extension(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

/// The neutral address a media file is served at: a code and the file's extension, so that the address says
/// nothing about what the video is about.
pub fn media_href(name: &str) -> String {
    format!("/guides/media/{}.{}", crate::content::code_for("media", name), extension(name))
}

impl VideoFields {
    /// The media files the video uses (`media/…` as written), for checking that they exist.
    pub fn media(&self) -> Vec<&str> {
        self.file.iter().chain(self.captions.iter()).filter_map(|f| media_name(f)).collect()
    }

    pub fn into_video(self) -> Video {
        match (self.file.as_deref().and_then(media_name), self.captions.as_deref().and_then(media_name)) {
            (Some(file), Some(captions)) => Video {
                url: media_href(file),
                title: self.title,
                transcript: self.transcript,
                hosted: Some(Hosted {
                    mime: VIDEO_TYPES
                        .iter()
                        .find(|(ext, _)| *ext == extension(file))
                        .map_or("video/webm", |(_, mime)| *mime)
                        .to_string(),
                    captions: media_href(captions),
                }),
            },
            _ => Video {
                url: self.url.unwrap_or_default(),
                title: self.title,
                transcript: self.transcript,
                hosted: None,
            },
        }
    }

    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        match (&self.url, &self.file) {
            (Some(url), None) => {
                if !url.starts_with("https://") {
                    out.push(format!("video address {url:?} must start with https://"));
                }
                if self.captions.is_some() {
                    out.push(
                        "captions are only for a video file in content/media; a video on another site has its own"
                            .into(),
                    );
                }
            }
            (None, Some(file)) => {
                let video_ok =
                    media_name(file).is_some_and(|n| VIDEO_TYPES.iter().any(|(ext, _)| *ext == extension(n)));
                if !video_ok {
                    out.push(format!(
                        "video file {file:?} must be written media/<name>.webm or media/<name>.mp4 (lower-case letters, \
                         digits and hyphens), for a file in content/media"
                    ));
                }
                match &self.captions {
                    None => out.push("a video file needs captions: captions = \"media/<name>.vtt\"".into()),
                    Some(c) if media_name(c).is_none_or(|n| extension(n) != "vtt") => out.push(format!(
                        "captions {c:?} must be written media/<name>.vtt, for a WebVTT file in content/media"
                    )),
                    Some(_) => {}
                }
            }
            _ => out.push("a video needs either url (on another site) or file (in content/media), not both".into()),
        }
        if self.title.trim().is_empty() || self.transcript.trim().is_empty() {
            out.push("every video needs a title and a transcript".to_string());
        }
        out
    }
}

/// The front matter's text and where the body starts (as a byte offset and a line number, from 1).
pub fn split(text: &str) -> Option<(&str, usize, usize)> {
    let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &text[text.len() - rest.len()..offset];
            let body_start = offset + line.len();
            let body_line = text[..body_start].lines().count() + 1;
            return Some((front, body_start, body_line));
        }
        offset += line.len();
    }
    None
}

/// Checks the values TOML cannot check. Returns problems as messages.
pub fn problems(front: &FrontMatter, known_topics: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if front.title.trim().is_empty() {
        out.push("title must not be empty".to_string());
    }
    if front.summary.trim().is_empty() {
        out.push("summary must not be empty".to_string());
    }
    if front.topics.is_empty() {
        out.push("topics must list at least one topic".to_string());
    }
    for topic in &front.topics {
        if !known_topics.contains(topic) {
            out.push(format!("topic {topic:?} is not in content/topics.toml"));
        }
    }
    if front.minutes == 0 || front.minutes > 120 {
        out.push("minutes must be between 1 and 120".to_string());
    }
    if !valid_date(&front.reviewed) {
        out.push(format!("reviewed must be a date like 2026-11-22, not {:?}", front.reviewed));
    }
    if front.sources.iter().all(|s| s.trim().is_empty()) {
        out.push("sources must list at least one source".to_string());
    }
    for video in front.bsl.iter().chain(front.videos.iter()) {
        out.extend(video.problems());
    }
    out
}

fn valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            matches!((y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()), (Ok(y), Ok(m), Ok(d)) if crate::dates::days_from_civil(y, m, d).is_some())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_from_the_body() {
        let text = "+++\ntitle = \"x\"\n+++\n\nBody\n";
        let (front, start, line) = split(text).expect("front matter");
        assert_eq!(front, "title = \"x\"\n");
        assert_eq!(&text[start..], "\nBody\n");
        assert_eq!(line, 4);
        assert!(split("no front matter").is_none());
        assert!(split("+++\nunclosed\n").is_none());
    }

    fn video(url: Option<&str>, file: Option<&str>, captions: Option<&str>) -> VideoFields {
        VideoFields {
            url: url.map(String::from),
            file: file.map(String::from),
            captions: captions.map(String::from),
            title: "A title".into(),
            transcript: "What the video says.".into(),
        }
    }

    #[test]
    fn a_video_is_on_another_site_or_a_file_here_with_captions() {
        assert!(video(Some("https://vimeo.com/1"), None, None).problems().is_empty());
        assert!(video(None, Some("media/sleep-bsl.webm"), Some("media/sleep-bsl.vtt")).problems().is_empty());
        assert!(video(None, Some("media/a.mp4"), Some("media/a.vtt")).problems().is_empty());
        for (v, expected) in [
            (video(Some("http://vimeo.com/1"), None, None), "https://"),
            (video(None, None, None), "either url"),
            (video(Some("https://vimeo.com/1"), Some("media/a.webm"), Some("media/a.vtt")), "either url"),
            (video(Some("https://vimeo.com/1"), None, Some("media/a.vtt")), "captions are only"),
            (video(None, Some("media/a.webm"), None), "needs captions"),
            (video(None, Some("media/a.avi"), Some("media/a.vtt")), "media/<name>.webm"),
            (video(None, Some("media/../secret.webm"), Some("media/a.vtt")), "media/<name>.webm"),
            (video(None, Some("/etc/a.webm"), Some("media/a.vtt")), "media/<name>.webm"),
            (video(None, Some("media/a.webm"), Some("media/a.srt")), "WebVTT"),
        ] {
            let problems = v.problems().join("; ");
            assert!(problems.contains(expected), "{v:?}: {problems}");
        }
    }

    #[test]
    fn a_video_file_is_served_at_a_neutral_address() {
        let v = video(None, Some("media/domestic-abuse.webm"), Some("media/domestic-abuse.vtt"));
        assert_eq!(v.media(), vec!["domestic-abuse.webm", "domestic-abuse.vtt"]);
        let v = v.into_video();
        let hosted = v.hosted.expect("hosted");
        assert!(v.url.starts_with("/guides/media/") && v.url.ends_with(".webm"), "{}", v.url);
        assert!(!v.url.contains("abuse") && !hosted.captions.contains("abuse"));
        assert!(hosted.captions.ends_with(".vtt"));
        assert_eq!(hosted.mime, "video/webm");
        assert_eq!(video(Some("https://vimeo.com/1"), None, None).into_video().hosted, None);
    }

    #[test]
    fn dates_must_exist() {
        assert!(valid_date("2026-11-22"));
        assert!(!valid_date("2026-02-30"));
        assert!(!valid_date("22/11/2026"));
    }
}
