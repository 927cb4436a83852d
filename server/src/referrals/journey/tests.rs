//! The journey as a whole: its order, no skipping, the urgent page, a supporter's own page and coming back to
//! "check your answers".

use super::testing::{answers, complete, fill};
use super::*;
use app::models::request::{Channel, YesNo};

#[test]
fn every_page_has_its_own_address() {
    for step in Step::ALL {
        assert_eq!(Step::from_slug(step.slug()), Some(step));
    }
    assert_eq!(Step::Urgent.path(), "/request/urgent");
    assert_eq!(Step::SafeContact.path(), "/request/safe-contact");
    assert_eq!(Step::Supporter.path(), "/request/you");
    assert_eq!(Step::from_slug("done"), None);
}

#[test]
fn a_complete_journey_ends_at_check_your_answers() {
    let d = complete();
    assert_eq!(first_unanswered(&d), Step::Check);
    assert!(reachable(Step::Check, &d));
    assert_eq!(d.safe_channels(), vec![Channel::Phone]);
    assert_eq!(d.safe[&Channel::Phone].message, Some(YesNo::No));
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
    assert_eq!(next(Step::Safe, &d), Step::Urgent);
    assert_eq!(next(Step::Urgent, &d), Step::Who);
    assert_eq!(back(Step::Who, &d), "/request/urgent");
    fill(&mut d, Step::Safe, &[("safe_now", "yes")]);
    assert_eq!(next(Step::Safe, &d), Step::Who);
    assert!(!reachable(Step::Urgent, &d));
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
    let refused = Step::Supporter.accept(&mut d, &answers(&[("supporter_name", "Alex")])).expect_err("no agreement");
    assert_eq!(refused.first("agreed"), Some(Problem::NotAgreed));
    assert_eq!(refused.first("supporter_phone"), Some(Problem::SupporterContactMissing));
    assert_eq!(refused.kept.value("supporter_name"), "Alex");
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
    let refused = Step::Contact
        .accept(
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
    assert_eq!(refused.kept.value("name"), "Sam");
    assert_eq!(refused.kept.value("email"), "sam@");
    assert_eq!(refused.first("phone"), Some(Problem::PhoneInvalid));
    assert_eq!(refused.first("email"), Some(Problem::EmailInvalid));
    assert_eq!(refused.kept.value("channels"), "email,text");
}

#[test]
fn at_least_one_safe_way_is_needed_and_unknown_choices_are_refused() {
    let mut d = complete();
    let refused = Step::SafeContact.accept(&mut d, &answers(&[("phone-safe", "no")])).expect_err("none safe");
    assert_eq!(refused.first("phone-safe"), Some(Problem::NoSafeChannel));
    let refused = Step::Age.accept(&mut d, &answers(&[("age_band", "ancient")])).expect_err("unknown band");
    assert_eq!(refused.first("age_band"), Some(Problem::AgeNotChosen));
    let refused = Step::What.accept(&mut d, &answers(&[("crimes", "<script>")])).expect_err("unknown crime");
    assert_eq!(refused.first("crimes"), Some(Problem::CrimesNotChosen));
}

#[test]
fn long_answers_are_refused_with_the_limit() {
    let mut d = complete();
    let long = "x".repeat(MAX_LONG + 1);
    let refused = Step::Needs.accept(&mut d, &answers(&[("needs_other", &long)])).expect_err("too long");
    assert_eq!(refused.first("needs_other"), Some(Problem::TooLong { max: MAX_LONG }));
    assert_eq!(refused.kept.value("needs_other").len(), MAX_LONG + 1);
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
fn every_page_shows_its_answers_again() {
    let mut d = complete();
    fill(&mut d, Step::Who, &[("for_whom", "someone")]);
    fill(
        &mut d,
        Step::Supporter,
        &[("supporter_name", "Alex"), ("supporter_phone", "07700 900999"), ("agreed", "yes")],
    );
    for step in sequence(&d) {
        let mut again = d.clone();
        let form = step.form(&d);
        let posted: Vec<(String, String)> = step
            .question(&d)
            .fields
            .iter()
            .filter_map(|f| match f {
                app::models::question::Field::Radios { name, .. }
                | app::models::question::Field::Text { name, .. }
                | app::models::question::Field::Textarea { name, .. } => {
                    Some(vec![(name.to_string(), form.value(name))])
                }
                app::models::question::Field::Checkboxes { name, .. } => Some(
                    form.value(name)
                        .split(',')
                        .filter(|v| !v.is_empty())
                        .map(|v| (name.to_string(), v.into()))
                        .collect(),
                ),
                _ => None,
            })
            .flatten()
            .collect();
        if step != Step::Check {
            step.accept(&mut again, &Answers(posted)).unwrap_or_else(|p| panic!("{step:?}: {:?}", p.found));
            assert_eq!(again, d, "{step:?} posted as shown changes nothing");
        }
    }
}

#[test]
fn a_partners_referral_asks_who_they_are_and_the_agreement_first_then_safe_contact_before_what_happened() {
    use app::models::partners::JourneyKind;
    let mut d = Draft::blank(JourneyKind::Partner);
    assert!(d.for_someone(), "a partner always refers someone else");
    let order = sequence(&d);
    assert_eq!(&order[..5], &[Step::Professional, Step::Agreement, Step::Age, Step::Contact, Step::SafeContact]);
    assert!(order.iter().position(|s| *s == Step::SafeContact) < order.iter().position(|s| *s == Step::What));
    for never in [Step::Safe, Step::Who, Step::Supporter, Step::About, Step::HateRole] {
        assert!(!order.contains(&never), "{never:?}");
    }
    assert_eq!(first_unanswered(&d), Step::Professional);
    assert!(!reachable(Step::Age, &d), "nothing before the agreement");
    fill(&mut d, Step::Professional, &[("worker_name", "Dr Rao"), ("worker_email", "rao@example.org")]);
    assert!(!reachable(Step::Age, &d));
    fill(&mut d, Step::Agreement, &[("agreed_when", "today"), ("agreed_how", "phone"), ("shared", "referral")]);
    assert!(reachable(Step::Age, &d));
    assert_eq!(path(Step::Agreement, &d), "/refer/agreement");
    assert_eq!(back(Step::Professional, &d), "/refer");
    assert_eq!(next(Step::Agreement, &d), Step::Age);
}

#[test]
fn every_journey_has_its_own_addresses_and_a_request_is_unchanged() {
    use app::models::partners::JourneyKind;
    assert_eq!(Step::Agreement.path_in(JourneyKind::Partner), "/refer/agreement");
    assert_eq!(Step::Strands.path_in(JourneyKind::Hate), "/report/because-of");
    let request = sequence(&Draft::default());
    assert_eq!(request.first(), Some(&Step::Safe));
    assert!(!request
        .iter()
        .any(|s| matches!(s, Step::Professional | Step::Agreement | Step::Incident | Step::PoliceConsent)));
}
