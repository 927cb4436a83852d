//! The content library: the guide bundles under `content/`, read and checked once at start-up and held in
//! memory. A problem in any file stops the server with a message naming the file and line; `waymark content
//! check` reports every problem and a coverage table.
//!
//! - [`load`]: reading the folder and checking it; [`front`]: front matter; [`markdown`]: guide bodies and
//!   directives; [`check`]: the report of `waymark content check`.

pub mod check;
pub mod front;
mod load;
pub mod markdown;
pub mod readability;

use app::{
    i18n::Locale,
    models::guide::{Guide, GuideSummary},
};
use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use sha2::{Digest, Sha256};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt,
    path::PathBuf,
};

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything wrong with the content.
#[derive(Debug)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the content has {} problem(s):", self.0.len())?;
        for p in &self.0 {
            writeln!(f, "  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// The neutral code for a slug, used in web addresses instead of the slug: five characters from a hash, so
/// an address says nothing about what a page is about.
pub fn code_for(kind: &str, slug: &str) -> String {
    let digest = Sha256::digest(format!("{kind}:{slug}").as_bytes());
    STANDARD_NO_PAD
        .encode(digest)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .take(5)
        .collect()
}

/// All guides in all languages, and the topics.
#[derive(Debug, Default)]
pub struct Library {
    /// Guides per language, in reading order.
    guides: HashMap<Locale, Vec<Guide>>,
    /// Topic ids, in order.
    topics: Vec<String>,
    /// Topic names per language.
    topic_names: HashMap<Locale, BTreeMap<String, String>>,
    /// Files in `content/assets`.
    assets: BTreeSet<String>,
    /// Files in `content/media`: guides' video files and their captions.
    media: BTreeSet<String>,
    /// The categories of need, from `needs.toml`.
    needs: Vec<app::models::outcome::NeedCategory>,
    pub root: PathBuf,
}

impl Library {
    /// The guides written in `locale` (not counting English fallbacks).
    pub fn guides(&self, locale: Locale) -> &[Guide] {
        self.guides.get(&locale).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The guide with this code for a reader of `locale`: their translation if there is one, otherwise English.
    /// The flag says whether English was used in place of a missing translation.
    pub fn guide(&self, locale: Locale, code: &str) -> Option<(&Guide, bool)> {
        if let Some(g) = self.guides(locale).iter().find(|g| g.code == code) {
            return Some((g, false));
        }
        self.guides(Locale::En).iter().find(|g| g.code == code).map(|g| (g, locale != Locale::En))
    }

    /// The guide with this slug for a reader of `locale`, with English as the fallback.
    pub fn guide_by_slug(&self, locale: Locale, slug: &str) -> Option<&Guide> {
        self.guides(locale)
            .iter()
            .find(|g| g.slug == slug)
            .or_else(|| self.guides(Locale::En).iter().find(|g| g.slug == slug))
    }

    /// Every guide a reader of `locale` can read, in order: translations where they exist, English otherwise.
    pub fn readable(&self, locale: Locale) -> Vec<&Guide> {
        self.guides(Locale::En).iter().map(|en| self.guide_by_slug(locale, &en.slug).unwrap_or(en)).collect()
    }

    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    /// The categories of need caseworkers record, in order.
    pub fn needs(&self) -> &[app::models::outcome::NeedCategory] {
        &self.needs
    }

    /// A topic's name in `locale`, falling back to English, then the id.
    pub fn topic_name(&self, locale: Locale, id: &str) -> String {
        self.topic_names
            .get(&locale)
            .and_then(|n| n.get(id))
            .or_else(|| self.topic_names.get(&Locale::En).and_then(|n| n.get(id)))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    pub fn summary(&self, locale: Locale, guide: &Guide) -> GuideSummary {
        GuideSummary {
            code: guide.code.clone(),
            title: guide.title.clone(),
            summary: guide.summary.clone(),
            audience: guide.audience,
            minutes: guide.minutes,
            has_bsl: guide.bsl.is_some(),
            topics: guide.topics.iter().map(|t| self.topic_name(locale, t)).collect(),
            in_english: locale != Locale::En && !self.guides(locale).iter().any(|g| g.code == guide.code),
        }
    }

    /// The file in `content/media` served at `/guides/media/{served}` (a neutral code and an extension).
    pub fn media_file(&self, served: &str) -> Option<PathBuf> {
        self.media
            .iter()
            .find(|name| front::media_href(name).strip_prefix("/guides/media/") == Some(served))
            .map(|name| self.root.join("media").join(name))
    }

    /// Whether an asset file exists (for serving it).
    pub fn has_asset(&self, name: &str) -> bool {
        self.assets.contains(name)
    }

    /// Which guides exist in which language: (locale, translated guides, English guides).
    pub fn coverage(&self) -> Vec<(Locale, usize, usize)> {
        let total = self.guides(Locale::En).len();
        Locale::ALL.iter().map(|l| (*l, self.guides(*l).len(), total)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn write(dir: &Path, path: &str, text: &str) {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("dirs");
        std::fs::write(full, text).expect("write");
    }

    const GUIDE: &str = "+++\ntitle = \"Sleep\"\nsummary = \"About sleep.\"\ntopics = [\"sleep\"]\naudience = \"victim\"\nminutes = 5\nreviewed = \"2026-11-22\"\nsources = [\"NHS\"]\n+++\n\nOpening.\n\n## One\n\nSee [feelings](guide:feelings).\n";

    const NEEDS: &str = "[[needs]]\nid = \"safety\"\nlabel = \"needs-category-safety\"\n";

    #[test]
    fn the_categories_of_need_are_read_and_checked() {
        let library = library_with(&[]).expect("valid content");
        assert_eq!(library.needs().iter().map(|n| n.id.as_str()).collect::<Vec<_>>(), ["safety"]);
        let twice = format!("{NEEDS}{NEEDS}[[needs]]\nid = \"Bad Id\"\nlabel = \"need-nowhere\"\n");
        let problems = library_with(&[("needs.toml", &twice)]).expect_err("invalid").to_string();
        assert!(problems.contains("content/needs.toml"), "{problems}");
        assert!(problems.contains("\"safety\" is listed twice"), "{problems}");
        assert!(problems.contains("\"Bad Id\" must be lower-case"), "{problems}");
        assert!(problems.contains("\"need-nowhere\" is not an English message"), "{problems}");
        let none = library_with(&[("needs.toml", "needs = []\n")]).expect_err("invalid").to_string();
        assert!(none.contains("from 1 to 16"), "{none}");
    }

    fn library_with(extra: &[(&str, &str)]) -> Result<Library, Problems> {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "topics.toml", "ids = [\"sleep\", \"feelings\"]\n");
        write(dir.path(), "en/topics.toml", "sleep = \"Sleep\"\nfeelings = \"Feelings\"\n");
        write(dir.path(), "needs.toml", NEEDS);
        write(dir.path(), "en/guides/sleep.md", GUIDE);
        write(
            dir.path(),
            "en/guides/feelings.md",
            &GUIDE.replace("Sleep", "Feelings").replace("guide:feelings", "guide:sleep"),
        );
        for (path, text) in extra {
            write(dir.path(), path, text);
        }
        Library::load(dir.path())
    }

    #[test]
    fn loads_guides_with_neutral_codes_and_english_fallback() {
        let library = library_with(&[]).expect("valid content");
        assert_eq!(library.guides(Locale::En).len(), 2);
        let code = code_for("guide", "sleep");
        assert_eq!(code.len(), 5);
        assert!(!code.contains("sleep"));
        let (guide, fell_back) = library.guide(Locale::Cy, &code).expect("found");
        assert_eq!(guide.slug, "sleep");
        assert!(fell_back, "no Welsh translation: English is shown");
    }

    #[test]
    fn problems_name_the_file_and_line() {
        let bad = GUIDE.replace("minutes = 5", "minutes = \"five\"");
        let problems = library_with(&[("en/guides/broken.md", &bad)]).expect_err("invalid");
        let text = problems.to_string();
        assert!(text.contains("content/en/guides/broken.md:"), "{text}");
        assert!(text.contains(":6:"), "the line of the bad field: {text}");
    }

    #[test]
    fn broken_links_unknown_topics_and_orphans_are_reported() {
        let linking = GUIDE.replace("guide:feelings", "guide:missing");
        let topical = GUIDE.replace("[\"sleep\"]", "[\"nope\"]");
        let problems = library_with(&[
            ("en/guides/linking.md", &linking),
            ("en/guides/topical.md", &topical),
            ("cy/guides/orphan.md", GUIDE),
            ("assets/unused.png", "x"),
        ])
        .expect_err("invalid")
        .to_string();
        assert!(problems.contains("guide \"missing\", which does not exist"), "{problems}");
        assert!(problems.contains("topic \"nope\""), "{problems}");
        assert!(problems.contains("content/cy/guides/orphan.md: there is no English guide"), "{problems}");
        assert!(problems.contains("content/assets/unused.png: this asset is not used"), "{problems}");
    }

    #[test]
    fn a_guides_video_files_must_exist_be_used_and_are_found_by_their_neutral_address() {
        let signed = GUIDE.replace(
            "sources = [\"NHS\"]\n",
            "sources = [\"NHS\"]\n\n[bsl]\nfile = \"media/sleep-bsl.webm\"\ncaptions = \"media/sleep-bsl.vtt\"\ntitle = \"T\"\ntranscript = \"Words.\"\n",
        );
        let library = library_with(&[
            ("en/guides/sleep.md", &signed),
            ("media/sleep-bsl.webm", "video"),
            ("media/sleep-bsl.vtt", "WEBVTT\n"),
        ])
        .expect("valid");
        let guide = library.guide_by_slug(Locale::En, "sleep").expect("sleep");
        let video = guide.bsl.clone().expect("a BSL video");
        let served = video.url.strip_prefix("/guides/media/").expect("served here");
        assert_eq!(library.media_file(served), Some(library.root.join("media/sleep-bsl.webm")));
        assert_eq!(library.media_file("sleep-bsl.webm"), None, "never by its own name");
        assert!(library.summary(Locale::En, guide).has_bsl);

        let problems = library_with(&[
            ("en/guides/sleep.md", &signed),
            ("media/sleep-bsl.webm", "video"),
            ("media/stray.webm", "x"),
        ])
        .expect_err("invalid")
        .to_string();
        assert!(problems.contains("media/sleep-bsl.vtt is missing from content/media"), "{problems}");
        assert!(problems.contains("content/media/stray.webm: this file is not used"), "{problems}");
        assert!(!problems.contains("\"media\" is not a supported language"), "{problems}");
    }

    #[test]
    fn unknown_front_matter_fields_are_refused() {
        let extra = GUIDE.replace("minutes = 5", "minutes = 5\ncolour = \"red\"");
        let problems = library_with(&[("en/guides/extra.md", &extra)]).expect_err("invalid").to_string();
        assert!(problems.contains("unknown field"), "{problems}");
    }

    #[test]
    fn the_real_content_is_valid() {
        let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
        if let Err(problems) = Library::load(&root) {
            panic!("{problems}");
        }
    }
}
