//! The questions of a request, one page each: every page is a module implementing [`Page`] (when it applies,
//! whether it is answered, what it asks, the form as the draft stands, and taking its answers); this module
//! holds their order and moving between them. Nothing here touches HTTP or storage, so the whole journey is
//! testable.
//!
//! Order: are you safe now (999 first if not) → who it is for → age → what happened → where they live (and,
//! when no service here can take the request, where to turn instead: the journey stops there) → when → the police →
//! what would help → language and access → how to get in touch → what is safe for each way → (a supporter's
//! own details) → optional equality questions → check your answers.

mod about;
mod age;
mod answers;
mod area;
mod check;
mod contact;
mod language;
mod needs;
mod police;
mod safe;
mod safe_contact;
mod signpost;
mod supporter;
mod urgent;
mod what;
mod when;
mod who;

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;

pub use about::EqualityWords;
pub use answers::{valid_email, valid_phone, MAX_LONG, MAX_SHORT};
pub use answers::{Answers, Problem, Problems};
pub use check::{consents, is_trap};

use super::draft::Draft;
use app::{forms::Form, models::question::Question};

/// One page of the journey.
pub trait Page: Sync {
    /// The last part of the page's address.
    fn slug(&self) -> &'static str;

    /// Whether a request with these answers goes through this page.
    fn applies(&self, _draft: &Draft) -> bool {
        true
    }

    /// Whether the page's question has an answer.
    fn answered(&self, draft: &Draft) -> bool;

    /// What the page asks.
    fn question(&self, draft: &Draft) -> Question;

    /// The form as it stands in the draft, for showing the page again.
    fn form(&self, _draft: &Draft) -> Form {
        Form::new()
    }

    /// Checks the page's answers. When all is well the draft is updated; otherwise the draft is untouched and
    /// the problems come back with everything as posted.
    fn accept(&self, draft: &mut Draft, answers: &Answers) -> Result<(), Problems>;
}

/// The pages, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Safe,
    Urgent,
    Who,
    Age,
    What,
    Area,
    Signpost,
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
    pub const ALL: [Step; 16] = [
        Step::Safe,
        Step::Urgent,
        Step::Who,
        Step::Age,
        Step::What,
        Step::Area,
        Step::Signpost,
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

    /// The page itself.
    pub fn page(self) -> &'static dyn Page {
        match self {
            Step::Safe => &safe::Safe,
            Step::Urgent => &urgent::Urgent,
            Step::Who => &who::Who,
            Step::Age => &age::Age,
            Step::What => &what::What,
            Step::Area => &area::Area,
            Step::Signpost => &signpost::Signpost,
            Step::When => &when::When,
            Step::Police => &police::Police,
            Step::Needs => &needs::Needs,
            Step::Language => &language::Language,
            Step::Contact => &contact::Contact,
            Step::SafeContact => &safe_contact::SafeContact,
            Step::Supporter => &supporter::Supporter,
            Step::About => &about::About,
            Step::Check => &check::Check,
        }
    }

    pub fn slug(self) -> &'static str {
        self.page().slug()
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        format!("/request/{}", self.slug())
    }

    pub fn answered(self, draft: &Draft) -> bool {
        self.page().answered(draft)
    }

    pub fn question(self, draft: &Draft) -> Question {
        self.page().question(draft)
    }

    pub fn form(self, draft: &Draft) -> Form {
        self.page().form(draft)
    }

    pub fn accept(self, draft: &mut Draft, answers: &Answers) -> Result<(), Problems> {
        self.page().accept(draft, answers)
    }
}

/// The pages this draft goes through, in order.
pub fn sequence(d: &Draft) -> Vec<Step> {
    Step::ALL.into_iter().filter(|s| s.page().applies(d)).collect()
}

/// The first page still to answer ("check your answers" when all are done).
pub fn first_unanswered(d: &Draft) -> Step {
    sequence(d).into_iter().find(|s| !s.answered(d)).unwrap_or(Step::Check)
}

/// Whether the person may see `step` yet: every page before it is answered.
pub fn reachable(step: Step, d: &Draft) -> bool {
    let seq = sequence(d);
    match seq.iter().position(|s| *s == step) {
        Some(i) => seq[..i].iter().all(|s| s.answered(d)),
        None => false,
    }
}

/// Where Continue goes from `step`.
pub fn next(step: Step, d: &Draft) -> Step {
    if d.reviewing && step != Step::Urgent {
        return first_unanswered(d);
    }
    let seq = sequence(d);
    let i = seq.iter().position(|s| *s == step).unwrap_or(0);
    seq.get(i + 1).copied().unwrap_or(Step::Check)
}

/// Where Back goes from `step`.
pub fn back(step: Step, d: &Draft) -> String {
    if d.reviewing && step != Step::Check && step != Step::Urgent {
        return Step::Check.path();
    }
    let seq = sequence(d);
    match seq.iter().position(|s| *s == step) {
        Some(i) if i > 0 => seq[i - 1].path(),
        _ => "/request".to_string(),
    }
}
