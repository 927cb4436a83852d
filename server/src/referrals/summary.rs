//! Answers in words: the summary on "check your answers" and the same details for staff, with the
//! safe-contact instructions gathered so they can be shown first.

use super::{
    draft::Draft,
    steps::{self, EqualityWords, Step},
};
use app::{
    i18n::msg,
    models::vocabulary,
    pages::request::check::{CheckRow, CheckSection, Part},
};

/// The safe-contact instructions, in the order staff must read them.
pub fn safety(d: &Draft) -> Vec<Part> {
    let mut safe = Vec::new();
    for channel in d.channels.iter().flatten() {
        let Some(s) = d.safe.get(channel) else { continue };
        let id = match (channel.as_str(), s.is_safe()) {
            ("phone", true) => msg("request-check-safe-phone"),
            ("phone", false) => msg("request-check-unsafe-phone"),
            ("text", true) => msg("request-check-safe-text"),
            ("text", false) => msg("request-check-unsafe-text"),
            (_, true) => msg("request-check-safe-email"),
            (_, false) => msg("request-check-unsafe-email"),
        };
        safe.push(Part::Said(id));
        if !s.is_safe() {
            continue;
        }
        if !s.times.is_empty() {
            safe.push(Part::Said(msg("request-check-safe-times").with("times", s.times.clone())));
        }
        if s.message == "no" {
            safe.push(Part::Said(msg("request-check-no-voicemail")));
        }
        if s.say_who == "no" {
            safe.push(Part::Said(msg("request-check-no-name")));
        }
    }
    if !d.code_word.is_empty() {
        safe.push(Part::Said(msg("request-check-code-word").with("word", d.code_word.clone())));
    }
    safe
}

fn said(list: &[(&'static str, app::i18n::Text)], id: &str) -> Option<Part> {
    vocabulary::label_of(list, id).map(Part::Said)
}

fn choice(step: Step, name: &str, d: &Draft, value: &str) -> Vec<Part> {
    steps::choices(step, name, d).into_iter().filter(|c| c.value == value).map(|c| Part::Said(c.label)).collect()
}

fn typed(value: &str) -> Vec<Part> {
    if value.is_empty() {
        vec![]
    } else {
        vec![Part::Typed(value.to_string())]
    }
}

fn row(key: app::i18n::Text, step: Step, value: Vec<Part>) -> CheckRow {
    CheckRow { key, value, change: step.path() }
}

/// The summary of every answer, grouped as the journey asked them.
pub fn sections(d: &Draft) -> Vec<CheckSection> {
    let who = if d.for_someone() { "someone" } else { "me" };
    let crimes: Vec<Part> = d.crimes.iter().flatten().filter_map(|c| said(&vocabulary::crime_types(), c)).collect();
    let mut needs: Vec<Part> = d.needs.iter().flatten().filter_map(|n| said(&vocabulary::needs(), n)).collect();
    needs.extend(typed(&d.needs_other));
    let mut language = typed(&d.language);
    if d.interpreter == "yes" {
        language.push(Part::Said(msg("request-check-interpreter")));
    }
    let mut access: Vec<Part> = d.access.iter().flat_map(|a| choice(Step::Language, "access", d, a)).collect();
    access.extend(typed(&d.access_other));
    let mut contact: Vec<Part> = d.channels.iter().flatten().flat_map(|c| choice(Step::Contact, "", d, c)).collect();
    contact.extend(typed(&d.phone));
    contact.extend(typed(&d.email));
    let safe = safety(d);
    let about = vec![
        row(msg("request-check-safe-now"), Step::Safe, choice(Step::Safe, "", d, &d.safe_now)),
        row(msg("request-check-who"), Step::Who, choice(Step::Who, "", d, &d.for_whom)),
        row(msg("request-check-age").with("who", who), Step::Age, choice(Step::Age, "", d, &d.age_band)),
        row(msg("request-check-what"), Step::What, crimes),
        row(msg("request-check-when"), Step::When, choice(Step::When, "", d, &d.when)),
        row(msg("request-check-police"), Step::Police, choice(Step::Police, "", d, &d.police)),
        row(msg("request-check-needs"), Step::Needs, needs),
    ];
    let mut sections = vec![
        CheckSection {
            title: msg("request-check-safety-title"),
            rows: vec![
                row(msg("request-check-name"), Step::Contact, typed(&d.name)),
                row(msg("request-check-contact"), Step::Contact, contact),
                row(msg("request-check-safe-contact"), Step::SafeContact, safe),
            ],
        },
        CheckSection { title: msg("request-check-about-title"), rows: about },
        CheckSection {
            title: msg("request-check-language-title"),
            rows: vec![
                row(msg("request-check-language"), Step::Language, language),
                row(msg("request-check-access"), Step::Language, access),
            ],
        },
    ];
    if d.for_someone() {
        let mut you = typed(&d.supporter.name);
        you.extend(typed(&d.supporter.phone));
        you.extend(typed(&d.supporter.email));
        you.extend(typed(&d.supporter.relationship));
        sections.push(CheckSection {
            title: msg("request-check-supporter-title"),
            rows: vec![
                row(msg("request-check-supporter"), Step::Supporter, you),
                row(
                    msg("request-check-agreed"),
                    Step::Supporter,
                    if d.supporter.agreed { vec![Part::Said(msg("request-yes"))] } else { vec![] },
                ),
            ],
        });
    }
    let equality = |step_name: &str, value: &str| choice(Step::About, step_name, d, value);
    let q = EqualityWords::for_draft(d);
    sections.push(CheckSection {
        title: msg("request-check-equality-title"),
        rows: vec![
            row(q.gender, Step::About, equality("equality-gender", &d.equality.gender)),
            row(q.ethnicity, Step::About, equality("equality-ethnicity", &d.equality.ethnicity)),
            row(q.sexuality, Step::About, equality("equality-sexuality", &d.equality.sexuality)),
            row(q.disability, Step::About, equality("equality-disability", &d.equality.disability)),
        ],
    });
    sections
}
