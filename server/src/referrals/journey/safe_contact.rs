//! What is safe for each way of getting in touch: whether it is safe at all, when, whether a voicemail may be
//! left (phone), whether the service may say who it is, and a code word. At least one way must be safe.

use super::{answers::channel_fields, answers::Checker, Answers, Page, Problem, Problems, MAX_SHORT};
use crate::referrals::draft::{self, Draft};
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{choices, Field, Question},
        request::{Answer, Channel, YesNo},
    },
};
use std::collections::BTreeMap;

/// Longest code word accepted, in characters.
const MAX_CODE_WORD: usize = 50;

pub struct SafeContact;

/// The subheading, the "is it safe" question and what "may they say who they are" covers, for one way of getting
/// in touch (each way is asked on its own: a service's name may be safe in an email but not on a shared phone).
fn asks(channel: Channel) -> (app::i18n::Text, app::i18n::Text, app::i18n::Text) {
    match channel {
        Channel::Phone => {
            (msg("request-channel-phone"), msg("request-safe-phone"), msg("request-safe-say-who-hint-phone"))
        }
        Channel::Text => (msg("request-channel-text"), msg("request-safe-text"), msg("request-safe-say-who-hint-text")),
        Channel::Email => {
            (msg("request-channel-email"), msg("request-safe-email"), msg("request-safe-say-who-hint-email"))
        }
    }
}

impl Page for SafeContact {
    fn slug(&self) -> &'static str {
        "safe-contact"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.channels.iter().flatten().all(|c| d.safe.contains_key(c)) && !d.safe_channels().is_empty()
    }

    fn question(&self, d: &Draft) -> Question {
        let mut fields = Vec::new();
        for &channel in d.channels.iter().flatten() {
            let (safe, times, message, say_who) = channel_fields(channel);
            let (title, safe_question, say_who_hint) = asks(channel);
            fields.push(Field::Heading(title));
            fields.push(Field::radios(safe, safe_question, None, choices::<YesNo>()));
            fields.push(Field::text(times, msg("request-safe-times"), Some(msg("request-safe-times-hint"))));
            if channel == Channel::Phone {
                fields.push(Field::radios(message, msg("request-safe-voicemail"), None, choices::<YesNo>()));
            }
            fields.push(Field::radios(say_who, msg("request-safe-say-who"), Some(say_who_hint), choices::<YesNo>()));
        }
        fields.push(Field::Heading(msg("request-code-word-heading")));
        fields.push(Field::text("code_word", msg("request-code-word"), Some(msg("request-code-word-hint"))));
        Question::new(msg("request-safe-contact-heading"), fields)
            .with_lead(vec![msg("request-safe-contact-lead").with("who", d.who())])
    }

    fn form(&self, d: &Draft) -> Form {
        let mut f = Form::new();
        for (&channel, s) in &d.safe {
            let (safe, times, message, say_who) = channel_fields(channel);
            f.set(safe, s.safe.map_or("", Answer::word));
            f.set(times, &s.times);
            f.set(message, s.message.map_or("", Answer::word));
            f.set(say_who, s.say_who.map_or("", Answer::word));
        }
        f.set("code_word", &d.code_word);
        f
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let mut safe = BTreeMap::new();
        for &channel in d.channels.iter().flatten() {
            let (safe_name, times_name, message_name, say_who_name) = channel_fields(channel);
            let is_safe = c.one_of::<YesNo>(safe_name, Problem::ChannelSafetyNotChosen);
            let times = c.text(times_name, MAX_SHORT * 2);
            let phone = channel == Channel::Phone;
            let message = if phone { a.one(message_name) } else { String::new() };
            c.keep(message_name, &message);
            let say_who = a.one(say_who_name);
            c.keep(say_who_name, &say_who);
            let answer = draft::SafeContact {
                safe: is_safe,
                times,
                message: YesNo::from_word(&message),
                say_who: YesNo::from_word(&say_who),
            };
            if answer.is_safe() {
                if phone && answer.message.is_none() {
                    c.problem(message_name, Problem::VoicemailNotChosen);
                }
                if answer.say_who.is_none() {
                    c.problem(say_who_name, Problem::SayWhoNotChosen);
                }
            }
            safe.insert(channel, answer);
        }
        let code_word = c.text("code_word", MAX_CODE_WORD);
        if !c.has_problems() && !safe.values().any(draft::SafeContact::is_safe) {
            let first = d.channels.iter().flatten().next().map_or("phone-safe", |c| channel_fields(*c).0);
            c.problem(first, Problem::NoSafeChannel);
        }
        c.done()?;
        d.safe = safe;
        d.code_word = code_word;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::{answers, complete, fill};
    use crate::referrals::journey::Step;

    fn with_every_channel() -> Draft {
        let mut d = complete();
        fill(
            &mut d,
            Step::Contact,
            &[
                ("name", "Sam"),
                ("channels", "text"),
                ("channels", "phone"),
                ("channels", "email"),
                ("phone", "07700 900123"),
                ("email", "s@example.org"),
            ],
        );
        d
    }

    #[test]
    fn the_questions_follow_the_ways_chosen_in_their_order() {
        let d = with_every_channel();
        let headings: Vec<_> = SafeContact
            .question(&d)
            .fields
            .into_iter()
            .filter_map(|f| if let Field::Heading(t) = f { Some(t.id) } else { None })
            .collect();
        assert_eq!(
            headings,
            ["request-channel-text", "request-channel-phone", "request-channel-email", "request-code-word-heading"]
        );
    }

    #[test]
    fn a_safe_way_needs_its_details_and_only_the_phone_asks_about_voicemail() {
        let mut d = with_every_channel();
        let refused = SafeContact
            .accept(&mut d, &answers(&[("text-safe", "yes"), ("phone-safe", "yes"), ("email-safe", "maybe")]))
            .expect_err("details missing");
        assert_eq!(
            refused.found,
            vec![
                ("text-say-who", Problem::SayWhoNotChosen),
                ("phone-message", Problem::VoicemailNotChosen),
                ("phone-say-who", Problem::SayWhoNotChosen),
                ("email-safe", Problem::ChannelSafetyNotChosen),
            ]
        );
        assert_eq!(refused.kept.value("email-safe"), "maybe");
        let refused = SafeContact
            .accept(&mut d, &answers(&[("text-safe", "no"), ("phone-safe", "no"), ("email-safe", "no")]))
            .expect_err("none safe");
        assert_eq!(refused.found, vec![("text-safe", Problem::NoSafeChannel)]);
        fill(
            &mut d,
            Step::SafeContact,
            &[
                ("text-safe", "yes"),
                ("text-say-who", "no"),
                ("text-message", "yes"),
                ("phone-safe", "no"),
                ("email-safe", "no"),
                ("email-times", "never"),
            ],
        );
        assert_eq!(d.safe_channels(), vec![Channel::Text]);
        assert_eq!(d.safe[&Channel::Text].message, None, "only the phone has voicemail");
        assert_eq!(d.safe[&Channel::Email].times, "never");
        assert_eq!(d.code_word, "");
    }
}
