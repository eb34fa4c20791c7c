//! "A new version of pyplay is ready — Reload to use it (your code is saved)". A new deploy's
//! service worker installs next to the one serving this page and waits (web/sw.js), so a page
//! never mixes files of two versions. This notice shows while one waits; Reload asks it to take
//! over and reloads the page once it controls it. A pyplay page whose service worker is replaced
//! (Reload in another tab) reloads too: it would otherwise get the new version's worker files
//! for its old interpreter. See docs/ARCHITECTURE.md, "Offline and updates".

use pyplay_protocol::service_worker::ToServiceWorker;
use pyplay_protocol::wire;

use gloo_events::EventListener;

use crate::hooks::use_words::use_words;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration};
use yew::prelude::*;

/// How often a page left open asks the server for a new version (browsers check on navigation).
const CHECK_EVERY_MS: u32 = 30 * 60 * 1000;

#[derive(Default)]
struct Watch {
    listeners: Vec<EventListener>,
    registration: Option<ServiceWorkerRegistration>,
    update_checks: Option<gloo_timers::callback::Interval>,
    /// The learner pressed Reload: reload when the new version takes over.
    reloading: bool,
    unmounted: bool,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Follows the page's service worker registration; `show` when a new version waits.
fn watch(container: ServiceWorkerContainer, show: Callback<()>, state: Rc<RefCell<Watch>>) {
    // Replaced while it had one: a new version took over (here or in another tab).
    let had_controller = Cell::new(container.controller().is_some());
    let on_change = {
        let state = state.clone();
        EventListener::new(&container, "controllerchange", move |_| {
            if had_controller.replace(true) || state.borrow().reloading {
                reload();
            }
        })
    };
    state.borrow_mut().listeners.push(on_change);

    spawn_local(async move {
        // Resolves once a service worker is active: at once on later visits, after the precache
        // on the first one (python/boot.rs registers it).
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if state.borrow().unmounted {
            return;
        }
        let check: Rc<dyn Fn()> = {
            let (registration, container) = (registration.clone(), container.clone());
            Rc::new(move || {
                if registration.waiting().is_some() && container.controller().is_some() {
                    show.emit(());
                }
            })
        };
        let follow = {
            let check = check.clone();
            move |worker: ServiceWorker| {
                let check = check.clone();
                EventListener::new(&worker, "statechange", move |_| check())
            }
        };
        let on_found = {
            let (registration, state, follow) =
                (registration.clone(), state.clone(), follow.clone());
            EventListener::new(&registration.clone(), "updatefound", move |_| {
                if let Some(installing) = registration.installing() {
                    state.borrow_mut().listeners.push(follow(installing));
                }
            })
        };
        let update_checks = {
            let registration = registration.clone();
            gloo_timers::callback::Interval::new(CHECK_EVERY_MS, move || {
                if let Ok(promise) = registration.update() {
                    spawn_local(async move {
                        let _ = JsFuture::from(promise).await; // Offline: try next time.
                    });
                }
            })
        };
        let mut state = state.borrow_mut();
        state.listeners.push(on_found);
        if let Some(installing) = registration.installing() {
            state.listeners.push(follow(installing));
        }
        state.update_checks = Some(update_checks);
        state.registration = Some(registration);
        drop(state);
        check();
    });
}

#[component]
pub fn UpdateNotice() -> Html {
    let shown = use_state(|| false);
    let state = use_mut_ref(Watch::default);
    {
        let (shown, state) = (shown.setter(), state.clone());
        use_effect_with((), move |_| {
            if let Some(container) = container() {
                watch(
                    container,
                    Callback::from(move |()| shown.set(true)),
                    state.clone(),
                );
            }
            move || {
                let mut state = state.borrow_mut();
                state.unmounted = true;
                state.listeners.clear();
                state.update_checks = None;
            }
        });
    }
    let on_reload = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let waiting = {
                let mut state = state.borrow_mut();
                state.reloading = true;
                state.registration.as_ref().and_then(|r| r.waiting())
            };
            match waiting {
                // Reloads on controllerchange (above).
                Some(worker) => {
                    let _ = worker.post_message(&wire::to_js(&ToServiceWorker::SkipWaiting));
                }
                None => reload(),
            }
        })
    };
    let on_later = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(false))
    };
    let words = use_words();
    // The live region is always there, so screen readers announce the notice when it appears.
    html! {
        <div class="update-notice" role="status">
            if *shown {
                { format!("{} ", words.text("update-ready")) }
                <button type="button" id="update-reload" onclick={on_reload}>{ words.text("update-reload") }</button>
                { format!(" {}", words.text("update-to-use")) }
                <button type="button" class="later" onclick={on_later}>{ words.text("update-later") }</button>
            }
        </div>
    }
}
