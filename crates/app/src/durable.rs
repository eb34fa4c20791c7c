//! A second copy of each saved program, in IndexedDB, that survives a killed browser.
//!
//! Chromium writes localStorage to disk lazily (seconds later), so a browser killed (or a laptop
//! whose battery dies) just after typing loses the last edits. A `readwrite` IndexedDB
//! transaction with `durability: "strict"` is on disk when it completes. The page writes here
//! after a moment of quiet (`hooks/use_workspace.rs`) the same raw entries it put in
//! localStorage (key → JSON with the code and its save time); at start `storage::recover` puts
//! back any copy newer than localStorage's. Plain `web-sys` bindings: the only IndexedDB this
//! page needs is put, delete and read all, and a crate's wrapper would weigh more.

use js_sys::{Array, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction};

const DATABASE: &str = "pyplay";
const STORE: &str = "code";

#[wasm_bindgen]
extern "C" {
    /// An `IDBDatabase`, for `transaction(store, mode, {durability})`: web-sys has the
    /// options only as an unstable API.
    #[wasm_bindgen(js_name = IDBDatabase)]
    type DatabaseWithOptions;
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_options(
        this: &DatabaseWithOptions,
        store: &str,
        mode: &str,
        options: &JsValue,
    ) -> Result<IdbTransaction, JsValue>;
}

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Resolves with the request's result once it succeeds. Set up at once, so several requests
/// of one transaction can be awaited one after the other.
fn finished(request: &IdbRequest) -> impl Future<Output = Result<JsValue, JsValue>> + use<> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let request = request.clone();
    async move {
        JsFuture::from(promise).await?;
        request.result()
    }
}

async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.map(drop)
}

async fn database() -> Result<IdbDatabase, JsValue> {
    if let Some(database) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(database);
    }
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or("no IndexedDB")?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(database) = request.result() {
                let _ = database
                    .unchecked_into::<IdbDatabase>()
                    .create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let database: IdbDatabase = finished(&request).await?.unchecked_into();
    request.set_onupgradeneeded(None);
    OPEN.with(|open| *open.borrow_mut() = Some(database.clone()));
    Ok(database)
}

/// Writes entries (None: deletes the key) and returns once they are on disk.
pub async fn write(entries: Vec<(String, Option<String>)>) -> Result<(), JsValue> {
    let database = database().await?;
    let options = Object::new();
    Reflect::set(&options, &"durability".into(), &"strict".into())?;
    let transaction = database
        .unchecked_ref::<DatabaseWithOptions>()
        .transaction_with_options(STORE, "readwrite", &options)?;
    let store = transaction.object_store(STORE)?;
    for (key, value) in entries {
        match value {
            Some(value) => store.put_with_key(&value.into(), &key.into())?,
            None => store.delete(&key.into())?,
        };
    }
    committed(&transaction).await
}

/// Every entry, as (key, raw value).
pub async fn read_all() -> Result<Vec<(String, String)>, JsValue> {
    let database = database().await?;
    let transaction = database.transaction_with_str(STORE)?;
    let store = transaction.object_store(STORE)?;
    let (keys, values) = (
        finished(&store.get_all_keys()?),
        finished(&store.get_all()?),
    );
    let keys: Array = keys.await?.unchecked_into();
    let values: Array = values.await?.unchecked_into();
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, value.as_string()?)))
        .collect())
}
