//! Answers in words: the summary on "check your answers" and the same details for staff, with the
//! safe-contact instructions gathered so they can be shown first.

use super::{
    draft::Draft,
    journey::{self, EqualityWords, Step},
};
use app::models::partners::JourneyKind;
use app::{
    i18n::{msg, Text},
    models::{
        request::{Answer, Channel, YesNo},
        summary::{Part, SummaryRow, SummarySection},
        vocabulary,
    },
};

/// The safe-contact instructions, in the order staff must read them.
pub fn safety(d: &Draft) -> Vec<Part> {
    let mut safe = Vec::new();
    for channel in d.channels.iter().flatten() {
        let Some(s) = d.safe.get(channel) else { continue };
        let id = match (channel, s.is_safe()) {
            (Channel::Phone, true) => msg("request-check-safe-phone"),
            (Channel::Phone, false) => msg("request-check-unsafe-phone"),
            (Channel::Text, true) => msg("request-check-safe-text"),
            (Channel::Text, false) => msg("request-check-unsafe-text"),
            (Channel::Email, true) => msg("request-check-safe-email"),
            (Channel::Email, false) => msg("request-check-unsafe-email"),
        };
        safe.push(Part::Said(id));
        if !s.is_safe() {
            continue;
        }
        if !s.times.is_empty() {
            safe.push(Part::Said(msg("request-check-safe-times").with("times", s.times.clone())));
        }
        if s.message == Some(YesNo::No) {
            safe.push(Part::Said(msg("request-check-no-voicemail")));
        }
        if s.say_who == Some(YesNo::No) {
            safe.push(Part::Said(msg("request-check-no-name")));
        }
    }
    if !d.code_word.is_empty() {
        safe.push(Part::Said(msg("request-check-code-word").with("word", d.code_word.clone())));
    }
    safe
}

fn said(list: &[(&'static str, Text)], id: &str) -> Option<Part> {
    vocabulary::label_of(list, id).map(Part::Said)
}

/// An answer from a fixed list in its words (nothing when not answered).
fn answer<A: Answer>(answer: Option<A>) -> Vec<Part> {
    answer.map(|a| Part::Said(a.label())).into_iter().collect()
}

fn typed(value: &str) -> Vec<Part> {
    if value.is_empty() {
        vec![]
    } else {
        vec![Part::Typed(value.to_string())]
    }
}

fn row(d: &Draft, key: Text, step: Step, value: Vec<Part>) -> SummaryRow {
    SummaryRow { key, value, change: journey::path(step, d) }
}

/// The summary of every answer, grouped as the journey asked them.
pub fn sections(d: &Draft) -> Vec<SummarySection> {
    let crimes: Vec<Part> = d.crimes.iter().flatten().filter_map(|c| said(&vocabulary::crime_types(), c)).collect();
    let mut needs: Vec<Part> = d.needs.iter().flatten().filter_map(|n| said(&vocabulary::needs(), n)).collect();
    needs.extend(typed(&d.needs_other));
    let mut language = typed(&d.language);
    if d.interpreter == Some(YesNo::Yes) {
        language.push(Part::Said(msg("request-check-interpreter")));
    }
    let mut access: Vec<Part> = d.access.iter().map(|a| Part::Said(a.label())).collect();
    access.extend(typed(&d.access_other));
    let mut contact: Vec<Part> = d.channels.iter().flatten().map(|c| Part::Said(c.label())).collect();
    contact.extend(typed(&d.phone));
    contact.extend(typed(&d.email));
    let mut about = vec![
        row(d, msg("request-check-safe-now"), Step::Safe, answer(d.safe_now)),
        row(d, msg("request-check-who"), Step::Who, answer(d.for_whom)),
        row(d, msg("request-check-age").with("who", d.who()), Step::Age, answer(d.age_band)),
        row(d, msg("request-check-what"), Step::What, crimes),
        row(d, msg("request-check-area").with("who", d.who()), Step::Area, answer(d.area)),
        row(d, msg("request-check-when"), Step::When, answer(d.when)),
        row(d, msg("request-check-police"), Step::Police, answer(d.police)),
        row(d, msg("request-check-needs"), Step::Needs, needs),
    ];
    if d.kind == JourneyKind::Hate {
        return hate_sections(d, contact);
    }
    if let Some(agreement) = &d.agreement {
        let mut said = typed(&agreement.recorded_at);
        said.extend(agreement.method.map(|m| Part::Said(m.label())));
        about.push(row(d, msg("agreement-recorded"), Step::Check, said));
    }
    let mut sections = vec![
        SummarySection {
            title: msg("request-check-safety-title"),
            rows: vec![
                row(d, msg("request-check-name"), Step::Contact, typed(&d.name)),
                row(d, msg("request-check-contact"), Step::Contact, contact),
                row(d, msg("request-check-safe-contact"), Step::SafeContact, safety(d)),
            ],
        },
        SummarySection { title: msg("request-check-about-title"), rows: about },
        SummarySection {
            title: msg("request-check-language-title"),
            rows: vec![
                row(d, msg("request-check-language"), Step::Language, language),
                row(d, msg("request-check-access"), Step::Language, access),
            ],
        },
    ];
    if d.kind == JourneyKind::Partner {
        // Not asked of a professional: whether the person is safe now, who it is for, the equality questions.
        sections[1].rows.drain(..2);
        sections.insert(1, partner_section(d));
        return sections;
    }
    if d.for_someone() {
        let mut you = typed(&d.supporter.name);
        you.extend(typed(&d.supporter.phone));
        you.extend(typed(&d.supporter.email));
        you.extend(typed(&d.supporter.relationship));
        sections.push(SummarySection {
            title: msg("request-check-supporter-title"),
            rows: vec![
                row(d, msg("request-check-supporter"), Step::Supporter, you),
                row(
                    d,
                    msg("request-check-agreed"),
                    Step::Supporter,
                    if d.supporter.agreed { vec![Part::Said(msg("request-yes"))] } else { vec![] },
                ),
            ],
        });
    }
    let q = EqualityWords::for_draft(d);
    sections.push(SummarySection {
        title: msg("request-check-equality-title"),
        rows: vec![
            row(d, q.gender, Step::About, answer(d.equality.gender)),
            row(d, q.ethnicity, Step::About, answer(d.equality.ethnicity)),
            row(d, q.sexuality, Step::About, answer(d.equality.sexuality)),
            row(d, q.disability, Step::About, answer(d.equality.disability)),
        ],
    });
    sections
}

/// The title of the summary's section of equality answers.
const EQUALITY_TITLE: &str = "request-check-equality-title";

/// Who referred the person, and their recorded agreement.
fn partner_section(d: &Draft) -> SummarySection {
    let p = &d.partner;
    let mut worker = typed(&p.worker_name);
    worker.extend(typed(&p.worker_role));
    worker.extend(typed(&p.worker_phone));
    worker.extend(typed(&p.worker_email));
    let mut agreement: Vec<Part> = answer(p.agreed_when);
    agreement.extend(answer(p.agreed_how));
    agreement.extend(typed(&p.agreement_note));
    let shared: Vec<Part> = p.shared.iter().map(|s| Part::Said(s.label())).collect();
    SummarySection {
        title: msg("partners-check-title"),
        rows: vec![
            row(d, msg("partners-check-worker"), Step::Professional, worker),
            row(d, msg("partners-check-agreement"), Step::Agreement, agreement),
            row(d, msg("partners-check-shared"), Step::Agreement, shared),
        ],
    }
}

/// A hate incident report: how to reach them (or that they stay anonymous), then the report.
fn hate_sections(d: &Draft, contact: Vec<Part>) -> Vec<SummarySection> {
    let h = &d.hate;
    let reach = if h.wants_support() {
        vec![
            row(d, msg("request-check-name"), Step::Contact, typed(&d.name)),
            row(d, msg("request-check-contact"), Step::Contact, contact),
            row(d, msg("request-check-safe-contact"), Step::SafeContact, safety(d)),
        ]
    } else {
        vec![row(d, msg("hate-check-support"), Step::Support, vec![Part::Said(msg("hate-check-anonymous"))])]
    };
    let strands: Vec<Part> = h.strands.iter().flatten().map(|s| Part::Said(s.label())).collect();
    let report = vec![
        row(d, msg("hate-check-role"), Step::HateRole, answer(h.role)),
        row(d, msg("hate-check-incident"), Step::Incident, typed(&h.description)),
        row(d, msg("hate-check-area"), Step::Area, answer(d.area)),
        row(d, msg("request-check-when"), Step::When, answer(d.when)),
        row(d, msg("hate-check-strands"), Step::Strands, strands),
        row(d, msg("hate-check-police"), Step::PoliceConsent, answer(h.police)),
    ];
    vec![
        SummarySection { title: msg("request-check-safety-title"), rows: reach },
        SummarySection { title: msg("hate-check-title"), rows: report },
    ]
}

/// The answers as staff read them: how to reach the person, without the safe-contact row (staff see those
/// instructions first, in a box of their own, from [`safety`]), and then everything else.
///
/// The optional equality answers are left out: they are only ever counted (in the commissioner's return), never
/// shown with the person's name, not even to the service.
pub fn for_staff(d: &Draft) -> (Vec<SummaryRow>, Vec<SummaryRow>) {
    let mut sections = sections(d).into_iter().filter(|s| s.title.id != EQUALITY_TITLE);
    let safe_contact = journey::path(Step::SafeContact, d);
    let contact = sections.next().map(|s| s.rows).unwrap_or_default();
    let contact = contact.into_iter().filter(|r| r.change != safe_contact).collect();
    (contact, sections.flat_map(|s| s.rows).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::{complete, fill};

    #[test]
    fn safe_contact_instructions_come_in_the_order_the_ways_were_chosen() {
        let mut d = complete();
        fill(
            &mut d,
            Step::Contact,
            &[
                ("name", "Sam"),
                ("channels", "email"),
                ("channels", "phone"),
                ("phone", "07700 900123"),
                ("email", "s@example.org"),
            ],
        );
        fill(
            &mut d,
            Step::SafeContact,
            &[
                ("phone-safe", "yes"),
                ("phone-times", "after 6"),
                ("phone-message", "no"),
                ("phone-say-who", "yes"),
                ("email-safe", "no"),
            ],
        );
        let ids: Vec<&str> =
            safety(&d).into_iter().filter_map(|p| if let Part::Said(t) = p { Some(t.id) } else { None }).collect();
        assert_eq!(
            ids,
            [
                "request-check-unsafe-email",
                "request-check-safe-phone",
                "request-check-safe-times",
                "request-check-no-voicemail"
            ]
        );
    }

    #[test]
    fn staff_see_how_to_reach_the_person_without_the_safe_contact_row() {
        let d = complete();
        let (contact, details) = for_staff(&d);
        let keys: Vec<&str> = contact.iter().map(|r| r.key.id).collect();
        assert_eq!(keys, ["request-check-name", "request-check-contact"]);
        // Everything but the safe-contact row and the four equality questions.
        let all: usize = sections(&d).iter().map(|s| s.rows.len()).sum();
        assert_eq!(contact.len() + details.len(), all - 1 - 4);
    }

    #[test]
    fn answers_are_shown_in_their_words_and_the_supporter_only_when_there_is_one() {
        let d = complete();
        let sections = sections(&d);
        assert_eq!(sections.len(), 4);
        let about = &sections[1].rows;
        assert_eq!(about[0].value, vec![Part::Said(msg("request-safe-yes"))]);
        assert_eq!(about[2].value, vec![Part::Said(msg("age-25-44"))]);
        assert_eq!(about[2].change, "/request/age");
        assert_eq!(about[4].value, vec![Part::Said(msg("area-middlesbrough"))]);
        assert_eq!(about[4].change, "/request/area");
        assert_eq!(about[6].value, vec![Part::Said(msg("request-police-no"))]);
        assert!(sections[3].rows.iter().all(|r| r.value.is_empty()), "no equality answers given");
    }

    #[test]
    fn staff_never_see_the_equality_answers() {
        let mut d = complete();
        fill(&mut d, Step::About, &[("equality-gender", "woman"), ("equality-disability", "yes")]);
        assert!(sections(&d).iter().any(|s| s.title.id == EQUALITY_TITLE), "the person checks their own answers");
        let (contact, details) = for_staff(&d);
        let labels: Vec<&str> = contact.iter().chain(&details).map(|r| r.key.id).collect();
        assert!(!labels.iter().any(|l| l.starts_with("equality-")), "{labels:?}");
    }
}
