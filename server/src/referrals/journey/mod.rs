//! The questions of a request, one page each: every page is a module implementing [`Page`] (when it applies,
//! whether it is answered, what it asks, the form as the draft stands, and taking its answers); this module
//! holds their order and moving between them. Nothing here touches HTTP or storage, so the whole journey is
//! testable.
//!
//! Order: are you safe now (999 first if not) → who it is for → age → what happened → where they live (and,
//! when no service here can take the request, where to turn instead: the journey stops there) → when → the police →
//! what would help → language and access → how to get in touch → what is safe for each way → (a supporter's
//! own details) → optional equality questions → check your answers.
//!
//! The same pages, in another order and with a few of their own, make the two other journeys ([`JourneyKind`]):
//! a partner's worker referring someone (who they are → the person's recorded agreement → age → how to reach
//! the person → what is safe → what happened → where → when → the police → needs → language and access →
//! check), and a hate incident report (victim or witness → what happened → where it happened → when → the
//! strands → whether they want support (and then how to reach them safely) → the police → check).

mod about;
mod age;
mod agreement;
mod answers;
mod area;
mod check;
mod contact;
mod hate;
mod language;
mod needs;
mod police;
mod professional;
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
pub use hate::HATE_CRIME;

use super::draft::Draft;
use app::{
    forms::Form,
    models::{partners::JourneyKind, question::Question},
};

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
    // A partner's referral.
    Professional,
    Agreement,
    // A hate incident report.
    HateRole,
    Incident,
    Strands,
    Support,
    PoliceConsent,
}

/// The request's pages, in order.
const REQUEST: [Step; 16] = [
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

/// A partner's referral: who they are and the person's agreement first, then the person's safe-contact answers
/// before what happened.
const PARTNER: [Step; 13] = [
    Step::Professional,
    Step::Agreement,
    Step::Age,
    Step::Contact,
    Step::SafeContact,
    Step::What,
    Step::Area,
    Step::Signpost,
    Step::When,
    Step::Police,
    Step::Needs,
    Step::Language,
    Step::Check,
];

/// A hate incident report: contact is asked only of someone who wants support.
const HATE: [Step; 10] = [
    Step::HateRole,
    Step::Incident,
    Step::Area,
    Step::When,
    Step::Strands,
    Step::Support,
    Step::Contact,
    Step::SafeContact,
    Step::PoliceConsent,
    Step::Check,
];

/// Whether `step` is part of this draft's journey at all (before [`Page::applies`]).
fn in_journey(step: Step, d: &Draft) -> bool {
    match d.kind {
        JourneyKind::Request => REQUEST.contains(&step),
        JourneyKind::Partner => PARTNER.contains(&step),
        JourneyKind::Hate => {
            HATE.contains(&step) && (!matches!(step, Step::Contact | Step::SafeContact) || d.hate.wants_support())
        }
    }
}

/// The address of `step` in this draft's journey.
pub fn path(step: Step, d: &Draft) -> String {
    step.path_in(d.kind)
}

impl Step {
    pub const ALL: [Step; 23] = [
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
        Step::Professional,
        Step::Agreement,
        Step::HateRole,
        Step::Incident,
        Step::Strands,
        Step::Support,
        Step::PoliceConsent,
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
            Step::Professional => &professional::Professional,
            Step::Agreement => &agreement::Agreement,
            Step::HateRole => &hate::Role,
            Step::Incident => &hate::Incident,
            Step::Strands => &hate::Strands,
            Step::Support => &hate::Support,
            Step::PoliceConsent => &hate::PoliceConsent,
        }
    }

    pub fn slug(self) -> &'static str {
        self.page().slug()
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The page's address in the request journey.
    pub fn path(self) -> String {
        self.path_in(JourneyKind::Request)
    }

    /// The page's address in a journey.
    pub fn path_in(self, kind: JourneyKind) -> String {
        format!("{}/{}", kind.base(), self.slug())
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
    let order: &[Step] = match d.kind {
        JourneyKind::Request => &REQUEST,
        JourneyKind::Partner => &PARTNER,
        JourneyKind::Hate => &HATE,
    };
    order.iter().copied().filter(|s| in_journey(*s, d) && s.page().applies(d)).collect()
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
        return path(Step::Check, d);
    }
    let seq = sequence(d);
    match seq.iter().position(|s| *s == step) {
        Some(i) if i > 0 => path(seq[i - 1], d),
        _ => d.kind.base().to_string(),
    }
}
