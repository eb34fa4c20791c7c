//! pyplay's page: a Yew app. `components/` holds one function component per file, `state.rs` the
//! run state reducer, `python.rs` the worker handle, `lessons.rs` loading, `storage.rs` saving.

mod components;
mod host_page;
mod lessons;
mod page;
mod python;
mod state;
mod storage;

fn main() {
    yew::Renderer::<components::app::App>::new().render();
}
