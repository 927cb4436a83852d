//! `waymark directory import FILE --to DIR`: an Open Referral UK export (a page of services, a list, or one
//! service) turned into directory entries for review. Every entry is written as a placeholder that receives
//! no requests, with notes saying what the export cannot tell (areas, crime types, groups) and what must be
//! checked. An existing file is never overwritten: the entry is written alongside as `<slug>.toml.new`, and
//! refused if that exists too.

use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// What happened to one service of the export.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Written(PathBuf),
    /// A file of that name was there: written beside it.
    WrittenAlongside(PathBuf),
    /// Both names were taken, or the service had no name: nothing written.
    Refused(String),
}

#[derive(Serialize)]
struct Entry {
    name: String,
    summary: String,
    placeholder: bool,
    receives_referrals: bool,
    areas: Vec<String>,
    helps_with: Vec<String>,
    needs: Vec<String>,
    groups: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_age: Option<u8>,
    police_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
    checked: String,
    checked_by: String,
    contact: Vec<ContactEntry>,
}

#[derive(Serialize)]
struct ContactEntry {
    kind: String,
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// The services of an export: `contents` of a page, a list, or a single service.
fn services(export: &Value) -> Vec<&Value> {
    match export {
        Value::Array(items) => items.iter().collect(),
        Value::Object(fields) => match fields.get("contents") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![export],
        },
        _ => Vec::new(),
    }
}

fn text(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

fn age(v: &Value, field: &str) -> Option<u8> {
    let n = v.get(field)?;
    n.as_u64()
        .or_else(|| n.as_f64().map(|f| f as u64))
        .or_else(|| n.as_str()?.parse().ok())
        .and_then(|n| u8::try_from(n).ok())
}

/// A file name from a service's name: lower-case words joined by hyphens.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Every phone number of a service: HSDS 3.0 puts them on the service and on its contacts.
fn phones(v: &Value) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let mut take = |list: Option<&Value>| {
        for p in list.and_then(Value::as_array).into_iter().flatten() {
            if let Some(number) = text(p, "number") {
                found.push((number, text(p, "description")));
            }
        }
    };
    take(v.get("phones"));
    for contact in v.get("contacts").and_then(Value::as_array).into_iter().flatten() {
        take(contact.get("phones"));
    }
    found
}

/// The TOML of one service of the export, for review. `today` is `YYYY-MM-DD`, used when the export has no
/// valid `assured_date`.
pub fn entry(v: &Value, source: &str, today: &str) -> Option<(String, String)> {
    let name = text(v, "name")?;
    let website = text(v, "url").filter(|u| u.starts_with("https://"));
    let mut contact: Vec<ContactEntry> =
        phones(v).into_iter().map(|(value, note)| ContactEntry { kind: "phone".into(), value, note }).collect();
    if let Some(email) = text(v, "email") {
        contact.push(ContactEntry { kind: "email".into(), value: email, note: None });
    }
    let (min_age, max_age) = match (age(v, "minimum_age"), age(v, "maximum_age")) {
        (Some(min), Some(max)) if min > max => (None, None),
        ages => ages,
    };
    let entry = Entry {
        summary: text(v, "description").unwrap_or_else(|| format!("{name}: write a short summary in your own words.")),
        name,
        placeholder: true,
        receives_referrals: false,
        areas: app::models::area::Borough::ALL.iter().map(|b| b.as_str().to_string()).collect(),
        helps_with: vec!["other".into()],
        needs: vec!["information".into()],
        groups: vec!["everyone".into()],
        min_age,
        max_age,
        police_run: false,
        website,
        checked: text(v, "assured_date").filter(|d| is_date(d)).unwrap_or_else(|| today.to_string()),
        checked_by: "Imported from an Open Referral UK export; not yet checked".into(),
        contact,
    };
    let id = text(v, "id").unwrap_or_else(|| "(none)".into());
    let notes = format!(
        "# Imported from the Open Referral UK export {source}, service id {id}.\n\
         # Review before use: it is a placeholder that receives no requests until you change that.\n\
         # - which boroughs it works in (all four are listed until checked)\n\
         # - what it helps with, the help it gives and who it is for (the export does not say)\n\
         # - the summary: rewrite it in plain words of your own\n\
         # - every phone number, email address and website, with the service itself\n\
         # - whether the police run it (police_run)\n"
    );
    let body = toml::to_string(&entry).ok()?;
    Some((slug(&entry.name), format!("{notes}{body}")))
}

/// Writes every service of `export` into `dir`, never overwriting a file.
pub fn write_all(export: &Value, source: &str, dir: &Path, today: &str) -> std::io::Result<Vec<Outcome>> {
    std::fs::create_dir_all(dir)?;
    let mut outcomes = Vec::new();
    for v in services(export) {
        let Some((slug, text)) = entry(v, source, today).filter(|(slug, _)| !slug.is_empty()) else {
            outcomes.push(Outcome::Refused("a service without a name".into()));
            continue;
        };
        let path = dir.join(format!("{slug}.toml"));
        let beside = dir.join(format!("{slug}.toml.new"));
        // create_new: never replace a file, even one that appears between the check and the write.
        let write = |p: &Path| {
            std::fs::OpenOptions::new().write(true).create_new(true).open(p).and_then(|mut f| {
                use std::io::Write;
                f.write_all(text.as_bytes())
            })
        };
        match write(&path) {
            Ok(()) => outcomes.push(Outcome::Written(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match write(&beside) {
                Ok(()) => outcomes.push(Outcome::WrittenAlongside(beside)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    outcomes.push(Outcome::Refused(format!("{} and {} both exist", path.display(), beside.display())))
                }
                Err(e) => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::Directory;
    use serde_json::json;

    fn export() -> Value {
        json!({
            "total_items": 2, "total_pages": 1, "page_number": 1, "size": 2,
            "first_page": true, "last_page": true, "empty": false,
            "contents": [
                {
                    "id": "ac148810-d857-441c-9679-408f346de14b",
                    "name": "Community Counselling",
                    "description": "Counselling for people going through a hard time.",
                    "url": "https://example.org/counselling",
                    "email": "help@example.org",
                    "status": "active",
                    "minimum_age": 16,
                    "assured_date": "2026-10-01",
                    "contacts": [{ "id": "c1", "phones": [{ "id": "p1", "number": "01642 000000", "description": "Weekdays" }] }]
                },
                { "id": "x", "name": "Drop-in café", "url": "http://example.org", "status": "active" }
            ]
        })
    }

    #[test]
    fn an_export_becomes_valid_entries_for_review() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outcomes = write_all(&export(), "council.json", dir.path(), "2026-12-07").expect("written");
        assert_eq!(outcomes.len(), 2);
        let text = std::fs::read_to_string(dir.path().join("community-counselling.toml")).expect("file");
        assert!(text.contains("placeholder = true") && text.contains("receives_referrals = false"), "{text}");
        assert!(text.contains("01642 000000") && text.contains("help@example.org") && text.contains("min_age = 16"));
        assert!(text.contains("checked = \"2026-10-01\""));
        let cafe = std::fs::read_to_string(dir.path().join("drop-in-caf.toml")).expect("file");
        assert!(cafe.contains("checked = \"2026-12-07\"") && !cafe.contains("website ="), "not https: left out");
        // The entries load as a directory's files do (alongside services routing needs).
        let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        for f in std::fs::read_dir(&services).expect("dir").flatten() {
            std::fs::copy(f.path(), dir.path().join(f.file_name())).expect("copy");
        }
        let loaded = Directory::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
        let imported = loaded.by_slug("community-counselling").expect("loaded");
        assert!(imported.placeholder && !imported.receives_referrals);
        assert!(imported.to_confirm.iter().any(|n| n.contains("which boroughs")));
    }

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("community-counselling.toml"), "mine").expect("write");
        let outcomes = write_all(&export(), "council.json", dir.path(), "2026-12-07").expect("written");
        assert_eq!(outcomes[0], Outcome::WrittenAlongside(dir.path().join("community-counselling.toml.new")));
        assert_eq!(std::fs::read_to_string(dir.path().join("community-counselling.toml")).expect("file"), "mine");
        let again = write_all(&export(), "council.json", dir.path(), "2026-12-07").expect("written");
        assert!(matches!(again[0], Outcome::Refused(_)), "{again:?}");
        assert_eq!(std::fs::read_to_string(dir.path().join("community-counselling.toml")).expect("file"), "mine");
    }

    #[test]
    fn names_become_slugs() {
        assert_eq!(slug("My Sisters' Place (Middlesbrough)"), "my-sisters-place-middlesbrough");
        assert_eq!(slug("  --  "), "");
    }
}
