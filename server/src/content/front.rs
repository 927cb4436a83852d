//! A guide's front matter: the TOML between the `+++` lines at the top of the file.

use app::models::guide::{Audience, Video};
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoFields {
    pub url: String,
    pub title: String,
    pub transcript: String,
}

impl VideoFields {
    pub fn into_video(self) -> Video {
        Video { url: self.url, title: self.title, transcript: self.transcript }
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
        if !video.url.starts_with("https://") {
            out.push(format!("video address {:?} must start with https://", video.url));
        }
        if video.title.trim().is_empty() || video.transcript.trim().is_empty() {
            out.push("every video needs a title and a transcript".to_string());
        }
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

    #[test]
    fn dates_must_exist() {
        assert!(valid_date("2026-11-22"));
        assert!(!valid_date("2026-02-30"));
        assert!(!valid_date("22/11/2026"));
    }
}
