//! One file of the service directory (`content/services/<slug>.toml`): its fields, the checks on them, and the
//! directory entry made from it.

use crate::content::code_for;
use app::models::{
    area::{Borough, NATIONAL},
    service::{Contact, ContactKind, Service},
    vocabulary,
};
use serde::Deserialize;

/// The entry for `slug` from its file's `text`, with what is wrong in it (an entry with problems is still
/// made, so that every problem of the directory is reported at once); or, for text that is not a service file
/// at all, the line (when known) and what is wrong.
pub(super) fn read(slug: String, text: &str) -> Result<(Service, Vec<String>), (Option<usize>, String)> {
    let file: ServiceFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        (line, e.message().to_string())
    })?;
    let problems = check_service(&file);
    Ok((file.into_service(slug, notes_to_confirm(text)), problems))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceFile {
    name: String,
    summary: String,
    #[serde(default)]
    placeholder: bool,
    #[serde(default)]
    receives_referrals: bool,
    areas: Vec<String>,
    helps_with: Vec<String>,
    #[serde(default)]
    needs: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
    min_age: Option<u8>,
    max_age: Option<u8>,
    #[serde(default)]
    police_run: bool,
    /// Whether the service can support people in British Sign Language.
    #[serde(default)]
    bsl: bool,
    website: Option<String>,
    checked: String,
    checked_by: String,
    #[serde(default)]
    contact: Vec<ContactFile>,
    /// The promise to make contact, in working days (receiving services; see [`crate::deadlines`]).
    contact_within_working_days: Option<u8>,
    /// The shared inbox that alerts go to (receiving services).
    alerts_to: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactFile {
    kind: String,
    value: String,
    hours: Option<String>,
    note: Option<String>,
}

impl ServiceFile {
    fn into_service(self, slug: String, to_confirm: Vec<String>) -> Service {
        Service {
            code: code_for("service", &slug),
            slug,
            name: self.name.trim().to_string(),
            summary: self.summary.trim().to_string(),
            placeholder: self.placeholder,
            receives_referrals: self.receives_referrals,
            national: self.areas.iter().any(|a| a == NATIONAL),
            areas: self.areas.iter().filter_map(|a| Borough::parse(a)).collect(),
            police_run: self.police_run,
            bsl: self.bsl,
            helps_with: self.helps_with,
            needs: self.needs,
            groups: self.groups,
            min_age: self.min_age,
            max_age: self.max_age,
            website: self.website,
            // A contact of an unknown kind is a problem reported by the checks, so the directory is refused.
            contacts: self
                .contact
                .into_iter()
                .filter_map(|c| {
                    Some(Contact { kind: ContactKind::parse(&c.kind)?, value: c.value, hours: c.hours, note: c.note })
                })
                .collect(),
            checked: self.checked,
            checked_by: self.checked_by.trim().to_string(),
            to_confirm,
            contact_within_working_days: self.contact_within_working_days,
            alerts_to: self.alerts_to,
        }
    }
}

/// Whether `s` is written `YYYY-MM-DD` (digits in their places).
pub(super) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// What is wrong in a service file, each problem a message that names its field.
fn check_service(file: &ServiceFile) -> Vec<String> {
    let mut problems = Vec::new();
    let crime_ids = vocabulary::crime_types();
    for id in &file.helps_with {
        if id != vocabulary::ANY_CRIME && !vocabulary::contains(&crime_ids, id) {
            problems.push(format!("helps_with: {id:?} is not a known crime type"));
        }
    }
    if file.helps_with.is_empty() {
        problems.push("helps_with: list at least one crime type, or \"any\"".into());
    }
    for id in &file.needs {
        if !vocabulary::contains(&vocabulary::needs(), id) {
            problems.push(format!("needs: {id:?} is not a known need"));
        }
    }
    for id in &file.groups {
        if !vocabulary::contains(&vocabulary::groups(), id) {
            problems.push(format!("groups: {id:?} is not a known group"));
        }
    }
    for area in &file.areas {
        if area != NATIONAL && Borough::parse(area).is_none() {
            problems.push(format!(
                "areas: {area:?} must be \"national\" or a borough (hartlepool, middlesbrough, redcar-and-cleveland, stockton-on-tees)"
            ));
        }
    }
    if file.areas.is_empty() {
        problems.push("areas: list the boroughs the service works in, or [\"national\"]".into());
    }
    if file.areas.iter().any(|a| a == NATIONAL) && file.areas.len() > 1 {
        problems.push("areas: a national service lists only \"national\"".into());
    }
    if file.checked_by.trim().is_empty() {
        problems.push("checked_by: say who checked the details (a role, not a name)".into());
    }
    if file.name.trim().is_empty() || file.summary.trim().is_empty() {
        problems.push("name and summary must not be empty".into());
    }
    if let (Some(min), Some(max)) = (file.min_age, file.max_age) {
        if min > max {
            problems.push(format!("min_age {min} is above max_age {max}"));
        }
    }
    if !is_date(&file.checked) {
        problems.push(format!("checked: {:?} must be a date written YYYY-MM-DD", file.checked));
    }
    if file.website.as_deref().is_some_and(|w| !w.starts_with("https://")) {
        problems.push("website: must start with https://".into());
    }
    for c in &file.contact {
        let kind = ContactKind::parse(&c.kind);
        if kind.is_none() {
            problems.push(format!("contact: {:?} is not a known kind of contact", c.kind));
        }
        if kind.is_some_and(ContactKind::is_link) && !c.value.starts_with("https://") {
            problems.push(format!("contact {}: {:?} must start with https://", c.kind, c.value));
        }
        if c.value.trim().is_empty() {
            problems.push(format!("contact {}: the value is empty", c.kind));
        }
    }
    if let Some(days) = file.contact_within_working_days {
        if !(1..=20).contains(&days) {
            problems.push(format!("contact_within_working_days: {days} must be from 1 to 20"));
        }
        if !file.receives_referrals {
            problems.push("contact_within_working_days: only for a service that receives requests".into());
        }
    }
    if let Some(to) = &file.alerts_to {
        if !is_mailbox(to) {
            problems.push(format!("alerts_to: {to:?} must be one email address"));
        }
        if !file.receives_referrals {
            problems.push("alerts_to: only for a service that receives requests".into());
        }
    }
    problems
}

/// The `# - ` notes of a file (each with its `#   ` continuation lines): what still needs confirming.
fn notes_to_confirm(text: &str) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(note) = line.strip_prefix("# - ") {
            notes.push(note.trim().to_string());
        } else if let (Some(more), Some(last)) = (line.strip_prefix("#   "), notes.last_mut()) {
            last.push(' ');
            last.push_str(more.trim());
        }
    }
    notes
}

/// Whether `text` looks like one plain email address (something@domain.tld, no spaces, names or lists).
fn is_mailbox(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && text.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | ',' | ';' | '"' | '(' | ')'))
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::tests::HUB;

    #[test]
    fn contacts_must_be_of_a_known_kind_and_links_secure() {
        let file = |kind: &str, value: &str| ServiceFile {
            contact: vec![ContactFile { kind: kind.into(), value: value.into(), hours: None, note: None }],
            ..toml::from_str(HUB).expect("hub")
        };
        assert!(check_service(&file("phone", "0808 000 0000")).is_empty());
        assert!(check_service(&file("webchat", "https://example.org/chat")).is_empty());
        assert_eq!(check_service(&file("pigeon", "loft")), ["contact: \"pigeon\" is not a known kind of contact"]);
        assert_eq!(
            check_service(&file("webchat", "http://example.org")),
            ["contact webchat: \"http://example.org\" must start with https://"]
        );
    }

    #[test]
    fn a_contact_promise_and_an_inbox_are_checked() {
        let hub: ServiceFile = toml::from_str(&format!(
            "{HUB}contact_within_working_days = 2\nalerts_to = \"referrals@hub.example.org\"\n"
        ))
        .expect("hub");
        assert!(check_service(&hub).is_empty(), "{:?}", check_service(&hub));
        let file = |days: u8, to: &str| ServiceFile {
            contact_within_working_days: Some(days),
            alerts_to: Some(to.into()),
            ..toml::from_str(HUB).expect("hub")
        };
        let problems = check_service(&file(0, "Hub <a@b.example>"));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("1 to 20") && problems[1].contains("one email address"), "{problems:?}");
        for bad in ["a@b", "a@b.example,c@d.example", "@b.example", "a b@c.example", "a@b@c.example"] {
            assert!(!is_mailbox(bad), "{bad}");
        }
        assert!(is_mailbox("team.referrals+alerts@victim-care.example.org"));
        let signpost = ServiceFile { receives_referrals: false, ..file(2, "a@b.example") };
        assert_eq!(check_service(&signpost).len(), 2, "only for services that receive requests");
    }
}
