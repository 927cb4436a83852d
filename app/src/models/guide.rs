//! What a guide is. The server's content library builds these from the Markdown bundles
//! in `content/`; nothing here parses anything.

use serde::{Deserialize, Serialize};

/// Who a guide is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Victim,
    Supporter,
    Both,
}

/// A video (in British Sign Language or not): on another site, loaded from its host only when the reader chooses
/// to play it; or served by Waymark itself (`hosted`), when `url` is its neutral address here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Video {
    pub url: String,
    pub title: String,
    pub transcript: String,
    #[serde(default)]
    pub hosted: Option<Hosted>,
}

/// A video file served by Waymark, with its captions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hosted {
    /// Its media type, such as `video/webm`.
    pub mime: String,
    /// The neutral address of its WebVTT captions here.
    pub captions: String,
}

/// One piece of a step: Markdown already turned into safe HTML, or an interactive part.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// HTML rendered from Markdown with raw HTML escaped and links checked.
    Html(String),
    /// A tip; its body is safe HTML.
    Tip(String),
    /// The paced breathing exercise, with an optional introduction (safe HTML).
    Breathing(Option<String>),
    /// The 5-4-3-2-1 grounding exercise, with an optional introduction (safe HTML).
    Grounding(Option<String>),
    /// A question to reflect on; `index` numbers the guide's reflections from 0.
    Reflect { index: usize, question: String },
    /// Things to tick off; `index` numbers the guide's checklists from 0.
    Checklist { index: usize, items: Vec<String> },
    /// Ways to talk to someone now.
    GetHelp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A guide in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub slug: String,
    /// The neutral code used in its web address.
    pub code: String,
    pub title: String,
    pub summary: String,
    /// Topic ids.
    pub topics: Vec<String>,
    pub audience: Audience,
    pub minutes: u32,
    pub reviewed: String,
    pub sources: Vec<String>,
    pub bsl: Option<Video>,
    pub videos: Vec<Video>,
    /// Whether the translation still awaits a fluent speaker's check.
    pub draft_translation: bool,
    /// The opening, shown above the first step.
    pub intro: Vec<Block>,
    pub steps: Vec<Step>,
    /// Plain text of the whole guide, lower case, for searching.
    pub search_text: String,
}

/// A guide as the list of guides shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct GuideSummary {
    pub code: String,
    pub title: String,
    pub summary: String,
    pub audience: Audience,
    pub minutes: u32,
    pub has_bsl: bool,
    /// Topic names, in the reader's language.
    pub topics: Vec<String>,
    /// The title and summary are English because the reader's language has no translation of this guide yet.
    pub in_english: bool,
}

/// Where a signed-in reader left off: the guide they opened last, and the step they were on (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resume {
    pub code: String,
    pub title: String,
    pub step: usize,
}
