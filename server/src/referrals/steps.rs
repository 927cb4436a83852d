//! The questions of a request, one page each, in order: what each page asks, which page comes next, and
//! checking and keeping the answers. Nothing here touches HTTP or storage, so the whole journey is testable.
//!
//! Order: are you safe now (999 first if not) → who it is for → age → what happened → when → the police →
//! what would help → language and access → how to get in touch → what is safe for each way → (a supporter's
//! own details) → optional equality questions → check your answers.

use super::draft::{Draft, SafeContact};
use app::{
    forms::Form,
    i18n::{msg, western_digits, Text},
    models::vocabulary,
    pages::request::question::{Choice, Field, Question},
};

/// Longest answers accepted, in characters.
pub const MAX_SHORT: usize = 100;
pub const MAX_LONG: usize = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Safe,
    Danger,
    Who,
    Age,
    What,
    When,
    Police,
    Needs,
    Language,
    Contact,
    SafeContact,
    Supporter,
    About,
    Check,
}

impl Step {
    pub const ALL: [Step; 14] = [
        Step::Safe,
        Step::Danger,
        Step::Who,
        Step::Age,
        Step::What,
        Step::When,
        Step::Police,
        Step::Needs,
        Step::Language,
        Step::Contact,
        Step::SafeContact,
        Step::Supporter,
        Step::About,
        Step::Check,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Safe => "safe",
            Step::Danger => "urgent",
            Step::Who => "who",
            Step::Age => "age",
            Step::What => "what",
            Step::When => "when",
            Step::Police => "police",
            Step::Needs => "needs",
            Step::Language => "language",
            Step::Contact => "contact",
            Step::SafeContact => "safe-contact",
            Step::Supporter => "you",
            Step::About => "about",
            Step::Check => "check",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        format!("/request/{}", self.slug())
    }
}

/// The pages this draft goes through, in order.
pub fn sequence(d: &Draft) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| match s {
            Step::Danger => d.safe_now == "no" || d.safe_now == "not-sure",
            Step::Supporter => d.for_someone(),
            _ => true,
        })
        .collect()
}

/// Whether the page's question has an answer.
pub fn answered(step: Step, d: &Draft) -> bool {
    match step {
        Step::Safe => !d.safe_now.is_empty(),
        Step::Danger => true,
        Step::Who => !d.for_whom.is_empty(),
        Step::Age => !d.age_band.is_empty(),
        Step::What => d.crimes.is_some(),
        Step::When => !d.when.is_empty(),
        Step::Police => !d.police.is_empty(),
        Step::Needs => d.needs.is_some(),
        Step::Language => !d.interpreter.is_empty(),
        Step::Contact => d.channels.is_some(),
        Step::SafeContact => {
            d.channels.iter().flatten().all(|c| d.safe.contains_key(c.as_str())) && !d.safe_channels().is_empty()
        }
        Step::Supporter => d.supporter.agreed,
        Step::About => d.equality_seen,
        Step::Check => false,
    }
}

/// The first page still to answer ("check your answers" when all are done).
pub fn first_unanswered(d: &Draft) -> Step {
    sequence(d).into_iter().find(|s| !answered(*s, d)).unwrap_or(Step::Check)
}

/// Whether the person may see `step` yet: every page before it is answered.
pub fn reachable(step: Step, d: &Draft) -> bool {
    let seq = sequence(d);
    match seq.iter().position(|s| *s == step) {
        Some(i) => seq[..i].iter().all(|s| answered(*s, d)),
        None => false,
    }
}

/// Where Continue goes from `step`.
pub fn next(step: Step, d: &Draft) -> Step {
    if d.reviewing && step != Step::Danger {
        return first_unanswered(d);
    }
    let seq = sequence(d);
    let i = seq.iter().position(|s| *s == step).unwrap_or(0);
    seq.get(i + 1).copied().unwrap_or(Step::Check)
}

/// Where Back goes from `step`.
pub fn back(step: Step, d: &Draft) -> String {
    if d.reviewing && step != Step::Check && step != Step::Danger {
        return Step::Check.path();
    }
    let seq = sequence(d);
    match seq.iter().position(|s| *s == step) {
        Some(i) if i > 0 => seq[i - 1].path(),
        _ => "/request".to_string(),
    }
}

/// Posted answers: repeated names allowed (checkboxes).
pub struct Answers(pub Vec<(String, String)>);

impl Answers {
    pub fn one(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).collect()
    }
}

const CHANNELS: [&str; 3] = ["phone", "text", "email"];

/// Form names for one channel's safe-contact questions: (safe, times, message, say who).
fn channel_fields(channel: &str) -> (&'static str, &'static str, &'static str, &'static str) {
    match channel {
        "phone" => ("phone-safe", "phone-times", "phone-message", "phone-say-who"),
        "text" => ("text-safe", "text-times", "text-message", "text-say-who"),
        _ => ("email-safe", "email-times", "email-message", "email-say-who"),
    }
}

fn yes_no() -> Vec<Choice> {
    vec![Choice::new("yes", msg("request-yes")), Choice::new("no", msg("request-no"))]
}

fn who_arg(d: &Draft) -> &'static str {
    if d.for_someone() {
        "someone"
    } else {
        "me"
    }
}

fn radios(name: &'static str, legend: Text, hint: Option<Text>, choices: Vec<Choice>) -> Field {
    Field::Radios { name, legend, hint, choices }
}

fn text(name: &'static str, label: Text, hint: Option<Text>) -> Field {
    Field::Text { name, label, hint, kind: "text", autocomplete: None }
}

fn equality_choices(question: &str) -> Vec<Choice> {
    let mut choices = match question {
        "gender" => vec![
            Choice::new("woman", msg("equality-gender-woman")),
            Choice::new("man", msg("equality-gender-man")),
            Choice::new("non-binary", msg("equality-gender-non-binary")),
            Choice::new("other", msg("equality-gender-other")),
        ],
        "ethnicity" => vec![
            Choice::new("asian", msg("equality-ethnicity-asian")),
            Choice::new("black", msg("equality-ethnicity-black")),
            Choice::new("mixed", msg("equality-ethnicity-mixed")),
            Choice::new("white", msg("equality-ethnicity-white")),
            Choice::new("other", msg("equality-ethnicity-other")),
        ],
        "sexuality" => vec![
            Choice::new("straight", msg("equality-sexuality-straight")),
            Choice::new("gay-lesbian", msg("equality-sexuality-gay-lesbian")),
            Choice::new("bisexual", msg("equality-sexuality-bisexual")),
            Choice::new("other", msg("equality-sexuality-other")),
        ],
        _ => vec![Choice::new("yes", msg("request-yes")), Choice::new("no", msg("request-no"))],
    };
    choices.push(Choice::new("rather-not-say", msg("request-rather-not-say")));
    choices
}

/// The choices of a radio question, for checking answers against and for drawing.
pub fn choices(step: Step, name: &str, d: &Draft) -> Vec<Choice> {
    match (step, name) {
        (Step::Safe, _) => vec![
            Choice::new("yes", msg("request-safe-yes")),
            Choice::new("no", msg("request-safe-no")),
            Choice::new("not-sure", msg("request-safe-not-sure")),
        ],
        (Step::Who, _) => vec![
            Choice::new("me", msg("request-who-me")),
            Choice::with_hint("someone", msg("request-who-someone"), msg("request-who-someone-hint")),
        ],
        (Step::Age, _) => vocabulary::age_bands()
            .into_iter()
            .map(|(id, label, _, _)| Choice::new(id, label))
            .chain(std::iter::once(Choice::new("rather-not-say", msg("request-rather-not-say"))))
            .collect(),
        (Step::What, _) => vocabulary::crime_types().into_iter().map(|(id, label)| Choice::new(id, label)).collect(),
        (Step::When, _) => vec![
            Choice::new("week", msg("request-when-week")),
            Choice::new("month", msg("request-when-month")),
            Choice::new("six-months", msg("request-when-six-months")),
            Choice::new("longer", msg("request-when-longer")),
            Choice::new("ongoing", msg("request-when-ongoing")),
            Choice::new("rather-not-say", msg("request-rather-not-say")),
        ],
        (Step::Police, _) => vec![
            Choice::new("yes", msg("request-police-yes")),
            Choice::new("no", msg("request-police-no")),
            Choice::new("not-sure", msg("request-police-not-sure")),
            Choice::new("rather-not-say", msg("request-rather-not-say")),
        ],
        (Step::Needs, _) => vocabulary::needs().into_iter().map(|(id, label)| Choice::new(id, label)).collect(),
        (Step::Language, "access") => vec![
            Choice::new("bsl", msg("request-access-bsl")),
            Choice::new("relay", msg("request-access-relay")),
            Choice::new("easy-read", msg("request-access-easy-read")),
            Choice::new("large-print", msg("request-access-large-print")),
            Choice::new("other", msg("request-access-other")),
        ],
        (Step::Contact, _) => vec![
            Choice::new("phone", msg("request-channel-phone")),
            Choice::new("text", msg("request-channel-text")),
            Choice::new("email", msg("request-channel-email")),
        ],
        (Step::About, q) => equality_choices(q.trim_start_matches("equality-")),
        _ => {
            let _ = d;
            yes_no()
        }
    }
}

/// What a page shows.
pub fn question(step: Step, d: &Draft) -> Question {
    let who = who_arg(d);
    let action = step.path();
    let back = back(step, d);
    let mut lead = Vec::new();
    let mut button = None;
    let (heading, fields) = match step {
        Step::Safe => (
            msg("request-safe"),
            vec![radios("safe_now", msg("request-safe"), Some(msg("request-safe-hint")), choices(step, "", d))],
        ),
        Step::Danger => {
            lead = vec![
                msg("urgent-999"),
                msg("urgent-silent"),
                msg("urgent-text"),
                msg("urgent-relay"),
                msg("urgent-bsl"),
                msg("request-urgent-carry-on"),
            ];
            button = Some(msg("request-urgent-continue"));
            (msg("request-urgent-heading"), vec![])
        }
        Step::Who => (msg("request-who"), vec![radios("for_whom", msg("request-who"), None, choices(step, "", d))]),
        Step::Age => (
            msg("request-age").with("who", who),
            vec![radios(
                "age_band",
                msg("request-age").with("who", who),
                Some(msg("request-age-hint")),
                choices(step, "", d),
            )],
        ),
        Step::What => (
            msg("request-what").with("who", who),
            vec![Field::Checkboxes {
                name: "crimes",
                legend: msg("request-what").with("who", who),
                hint: Some(msg("request-choose-all")),
                choices: choices(step, "", d),
            }],
        ),
        Step::When => (msg("request-when"), vec![radios("when", msg("request-when"), None, choices(step, "", d))]),
        Step::Police => (
            msg("request-police"),
            vec![radios("police", msg("request-police"), Some(msg("request-police-hint")), choices(step, "", d))],
        ),
        Step::Needs => (
            msg("request-needs"),
            vec![
                Field::Checkboxes {
                    name: "needs",
                    legend: msg("request-needs-legend").with("who", who),
                    hint: Some(msg("request-choose-all")),
                    choices: choices(step, "", d),
                },
                Field::Textarea {
                    name: "needs_other",
                    label: msg("request-needs-other"),
                    hint: Some(msg("request-needs-other-hint")),
                },
            ],
        ),
        Step::Language => (
            msg("request-language-heading"),
            vec![
                text("language", msg("request-language"), Some(msg("request-language-hint"))),
                radios("interpreter", msg("request-interpreter"), None, yes_no()),
                Field::Checkboxes {
                    name: "access",
                    legend: msg("request-access"),
                    hint: Some(msg("request-choose-all")),
                    choices: choices(step, "access", d),
                },
                Field::Textarea { name: "access_other", label: msg("request-access-other-label"), hint: None },
            ],
        ),
        Step::Contact => {
            lead = vec![msg("request-contact-lead").with("who", who)];
            (
                msg("request-contact-heading").with("who", who),
                vec![
                    text("name", msg("request-name").with("who", who), Some(msg("request-name-hint"))),
                    Field::Checkboxes {
                        name: "channels",
                        legend: msg("request-channels").with("who", who),
                        hint: Some(msg("request-choose-all")),
                        choices: choices(step, "", d),
                    },
                    Field::Text {
                        name: "phone",
                        label: msg("request-phone"),
                        hint: Some(msg("request-phone-hint")),
                        kind: "tel",
                        autocomplete: None,
                    },
                    Field::Text {
                        name: "email",
                        label: msg("request-email"),
                        hint: Some(msg("request-email-hint")),
                        kind: "email",
                        autocomplete: None,
                    },
                ],
            )
        }
        Step::SafeContact => {
            lead = vec![msg("request-safe-contact-lead").with("who", who)];
            let mut fields = Vec::new();
            for channel in d.channels.iter().flatten() {
                let (safe, times, message, say_who) = channel_fields(channel);
                let (title, safe_q) = match channel.as_str() {
                    "phone" => (msg("request-channel-phone"), msg("request-safe-phone")),
                    "text" => (msg("request-channel-text"), msg("request-safe-text")),
                    _ => (msg("request-channel-email"), msg("request-safe-email")),
                };
                fields.push(Field::Heading(title));
                fields.push(radios(safe, safe_q, None, yes_no()));
                fields.push(text(times, msg("request-safe-times"), Some(msg("request-safe-times-hint"))));
                if channel == "phone" {
                    fields.push(radios(message, msg("request-safe-voicemail"), None, yes_no()));
                }
                fields.push(radios(
                    say_who,
                    msg("request-safe-say-who"),
                    Some(msg("request-safe-say-who-hint")),
                    yes_no(),
                ));
            }
            fields.push(Field::Heading(msg("request-code-word-heading")));
            fields.push(text("code_word", msg("request-code-word"), Some(msg("request-code-word-hint"))));
            (msg("request-safe-contact-heading"), fields)
        }
        Step::Supporter => {
            lead = vec![msg("request-supporter-lead")];
            (
                msg("request-supporter-heading"),
                vec![
                    text("supporter_name", msg("request-supporter-name"), None),
                    Field::Text {
                        name: "supporter_phone",
                        label: msg("request-supporter-phone"),
                        hint: None,
                        kind: "tel",
                        autocomplete: Some("tel"),
                    },
                    Field::Text {
                        name: "supporter_email",
                        label: msg("request-supporter-email"),
                        hint: None,
                        kind: "email",
                        autocomplete: Some("email"),
                    },
                    text("supporter_relationship", msg("request-supporter-relationship"), None),
                    Field::Checkboxes {
                        name: "agreed",
                        legend: msg("request-supporter-agreed-legend"),
                        hint: None,
                        choices: vec![Choice::new("yes", msg("request-supporter-agreed"))],
                    },
                ],
            )
        }
        Step::About => {
            // A supporter is asked about the person they support, and only what they know and may share.
            let q = EqualityWords::for_draft(d);
            lead = vec![q.lead, msg("request-about-optional")];
            (
                q.heading,
                vec![
                    radios("equality-gender", q.gender, None, choices(step, "equality-gender", d)),
                    radios("equality-ethnicity", q.ethnicity, None, choices(step, "equality-ethnicity", d)),
                    radios("equality-sexuality", q.sexuality, None, choices(step, "equality-sexuality", d)),
                    radios(
                        "equality-disability",
                        q.disability,
                        Some(msg("equality-disability-hint")),
                        choices(step, "equality-disability", d),
                    ),
                ],
            )
        }
        Step::Check => (msg("request-check-heading"), vec![]),
    };
    Question { action, back, heading, lead, fields, button }
}

/// The optional equality questions' wording: about oneself, or about the person a supporter supports.
pub struct EqualityWords {
    pub heading: Text,
    pub lead: Text,
    pub gender: Text,
    pub ethnicity: Text,
    pub sexuality: Text,
    pub disability: Text,
}

impl EqualityWords {
    pub const YOURS: EqualityWords = EqualityWords {
        heading: msg("request-about-heading"),
        lead: msg("request-about-lead"),
        gender: msg("equality-gender"),
        ethnicity: msg("equality-ethnicity"),
        sexuality: msg("equality-sexuality"),
        disability: msg("equality-disability"),
    };
    pub const THEIRS: EqualityWords = EqualityWords {
        heading: msg("request-about-heading-supporter"),
        lead: msg("request-about-lead-supporter"),
        gender: msg("equality-gender-supporter"),
        ethnicity: msg("equality-ethnicity-supporter"),
        sexuality: msg("equality-sexuality-supporter"),
        disability: msg("equality-disability-supporter"),
    };

    /// The wording for `d`'s request.
    pub fn for_draft(d: &Draft) -> EqualityWords {
        if d.for_someone() {
            EqualityWords::THEIRS
        } else {
            EqualityWords::YOURS
        }
    }
}

/// The form as it stands in the draft, for showing a page again.
pub fn form_from(step: Step, d: &Draft) -> Form {
    let mut f = Form::new();
    match step {
        Step::Safe => f.set("safe_now", &d.safe_now),
        Step::Who => f.set("for_whom", &d.for_whom),
        Step::Age => f.set("age_band", &d.age_band),
        Step::What => f.set("crimes", d.crimes.clone().unwrap_or_default().join(",")),
        Step::When => f.set("when", &d.when),
        Step::Police => f.set("police", &d.police),
        Step::Needs => {
            f.set("needs", d.needs.clone().unwrap_or_default().join(","));
            f.set("needs_other", &d.needs_other);
        }
        Step::Language => {
            f.set("language", &d.language);
            f.set("interpreter", &d.interpreter);
            f.set("access", d.access.join(","));
            f.set("access_other", &d.access_other);
        }
        Step::Contact => {
            f.set("name", &d.name);
            f.set("channels", d.channels.clone().unwrap_or_default().join(","));
            f.set("phone", &d.phone);
            f.set("email", &d.email);
        }
        Step::SafeContact => {
            for (channel, s) in &d.safe {
                let (safe, times, message, say_who) = channel_fields(channel);
                f.set(safe, &s.safe);
                f.set(times, &s.times);
                f.set(message, &s.message);
                f.set(say_who, &s.say_who);
            }
            f.set("code_word", &d.code_word);
        }
        Step::Supporter => {
            f.set("supporter_name", &d.supporter.name);
            f.set("supporter_phone", &d.supporter.phone);
            f.set("supporter_email", &d.supporter.email);
            f.set("supporter_relationship", &d.supporter.relationship);
            f.set("agreed", if d.supporter.agreed { "yes" } else { "" });
        }
        Step::About => {
            f.set("equality-gender", &d.equality.gender);
            f.set("equality-ethnicity", &d.equality.ethnicity);
            f.set("equality-sexuality", &d.equality.sexuality);
            f.set("equality-disability", &d.equality.disability);
        }
        Step::Danger | Step::Check => {}
    }
    f
}

fn is_choice(step: Step, name: &str, d: &Draft, value: &str) -> bool {
    choices(step, name, d).iter().any(|c| c.value == value)
}

/// A phone number: digits, spaces and an optional leading +, 10 to 15 digits.
pub fn valid_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&digits)
        && s.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
}

/// An email address in the usual shape: something@something.something, no spaces.
pub fn valid_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

/// Checks the answers to one page. When all is well the draft is updated; otherwise the draft is untouched
/// and the form comes back with every value as typed and a message for each problem.
pub fn accept(step: Step, d: &mut Draft, a: &Answers) -> Result<(), Form> {
    let mut f = Form::new();
    let too_long = |f: &mut Form, name: &'static str, value: &str, max: usize| {
        if value.chars().count() > max {
            f.error(name, msg("request-too-long").with_number("max", max as i64));
        }
    };
    let choose_one = |f: &mut Form, name: &'static str, value: &str, error: Text| {
        f.set(name, value);
        if !is_choice(step, name, d, value) {
            f.error(name, error);
        }
    };
    match step {
        Step::Safe => choose_one(&mut f, "safe_now", &a.one("safe_now"), msg("request-safe-error")),
        Step::Who => choose_one(&mut f, "for_whom", &a.one("for_whom"), msg("request-who-error")),
        Step::Age => choose_one(&mut f, "age_band", &a.one("age_band"), msg("request-age-error")),
        Step::When => choose_one(&mut f, "when", &a.one("when"), msg("request-when-error")),
        Step::Police => choose_one(&mut f, "police", &a.one("police"), msg("request-police-error")),
        Step::What => {
            let crimes: Vec<String> = a.all("crimes").into_iter().filter(|c| is_choice(step, "", d, c)).collect();
            f.set("crimes", crimes.join(","));
            if crimes.is_empty() {
                f.error("crimes", msg("request-what-error"));
            }
        }
        Step::Needs => {
            let needs: Vec<String> = a.all("needs").into_iter().filter(|c| is_choice(step, "", d, c)).collect();
            f.set("needs", needs.join(","));
            let other = a.one("needs_other");
            f.set("needs_other", &other);
            if needs.is_empty() && other.is_empty() {
                f.error("needs", msg("request-needs-error"));
            }
            too_long(&mut f, "needs_other", &other, MAX_LONG);
        }
        Step::Language => {
            let language = a.one("language");
            f.set("language", &language);
            too_long(&mut f, "language", &language, MAX_SHORT);
            choose_one(&mut f, "interpreter", &a.one("interpreter"), msg("request-interpreter-error"));
            let access: Vec<String> = a.all("access").into_iter().filter(|c| is_choice(step, "access", d, c)).collect();
            f.set("access", access.join(","));
            let other = a.one("access_other");
            f.set("access_other", &other);
            too_long(&mut f, "access_other", &other, MAX_LONG);
        }
        Step::Contact => {
            let name = a.one("name");
            f.set("name", &name);
            if name.is_empty() {
                f.error("name", msg("request-name-error"));
            }
            too_long(&mut f, "name", &name, MAX_SHORT);
            let channels: Vec<String> =
                a.all("channels").into_iter().filter(|c| CHANNELS.contains(&c.as_str())).collect();
            f.set("channels", channels.join(","));
            if channels.is_empty() {
                f.error("channels", msg("request-channels-error"));
            }
            let phone = western_digits(&a.one("phone"));
            f.set("phone", &phone);
            let wants_phone = channels.iter().any(|c| c == "phone" || c == "text");
            if wants_phone && phone.is_empty() {
                f.error("phone", msg("request-phone-missing"));
            } else if !phone.is_empty() && !valid_phone(&phone) {
                f.error("phone", msg("request-phone-invalid"));
            }
            let email = a.one("email");
            f.set("email", &email);
            if channels.iter().any(|c| c == "email") && email.is_empty() {
                f.error("email", msg("request-email-missing"));
            } else if !email.is_empty() && (!valid_email(&email) || email.len() > 254) {
                f.error("email", msg("request-email-invalid"));
            }
        }
        Step::SafeContact => {
            let mut safe = std::collections::BTreeMap::new();
            for channel in d.channels.clone().unwrap_or_default() {
                let (s, times, message, say_who) = channel_fields(&channel);
                let answer = SafeContact {
                    safe: a.one(s),
                    times: a.one(times),
                    message: if channel == "phone" { a.one(message) } else { String::new() },
                    say_who: a.one(say_who),
                };
                f.set(s, &answer.safe);
                f.set(times, &answer.times);
                f.set(message, &answer.message);
                f.set(say_who, &answer.say_who);
                if answer.safe != "yes" && answer.safe != "no" {
                    f.error(s, msg("request-safe-channel-error"));
                }
                too_long(&mut f, times, &answer.times, MAX_SHORT * 2);
                if answer.safe == "yes" {
                    if channel == "phone" && answer.message != "yes" && answer.message != "no" {
                        f.error(message, msg("request-safe-voicemail-error"));
                    }
                    if answer.say_who != "yes" && answer.say_who != "no" {
                        f.error(say_who, msg("request-safe-say-who-error"));
                    }
                }
                safe.insert(channel, answer);
            }
            let code_word = a.one("code_word");
            f.set("code_word", &code_word);
            too_long(&mut f, "code_word", &code_word, 50);
            if !f.has_errors() && !safe.values().any(SafeContact::is_safe) {
                let first = d.channels.iter().flatten().next().map(|c| channel_fields(c).0).unwrap_or("phone-safe");
                f.error(first, msg("request-no-safe-channel"));
            }
            if !f.has_errors() {
                d.safe = safe;
                d.code_word = code_word;
            }
            return if f.has_errors() { Err(f) } else { Ok(()) };
        }
        Step::Supporter => {
            let name = a.one("supporter_name");
            let phone = western_digits(&a.one("supporter_phone"));
            let email = a.one("supporter_email");
            let relationship = a.one("supporter_relationship");
            let agreed = a.one("agreed") == "yes";
            f.set("supporter_name", &name);
            f.set("supporter_phone", &phone);
            f.set("supporter_email", &email);
            f.set("supporter_relationship", &relationship);
            f.set("agreed", if agreed { "yes" } else { "" });
            if name.is_empty() {
                f.error("supporter_name", msg("request-supporter-name-error"));
            }
            too_long(&mut f, "supporter_name", &name, MAX_SHORT);
            if phone.is_empty() && email.is_empty() {
                f.error("supporter_phone", msg("request-supporter-contact-error"));
            }
            if !phone.is_empty() && !valid_phone(&phone) {
                f.error("supporter_phone", msg("request-phone-invalid"));
            }
            if !email.is_empty() && !valid_email(&email) {
                f.error("supporter_email", msg("request-email-invalid"));
            }
            too_long(&mut f, "supporter_relationship", &relationship, MAX_SHORT);
            if !agreed {
                f.error("agreed", msg("request-supporter-agreed-error"));
            }
        }
        Step::About => {
            for name in ["equality-gender", "equality-ethnicity", "equality-sexuality", "equality-disability"] {
                let value = a.one(name);
                f.set(name, &value);
                if !value.is_empty() && !is_choice(step, name, d, &value) {
                    f.error(name, msg("request-choose-listed"));
                }
            }
        }
        Step::Danger | Step::Check => {}
    }
    if f.has_errors() {
        return Err(f);
    }
    let v = |name: &str| f.value(name);
    let list = |name: &str| -> Vec<String> {
        f.value(name).split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
    };
    match step {
        Step::Safe => d.safe_now = v("safe_now"),
        Step::Who => d.for_whom = v("for_whom"),
        Step::Age => d.age_band = v("age_band"),
        Step::What => d.crimes = Some(list("crimes")),
        Step::When => d.when = v("when"),
        Step::Police => d.police = v("police"),
        Step::Needs => {
            d.needs = Some(list("needs"));
            d.needs_other = v("needs_other");
        }
        Step::Language => {
            d.language = v("language");
            d.interpreter = v("interpreter");
            d.access = list("access");
            d.access_other = v("access_other");
        }
        Step::Contact => {
            d.name = v("name");
            let channels = list("channels");
            d.safe.retain(|c, _| channels.contains(c));
            d.channels = Some(channels);
            d.phone = v("phone");
            d.email = v("email");
        }
        Step::Supporter => {
            d.supporter.name = v("supporter_name");
            d.supporter.phone = v("supporter_phone");
            d.supporter.email = v("supporter_email");
            d.supporter.relationship = v("supporter_relationship");
            d.supporter.agreed = true;
        }
        Step::About => {
            d.equality.gender = v("equality-gender");
            d.equality.ethnicity = v("equality-ethnicity");
            d.equality.sexuality = v("equality-sexuality");
            d.equality.disability = v("equality-disability");
            d.equality_seen = true;
        }
        Step::SafeContact | Step::Danger | Step::Check => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn fill(d: &mut Draft, step: Step, pairs: &[(&str, &str)]) {
        accept(step, d, &answers(pairs)).unwrap_or_else(|f| panic!("{step:?} refused: {:?}", f.summary()));
    }

    fn complete() -> Draft {
        let mut d = Draft::default();
        fill(&mut d, Step::Safe, &[("safe_now", "yes")]);
        fill(&mut d, Step::Who, &[("for_whom", "me")]);
        fill(&mut d, Step::Age, &[("age_band", "25-44")]);
        fill(&mut d, Step::What, &[("crimes", "theft-burglary"), ("crimes", "violence")]);
        fill(&mut d, Step::When, &[("when", "month")]);
        fill(&mut d, Step::Police, &[("police", "no")]);
        fill(&mut d, Step::Needs, &[("needs", "emotional")]);
        fill(&mut d, Step::Language, &[("language", "English"), ("interpreter", "no")]);
        fill(&mut d, Step::Contact, &[("name", "Sam"), ("channels", "phone"), ("phone", "07700 900123")]);
        fill(
            &mut d,
            Step::SafeContact,
            &[("phone-safe", "yes"), ("phone-message", "no"), ("phone-say-who", "no"), ("code_word", "lemon")],
        );
        fill(&mut d, Step::About, &[]);
        d
    }

    #[test]
    fn a_complete_journey_ends_at_check_your_answers() {
        let d = complete();
        assert_eq!(first_unanswered(&d), Step::Check);
        assert!(reachable(Step::Check, &d));
        assert_eq!(d.safe_channels(), vec!["phone"]);
        assert_eq!(d.safe["phone"].message, "no");
    }

    #[test]
    fn pages_cannot_be_skipped() {
        let mut d = Draft::default();
        assert!(reachable(Step::Safe, &d));
        assert!(!reachable(Step::Age, &d));
        fill(&mut d, Step::Safe, &[("safe_now", "yes")]);
        assert!(reachable(Step::Who, &d));
        assert!(!reachable(Step::Check, &d));
        assert_eq!(first_unanswered(&d), Step::Who);
    }

    #[test]
    fn not_being_safe_shows_the_urgent_page_next() {
        let mut d = Draft::default();
        fill(&mut d, Step::Safe, &[("safe_now", "no")]);
        assert_eq!(next(Step::Safe, &d), Step::Danger);
        assert_eq!(next(Step::Danger, &d), Step::Who);
        assert_eq!(back(Step::Who, &d), "/request/urgent");
        fill(&mut d, Step::Safe, &[("safe_now", "yes")]);
        assert_eq!(next(Step::Safe, &d), Step::Who);
    }

    #[test]
    fn a_supporter_gives_their_own_details_after_the_persons_safe_contact() {
        let mut d = complete();
        fill(&mut d, Step::Who, &[("for_whom", "someone")]);
        let seq = sequence(&d);
        let safe = seq.iter().position(|s| *s == Step::SafeContact).expect("safe contact");
        let supporter = seq.iter().position(|s| *s == Step::Supporter).expect("supporter");
        assert!(safe < supporter);
        assert_eq!(first_unanswered(&d), Step::Supporter);
        let refused =
            accept(Step::Supporter, &mut d, &answers(&[("supporter_name", "Alex")])).expect_err("no agreement");
        assert!(refused.error_for("agreed").is_some());
        assert!(refused.error_for("supporter_phone").is_some());
        assert_eq!(refused.value("supporter_name"), "Alex");
        fill(
            &mut d,
            Step::Supporter,
            &[("supporter_name", "Alex"), ("supporter_email", "a@example.org"), ("agreed", "yes")],
        );
        assert_eq!(first_unanswered(&d), Step::Check);
    }

    #[test]
    fn mistakes_keep_what_was_typed_and_leave_the_draft_alone() {
        let mut d = complete();
        let before = d.clone();
        let refused = accept(
            Step::Contact,
            &mut d,
            &answers(&[
                ("name", "Sam"),
                ("channels", "email"),
                ("channels", "text"),
                ("phone", "12"),
                ("email", "sam@"),
            ]),
        )
        .expect_err("bad contact details");
        assert_eq!(d, before);
        assert_eq!(refused.value("name"), "Sam");
        assert_eq!(refused.value("email"), "sam@");
        assert!(refused.error_for("phone").is_some());
        assert!(refused.error_for("email").is_some());
        assert_eq!(refused.value("channels"), "email,text");
    }

    #[test]
    fn at_least_one_safe_way_is_needed_and_unknown_choices_are_refused() {
        let mut d = complete();
        let refused = accept(Step::SafeContact, &mut d, &answers(&[("phone-safe", "no")])).expect_err("none safe");
        assert!(refused.error_for("phone-safe").is_some());
        let refused = accept(Step::Age, &mut d, &answers(&[("age_band", "ancient")])).expect_err("unknown band");
        assert!(refused.error_for("age_band").is_some());
        let refused = accept(Step::What, &mut d, &answers(&[("crimes", "<script>")])).expect_err("unknown crime");
        assert!(refused.error_for("crimes").is_some());
    }

    #[test]
    fn long_answers_are_refused_with_the_limit() {
        let mut d = complete();
        let long = "x".repeat(MAX_LONG + 1);
        let refused = accept(Step::Needs, &mut d, &answers(&[("needs_other", &long)])).expect_err("too long");
        assert_eq!(refused.error_for("needs_other").map(|t| t.id), Some("request-too-long"));
        assert_eq!(refused.value("needs_other").len(), MAX_LONG + 1);
    }

    #[test]
    fn changing_an_answer_from_check_your_answers_returns_there() {
        let mut d = complete();
        d.reviewing = true;
        assert_eq!(next(Step::When, &d), Step::Check);
        assert_eq!(back(Step::When, &d), "/request/check");
        // Choosing email now needs its safety answers before going back.
        fill(
            &mut d,
            Step::Contact,
            &[
                ("name", "Sam"),
                ("channels", "phone"),
                ("channels", "email"),
                ("phone", "07700 900123"),
                ("email", "s@example.org"),
            ],
        );
        assert_eq!(next(Step::Contact, &d), Step::SafeContact);
    }

    #[test]
    fn phone_numbers_and_email_addresses() {
        assert!(valid_phone("07700 900123"));
        assert!(valid_phone("+44 7700 900123"));
        assert!(!valid_phone("12345"));
        assert!(!valid_phone("0770090012a"));
        assert!(valid_phone(&western_digits("٠٧٧٠٠ ٩٠٠١٢٣")));
        assert!(valid_phone(&western_digits("۰۷۷۰۰ ۹۰۰۱۲۳")));
        assert!(valid_email("a.b@example.org"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email("a b@example.org"));
    }
}
