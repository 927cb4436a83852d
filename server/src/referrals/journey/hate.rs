//! A hate incident report's own pages: who is reporting (the person it happened to, or a witness), what
//! happened, the strands, whether they want support (no means anonymous: no name, no way to reach them is
//! asked, and any given before is forgotten), and whether it may go to the police (never assumed).

use super::{answers::Checker, Answers, Page, Problem, Problems, MAX_LONG};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        partners::{HateRole, PoliceConsent as Consent, Strand},
        question::{choices, Choice, Field, Question},
        request::{Answer, YesNo},
    },
};
use std::collections::BTreeMap;

/// The crime type a hate incident report is counted under.
pub const HATE_CRIME: &str = "hate-crime";

pub struct Role;

impl Page for Role {
    fn slug(&self) -> &'static str {
        "who-reports"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.hate.role.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let field = Field::radios("hate_role", msg("hate-role"), None, choices::<HateRole>());
        Question::new(msg("hate-role"), vec![field])
            .with_lead(vec![msg("hate-lead-not-police"), msg("hate-lead-anonymous")])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("hate_role", d.hate.role.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let role = c.one_of::<HateRole>("hate_role", Problem::HateRoleNotChosen);
        c.done()?;
        d.hate.role = role;
        Ok(())
    }
}

pub struct Incident;

impl Page for Incident {
    fn slug(&self) -> &'static str {
        "incident"
    }

    fn answered(&self, d: &Draft) -> bool {
        !d.hate.description.is_empty()
    }

    fn question(&self, _: &Draft) -> Question {
        let field =
            Field::Textarea { name: "description", label: msg("hate-incident"), hint: Some(msg("hate-incident-hint")) };
        Question::new(msg("hate-incident"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("description", &d.hate.description)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let description = c.text("description", MAX_LONG);
        if description.is_empty() {
            c.problem("description", Problem::DescriptionMissing);
        }
        c.done()?;
        d.hate.description = description;
        d.crimes = Some(vec![HATE_CRIME.to_string()]);
        Ok(())
    }
}

pub struct Strands;

impl Page for Strands {
    fn slug(&self) -> &'static str {
        "because-of"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.hate.strands.as_ref().is_some_and(|s| !s.is_empty())
    }

    fn question(&self, _: &Draft) -> Question {
        let field =
            Field::checkboxes("strands", msg("hate-strands"), Some(msg("hate-strands-hint")), choices::<Strand>());
        Question::new(msg("hate-strands"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        let words: Vec<&str> = d.hate.strands.iter().flatten().map(|s| s.word()).collect();
        Form::new().keep("strands", words.join(","))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let strands = c.any_of::<Strand>("strands");
        if strands.is_empty() {
            c.problem("strands", Problem::StrandsNotChosen);
        }
        c.done()?;
        d.hate.strands = Some(strands);
        Ok(())
    }
}

pub struct Support;

impl Page for Support {
    fn slug(&self) -> &'static str {
        "support"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.hate.support.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let choices = vec![
            Choice {
                hint: Some(msg("hate-support-yes-hint")),
                ..Choice::new(YesNo::Yes.word(), msg("hate-support-yes"))
            },
            Choice { hint: Some(msg("hate-support-no-hint")), ..Choice::new(YesNo::No.word(), msg("hate-support-no")) },
        ];
        Question::new(msg("hate-support"), vec![Field::radios("support", msg("hate-support"), None, choices)])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("support", d.hate.support.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let support = c.one_of::<YesNo>("support", Problem::SupportNotChosen);
        c.done()?;
        d.hate.support = support;
        if support == Some(YesNo::No) {
            // Anonymous: nothing that could identify or reach them is kept.
            d.name.clear();
            d.channels = None;
            d.phone.clear();
            d.email.clear();
            d.safe = BTreeMap::new();
            d.code_word.clear();
        }
        Ok(())
    }
}

pub struct PoliceConsent;

impl Page for PoliceConsent {
    fn slug(&self) -> &'static str {
        "pass-on"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.hate.police.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        let mut options: Vec<Choice> = choices::<Consent>();
        if !d.hate.wants_support() {
            // Without a name or a way to reach them, "with my details" would promise what cannot happen.
            options.retain(|c| c.value != Consent::Yes.word());
        }
        let field = Field::radios("police", msg("hate-police"), Some(msg("hate-police-hint")), options);
        Question::new(msg("hate-police"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("police", d.hate.police.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let mut police = c.one_of::<Consent>("police", Problem::PoliceConsentNotChosen);
        if police == Some(Consent::Yes) && !d.hate.wants_support() {
            c.problem("police", Problem::PoliceConsentNotChosen);
            police = None;
        }
        c.done()?;
        d.hate.police = police;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::{
        first_unanswered, path, sequence,
        testing::{answers, fill},
        Step,
    };
    use app::models::{partners::JourneyKind, request::Channel};

    fn witness() -> Draft {
        let mut d = Draft::blank(JourneyKind::Hate);
        fill(&mut d, Step::HateRole, &[("hate_role", "witness")]);
        fill(&mut d, Step::Incident, &[("description", "Shouting at a bus stop")]);
        fill(&mut d, Step::Area, &[("area", "stockton-on-tees")]);
        fill(&mut d, Step::When, &[("when", "week")]);
        fill(&mut d, Step::Strands, &[("strands", "religion"), ("strands", "race"), ("strands", "astrology")]);
        d
    }

    #[test]
    fn an_anonymous_witness_is_never_asked_how_to_be_reached() {
        let mut d = witness();
        assert_eq!(d.crimes, Some(vec![HATE_CRIME.to_string()]));
        assert_eq!(d.hate.strands, Some(vec![Strand::Religion, Strand::Race]));
        fill(&mut d, Step::Support, &[("support", "no")]);
        assert_eq!(first_unanswered(&d), Step::PoliceConsent);
        assert!(!sequence(&d).contains(&Step::Contact));
        let refused = PoliceConsent.accept(&mut d, &answers(&[("police", "yes")])).expect_err("no details to give");
        assert_eq!(refused.found, vec![("police", Problem::PoliceConsentNotChosen)]);
        assert!(!PoliceConsent
            .question(&d)
            .fields
            .iter()
            .any(|f| matches!(f, Field::Radios { choices, .. } if choices.len() == 3)));
        fill(&mut d, Step::PoliceConsent, &[("police", "facts")]);
        assert_eq!(first_unanswered(&d), Step::Check);
        assert_eq!(path(Step::PoliceConsent, &d), "/report/pass-on");
    }

    #[test]
    fn support_asks_for_safe_contact_and_saying_no_later_forgets_it() {
        let mut d = witness();
        fill(&mut d, Step::Support, &[("support", "yes")]);
        assert_eq!(first_unanswered(&d), Step::Contact);
        fill(&mut d, Step::Contact, &[("name", "Ali"), ("channels", "text"), ("phone", "07700 900123")]);
        fill(&mut d, Step::SafeContact, &[("text-safe", "yes"), ("text-say-who", "no")]);
        assert_eq!(first_unanswered(&d), Step::PoliceConsent);
        fill(&mut d, Step::Support, &[("support", "no")]);
        assert!(
            d.name.is_empty() && d.phone.is_empty() && d.channels.is_none() && !d.safe.contains_key(&Channel::Text)
        );
    }

    #[test]
    fn the_police_question_is_never_answered_for_them() {
        let mut d = witness();
        fill(&mut d, Step::Support, &[("support", "yes")]);
        let refused = PoliceConsent.accept(&mut d, &answers(&[])).expect_err("must be asked");
        assert_eq!(refused.found, vec![("police", Problem::PoliceConsentNotChosen)]);
        assert_eq!(d.hate.police, None);
        let refused = Strands.accept(&mut d, &answers(&[("strands", "astrology")])).expect_err("none listed");
        assert_eq!(refused.found, vec![("strands", Problem::StrandsNotChosen)]);
        let refused = Incident.accept(&mut d, &answers(&[("description", "  ")])).expect_err("empty");
        assert_eq!(refused.found, vec![("description", Problem::DescriptionMissing)]);
    }
}
