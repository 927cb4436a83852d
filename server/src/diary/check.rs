//! Checking an entry as written into the form: a real date that is not in the future, a feeling from 1 to 10,
//! words within the limit, and at most a few short words of the person's own for what helped. What is wrong
//! comes back as [`Problem`]s, in the order of the form's fields; the handler words them.

use super::entries::Content;
use crate::dates;
use app::{i18n::western_digits, models::diary::Helped};

/// Longest entry, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most own words for what helped, and the longest each may be (in characters).
const MAX_TAGS: usize = 10;
const MAX_TAG_CHARS: usize = 40;
/// What separates a person's own words for what helped: a comma in Latin, Arabic script (،), or full width (，、).
const TAG_SEPARATORS: [char; 4] = [',', '\u{060C}', '\u{FF0C}', '\u{3001}'];

/// The entry form as posted: fields trimmed (except the words of the entry), digits typed in Arabic or Persian
/// script read as the same numbers, and only the standard choices of "what helped" kept, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryInput {
    pub day: String,
    pub month: String,
    pub year: String,
    pub feeling: String,
    /// The words of the entry, with Windows line endings made plain.
    pub text: String,
    pub helped: Vec<Helped>,
    pub own_tags: String,
}

impl EntryInput {
    /// Reads the posted fields (`date_day`, `date_month`, `date_year`, `feeling`, `text`, any number of
    /// `helped`, `own_tags`). A field posted twice counts as its last value.
    pub fn from_pairs(pairs: &[(String, String)]) -> EntryInput {
        let mut input = EntryInput::default();
        for (name, value) in pairs {
            let trimmed = || value.trim().to_string();
            match name.as_str() {
                "date_day" => input.day = western_digits(value.trim()),
                "date_month" => input.month = western_digits(value.trim()),
                "date_year" => input.year = western_digits(value.trim()),
                "feeling" => input.feeling = trimmed(),
                "text" => input.text = value.replace("\r\n", "\n"),
                "own_tags" => input.own_tags = trimmed(),
                "helped" => {
                    if let Some(helped) = Helped::parse(value).filter(|h| !input.helped.contains(h)) {
                        input.helped.push(helped);
                    }
                }
                _ => {}
            }
        }
        input
    }
}

/// What is wrong with the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Missing,
    /// Not a real date (or a year before 1900).
    Invalid,
    Future,
}

/// One thing wrong with an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Date(DateProblem),
    /// No feeling from 1 to 10 was chosen.
    Feeling,
    TextTooLong {
        max: usize,
    },
    /// Too many own words for what helped, or one too long.
    Tags,
}

/// An entry that passed the checks: its day (days since 1970-01-01) and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub day: i64,
    pub content: Content,
}

/// Checks an entry written on `today` (a day number). The feeling may be left out only when
/// `feeling_optional` (editing a reflection saved from a guide, which never had one).
pub fn entry(input: &EntryInput, today: i64, feeling_optional: bool) -> Result<Checked, Vec<Problem>> {
    let mut problems = Vec::new();
    let day = match date(input, today) {
        Ok(day) => Some(day),
        Err(problem) => {
            problems.push(Problem::Date(problem));
            None
        }
    };
    let feeling = match input.feeling.parse::<u8>() {
        Ok(n @ 1..=10) => Some(n),
        _ if input.feeling.is_empty() && feeling_optional => Some(0),
        _ => {
            problems.push(Problem::Feeling);
            None
        }
    };
    if input.text.chars().count() > MAX_TEXT_CHARS {
        problems.push(Problem::TextTooLong { max: MAX_TEXT_CHARS });
    }
    let own_tags = own_words(&input.own_tags);
    if own_tags.len() > MAX_TAGS || own_tags.iter().any(|t| t.chars().count() > MAX_TAG_CHARS) {
        problems.push(Problem::Tags);
    }
    match (day, feeling) {
        (Some(day), Some(feeling)) if problems.is_empty() => Ok(Checked {
            day,
            content: Content {
                feeling,
                text: input.text.trim().to_string(),
                helped: input.helped.clone(),
                own_tags,
                source: None,
            },
        }),
        _ => Err(problems),
    }
}

/// The day the entry is for.
fn date(input: &EntryInput, today: i64) -> Result<i64, DateProblem> {
    if input.day.is_empty() && input.month.is_empty() && input.year.is_empty() {
        return Err(DateProblem::Missing);
    }
    let (Ok(d), Ok(m), Ok(y)) = (input.day.parse::<u32>(), input.month.parse::<u32>(), input.year.parse::<i64>())
    else {
        return Err(DateProblem::Invalid);
    };
    if !(1900..=9999).contains(&y) {
        return Err(DateProblem::Invalid);
    }
    match dates::days_from_civil(y, m, d) {
        // A day's grace for time zones: the server counts days in UTC.
        Some(n) if n > today + 1 => Err(DateProblem::Future),
        Some(n) => Ok(n),
        None => Err(DateProblem::Invalid),
    }
}

/// The person's own words for what helped, split at any of the [`TAG_SEPARATORS`].
fn own_words(typed: &str) -> Vec<String> {
    typed.split(TAG_SEPARATORS).map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(list: &[(&str, &str)]) -> EntryInput {
        let pairs: Vec<(String, String)> = list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        EntryInput::from_pairs(&pairs)
    }

    fn today() -> i64 {
        dates::days_from_civil(2026, 11, 22).expect("date")
    }

    #[test]
    fn a_complete_entry_is_accepted() {
        let typed = input(&[
            ("date_day", "21"),
            ("date_month", "11"),
            ("date_year", "2026"),
            ("feeling", "7"),
            ("text", "Slept better.\r\n\r\nWent for a walk.\n"),
            ("helped", "sleep"),
            ("helped", "exercise"),
            ("helped", "sleep"),
            ("helped", "not-a-choice"),
            ("own_tags", " my dog , music "),
        ]);
        assert_eq!(typed.helped, vec![Helped::Sleep, Helped::Exercise], "known choices, each once");
        let checked = entry(&typed, today(), false).expect("valid");
        assert_eq!(checked.day, today() - 1);
        assert_eq!(checked.content.feeling, 7);
        assert_eq!(checked.content.text, "Slept better.\n\nWent for a walk.");
        assert_eq!(checked.content.helped, vec![Helped::Sleep, Helped::Exercise]);
        assert_eq!(checked.content.own_tags, vec!["my dog", "music"]);
    }

    #[test]
    fn digits_and_commas_of_other_scripts_are_understood() {
        let typed = input(&[
            ("date_day", "٢١"),
            ("date_month", "۱۱"),
            ("date_year", "٢٠٢٦"),
            ("feeling", "4"),
            ("own_tags", "کلبم، موسیقی , قدم زدن"),
        ]);
        assert_eq!((typed.day.as_str(), typed.month.as_str(), typed.year.as_str()), ("21", "11", "2026"));
        let checked = entry(&typed, today(), false).expect("valid");
        assert_eq!(checked.day, today() - 1);
        assert_eq!(checked.content.own_tags, vec!["کلبم", "موسیقی", "قدم زدن"]);
    }

    #[test]
    fn every_problem_is_reported_in_the_order_of_the_form() {
        let typed = input(&[
            ("date_day", "31"),
            ("date_month", "2"),
            ("date_year", "2026"),
            ("feeling", "11"),
            ("text", &"x".repeat(MAX_TEXT_CHARS + 1)),
            ("own_tags", &"a,".repeat(MAX_TAGS + 1)),
        ]);
        assert_eq!(
            entry(&typed, today(), false),
            Err(vec![
                Problem::Date(DateProblem::Invalid),
                Problem::Feeling,
                Problem::TextTooLong { max: MAX_TEXT_CHARS },
                Problem::Tags
            ])
        );
        let long_word = input(&[("date_day", "1"), ("date_month", "1"), ("date_year", "2026"), ("feeling", "5")]);
        let long_word = EntryInput { own_tags: "x".repeat(MAX_TAG_CHARS + 1), ..long_word };
        assert_eq!(entry(&long_word, today(), false), Err(vec![Problem::Tags]));
    }

    #[test]
    fn the_date_must_be_given_real_and_not_in_the_future() {
        let dated = |d: &str, m: &str, y: &str| {
            let typed = input(&[("date_day", d), ("date_month", m), ("date_year", y), ("feeling", "5")]);
            entry(&typed, today(), false).map(|c| c.day)
        };
        assert_eq!(dated("", "", ""), Err(vec![Problem::Date(DateProblem::Missing)]));
        assert_eq!(dated("1", "", "2026"), Err(vec![Problem::Date(DateProblem::Invalid)]));
        assert_eq!(dated("1", "1", "1899"), Err(vec![Problem::Date(DateProblem::Invalid)]));
        assert_eq!(dated("1", "1", "2030"), Err(vec![Problem::Date(DateProblem::Future)]));
        assert_eq!(dated("23", "11", "2026"), Ok(today() + 1), "a day's grace for time zones");
        assert_eq!(dated("24", "11", "2026"), Err(vec![Problem::Date(DateProblem::Future)]));
    }

    #[test]
    fn only_a_reflection_may_go_without_a_feeling() {
        let typed = input(&[("date_day", "1"), ("date_month", "1"), ("date_year", "2026"), ("text", "words")]);
        assert_eq!(entry(&typed, today(), false), Err(vec![Problem::Feeling]));
        assert_eq!(entry(&typed, today(), true).map(|c| c.content.feeling), Ok(0));
        let zero = EntryInput { feeling: "0".into(), ..typed };
        assert_eq!(entry(&zero, today(), true), Err(vec![Problem::Feeling]), "0 is not a feeling one can choose");
    }
}
