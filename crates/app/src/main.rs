//! pyplay's page: a Yew app. `state/` holds the reducers (the run session, the workspace),
//! `hooks/` the effects around them (Python, loading and saving, the embedding page),
//! `components/` one function component per file, `python/` the workers, `lessons.rs` loading,
//! `storage.rs` saving, `page.rs` the URL's options and links, `indent.rs` the console's
//! indentation. See docs/ARCHITECTURE.md.

mod components;
mod download;
mod drawing;
mod durable;
mod hooks;
mod host_page;
mod indent;
mod keys;
mod lessons;
mod page;
mod python;
mod state;
mod storage;

fn main() {
    yew::Renderer::<components::app::App>::new().render();
}
