//! Finding guides, and the parts of a guide: the list's filters and search, and the checklist or reflection a
//! reader's form was posted from.

use crate::content::{code_for, Library};
use app::{
    i18n::Locale,
    models::guide::{Audience, Block, Guide},
};

/// Which guides the list shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct Filter<'a> {
    /// A topic's neutral code.
    pub topic: Option<&'a str>,
    /// Only guides for people supporting someone.
    pub supporters: bool,
    /// Only guides with a British Sign Language video.
    pub bsl: bool,
    /// Words every guide shown contains (in any case), as [`crate::search`] matches them.
    pub words: Option<&'a str>,
}

/// The guides a reader of `locale` can read that pass the filter, in reading order.
pub fn guides<'l>(library: &'l Library, locale: Locale, filter: Filter<'_>) -> Vec<&'l Guide> {
    let words = crate::search::words(filter.words.unwrap_or_default());
    library
        .readable(locale)
        .into_iter()
        .filter(|g| filter.topic.is_none_or(|t| g.topics.iter().any(|id| code_for("topic", id) == t)))
        .filter(|g| !filter.supporters || matches!(g.audience, Audience::Supporter | Audience::Both))
        .filter(|g| !filter.bsl || g.bsl.is_some())
        .filter(|g| crate::search::has_all(&g.search_text, &words))
        .collect()
}

/// The blocks of step `step` (from 1), after the guide's opening on the first step; none if there is no such
/// step.
fn blocks(guide: &Guide, step: usize) -> impl Iterator<Item = &Block> {
    let blocks = step.checked_sub(1).and_then(|i| guide.steps.get(i)).map(|s| s.blocks.as_slice());
    let intro = if step == 1 { guide.intro.as_slice() } else { &[] };
    blocks.map(|b| intro.iter().chain(b)).into_iter().flatten()
}

/// The items of checklist `index` on step `step` (from 1), if that step has it.
pub fn checklist(guide: &Guide, step: usize, index: usize) -> Option<&[String]> {
    blocks(guide, step).find_map(|b| match b {
        Block::Checklist { index: i, items } if *i == index => Some(items.as_slice()),
        _ => None,
    })
}

/// The question of reflection `index` on step `step` (from 1), if that step has it.
pub fn reflection(guide: &Guide, step: usize, index: usize) -> Option<&str> {
    blocks(guide, step).find_map(|b| match b {
        Block::Reflect { index: i, question } if *i == index => Some(question.as_str()),
        _ => None,
    })
}

/// How many checklists the guide has (they are numbered from 0 across the whole guide).
pub fn checklist_count(guide: &Guide) -> usize {
    guide
        .intro
        .iter()
        .chain(guide.steps.iter().flat_map(|s| s.blocks.iter()))
        .filter_map(|b| match b {
            Block::Checklist { index, .. } => Some(index + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::guide::Step;

    fn guide() -> Guide {
        let checklist = |index| Block::Checklist { index, items: vec!["a".into(), "b".into()] };
        let reflect = |index| Block::Reflect { index, question: format!("question {index}") };
        Guide {
            slug: "g".into(),
            code: "abcde".into(),
            title: "G".into(),
            summary: String::new(),
            topics: Vec::new(),
            audience: Audience::Both,
            minutes: 1,
            reviewed: String::new(),
            sources: Vec::new(),
            bsl: None,
            videos: Vec::new(),
            draft_translation: false,
            intro: vec![checklist(0)],
            steps: vec![
                Step { title: "one".into(), blocks: vec![reflect(0)] },
                Step { title: "two".into(), blocks: vec![checklist(1), reflect(1)] },
            ],
            search_text: String::new(),
        }
    }

    #[test]
    fn parts_are_found_only_on_their_own_step() {
        let guide = guide();
        assert_eq!(checklist(&guide, 1, 0).map(<[String]>::len), Some(2), "the opening belongs to step 1");
        assert_eq!(checklist(&guide, 2, 0), None);
        assert!(checklist(&guide, 2, 1).is_some());
        assert_eq!(reflection(&guide, 1, 0), Some("question 0"));
        assert_eq!(reflection(&guide, 1, 1), None);
        assert_eq!(reflection(&guide, 2, 1), Some("question 1"));
        assert_eq!(reflection(&guide, 0, 0), None);
        assert_eq!(reflection(&guide, 3, 0), None);
        assert_eq!(checklist_count(&guide), 2);
    }
}
