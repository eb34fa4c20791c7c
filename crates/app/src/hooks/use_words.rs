//! The page's words in the learner's language (`pyplay_i18n`): `App` provides the catalog of
//! the language `use_preferences` chose; components read it with `use_words`.

use pyplay_i18n::{Language, Words};
use std::rc::Rc;
use yew::prelude::*;

/// The catalog `App` provides (English outside it).
#[hook]
pub fn use_words() -> Rc<Words> {
    use_context::<Rc<Words>>().unwrap_or_else(|| Rc::new(Words::new(Language::English)))
}
