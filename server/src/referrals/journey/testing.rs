//! Helpers for the journey's tests: posting answers and a draft that has answered every page.

use super::{Answers, Step};
use crate::referrals::draft::Draft;

pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

/// Answers `step`, which must accept the answers.
pub fn fill(d: &mut Draft, step: Step, pairs: &[(&str, &str)]) {
    step.accept(d, &answers(pairs)).unwrap_or_else(|p| panic!("{step:?} refused: {:?}", p.found));
}

/// A request for oneself with every page answered.
pub fn complete() -> Draft {
    let mut d = Draft::default();
    fill(&mut d, Step::Safe, &[("safe_now", "yes")]);
    fill(&mut d, Step::Who, &[("for_whom", "me")]);
    fill(&mut d, Step::Age, &[("age_band", "25-44")]);
    fill(&mut d, Step::What, &[("crimes", "theft-burglary"), ("crimes", "violence")]);
    fill(&mut d, Step::Area, &[("area", "middlesbrough")]);
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
