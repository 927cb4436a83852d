//! The report of `waymark content check`: every problem with file and line, then a table of which guides exist
//! in which language, and a summary of the service directory.

use super::Library;
use app::i18n::Locale;
use std::path::Path;

/// Appends a line to a report's text: `say!(text, "format", args…)`. Formatting into a `String` cannot fail,
/// so unlike `writeln!` there is no result to handle.
macro_rules! say {
    ($text:expr, $($format:tt)*) => {{
        $text.push_str(&format!($($format)*));
        $text.push('\n');
    }};
}

pub struct Report {
    pub ok: bool,
    pub text: String,
}

/// The report; `strict` is the pre-launch check, which also fails on facts still to confirm among the services
/// that receive requests. `today` is days since 1970-01-01.
pub fn report(root: &Path, strict: bool, today: i64) -> Report {
    let guides = guides_report(root);
    let services = services_report(root, strict, today);
    let messages = messages_report();
    let holidays = holidays_report(root, crate::deadlines::london_date(crate::db::now()));
    Report {
        ok: guides.ok && services.ok && messages.ok && holidays.ok,
        text: format!("{}\n{}\n{}\n{}", guides.text, services.text, holidays.text, messages.text),
    }
}

/// The bank holidays that working days skip: valid, and listed into the year after `today`'s.
fn holidays_report(root: &Path, today: chrono::NaiveDate) -> Report {
    use crate::deadlines::holidays::{Holidays, FILE};
    let mut text = String::new();
    match Holidays::load(root) {
        Err(problems) => {
            say!(text, "{problems}");
            Report { ok: false, text }
        }
        Ok(holidays) if !holidays.covers_coming_year(today) => {
            say!(
                text,
                "content/{FILE}: the bank holidays end {}; add next year's from https://www.gov.uk/bank-holidays",
                holidays.last().map(|d| d.to_string()).unwrap_or_else(|| "nowhere (the list is empty)".into())
            );
            Report { ok: false, text }
        }
        Ok(holidays) => {
            let last = holidays.last().map(|d| d.to_string()).unwrap_or_default();
            say!(text, "Bank holidays are valid: {} dates, up to {last}.", holidays.len());
            Report { ok: true, text }
        }
    }
}

/// The interface messages: how many of the English messages each language translates.
fn messages_report() -> Report {
    let mut text = String::new();
    match app::i18n::Catalog::embedded() {
        Err(e) => {
            say!(text, "The message files are invalid: {e}");
            Report { ok: false, text }
        }
        Ok(catalog) => {
            let english: Vec<&str> = catalog.ids(Locale::En).collect();
            let extra: Vec<String> = Locale::ALL
                .iter()
                .flat_map(|l| {
                    catalog
                        .ids(*l)
                        .filter(|id| !catalog.has(Locale::En, id))
                        .map(move |id| format!("{}/{id}", l.code()))
                })
                .collect();
            let mismatched = catalog.variable_mismatches();
            say!(text, "{:<10} {:>8} {:>8}", "language", "messages", "of");
            for locale in Locale::ALL {
                let count = english.iter().filter(|id| catalog.has(*locale, id)).count();
                say!(text, "{:<10} {:>8} {:>8}", locale.code(), count, english.len());
            }
            for line in &extra {
                say!(text, "  not in English: {line}");
            }
            for line in &mismatched {
                say!(text, "  variables differ from English: {line}");
            }
            Report { ok: extra.is_empty() && mismatched.is_empty(), text }
        }
    }
}

/// The service directory: problems, or how many services there are and which receive requests.
fn services_report(root: &Path, strict: bool, today: i64) -> Report {
    let mut text = String::new();
    match crate::services::Directory::load(&root.join("services")) {
        Err(problems) => {
            say!(text, "{problems}");
            Report { ok: false, text }
        }
        Ok(directory) => {
            let receiving: Vec<&str> = directory.receiving().map(|s| s.slug.as_str()).collect();
            let placeholders: Vec<&str> =
                directory.all().iter().filter(|s| s.placeholder).map(|s| s.slug.as_str()).collect();
            say!(text, "Service directory is valid: {} services.", directory.all().len());
            say!(text, "Receive requests through the portal: {}", receiving.join(", "));
            if !placeholders.is_empty() {
                say!(text, "Details still to confirm with the service: {}", placeholders.join(", "));
            }
            for service in directory.receiving() {
                if service.alerts_to.is_none() {
                    say!(
                        text,
                        "Warning: {} has no alerts_to inbox, so nobody is emailed when a request arrives.",
                        service.slug
                    );
                }
                if service.contact_within_working_days.is_none() {
                    say!(
                        text,
                        "Note: {} declares no contact_within_working_days; its queue counts the default of {} working days \
                         and people are not told a date.",
                        service.slug,
                        crate::deadlines::DEFAULT_WORKING_DAYS
                    );
                }
            }
            for s in directory.stale(today) {
                say!(text, "Warning: {} was last checked on {}, more than six months ago.", s.slug, s.checked);
            }
            if !strict {
                return Report { ok: true, text };
            }
            let facts = directory.to_confirm_before_launch(today);
            if facts.is_empty() {
                say!(text, "Pre-launch check: every service that receives requests is confirmed.");
            } else {
                say!(
                    text,
                    "Pre-launch check failed: {} facts to confirm among services that receive requests:",
                    facts.len()
                );
                for fact in &facts {
                    say!(text, "  - {fact}");
                }
            }
            Report { ok: facts.is_empty(), text }
        }
    }
}

/// The Flesch–Kincaid grade of every English guide, failing any above [`readability::MAX_GRADE`].
fn readability_report(english: &[app::models::guide::Guide]) -> Report {
    use super::readability::{self, MAX_GRADE};
    let mut text = String::new();
    say!(text, "\nReadability (Flesch–Kincaid grade of each English guide's prose; at most {MAX_GRADE:.1}, about reading age 11):");
    say!(text, "{:<34} {:>6} {:>9} {:>6}", "guide", "words", "sentences", "grade");
    let mut too_hard = Vec::new();
    for guide in english {
        let score = readability::guide(guide);
        let grade = score.grade();
        let flag = if grade > MAX_GRADE { "  too hard" } else { "" };
        say!(text, "{:<34} {:>6} {:>9} {:>6.1}{flag}", guide.slug, score.words, score.sentences, grade);
        if grade > MAX_GRADE {
            too_hard.push(guide.slug.as_str());
        }
    }
    if !too_hard.is_empty() {
        say!(
            text,
            "content/en/guides: {} above grade {MAX_GRADE:.1}: use shorter sentences and everyday words ({})",
            if too_hard.len() == 1 { "one guide reads" } else { "some guides read" },
            too_hard.join(", ")
        );
    }
    Report { ok: too_hard.is_empty(), text }
}

fn guides_report(root: &Path) -> Report {
    let mut text = String::new();
    match Library::load(root) {
        Err(problems) => {
            say!(text, "{problems}");
            Report { ok: false, text }
        }
        Ok(library) => {
            let english = library.guides(Locale::En);
            say!(text, "Content is valid: {} guides, {} topics.\n", english.len(), library.topics().len());
            say!(text, "{:<10} {:>8} {:>8}  missing", "language", "guides", "of");
            for (locale, count, total) in library.coverage() {
                let missing: Vec<&str> = english
                    .iter()
                    .filter(|g| !library.guides(locale).iter().any(|t| t.slug == g.slug))
                    .map(|g| g.slug.as_str())
                    .collect();
                let missing = if missing.is_empty() { "-".to_string() } else { missing.join(", ") };
                say!(text, "{:<10} {:>8} {:>8}  {}", locale.code(), count, total, missing);
            }
            let drafts: Vec<String> = Locale::ALL
                .iter()
                .flat_map(|l| {
                    library
                        .guides(*l)
                        .iter()
                        .filter(|g| g.draft_translation)
                        .map(move |g| format!("{}/{}", l.code(), g.slug))
                })
                .collect();
            if !drafts.is_empty() {
                say!(text, "\nDraft translations awaiting a fluent speaker's check: {}", drafts.join(", "));
            }
            let readable = readability_report(english);
            text.push_str(&readable.text);
            Report { ok: readable.ok, text }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::guide::{Audience, Block, Guide, Step};

    fn guide(slug: &str, prose: &str) -> Guide {
        Guide {
            slug: slug.into(),
            code: slug.into(),
            title: "A title".into(),
            summary: "A short summary.".into(),
            topics: vec![],
            audience: Audience::Both,
            minutes: 1,
            reviewed: "2026-12-07".into(),
            sources: vec![],
            bsl: None,
            videos: vec![],
            draft_translation: false,
            intro: vec![],
            steps: vec![Step { title: "Step".into(), blocks: vec![Block::Html(format!("<p>{prose}</p>"))] }],
            search_text: String::new(),
        }
    }

    #[test]
    fn every_guide_is_listed_with_its_grade_and_a_hard_one_fails() {
        let easy = guide("easy-guide", "You are not alone. Help is there. You can talk to us.");
        let hard = guide(
            "hard-guide",
            "Notwithstanding considerable organisational complexity, independent victim-support organisations \
             consistently demonstrate comprehensive understanding of psychological consequences experienced \
             following victimisation, particularly regarding intimidation.",
        );
        let report = readability_report(std::slice::from_ref(&easy));
        assert!(report.ok, "{}", report.text);
        assert!(report.text.contains("Readability"), "{}", report.text);
        let line = report.text.lines().find(|l| l.starts_with("easy-guide")).expect("a line for the guide");
        assert!(!line.contains("too hard"), "{line}");
        let report = readability_report(&[easy, hard]);
        assert!(!report.ok, "{}", report.text);
        let line = report.text.lines().find(|l| l.starts_with("hard-guide")).expect("a line for the guide");
        assert!(line.ends_with("too hard"), "{line}");
        assert!(report.text.contains("content/en/guides: one guide reads above grade"), "{}", report.text);
    }

    /// The real content: at least twenty English guides, each printed with its grade, none above the limit.
    #[test]
    fn the_real_guides_are_easy_enough_to_read() {
        let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
        let report = report(&root, false, crate::dates::day_of(crate::db::now()));
        let library = Library::load(&root).unwrap_or_else(|p| panic!("{p}"));
        let english = library.guides(Locale::En);
        assert!(english.len() >= 20, "{} guides", english.len());
        for guide in english {
            let line = report.text.lines().find(|l| l.starts_with(&format!("{} ", guide.slug)));
            let line = line.unwrap_or_else(|| panic!("no readability line for {}:\n{}", guide.slug, report.text));
            let grade: f64 = line.split_whitespace().nth(3).and_then(|g| g.parse().ok()).expect("a grade");
            assert!(grade <= super::super::readability::MAX_GRADE, "{line}");
        }
        assert!(report.ok, "{}", report.text);
    }
}
