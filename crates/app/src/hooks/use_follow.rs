//! A scrolling box that follows what is added to it, like a terminal: it stays scrolled to the
//! newest line unless the learner scrolled up to read; then it stays where they are and says
//! there is more below until they go back down.

use yew::prelude::*;

/// How close to the bottom (px) still counts as "at the bottom".
const SLACK: i32 = 24;

pub struct Follow {
    /// For the box's `onscroll`.
    pub onscroll: Callback<Event>,
    /// New content arrived while the learner was reading further up.
    pub unseen: bool,
    /// Scrolls to the newest content and follows again.
    pub to_newest: Callback<MouseEvent>,
}

fn at_bottom(element: &web_sys::Element) -> bool {
    element.scroll_top() + element.client_height() >= element.scroll_height() - SLACK
}

fn scroll_to_bottom(element: &web_sys::Element) {
    element.set_scroll_top(element.scroll_height());
}

/// Follows `content` (anything that changes when the box gets more) in the element `node`.
#[hook]
pub fn use_follow<T: PartialEq + 'static>(node: &NodeRef, content: T) -> Follow {
    let following = use_mut_ref(|| true);
    let unseen = use_state_eq(|| false);
    {
        let (node, following, unseen) = (node.clone(), following.clone(), unseen.setter());
        use_effect_with(content, move |_| {
            if let Some(element) = node.cast::<web_sys::Element>() {
                if *following.borrow() {
                    scroll_to_bottom(&element);
                } else if !at_bottom(&element) {
                    unseen.set(true);
                }
            }
        });
    }
    let onscroll = {
        let (node, following, unseen) = (node.clone(), following.clone(), unseen.setter());
        Callback::from(move |_: Event| {
            if let Some(element) = node.cast::<web_sys::Element>() {
                let bottom = at_bottom(&element);
                *following.borrow_mut() = bottom;
                if bottom {
                    unseen.set(false);
                }
            }
        })
    };
    let to_newest = {
        let (node, following, unseen) = (node.clone(), following.clone(), unseen.setter());
        Callback::from(move |_: MouseEvent| {
            *following.borrow_mut() = true;
            unseen.set(false);
            if let Some(element) = node.cast::<web_sys::Element>() {
                scroll_to_bottom(&element);
            }
        })
    };
    Follow {
        onscroll,
        unseen: *unseen,
        to_newest,
    }
}
