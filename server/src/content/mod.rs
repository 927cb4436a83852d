//! The content library: the guide bundles under `content/`, read and checked once at start-up and held in
//! memory. A problem in any file stops the server with a message naming the file and line; `waymark content
//! check` reports every problem and a coverage table.
//!
//! - [`front`]: front matter; [`markdown`]: guide bodies and directives; [`check`]: the report of
//!   `waymark content check`.

pub mod check;
pub mod front;
pub mod markdown;

use app::{
    i18n::Locale,
    models::guide::{Guide, GuideSummary},
};
use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use sha2::{Digest, Sha256};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt,
    path::{Path, PathBuf},
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
    pub root: PathBuf,
}

#[derive(serde::Deserialize)]
struct TopicsFile {
    ids: Vec<String>,
}

fn display(root: &Path, path: &Path) -> String {
    let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
    format!("content/{name}")
}

impl Library {
    /// Reads and checks every bundle under `root`.
    pub fn load(root: &Path) -> Result<Library, Problems> {
        let mut problems = Vec::new();
        let mut library = Library { root: root.to_path_buf(), ..Library::default() };

        let topics_path = root.join("topics.toml");
        match std::fs::read_to_string(&topics_path) {
            Ok(text) => match toml::from_str::<TopicsFile>(&text) {
                Ok(t) => library.topics = t.ids,
                Err(e) => problems.push(toml_problem(root, &topics_path, &text, &e)),
            },
            Err(e) => problems.push(Problem { file: display(root, &topics_path), line: None, message: e.to_string() }),
        }

        if let Ok(entries) = std::fs::read_dir(root.join("assets")) {
            for entry in entries.flatten() {
                library.assets.insert(entry.file_name().to_string_lossy().into_owned());
            }
        }

        let mut links: Vec<(String, String, usize)> = Vec::new();
        let mut used_assets: Vec<(String, String, usize)> = Vec::new();
        let mut locale_dirs: Vec<(Locale, PathBuf)> = Vec::new();
        for entry in std::fs::read_dir(root)
            .map_err(|e| Problems(vec![Problem { file: "content".into(), line: None, message: e.to_string() }]))?
            .flatten()
        {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !path.is_dir() || name == "assets" || name == "services" || name.starts_with('.') {
                continue;
            }
            match Locale::from_code(&name).filter(|l| l.code() == name) {
                Some(locale) => locale_dirs.push((locale, path)),
                None => problems.push(Problem {
                    file: display(root, &path),
                    line: None,
                    message: format!("{name:?} is not a supported language"),
                }),
            }
        }
        locale_dirs.sort();

        for (locale, dir) in &locale_dirs {
            let names_path = dir.join("topics.toml");
            if let Ok(text) = std::fs::read_to_string(&names_path) {
                match toml::from_str::<BTreeMap<String, String>>(&text) {
                    Ok(names) => {
                        for id in names.keys() {
                            if !library.topics.contains(id) {
                                problems.push(Problem {
                                    file: display(root, &names_path),
                                    line: None,
                                    message: format!("topic {id:?} is not in content/topics.toml"),
                                });
                            }
                        }
                        library.topic_names.insert(*locale, names);
                    }
                    Err(e) => problems.push(toml_problem(root, &names_path, &text, &e)),
                }
            } else if *locale == Locale::En {
                problems.push(Problem {
                    file: display(root, &names_path),
                    line: None,
                    message: "English topic names are missing".into(),
                });
            }

            let mut guides = Vec::new();
            let mut orders = HashMap::new();
            let guide_dir = dir.join("guides");
            let mut files: Vec<PathBuf> =
                std::fs::read_dir(&guide_dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
            files.sort();
            for path in files {
                if path.extension().is_none_or(|e| e != "md") {
                    continue;
                }
                let file = display(root, &path);
                let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                    problems.push(Problem {
                        file: file.clone(),
                        line: None,
                        message: "file names must be lower-case words joined by hyphens".into(),
                    });
                    continue;
                }
                let text = match std::fs::read_to_string(&path) {
                    Ok(t) => t.replace("\r\n", "\n"),
                    Err(e) => {
                        problems.push(Problem { file, line: None, message: e.to_string() });
                        continue;
                    }
                };
                match parse_guide(&slug, &text, &library.topics) {
                    Ok(parsed) => {
                        for (target, line) in parsed.links {
                            links.push((file.clone(), target, line));
                        }
                        for (asset, line) in parsed.assets {
                            used_assets.push((file.clone(), asset, line));
                        }
                        orders.insert(slug.clone(), parsed.order);
                        guides.push(parsed.guide);
                    }
                    Err(found) => problems.extend(found.into_iter().map(|(line, message)| Problem {
                        file: file.clone(),
                        line,
                        message,
                    })),
                }
            }
            guides.sort_by(|a, b| orders.get(&a.slug).cmp(&orders.get(&b.slug)).then_with(|| a.title.cmp(&b.title)));
            library.guides.insert(*locale, guides);
        }

        // Links and assets refer to things that exist; codes do not collide.
        let english: BTreeSet<String> = library.guides(Locale::En).iter().map(|g| g.slug.clone()).collect();
        for (file, target, line) in links {
            if !english.contains(&target) {
                problems.push(Problem {
                    file,
                    line: Some(line),
                    message: format!("link to guide {target:?}, which does not exist in English"),
                });
            }
        }
        for (file, asset, line) in &used_assets {
            if !library.assets.contains(asset) {
                problems.push(Problem {
                    file: file.clone(),
                    line: Some(*line),
                    message: format!("image assets/{asset} is missing from content/assets"),
                });
            }
        }
        for asset in &library.assets {
            if !used_assets.iter().any(|(_, a, _)| a == asset) {
                problems.push(Problem {
                    file: format!("content/assets/{asset}"),
                    line: None,
                    message: "this asset is not used by any guide".into(),
                });
            }
        }
        let mut codes: HashMap<String, String> = HashMap::new();
        for slug in &english {
            if let Some(other) = codes.insert(code_for("guide", slug), slug.clone()) {
                problems.push(Problem {
                    file: format!("content/en/guides/{slug}.md"),
                    line: None,
                    message: format!("its address code collides with {other}; rename one of them"),
                });
            }
        }
        for (locale, guides) in &library.guides {
            if *locale == Locale::En {
                continue;
            }
            for guide in guides {
                if !english.contains(&guide.slug) {
                    problems.push(Problem {
                        file: format!("content/{}/guides/{}.md", locale.code(), guide.slug),
                        line: None,
                        message: "there is no English guide with this name".into(),
                    });
                }
            }
        }
        if english.is_empty() {
            problems.push(Problem {
                file: "content/en/guides".into(),
                line: None,
                message: "there are no English guides".into(),
            });
        }

        if problems.is_empty() {
            Ok(library)
        } else {
            Err(Problems(problems))
        }
    }

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
        }
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

struct Parsed {
    guide: Guide,
    order: u32,
    links: Vec<(String, usize)>,
    assets: Vec<(String, usize)>,
}

fn toml_problem(root: &Path, path: &Path, text: &str, error: &toml::de::Error) -> Problem {
    let line = error.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    Problem { file: display(root, path), line, message: error.message().to_string() }
}

/// Parses one guide file. Problems come with their line, where known.
fn parse_guide(slug: &str, text: &str, topics: &[String]) -> Result<Parsed, Vec<(Option<usize>, String)>> {
    let Some((front_text, body_start, body_line)) = front::split(text) else {
        return Err(vec![(Some(1), "a guide must start with front matter between +++ lines".into())]);
    };
    let front: front::FrontMatter = toml::from_str(front_text).map_err(|e| {
        let line = e.span().map(|s| front_text[..s.start.min(front_text.len())].matches('\n').count() + 2);
        vec![(line, e.message().to_string())]
    })?;
    let mut problems: Vec<(Option<usize>, String)> =
        front::problems(&front, topics).into_iter().map(|m| (Some(1), m)).collect();
    let code_of = |s: &str| code_for("guide", s);
    let body = match markdown::parse(&text[body_start..], body_line, &code_of) {
        Ok(b) => Some(b),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| (Some(p.line), p.message)));
            None
        }
    };
    let (Some(body), true) = (body, problems.is_empty()) else { return Err(problems) };
    let search_text = format!("{} {} {}", front.title.to_lowercase(), front.summary.to_lowercase(), body.text);
    Ok(Parsed {
        order: front.order.unwrap_or(100),
        links: body.guide_links,
        assets: body.assets,
        guide: Guide {
            slug: slug.to_string(),
            code: code_for("guide", slug),
            title: front.title,
            summary: front.summary,
            topics: front.topics,
            audience: front.audience,
            minutes: front.minutes,
            reviewed: front.reviewed,
            sources: front.sources,
            bsl: front.bsl.map(front::VideoFields::into_video),
            videos: front.videos.into_iter().map(front::VideoFields::into_video).collect(),
            draft_translation: front.translation == Some(front::Translation::Draft),
            intro: body.intro,
            steps: body.steps,
            search_text,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, path: &str, text: &str) {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("dirs");
        std::fs::write(full, text).expect("write");
    }

    const GUIDE: &str = "+++\ntitle = \"Sleep\"\nsummary = \"About sleep.\"\ntopics = [\"sleep\"]\naudience = \"victim\"\nminutes = 5\nreviewed = \"2026-11-22\"\nsources = [\"NHS\"]\n+++\n\nOpening.\n\n## One\n\nSee [feelings](guide:feelings).\n";

    fn library_with(extra: &[(&str, &str)]) -> Result<Library, Problems> {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "topics.toml", "ids = [\"sleep\", \"feelings\"]\n");
        write(dir.path(), "en/topics.toml", "sleep = \"Sleep\"\nfeelings = \"Feelings\"\n");
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
