//! What came of a referral: the caseworker records the categories of need and a brief support plan (sealed,
//! like notes) at first contact, and closes the referral with an outcome for each need and any onward referral;
//! a person who sent the request from their account may then give feedback once. Each change is written with
//! its audit entry in one transaction.

use super::{seal_note, store, store::ReferralRow, triage::Actor, triage::TextProblem, ReferralError, ReferralKeys};
use crate::{
    dates,
    db::{Db, DbError},
    services::Directory,
};
use app::models::{
    outcome::{Feedback, NeedCategory, Onward, Outcome, OutcomeReason, Question, Rating, MAX_NEEDS},
    referral::{Action, Status},
};

/// Longest support plan, in characters.
pub const MAX_PLAN: usize = 2000;

/// Checked needs: the categories (ids from `content/needs.toml`) and the plan.
#[derive(Debug, PartialEq, Eq)]
pub struct Needs {
    pub needs: Vec<String>,
    pub plan: String,
}

/// What is wrong with needs as recorded.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NeedsProblems {
    /// No category ticked (or one that is not in the list).
    pub needs: bool,
    pub plan: Option<TextProblem>,
    /// The referral is closed or transferred.
    pub closed: bool,
}

/// Checks the categories ticked (in the order of `categories`) and the plan typed.
pub fn check_needs(
    categories: &[NeedCategory],
    row: &ReferralRow,
    ticked: &[String],
    plan: &str,
) -> Result<Needs, NeedsProblems> {
    let known = ticked.iter().all(|t| categories.iter().any(|c| &c.id == t));
    let needs: Vec<String> = categories.iter().filter(|c| ticked.contains(&c.id)).map(|c| c.id.clone()).collect();
    let plan = super::triage::free_text(plan, MAX_PLAN);
    let problems = NeedsProblems {
        needs: !known || needs.is_empty(),
        plan: plan.as_ref().err().copied(),
        closed: row.status.is_closed(),
    };
    match plan {
        Ok(plan) if problems == NeedsProblems::default() => Ok(Needs { needs, plan }),
        _ => Err(problems),
    }
}

/// Records the needs (replacing any recorded before) and the sealed plan, with their audit entry, in one
/// transaction. The audit entry lists the categories (coarse ids) and holds the plan sealed.
pub async fn record_needs(
    db: &Db,
    keys: &ReferralKeys,
    row: &ReferralRow,
    needs: &Needs,
    by: Actor,
) -> Result<(), ReferralError> {
    let sealed = seal_note(keys, row, &needs.plan).ok_or(ReferralError::Unreadable)?;
    let ids: Vec<&str> = needs.needs.iter().map(String::as_str).collect();
    let mut tx = db.begin().await?;
    store::set_needs(&mut tx, row.id, &ids, by.now).await?;
    store::put_plan(&mut tx, row.id, &sealed, by.now).await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Needs, Some(&ids.join(",")), None, by.now).await?;
    tx.commit().await?;
    Ok(())
}

/// The outcome given for one need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedOutcome {
    pub need: String,
    pub outcome: Outcome,
    pub reason: Option<OutcomeReason>,
}

/// A checked closure: an outcome for every recorded need, and the onward referral.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    pub outcomes: Vec<NeedOutcome>,
    pub onward: Onward,
    /// The directory service referred on to, when `onward` is [`Onward::Directory`].
    pub onward_service: Option<String>,
}

/// What is wrong with a closure as asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClosureProblems {
    /// Positions (in the recorded needs) with no outcome chosen.
    pub outcome: Vec<usize>,
    /// Positions whose outcome needs a reason and has none.
    pub reason: Vec<usize>,
    /// No onward referral chosen (or a service not in the directory).
    pub onward: bool,
    /// The referral is already closed or transferred.
    pub closed: bool,
}

/// What the closure form posted: per recorded need (in order) the outcome and reason words, and the onward
/// referral: `none`, `other` or a directory service's slug.
#[derive(Clone, Debug, Default)]
pub struct ClosureInput {
    pub outcomes: Vec<(String, String)>,
    pub onward: String,
}

/// Checks a closure of `row` against its recorded `needs`: each needs an outcome, and a reason unless improved.
pub fn check_closure(
    directory: &Directory,
    row: &ReferralRow,
    needs: &[store::NeedRow],
    input: &ClosureInput,
) -> Result<Closure, ClosureProblems> {
    let mut problems = ClosureProblems { closed: row.status.is_closed(), ..ClosureProblems::default() };
    let mut outcomes = Vec::new();
    for (i, need) in needs.iter().enumerate().take(MAX_NEEDS) {
        let (outcome, reason) = input.outcomes.get(i).map(|(o, r)| (o.as_str(), r.as_str())).unwrap_or(("", ""));
        let Some(outcome) = Outcome::parse(outcome) else {
            problems.outcome.push(i);
            continue;
        };
        let reason = OutcomeReason::parse(reason);
        if outcome.needs_reason() && reason.is_none() {
            problems.reason.push(i);
            continue;
        }
        let reason = reason.filter(|_| outcome.needs_reason());
        outcomes.push(NeedOutcome { need: need.need.clone(), outcome, reason });
    }
    let (onward, onward_service) = match input.onward.as_str() {
        "none" => (Some(Onward::None), None),
        "other" => (Some(Onward::Other), None),
        slug => match directory.by_slug(slug) {
            Some(service) => (Some(Onward::Directory), Some(service.slug.clone())),
            None => (None, None),
        },
    };
    problems.onward = onward.is_none();
    match onward {
        Some(onward) if problems == ClosureProblems { closed: false, ..ClosureProblems::default() } => {
            Ok(Closure { outcomes, onward, onward_service })
        }
        _ => Err(problems),
    }
}

/// Closes the referral with its outcomes: each need's outcome, the closure and onward referral, the status and
/// the audit entries, in one transaction.
pub async fn close(db: &Db, row: &ReferralRow, closure: &Closure, by: Actor) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    for o in &closure.outcomes {
        store::set_outcome(&mut tx, row.id, &o.need, o.outcome, o.reason).await?;
    }
    store::put_closure(&mut tx, row.id, closure.onward, closure.onward_service.as_deref(), by.now).await?;
    store::set_status(&mut tx, row.id, Status::Closed, by.now).await?;
    let status = Some(Status::Closed.as_str());
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Status, status, None, by.now).await?;
    let onward = Some(closure.onward.as_str());
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Outcomes, onward, None, by.now).await?;
    tx.commit().await
}

/// Reads the feedback form's answers, or the questions left unanswered.
pub fn check_feedback(answer: impl Fn(Question) -> String) -> Result<Feedback, Vec<Question>> {
    let rating = |q: Question| Rating::parse(&answer(q));
    match (rating(Question::Easy), rating(Question::Listened), rating(Question::Recommend)) {
        (Some(easy), Some(listened), Some(recommend)) => Ok(Feedback { easy, listened, recommend }),
        _ => Err(Question::ALL.iter().copied().filter(|q| rating(*q).is_none()).collect()),
    }
}

/// Whether the account `user_id` may give feedback about `row`: they sent it, it is closed, and they have not
/// yet.
pub async fn may_give_feedback(db: &Db, row: &ReferralRow, user_id: i64) -> Result<bool, DbError> {
    Ok(row.referrer_id == Some(user_id) && row.status == Status::Closed && !store::feedback_given(db, row.id).await?)
}

/// The London month of a moment, as feedback keeps it: `2026-12`.
pub fn month_of(unix: i64) -> String {
    let (y, m, _) = dates::civil_from_days(dates::day_of(dates::uk_clock(unix)));
    format!("{y:04}-{m:02}")
}

/// Keeps the feedback apart from the referral (only its service and month), and marks the referral's feedback
/// as given, in one transaction. False (nothing written) if it was given already.
pub async fn give_feedback(db: &Db, row: &ReferralRow, feedback: &Feedback, now: i64) -> Result<bool, DbError> {
    let mut tx = db.begin().await?;
    if !store::mark_feedback_given(&mut tx, row.id).await? {
        return Ok(false);
    }
    store::add_feedback(&mut tx, &row.service, &month_of(now), feedback).await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(status: Status) -> ReferralRow {
        ReferralRow::sample(status)
    }

    fn categories() -> Vec<NeedCategory> {
        ["safety", "accommodation", "mental-health"]
            .iter()
            .map(|id| NeedCategory { id: id.to_string(), label: "needs-category-safety" })
            .collect()
    }

    fn need(id: &str) -> store::NeedRow {
        store::NeedRow { need: id.into(), outcome: None, reason: None }
    }

    #[test]
    fn needs_are_known_categories_in_order_with_a_plan() {
        let open = row(Status::InContact);
        let ticked = vec!["mental-health".to_string(), "safety".to_string()];
        let needs = check_needs(&categories(), &open, &ticked, " Weekly calls ").expect("valid");
        assert_eq!(needs, Needs { needs: vec!["safety".into(), "mental-health".into()], plan: "Weekly calls".into() });
        let none = check_needs(&categories(), &open, &[], "").unwrap_err();
        assert_eq!(none, NeedsProblems { needs: true, plan: Some(TextProblem::Missing), closed: false });
        let unknown = check_needs(&categories(), &open, &["housing".to_string()], "x").unwrap_err();
        assert!(unknown.needs);
        let closed = check_needs(&categories(), &row(Status::Closed), &ticked, "x").unwrap_err();
        assert!(closed.closed);
    }

    #[test]
    fn closing_needs_an_outcome_for_every_need_and_a_reason_unless_improved() {
        let directory = Directory::default();
        let open = row(Status::Supported);
        let needs = [need("safety"), need("accommodation")];
        let input = |outcomes: &[(&str, &str)], onward: &str| ClosureInput {
            outcomes: outcomes.iter().map(|(o, r)| (o.to_string(), r.to_string())).collect(),
            onward: onward.into(),
        };
        let missing = check_closure(&directory, &open, &needs, &input(&[], "")).unwrap_err();
        assert_eq!(missing.outcome, vec![0, 1]);
        assert!(missing.onward);
        let no_reason =
            check_closure(&directory, &open, &needs, &input(&[("improved", ""), ("not_improved", "")], "none"))
                .unwrap_err();
        assert_eq!((no_reason.outcome, no_reason.reason), (vec![], vec![1]));
        let closure = check_closure(
            &directory,
            &open,
            &needs,
            &input(&[("improved", "declined"), ("not_assessed", "lost_contact")], "other"),
        )
        .expect("complete");
        assert_eq!(
            closure.outcomes[0],
            NeedOutcome { need: "safety".into(), outcome: Outcome::Improved, reason: None }
        );
        assert_eq!(closure.outcomes[1].reason, Some(OutcomeReason::LostContact));
        assert_eq!((closure.onward, closure.onward_service), (Onward::Other, None));
        let unknown_service = check_closure(&directory, &open, &[], &input(&[], "no-such-service")).unwrap_err();
        assert!(unknown_service.onward);
        let already = check_closure(&directory, &row(Status::Closed), &[], &input(&[], "none")).unwrap_err();
        assert!(already.closed);
        assert!(
            check_closure(&directory, &open, &[], &input(&[], "none")).is_ok(),
            "nothing recorded, nothing to assess"
        );
    }

    #[test]
    fn feedback_needs_every_answer() {
        let all = check_feedback(|q| if q == Question::Recommend { "partly".into() } else { "yes".into() });
        assert_eq!(all, Ok(Feedback { easy: Rating::Yes, listened: Rating::Yes, recommend: Rating::Partly }));
        let some = check_feedback(|q| if q == Question::Easy { "no".into() } else { "maybe".into() });
        assert_eq!(some, Err(vec![Question::Listened, Question::Recommend]));
    }

    #[test]
    fn feedback_keeps_the_london_month() {
        // 2026-10-31 23:30 UTC is still October in London (GMT); 2026-06-30 23:30 UTC is July in London (BST).
        assert_eq!(month_of(1_793_489_400), "2026-10");
        assert_eq!(month_of(1_782_862_200), "2026-07");
    }
}
