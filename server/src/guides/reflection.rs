//! A reflection written in a guide is kept as a diary entry, with the question it answers and a link to the
//! guide it came from; it has no feeling score.

use crate::{
    auth::store::set_flash,
    dates,
    db::{Db, DbError},
    diary::{
        check::MAX_TEXT_CHARS,
        entries::{self, Content, Source},
        Owner,
    },
};
use app::models::{
    flash::{Flash, Notice},
    guide::Guide,
};

/// The diary entry a reflection becomes: the question, then the answer (trimmed, and cut to the diary's
/// limit). `None` when nothing was written.
pub fn entry(guide: &Guide, question: &str, typed: &str) -> Option<Content> {
    let answer = typed.trim().replace("\r\n", "\n");
    if answer.is_empty() {
        return None;
    }
    let answer: String = answer.chars().take(MAX_TEXT_CHARS).collect();
    Some(Content {
        feeling: 0,
        text: format!("{question}\n\n{answer}"),
        helped: Vec::new(),
        own_tags: Vec::new(),
        source: Some(Source { guide: guide.slug.clone(), title: guide.title.clone() }),
    })
}

/// Keeps the reflection typed in answer to `question` as a diary entry dated the day it was written, and tells
/// the session (by its token hash) that it was saved, or that there was nothing to save.
pub async fn save(
    db: &Db,
    owner: Owner<'_>,
    session: &[u8],
    guide: &Guide,
    question: &str,
    typed: &str,
    now: i64,
) -> Result<(), DbError> {
    let Some(content) = entry(guide, question, typed) else {
        return set_flash(db, session, &Flash::one(Notice::GuideReflectionEmpty)).await;
    };
    let mut tx = db.begin().await?;
    entries::insert(&mut tx, owner, dates::day_of(now), &content, now).await?;
    set_flash(&mut tx, session, &Flash::one(Notice::GuideReflectionSaved)).await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::guide::Audience;

    fn guide() -> Guide {
        Guide {
            slug: "coping-with-feelings".into(),
            code: "abcde".into(),
            title: "Coping with feelings".into(),
            summary: String::new(),
            topics: Vec::new(),
            audience: Audience::Both,
            minutes: 1,
            reviewed: String::new(),
            sources: Vec::new(),
            bsl: None,
            videos: Vec::new(),
            draft_translation: false,
            intro: Vec::new(),
            steps: Vec::new(),
            search_text: String::new(),
        }
    }

    #[test]
    fn a_reflection_keeps_its_question_and_guide_and_nothing_is_kept_for_no_answer() {
        let content = entry(&guide(), "What helped?", "  A walk.\r\nAnd tea.  ").expect("an entry");
        assert_eq!(content.text, "What helped?\n\nA walk.\nAnd tea.");
        assert_eq!(content.feeling, 0, "a reflection has no feeling");
        assert_eq!(content.source.map(|s| s.guide), Some("coping-with-feelings".to_string()));
        assert_eq!(entry(&guide(), "What helped?", " \r\n "), None);
        let long = entry(&guide(), "Q", &"é".repeat(MAX_TEXT_CHARS + 5)).expect("an entry");
        assert_eq!(long.text.chars().count(), "Q\n\n".len() + MAX_TEXT_CHARS, "the answer is cut to the limit");
    }
}
