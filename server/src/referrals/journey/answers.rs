//! What a page of the journey is posted, and what can be wrong with it: [`Answers`] in, [`Problems`] out (what
//! was posted, kept to show again, with a typed [`Problem`] for each field that needs correcting, which the
//! HTTP layer puts in words).

use app::{
    forms::Form,
    models::request::{Answer, Channel},
};

/// Longest answers accepted, in characters.
pub const MAX_SHORT: usize = 100;
pub const MAX_LONG: usize = 2000;

/// Posted answers: repeated names allowed (checkboxes).
pub struct Answers(pub Vec<(String, String)>);

impl Answers {
    /// The first value posted for `name`, trimmed (empty when none).
    pub fn one(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    /// Every value posted for `name`, trimmed.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).collect()
    }
}

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Are you safe now: nothing (or something not offered) chosen.
    SafeNowNotChosen,
    WhoNotChosen,
    AgeNotChosen,
    AreaNotChosen,
    /// "The first half of my postcode" chosen without one.
    PostcodeMissing,
    PostcodeInvalid,
    /// The postcode district crosses a borough boundary: the person is asked to choose their borough.
    PostcodeSpans,
    CrimesNotChosen,
    WhenNotChosen,
    PoliceNotChosen,
    /// Neither a need chosen nor one described.
    NeedsMissing,
    InterpreterNotChosen,
    NameMissing,
    ChannelsNotChosen,
    /// Phone or text chosen without a number.
    PhoneMissing,
    PhoneInvalid,
    /// Email chosen without an address.
    EmailMissing,
    EmailInvalid,
    /// Whether a way of getting in touch is safe was not answered.
    ChannelSafetyNotChosen,
    VoicemailNotChosen,
    SayWhoNotChosen,
    /// No way of getting in touch is safe.
    NoSafeChannel,
    SupporterNameMissing,
    /// The supporter gave neither a phone number nor an email address.
    SupporterContactMissing,
    /// The supporter did not confirm the person knows about the request.
    NotAgreed,
    /// A partner's worker gave no name.
    WorkerNameMissing,
    /// A partner's worker gave neither a phone number nor an email address.
    WorkerContactMissing,
    AgreedWhenNotChosen,
    AgreedHowNotChosen,
    /// The person's agreement to being referred and contacted was not recorded.
    ReferralNotAgreed,
    HateRoleNotChosen,
    /// A hate incident report without what happened.
    DescriptionMissing,
    StrandsNotChosen,
    SupportNotChosen,
    /// Whether a hate incident report may go to the police was not answered (or not with an answer offered).
    PoliceConsentNotChosen,
    /// An optional answer that is not one of those offered.
    NotListed,
    TooLong {
        max: usize,
    },
}

/// Answers refused: everything posted, to show again, and each problem in the order found.
#[derive(Debug)]
pub struct Problems {
    pub kept: Form,
    pub found: Vec<(&'static str, Problem)>,
}

impl Problems {
    /// The first problem with `field`, if any.
    pub fn first(&self, field: &str) -> Option<Problem> {
        self.found.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }

    /// The form to draw again: what was posted, with each problem in the words `say` gives it.
    pub fn into_form(self, say: impl Fn(Problem) -> app::i18n::Text) -> Form {
        let mut form = self.kept;
        for (field, problem) in self.found {
            form.error(field, say(problem));
        }
        form
    }
}

/// Reads one page's answers: keeps what was posted and notes each problem.
pub(super) struct Checker<'a> {
    answers: &'a Answers,
    kept: Form,
    found: Vec<(&'static str, Problem)>,
}

impl<'a> Checker<'a> {
    pub fn new(answers: &'a Answers) -> Checker<'a> {
        Checker { answers, kept: Form::new(), found: Vec::new() }
    }

    pub fn keep(&mut self, name: &'static str, value: impl Into<String>) {
        self.kept.set(name, value);
    }

    pub fn problem(&mut self, name: &'static str, problem: Problem) {
        self.found.push((name, problem));
    }

    pub fn has_problems(&self) -> bool {
        !self.found.is_empty()
    }

    /// The answer to a question with one answer from a list; `problem` when none of the list was chosen.
    pub fn one_of<A: Answer>(&mut self, name: &'static str, problem: Problem) -> Option<A> {
        let word = self.answers.one(name);
        let answer = A::from_word(&word);
        self.keep(name, word);
        if answer.is_none() {
            self.problem(name, problem);
        }
        answer
    }

    /// The answer to an optional question with one answer from a list: nothing, or one of the list.
    pub fn optional_one_of<A: Answer>(&mut self, name: &'static str) -> Option<A> {
        let word = self.answers.one(name);
        let answer = A::from_word(&word);
        if answer.is_none() && !word.is_empty() {
            self.problem(name, Problem::NotListed);
        }
        self.keep(name, word);
        answer
    }

    /// The answers chosen from a list (anything else posted is left out), kept joined by commas.
    pub fn any_of<A: Answer>(&mut self, name: &'static str) -> Vec<A> {
        let chosen: Vec<A> = self.answers.all(name).iter().filter_map(|w| A::from_word(w)).collect();
        self.keep(name, chosen.iter().map(|a| a.word()).collect::<Vec<_>>().join(","));
        chosen
    }

    /// The ids chosen from a vocabulary (anything else posted is left out), kept joined by commas.
    pub fn any_of_ids(&mut self, name: &'static str, ids: &[&str]) -> Vec<String> {
        let chosen: Vec<String> = self.answers.all(name).into_iter().filter(|c| ids.contains(&c.as_str())).collect();
        self.keep(name, chosen.join(","));
        chosen
    }

    /// Typed text, kept; a problem when longer than `max` characters.
    pub fn text(&mut self, name: &'static str, max: usize) -> String {
        let text = self.answers.one(name);
        self.keep(name, &text);
        self.at_most(name, &text, max);
        text
    }

    /// Notes a problem when `text` is longer than `max` characters.
    pub fn at_most(&mut self, name: &'static str, text: &str, max: usize) {
        if text.chars().count() > max {
            self.problem(name, Problem::TooLong { max });
        }
    }

    /// `Ok` when nothing needs correcting.
    pub fn done(self) -> Result<(), Problems> {
        if self.found.is_empty() {
            Ok(())
        } else {
            Err(Problems { kept: self.kept, found: self.found })
        }
    }
}

/// The form names of one channel's safe-contact questions: (safe, times, voicemail, say who).
pub fn channel_fields(channel: Channel) -> (&'static str, &'static str, &'static str, &'static str) {
    match channel {
        Channel::Phone => ("phone-safe", "phone-times", "phone-message", "phone-say-who"),
        Channel::Text => ("text-safe", "text-times", "text-message", "text-say-who"),
        Channel::Email => ("email-safe", "email-times", "email-message", "email-say-who"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use app::{i18n::western_digits, models::request::YesNo};

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

    #[test]
    fn the_checker_keeps_what_was_posted_and_orders_problems() {
        let posted = Answers(vec![
            ("pick".into(), " maybe ".into()),
            ("many".into(), "yes".into()),
            ("many".into(), "x".into()),
            ("many".into(), "no".into()),
            ("words".into(), "abcdef".into()),
        ]);
        let mut c = Checker::new(&posted);
        assert_eq!(c.one_of::<YesNo>("pick", Problem::InterpreterNotChosen), None);
        assert_eq!(c.any_of::<YesNo>("many"), vec![YesNo::Yes, YesNo::No]);
        assert_eq!(c.text("words", 5), "abcdef");
        assert_eq!(c.optional_one_of::<YesNo>("absent"), None);
        let refused = c.done().expect_err("problems");
        assert_eq!(refused.kept.value("pick"), "maybe");
        assert_eq!(refused.kept.value("many"), "yes,no");
        assert_eq!(
            refused.found,
            vec![("pick", Problem::InterpreterNotChosen), ("words", Problem::TooLong { max: 5 })]
        );
        assert_eq!(refused.first("words"), Some(Problem::TooLong { max: 5 }));
        assert_eq!(refused.first("absent"), None);
    }
}
