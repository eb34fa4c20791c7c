use crate::hooks::use_words::use_words;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// How much of the interpreter has arrived (index.html's `pyplayDownload`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Download {
    loaded: f64,
    /// 0 when unknown.
    total: f64,
    done: bool,
}

fn read_download() -> Download {
    let Ok(value) = Reflect::get(&js_sys::global(), &"pyplayDownload".into()) else {
        return Download::default();
    };
    let field = |name: &str| Reflect::get(&value, &name.into()).unwrap_or(JsValue::UNDEFINED);
    Download {
        loaded: field("loaded").as_f64().unwrap_or(0.0),
        total: field("total").as_f64().unwrap_or(0.0),
        // Nothing to show when there is no such download (the interpreter came another way).
        done: value.is_undefined() || field("done").is_truthy(),
    }
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1e6)
}

/// While Python downloads (the first visit, possibly on slow wifi): how far along it is, and
/// that only the first visit is slow.
#[component]
pub fn StartupProgress() -> Html {
    let words = use_words();
    let download = use_state_eq(read_download);
    {
        let download = download.setter();
        use_effect_with((), move |_| {
            let timer = gloo_timers::callback::Interval::new(250, move || {
                download.set(read_download());
            });
            move || drop(timer)
        });
    }
    // Not worth a word when it is over in a blink (a cached visit).
    if download.done || download.loaded < 1e5 {
        return html! {};
    }
    let told = if download.total > 0.0 {
        words.text_with(
            "download-of",
            &[
                ("loaded", megabytes(download.loaded).into()),
                ("total", megabytes(download.total).into()),
            ],
        )
    } else {
        words.text_with(
            "download-so-far",
            &[("loaded", megabytes(download.loaded).into())],
        )
    };
    html! {
        <div class="startup-progress" role="status">
            if download.total > 0.0 {
                <progress max={download.total.to_string()} value={download.loaded.to_string()}
                    aria-label={words.text("download-label")} />
            }
            <span>{ format!("{told} {}", words.text("download-first-visit")) }</span>
        </div>
    }
}
