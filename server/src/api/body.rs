//! Reading a referral sent to the API: the JSON body checked field by field, every problem named by a JSON
//! pointer (RFC 6901), so a client learns all that is wrong at once. The rules are the ones the OpenAPI
//! document (`openapi.json`) states, and the integration tests check both against the same bodies.

use crate::referrals::{
    draft::{Draft, SafeContact},
    journey::{valid_email, valid_phone, MAX_LONG, MAX_SHORT},
};
use app::models::{
    agreement::{Agreement, AgreementMethod},
    request::{Access, AgeBand, Answer, Area, Channel, Police, SafeNow, When, YesNo},
    vocabulary,
};
use serde_json::{Map, Value};

/// Longest email address accepted, in bytes.
const MAX_EMAIL: usize = 254;

/// Crime types for which the person's recorded agreement is required (the Victims' Code).
pub const NEEDS_AGREEMENT: [&str; 2] = ["domestic-abuse", "sexual-violence"];

/// One thing wrong with a body: where (a JSON pointer) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub pointer: String,
    pub detail: String,
}

/// Collects problems while a body is read.
#[derive(Default)]
struct Reader {
    problems: Vec<FieldProblem>,
}

impl Reader {
    fn problem(&mut self, pointer: &str, detail: impl Into<String>) {
        self.problems.push(FieldProblem { pointer: pointer.to_string(), detail: detail.into() });
    }

    /// The object at `pointer`, refusing properties other than `allowed` and noting missing `required` ones.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        pointer: &str,
        allowed: &[&str],
        required: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.problem(pointer, "must be an object");
            return None;
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.problem(&format!("{pointer}/{}", escape(key)), "is not a known property");
            }
        }
        for key in required {
            if !map.contains_key(*key) {
                self.problem(&format!("{pointer}/{key}"), "is required");
            }
        }
        Some(map)
    }

    /// A word from a fixed list.
    fn word<A: Answer>(&mut self, map: &Map<String, Value>, pointer: &str, key: &str, except: &[A]) -> Option<A> {
        let value = map.get(key)?;
        let found = value.as_str().and_then(A::from_word).filter(|a| !except.contains(a));
        if found.is_none() {
            let words: Vec<&str> = A::all().iter().filter(|a| !except.contains(a)).map(|a| a.word()).collect();
            self.problem(&format!("{pointer}/{key}"), format!("must be one of: {}", words.join(", ")));
        }
        found
    }

    /// A string of at most `max` characters (`min_one`: and not blank).
    fn text(&mut self, map: &Map<String, Value>, pointer: &str, key: &str, max: usize, min_one: bool) -> String {
        let Some(value) = map.get(key) else { return String::new() };
        let here = format!("{pointer}/{key}");
        let Some(text) = value.as_str() else {
            self.problem(&here, "must be a string");
            return String::new();
        };
        if text.chars().count() > max {
            self.problem(&here, format!("must be at most {max} characters"));
        } else if min_one && text.trim().is_empty() {
            self.problem(&here, "must not be empty");
        }
        text.to_string()
    }

    fn boolean(&mut self, map: &Map<String, Value>, pointer: &str, key: &str) -> Option<bool> {
        let value = map.get(key)?;
        let found = value.as_bool();
        if found.is_none() {
            self.problem(&format!("{pointer}/{key}"), "must be true or false");
        }
        found
    }

    /// A list of distinct items, each checked by `item` (which names its own problems).
    fn list<T: PartialEq>(
        &mut self,
        map: &Map<String, Value>,
        pointer: &str,
        key: &str,
        min: usize,
        mut item: impl FnMut(&Value) -> Option<T>,
        words: &[&str],
    ) -> Option<Vec<T>> {
        let value = map.get(key)?;
        let here = format!("{pointer}/{key}");
        let Some(items) = value.as_array() else {
            self.problem(&here, "must be an array");
            return None;
        };
        if items.len() < min {
            self.problem(&here, format!("must have at least {min} item(s)"));
        }
        let mut out = Vec::new();
        for (i, value) in items.iter().enumerate() {
            match item(value) {
                Some(found) if out.contains(&found) => self.problem(&format!("{here}/{i}"), "is listed twice"),
                Some(found) => out.push(found),
                None => self.problem(&format!("{here}/{i}"), format!("must be one of: {}", words.join(", "))),
            }
        }
        Some(out)
    }
}

/// A property name as a JSON pointer token.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn ids(list: &[(&'static str, app::i18n::Text)]) -> Vec<&'static str> {
    list.iter().map(|(id, _)| *id).collect()
}

fn words<A: Answer>() -> Vec<&'static str> {
    A::all().iter().map(|a| a.word()).collect()
}

fn yes_no(b: bool) -> YesNo {
    if b {
        YesNo::Yes
    } else {
        YesNo::No
    }
}

/// The referral a body describes, as the answers a person would have given, or every problem with it.
pub fn read(body: &Value) -> Result<Draft, Vec<FieldProblem>> {
    let mut r = Reader::default();
    let root_keys = [
        "safe_now",
        "age_band",
        "area",
        "crime_types",
        "when",
        "police",
        "needs",
        "needs_other",
        "person",
        "contact",
        "consent",
    ];
    let required = ["safe_now", "age_band", "area", "crime_types", "when", "police", "person", "contact"];
    let Some(root) = r.object(body, "", &root_keys, &required) else { return Err(r.problems) };
    let mut d = Draft {
        safe_now: r.word::<SafeNow>(root, "", "safe_now", &[]),
        age_band: r.word::<AgeBand>(root, "", "age_band", &[]),
        area: r.word::<Area>(root, "", "area", &[Area::Postcode]),
        when: r.word::<When>(root, "", "when", &[]),
        police: r.word::<Police>(root, "", "police", &[]),
        ..Draft::default()
    };
    let crime_ids = ids(&vocabulary::crime_types());
    let crime = |v: &Value| v.as_str().filter(|c| crime_ids.contains(c)).map(str::to_string);
    d.crimes = r.list(root, "", "crime_types", 1, crime, &crime_ids);
    let need_ids = ids(&vocabulary::needs());
    let need = |v: &Value| v.as_str().filter(|n| need_ids.contains(n)).map(str::to_string);
    d.needs = Some(r.list(root, "", "needs", 0, need, &need_ids).unwrap_or_default());
    d.needs_other = r.text(root, "", "needs_other", MAX_LONG, false);

    if let Some(person) = root.get("person") {
        if let Some(p) = r.object(person, "/person", &["name", "language", "interpreter", "access"], &["name"]) {
            d.name = r.text(p, "/person", "name", MAX_SHORT, true).trim().to_string();
            d.language = r.text(p, "/person", "language", MAX_SHORT, false);
            d.interpreter = r.boolean(p, "/person", "interpreter").map(yes_no);
            let access = |v: &Value| v.as_str().and_then(Access::from_word);
            d.access = r.list(p, "/person", "access", 0, access, &words::<Access>()).unwrap_or_default();
        }
    }
    if let Some(contact) = root.get("contact") {
        read_contact(&mut r, contact, &mut d);
    }
    let needs_agreement = d.crimes.iter().flatten().any(|c| NEEDS_AGREEMENT.contains(&c.as_str()));
    match root.get("consent") {
        Some(consent) => d.agreement = read_consent(&mut r, consent),
        None if needs_agreement => {
            r.problem("/consent", "is required for domestic abuse and sexual violence referrals")
        }
        None => {}
    }
    if r.problems.is_empty() {
        Ok(d)
    } else {
        Err(r.problems)
    }
}

/// `contact`: the number and address, and for each way the service may use what is safe.
fn read_contact(r: &mut Reader, contact: &Value, d: &mut Draft) {
    let Some(c) = r.object(contact, "/contact", &["phone", "email", "code_word", "ways"], &["ways"]) else { return };
    d.phone = r.text(c, "/contact", "phone", MAX_SHORT, false);
    d.email = r.text(c, "/contact", "email", MAX_EMAIL, false);
    d.code_word = r.text(c, "/contact", "code_word", MAX_SHORT, false);
    if c.contains_key("phone") && !valid_phone(&d.phone) {
        r.problem(
            "/contact/phone",
            "must be a phone number of 10 to 15 digits (spaces, hyphens and a leading + allowed)",
        );
    }
    if c.contains_key("email") && !valid_email(&d.email) {
        r.problem("/contact/email", "must be an email address");
    }
    let Some(ways) = c.get("ways") else { return };
    let channel_words = words::<Channel>();
    let Some(w) = r.object(ways, "/contact/ways", &channel_words, &[]) else { return };
    if w.is_empty() {
        r.problem("/contact/ways", "must name at least one way to get in touch");
    }
    let mut channels = Vec::new();
    for channel in Channel::ALL {
        let Some(way) = w.get(channel.as_str()) else { continue };
        let here = format!("/contact/ways/{channel}");
        let allowed: &[&str] =
            if *channel == Channel::Phone { &["times", "voicemail", "say_who"] } else { &["times", "say_who"] };
        let Some(way) = r.object(way, &here, allowed, &[]) else { continue };
        let safe = SafeContact {
            safe: Some(YesNo::Yes),
            times: r.text(way, &here, "times", MAX_SHORT, false),
            message: r.boolean(way, &here, "voicemail").map(yes_no),
            say_who: r.boolean(way, &here, "say_who").map(yes_no),
        };
        channels.push(*channel);
        d.safe.insert(*channel, safe);
    }
    let uses_phone = channels.iter().any(|c| matches!(c, Channel::Phone | Channel::Text));
    if uses_phone && !c.contains_key("phone") {
        r.problem("/contact/phone", "is required when the service may phone or text");
    }
    if channels.contains(&Channel::Email) && !c.contains_key("email") {
        r.problem("/contact/email", "is required when the service may email");
    }
    d.channels = Some(channels);
}

/// `consent`: the person agreed (`given` must be true), when and how it was recorded.
fn read_consent(r: &mut Reader, consent: &Value) -> Option<Agreement> {
    let c = r.object(consent, "/consent", &["given", "recorded_at", "method"], &["given", "recorded_at", "method"])?;
    if c.get("given").is_some_and(|g| g != &Value::Bool(true)) {
        r.problem("/consent/given", "must be true: a referral is made only with the person's agreement");
    }
    let recorded_at = r.text(c, "/consent", "recorded_at", MAX_SHORT, false);
    if c.contains_key("recorded_at") && chrono::DateTime::parse_from_rfc3339(&recorded_at).is_err() {
        r.problem("/consent/recorded_at", "must be a date and time (RFC 3339), e.g. 2026-12-07T09:30:00Z");
    }
    let method = r.word::<MethodWord>(c, "/consent", "method", &[]).map(|m| m.0);
    Some(Agreement { recorded_at, method })
}

/// [`AgreementMethod`] read as an answer.
#[derive(Clone, Copy, PartialEq, Eq)]
struct MethodWord(AgreementMethod);

impl Answer for MethodWord {
    fn all() -> &'static [Self] {
        &[
            MethodWord(AgreementMethod::Verbal),
            MethodWord(AgreementMethod::Written),
            MethodWord(AgreementMethod::Electronic),
        ]
    }

    fn word(self) -> &'static str {
        self.0.as_str()
    }

    fn from_word(word: &str) -> Option<Self> {
        AgreementMethod::parse(word).map(MethodWord)
    }

    fn label(self) -> app::i18n::Text {
        self.0.label()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn valid() -> Value {
        json!({
            "safe_now": "yes",
            "age_band": "25-44",
            "area": "hartlepool",
            "crime_types": ["domestic-abuse"],
            "when": "week",
            "police": "yes",
            "needs": ["safety"],
            "person": { "name": "Sam", "language": "English", "interpreter": false, "access": ["large-print"] },
            "contact": {
                "phone": "07700 900123",
                "ways": { "phone": { "times": "after 6pm", "voicemail": false, "say_who": false } }
            },
            "consent": { "given": true, "recorded_at": "2026-12-07T09:30:00Z", "method": "verbal" }
        })
    }

    fn pointers(body: &Value) -> Vec<String> {
        read(body).err().unwrap_or_default().into_iter().map(|p| p.pointer).collect()
    }

    #[test]
    fn a_complete_body_becomes_the_answers_a_person_would_give() {
        let d = read(&valid()).expect("valid");
        assert_eq!(d.area, Some(Area::Hartlepool));
        assert_eq!(d.crimes.as_deref(), Some(&["domestic-abuse".to_string()][..]));
        assert_eq!(d.channels, Some(vec![Channel::Phone]));
        assert_eq!(d.safe_channels(), vec![Channel::Phone]);
        assert_eq!(d.safe[&Channel::Phone].message, Some(YesNo::No));
        assert_eq!(d.agreement.as_ref().and_then(|a| a.method), Some(AgreementMethod::Verbal));
        assert_eq!(d.access, vec![Access::LargePrint]);
    }

    #[test]
    fn every_problem_is_named_by_its_pointer() {
        let mut body = valid();
        body["age_band"] = json!("ancient");
        body["crime_types"] = json!(["domestic-abuse", "piracy", "domestic-abuse"]);
        body["area"] = json!("postcode");
        body["person"] = json!({ "name": "  ", "shoe_size": 9 });
        body["contact"] = json!({ "email": "not-an-address", "ways": { "phone": {}, "pigeon": {} } });
        body["extra"] = json!(1);
        let found = pointers(&body);
        for expected in [
            "/age_band",
            "/crime_types/1",
            "/crime_types/2",
            "/area",
            "/person/name",
            "/person/shoe_size",
            "/contact/email",
            "/contact/ways/pigeon",
            "/contact/phone",
            "/extra",
        ] {
            assert!(found.iter().any(|p| p == expected), "{expected} missing from {found:?}");
        }
        assert_eq!(pointers(&json!([])), vec![""], "not an object");
    }

    #[test]
    fn agreement_is_required_for_domestic_abuse_and_sexual_violence_only() {
        for crime in NEEDS_AGREEMENT {
            let mut body = valid();
            body["crime_types"] = json!([crime]);
            body.as_object_mut().expect("object").remove("consent");
            assert_eq!(pointers(&body), vec!["/consent"], "{crime}");
        }
        let mut body = valid();
        body["crime_types"] = json!(["theft-burglary"]);
        body.as_object_mut().expect("object").remove("consent");
        assert!(read(&body).is_ok());
        let mut refused = valid();
        refused["consent"]["given"] = json!(false);
        refused["consent"]["recorded_at"] = json!("yesterday");
        assert_eq!(pointers(&refused), vec!["/consent/given", "/consent/recorded_at"]);
    }

    #[test]
    fn required_fields_are_named_when_missing() {
        let found = pointers(&json!({}));
        for key in ["safe_now", "age_band", "area", "crime_types", "when", "police", "person", "contact"] {
            assert!(found.contains(&format!("/{key}")), "{key}");
        }
        assert!(pointers(&json!({"a/b~c": 1})).contains(&"/a~1b~0c".to_string()), "pointer tokens are escaped");
    }
}
