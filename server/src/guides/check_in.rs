//! The wellbeing check-in: reading the answers, what they point to (risk first: thoughts of self-harm, then
//! danger now, then how much what happened affects the person), which guides suit them, and keeping them,
//! sealed under the diary key, for a signed-in reader to look back on.

use super::store;
use crate::{
    content::Library,
    db::{Db, DbError},
    diary::Owner,
};
use app::{
    i18n::Locale,
    models::{
        check_in::{Answer, Answers, Outcome, Question},
        guide::Guide,
    },
};
use serde::{Deserialize, Serialize};

/// The answers posted: each question's last answer, when it is one the question takes. Anything else is left
/// out, so nonsense is ignored rather than refused.
pub fn answers(pairs: &[(String, String)]) -> Answers {
    pairs
        .iter()
        .filter_map(|(q, a)| {
            let question = Question::parse(q)?;
            let answer = Answer::parse(a).filter(|a| question.answers().contains(a))?;
            Some((question, answer))
        })
        .collect()
}

/// What the answers point to.
pub fn outcome(answers: &Answers) -> Outcome {
    if answers.get(&Question::Harm) == Some(&Answer::Yes) {
        return Outcome::SelfHarm;
    }
    if answers.get(&Question::Danger) == Some(&Answer::Yes) {
        return Outcome::DangerNow;
    }
    if answers.get(&Question::Safety).and_then(|a| a.level()).is_some_and(|l| l >= 2) {
        return Outcome::NotSafe;
    }
    let levels: Vec<u32> = Question::EFFECT.iter().filter_map(|q| answers.get(q)?.level()).collect();
    if levels.is_empty() && !answers.values().any(|a| *a == Answer::No) {
        Outcome::Unanswered
    } else if levels.iter().any(|l| *l >= 3) || levels.iter().sum::<u32>() >= 8 {
        Outcome::High
    } else {
        Outcome::LowToModerate
    }
}

/// The guides (by slug) that fit the answers, most relevant first: one for each effect felt quite a lot or
/// more, then two that suit everyone.
fn suggested_slugs(answers: &Answers) -> Vec<&'static str> {
    let felt = |q: Question| answers.get(&q).and_then(|a| a.level()).unwrap_or(0) >= 2;
    let mut slugs = Vec::new();
    for (question, slug) in [
        (Question::Sleep, "sleep"),
        (Question::Safety, "feeling-safe-at-home"),
        (Question::Daily, "worry-it-will-happen-again"),
    ] {
        if felt(question) {
            slugs.push(slug);
        }
    }
    slugs.extend(["coping-with-feelings", "your-rights"]);
    slugs
}

/// Up to three guides that fit the answers, for a reader of `locale`.
pub fn suggestions<'l>(library: &'l Library, locale: Locale, answers: &Answers) -> Vec<&'l Guide> {
    suggested_slugs(answers).into_iter().filter_map(|s| library.guide_by_slug(locale, s)).take(3).collect()
}

/// One check-in as it is sealed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct CheckIn {
    answers: Answers,
}

fn aad(user_id: i64) -> Vec<u8> {
    format!("check_ins:{user_id}").into_bytes()
}

/// Keeps a signed-in reader's answers; a check-in with no answers is not kept.
pub async fn record(db: &Db, owner: Owner<'_>, answers: &Answers, now: i64) -> Result<(), DbError> {
    if answers.is_empty() {
        return Ok(());
    }
    // Answers are words: serialising them cannot fail.
    let json = serde_json::to_vec(&CheckIn { answers: answers.clone() }).unwrap_or_default();
    let sealed = owner.key.key().seal(&aad(owner.user_id), &json);
    store::insert_check_in(db, owner.user_id, &sealed, now).await
}

/// The reader's earlier check-ins, newest first, with their times; any that cannot be opened are left out.
pub async fn history(db: &Db, owner: Owner<'_>) -> Result<Vec<(i64, Answers)>, DbError> {
    let rows = store::check_ins(db, owner.user_id).await?;
    Ok(rows.into_iter().filter_map(|(at, sealed)| Some((at, open(owner, &sealed)?.answers))).collect())
}

fn open(owner: Owner<'_>, sealed: &[u8]) -> Option<CheckIn> {
    let plain = owner.key.key().open(&aad(owner.user_id), sealed).ok()?;
    serde_json::from_slice(&plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::keys::DiaryKey;

    fn answers_of(list: &[(&str, &str)]) -> Answers {
        let pairs: Vec<(String, String)> = list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        answers(&pairs)
    }

    #[test]
    fn only_answers_a_question_takes_are_read() {
        let read = answers_of(&[("sleep", "9"), ("sleep", "2"), ("harm", "maybe"), ("danger", "3"), ("x", "yes")]);
        assert_eq!(read, Answers::from([(Question::Sleep, Answer::QuiteALot)]));
        let read = answers_of(&[("harm", "skip"), ("daily", "yes"), ("sleep", "1"), ("sleep", "3")]);
        assert_eq!(read, Answers::from([(Question::Harm, Answer::Skip), (Question::Sleep, Answer::ALot)]));
    }

    #[test]
    fn risk_comes_first_then_impact() {
        let outcome_of = |list: &[(&str, &str)]| outcome(&answers_of(list));
        assert_eq!(outcome_of(&[("harm", "yes"), ("danger", "yes")]), Outcome::SelfHarm);
        assert_eq!(outcome_of(&[("harm", "yes"), ("sleep", "0")]), Outcome::SelfHarm);
        assert_eq!(outcome_of(&[("danger", "yes"), ("sleep", "0")]), Outcome::DangerNow);
        assert_eq!(outcome_of(&[("danger", "yes"), ("harm", "no")]), Outcome::DangerNow);
        assert_eq!(outcome_of(&[("sleep", "3")]), Outcome::High);
        assert_eq!(outcome_of(&[("sleep", "2"), ("daily", "2"), ("feelings", "3"), ("safety", "1")]), Outcome::High);
        // Not feeling safe comes before how much it affects them, and "not very safe" is enough.
        assert_eq!(outcome_of(&[("sleep", "3"), ("safety", "2")]), Outcome::NotSafe);
        assert_eq!(outcome_of(&[("safety", "3")]), Outcome::NotSafe);
        assert_eq!(outcome_of(&[("danger", "yes"), ("safety", "3")]), Outcome::DangerNow);
        assert_eq!(
            outcome_of(&[("sleep", "2"), ("daily", "1"), ("feelings", "2"), ("safety", "1")]),
            Outcome::LowToModerate
        );
        assert_eq!(outcome_of(&[("harm", "skip"), ("danger", "no")]), Outcome::LowToModerate);
        // With nothing answered there is nothing to go on, and the result must not pretend otherwise.
        assert_eq!(outcome_of(&[]), Outcome::Unanswered);
        assert_eq!(outcome_of(&[("harm", "skip"), ("sleep", "skip")]), Outcome::Unanswered);
    }

    #[test]
    fn guides_for_the_effects_felt_come_first() {
        assert_eq!(suggested_slugs(&answers_of(&[])), ["coping-with-feelings", "your-rights"]);
        assert_eq!(
            suggested_slugs(&answers_of(&[("daily", "2"), ("sleep", "3"), ("safety", "1")])),
            ["sleep", "worry-it-will-happen-again", "coping-with-feelings", "your-rights"]
        );
        let library = Library::load(&std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../content")))
            .expect("the real content");
        let all = answers_of(&[("sleep", "3"), ("safety", "2"), ("daily", "2")]);
        let slugs: Vec<_> = suggestions(&library, Locale::En, &all).iter().map(|g| g.slug.as_str()).collect();
        assert_eq!(slugs, ["sleep", "feeling-safe-at-home", "worry-it-will-happen-again"], "at most three");
    }

    #[test]
    fn check_ins_kept_before_read_back_the_same() {
        let key = DiaryKey::random();
        let owner = Owner { user_id: 3, key: &key };
        let stored = br#"{"answers":{"daily":"2","harm":"skip","sleep":"3"}}"#;
        let sealed = key.key().seal(&aad(3), stored);
        let expected = Answers::from([
            (Question::Sleep, Answer::ALot),
            (Question::Daily, Answer::QuiteALot),
            (Question::Harm, Answer::Skip),
        ]);
        assert_eq!(open(owner, &sealed).map(|c| c.answers), Some(expected));
        assert_eq!(open(Owner { user_id: 4, key: &key }, &sealed), None, "another reader");
    }
}
