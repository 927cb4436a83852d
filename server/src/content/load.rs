//! Reading the content folder into a [`Library`]: the topics, each language's topic names and guides, and the
//! guide images. Every problem found is reported (with its file, and line where known), not only the first.

use super::{code_for, front, markdown, Library, Problem, Problems};
use app::{
    i18n::{isolate_ltr_runs, isolate_ltr_runs_in_html, Direction, Locale},
    models::{
        guide::{Block, Guide},
        outcome::{english_key, NeedCategory, MAX_NEEDS},
    },
};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    io::ErrorKind,
    path::{Path, PathBuf},
};

#[derive(serde::Deserialize)]
struct TopicsFile {
    ids: Vec<String>,
}

/// A path as the problems name it: `content/…`.
fn display(root: &Path, path: &Path) -> String {
    let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
    format!("content/{name}")
}

/// A problem with a whole file or folder.
fn file_problem(root: &Path, path: &Path, message: impl Into<String>) -> Problem {
    Problem { file: display(root, path), line: None, message: message.into() }
}

/// The paths in a folder, sorted. A folder that does not exist has none; one that cannot be read, or an entry
/// in it that cannot be, is a problem.
fn folder(root: &Path, dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            problems.push(file_problem(root, dir, e.to_string()));
            return Vec::new();
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => problems.push(file_problem(root, dir, e.to_string())),
        }
    }
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Where a guide refers to a guide or an image: (the guide's file, what it refers to, line).
type Reference = (String, String, usize);

/// What the guides refer to, checked once every guide is read.
#[derive(Default)]
struct References {
    links: Vec<Reference>,
    assets: Vec<Reference>,
    media: Vec<Reference>,
}

impl Library {
    /// Reads and checks every bundle under `root`.
    pub fn load(root: &Path) -> Result<Library, Problems> {
        let mut problems = Vec::new();
        let mut library = Library { root: root.to_path_buf(), ..Library::default() };
        library.topics = topics(root, &mut problems);
        library.needs = needs(root, &mut problems);
        library.assets = folder(root, &root.join("assets"), &mut problems).iter().map(|p| file_name(p)).collect();
        library.media = folder(root, &root.join("media"), &mut problems).iter().map(|p| file_name(p)).collect();
        let mut references = References::default();
        for (locale, dir) in language_folders(root, &mut problems)? {
            if let Some(names) = topic_names(root, locale, &dir, &library.topics, &mut problems) {
                library.topic_names.insert(locale, names);
            }
            let mut guides = guides(root, &dir, &library.topics, &mut references, &mut problems);
            if locale.direction() == Direction::Rtl {
                guides.iter_mut().for_each(isolate_ltr_runs_in_guide);
            }
            library.guides.insert(locale, guides);
        }
        check_references(&library, references, &mut problems);
        if problems.is_empty() {
            Ok(library)
        } else {
            Err(Problems(problems))
        }
    }
}

/// The topic ids, in order, from `topics.toml`.
fn topics(root: &Path, problems: &mut Vec<Problem>) -> Vec<String> {
    let path = root.join("topics.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => match toml::from_str::<TopicsFile>(&text) {
            Ok(t) => return t.ids,
            Err(e) => problems.push(toml_problem(root, &path, &text, &e)),
        },
        Err(e) => problems.push(file_problem(root, &path, e.to_string())),
    }
    Vec::new()
}

#[derive(serde::Deserialize)]
struct NeedsFile {
    needs: Vec<NeedEntry>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NeedEntry {
    id: String,
    label: String,
}

/// The categories of need, in order, from `needs.toml`: at least one and at most [`MAX_NEEDS`], ids unique and
/// plain (lower-case letters, digits, hyphens), each label a message in the English catalogue.
fn needs(root: &Path, problems: &mut Vec<Problem>) -> Vec<NeedCategory> {
    let path = root.join("needs.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            problems.push(file_problem(root, &path, e.to_string()));
            return Vec::new();
        }
    };
    let needs = match toml::from_str::<NeedsFile>(&text) {
        Ok(file) => file.needs,
        Err(e) => {
            problems.push(toml_problem(root, &path, &text, &e));
            return Vec::new();
        }
    };
    for message in need_problems(&needs) {
        problems.push(file_problem(root, &path, message));
    }
    needs.into_iter().filter_map(|n| Some(NeedCategory { label: english_key(&n.label)?, id: n.id })).collect()
}

/// What is wrong with a list of categories of need.
fn need_problems(needs: &[NeedEntry]) -> Vec<String> {
    let mut out = Vec::new();
    if needs.is_empty() || needs.len() > MAX_NEEDS {
        out.push(format!("needs must list from 1 to {MAX_NEEDS} categories"));
    }
    let mut seen = BTreeSet::new();
    for need in needs {
        let plain =
            !need.id.is_empty() && need.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !plain {
            out.push(format!("need id {:?} must be lower-case letters, digits and hyphens", need.id));
        }
        if !seen.insert(need.id.as_str()) {
            out.push(format!("need id {:?} is listed twice", need.id));
        }
        if english_key(&need.label).is_none() {
            out.push(format!("need label {:?} is not an English message", need.label));
        }
    }
    out
}

/// The folder of each language, in the order of the languages. A folder that is not a supported language is a
/// problem; the images and the service directory are not languages.
fn language_folders(root: &Path, problems: &mut Vec<Problem>) -> Result<Vec<(Locale, PathBuf)>, Problems> {
    let entries = std::fs::read_dir(root)
        .map_err(|e| Problems(vec![Problem { file: "content".into(), line: None, message: e.to_string() }]))?;
    let mut folders = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                problems.push(file_problem(root, root, e.to_string()));
                continue;
            }
        };
        let name = file_name(&path);
        if !path.is_dir() || name == "assets" || name == "media" || name == "services" || name.starts_with('.') {
            continue;
        }
        match Locale::from_code(&name).filter(|l| l.code() == name) {
            Some(locale) => folders.push((locale, path)),
            None => problems.push(file_problem(root, &path, format!("{name:?} is not a supported language"))),
        }
    }
    folders.sort();
    Ok(folders)
}

/// A language's topic names, from its `topics.toml`. Only English must have them; other languages fall back
/// to English.
fn topic_names(
    root: &Path,
    locale: Locale,
    dir: &Path,
    topics: &[String],
    problems: &mut Vec<Problem>,
) -> Option<BTreeMap<String, String>> {
    let path = dir.join("topics.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            if locale == Locale::En {
                problems.push(file_problem(root, &path, "English topic names are missing"));
            }
            return None;
        }
        Err(e) => {
            problems.push(file_problem(root, &path, e.to_string()));
            return None;
        }
    };
    match toml::from_str::<BTreeMap<String, String>>(&text) {
        Ok(names) => {
            for id in names.keys().filter(|id| !topics.contains(id)) {
                problems.push(file_problem(root, &path, format!("topic {id:?} is not in content/topics.toml")));
            }
            Some(names)
        }
        Err(e) => {
            problems.push(toml_problem(root, &path, &text, &e));
            None
        }
    }
}

/// The guides in a language's `guides` folder, in reading order (their `order`, then their titles).
fn guides(
    root: &Path,
    dir: &Path,
    topics: &[String],
    references: &mut References,
    problems: &mut Vec<Problem>,
) -> Vec<Guide> {
    let mut guides = Vec::new();
    let mut orders = HashMap::new();
    for path in folder(root, &dir.join("guides"), problems) {
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let file = display(root, &path);
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            problems.push(file_problem(root, &path, "file names must be lower-case words joined by hyphens"));
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t.replace("\r\n", "\n"),
            Err(e) => {
                problems.push(file_problem(root, &path, e.to_string()));
                continue;
            }
        };
        match parse_guide(&slug, &text, topics) {
            Ok(parsed) => {
                references.links.extend(parsed.links.into_iter().map(|(target, line)| (file.clone(), target, line)));
                references.assets.extend(parsed.assets.into_iter().map(|(asset, line)| (file.clone(), asset, line)));
                references.media.extend(parsed.media.into_iter().map(|name| (file.clone(), name, 1)));
                orders.insert(slug, parsed.order);
                guides.push(parsed.guide);
            }
            Err(found) => {
                problems.extend(found.into_iter().map(|(line, message)| Problem { file: file.clone(), line, message }))
            }
        }
    }
    guides.sort_by(|a, b| orders.get(&a.slug).cmp(&orders.get(&b.slug)).then_with(|| a.title.cmp(&b.title)));
    guides
}

/// Phone numbers, helpline names with digits and codes in a right-to-left guide read left to right.
fn isolate_ltr_runs_in_guide(guide: &mut Guide) {
    guide.title = isolate_ltr_runs(&guide.title);
    guide.summary = isolate_ltr_runs(&guide.summary);
    for step in &mut guide.steps {
        step.title = isolate_ltr_runs(&step.title);
    }
    let blocks = guide.intro.iter_mut().chain(guide.steps.iter_mut().flat_map(|s| s.blocks.iter_mut()));
    for block in blocks {
        match block {
            Block::Html(html) | Block::Tip(html) | Block::Breathing(Some(html)) | Block::Grounding(Some(html)) => {
                *html = isolate_ltr_runs_in_html(html)
            }
            Block::Reflect { question, .. } => *question = isolate_ltr_runs(question),
            Block::Checklist { items, .. } => items.iter_mut().for_each(|item| *item = isolate_ltr_runs(item)),
            Block::Breathing(None) | Block::Grounding(None) | Block::GetHelp => {}
        }
    }
}

/// Links and images refer to things that exist, every image is used, address codes do not collide, and every
/// translation has an English guide.
fn check_references(library: &Library, references: References, problems: &mut Vec<Problem>) {
    let english: BTreeSet<String> = library.guides(Locale::En).iter().map(|g| g.slug.clone()).collect();
    for (file, target, line) in references.links {
        if !english.contains(&target) {
            problems.push(Problem {
                file,
                line: Some(line),
                message: format!("link to guide {target:?}, which does not exist in English"),
            });
        }
    }
    for (file, asset, line) in &references.assets {
        if !library.assets.contains(asset) {
            problems.push(Problem {
                file: file.clone(),
                line: Some(*line),
                message: format!("image assets/{asset} is missing from content/assets"),
            });
        }
    }
    for asset in &library.assets {
        if !references.assets.iter().any(|(_, a, _)| a == asset) {
            problems.push(Problem {
                file: format!("content/assets/{asset}"),
                line: None,
                message: "this asset is not used by any guide".into(),
            });
        }
    }
    for (file, name, line) in &references.media {
        if !library.media.contains(name) {
            problems.push(Problem {
                file: file.clone(),
                line: Some(*line),
                message: format!("video or captions media/{name} is missing from content/media"),
            });
        }
    }
    for name in &library.media {
        if !references.media.iter().any(|(_, n, _)| n == name) {
            problems.push(Problem {
                file: format!("content/media/{name}"),
                line: None,
                message: "this file is not used by any guide's video".into(),
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
        for guide in guides.iter().filter(|g| !english.contains(&g.slug)) {
            problems.push(Problem {
                file: format!("content/{}/guides/{}.md", locale.code(), guide.slug),
                line: None,
                message: "there is no English guide with this name".into(),
            });
        }
    }
    if english.is_empty() {
        problems.push(Problem {
            file: "content/en/guides".into(),
            line: None,
            message: "there are no English guides".into(),
        });
    }
}

struct Parsed {
    guide: Guide,
    order: u32,
    links: Vec<(String, usize)>,
    assets: Vec<(String, usize)>,
    /// Files in `content/media` its videos use.
    media: Vec<String>,
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
    let media = front.bsl.iter().chain(front.videos.iter()).flat_map(|v| v.media()).map(String::from).collect();
    Ok(Parsed {
        media,
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
