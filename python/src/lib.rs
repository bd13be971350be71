//! `kashif._kashif`: the Python face of the extractor (PyO3).
//!
//! A thin layer over the core, like the WASM face: offsets leave as code
//! points (Python's `str` indices) through [`kashif::interop::records`],
//! so the Python package, the CLI and the page return the same entities
//! for the same text. Core errors become `ValueError` (bad type, date,
//! convention or lexicon) with the core's message.
//!
//! The GIL is released while extracting. `extract_many` spreads texts over
//! worker threads, each with its own core extractor (kept in a pool across
//! calls): the tagger's word memo sits behind a lock that one shared
//! extractor would make every thread wait on.

use kashif::interop::{records, Record, Unit};
use kashif::{Convention, ErrorKind, Kind, LexiconEntry, Options, Ymd};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

fn py_err(e: kashif::Error) -> PyErr {
    match e.kind() {
        ErrorKind::UnknownKind
        | ErrorKind::BadDate
        | ErrorKind::BadLexicon
        | ErrorKind::UnknownConvention => PyValueError::new_err(e.to_string()),
        _ => PyRuntimeError::new_err(e.to_string()),
    }
}

/// One entity found in a text.
///
/// `text[start:end] == entity.text` for the `str` that was given: offsets
/// are Python string indices (code points), end exclusive.
#[pyclass(frozen, eq, module = "kashif", name = "Entity")]
#[derive(Clone, PartialEq)]
struct Entity {
    /// Index of the first character.
    #[pyo3(get)]
    start: usize,
    /// Index just past the last character.
    #[pyo3(get)]
    end: usize,
    /// The exact text of the span.
    #[pyo3(get)]
    text: String,
    /// The kind code: `"PERS"`, `"ORG"`, `"GPE"`, `"DATE"`, `"MONEY"`, …
    #[pyo3(get, name = "type")]
    kind: String,
    /// The display form (diacritics, tatweel and proclitic removed).
    #[pyo3(get)]
    canonical: String,
    value: Option<serde_json::Value>,
    /// `"pattern"`, `"gazetteer"`, `"model"` or `"user"`.
    #[pyo3(get)]
    source: String,
    /// Confidence in 0..1, three decimals.
    #[pyo3(get)]
    score: f64,
    /// 0 for top-level entities, 1 for nested ones.
    #[pyo3(get)]
    depth: u8,
    /// Mentions of the same entity share a group id.
    #[pyo3(get)]
    group: u32,
    /// The full name of an alias, or the country of a demonym.
    #[pyo3(get)]
    link: Option<String>,
    /// For a demonym (NORP), the country it refers to.
    #[pyo3(get)]
    country: Option<String>,
}

impl Entity {
    fn from_record(r: Record) -> Entity {
        Entity {
            start: r.start,
            end: r.end,
            text: r.text,
            kind: r.kind.code().to_string(),
            canonical: r.canonical,
            value: r.value.and_then(|v| serde_json::to_value(v).ok()),
            source: r.source.as_str().to_string(),
            score: r.score,
            depth: r.depth,
            group: r.group,
            link: r.link,
            country: r.country,
        }
    }
}

#[pymethods]
impl Entity {
    /// The typed value, or `None`: a dict such as
    /// `{"iso": "2024-05-06", "calendar": "gregorian"}`,
    /// `{"amount": 3000000.0, "currency": "MAD"}`, or a number.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match &self.value {
            Some(v) => to_py(py, v),
            None => Ok(py.None().into_bound(py)),
        }
    }

    /// The entity as a dict with the keys of the CLI's JSON (`type`, not
    /// `kind`; `link` and `country` are `None` when absent).
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("type", &self.kind)?;
        d.set_item("canonical", &self.canonical)?;
        d.set_item("value", self.value(py)?)?;
        d.set_item("source", &self.source)?;
        d.set_item("score", self.score)?;
        d.set_item("depth", self.depth)?;
        d.set_item("group", self.group)?;
        d.set_item("link", &self.link)?;
        d.set_item("country", &self.country)?;
        Ok(d)
    }

    /// Pickling (multiprocessing, Spark): the fields, the value as JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (EntityState,))> {
        let e = slf.get();
        let state = (
            e.start,
            e.end,
            e.text.clone(),
            e.kind.clone(),
            e.canonical.clone(),
            e.value.as_ref().map(|v| v.to_string()),
            e.source.clone(),
            e.score,
            e.depth,
            e.group,
            e.link.clone(),
            e.country.clone(),
        );
        Ok((slf.get_type().getattr("_restore")?, (state,)))
    }

    /// The inverse of `__reduce__`.
    #[staticmethod]
    fn _restore(state: EntityState) -> PyResult<Entity> {
        let (start, end, text, kind, canonical, value, source, score, depth, group, link, country) =
            state;
        let value = value
            .map(|v| serde_json::from_str(&v))
            .transpose()
            .map_err(|e| PyValueError::new_err(format!("Entity value: {e}")))?;
        Ok(Entity {
            start,
            end,
            text,
            kind,
            canonical,
            value,
            source,
            score,
            depth,
            group,
            link,
            country,
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Entity(start={}, end={}, type={:?}, text={:?})",
            self.start, self.end, self.kind, self.text
        )
    }
}

/// An [`Entity`]'s fields in order, for pickling.
type EntityState = (
    usize,
    usize,
    String,
    String,
    String,
    Option<String>,
    String,
    f64,
    u8,
    u32,
    Option<String>,
    Option<String>,
);

/// A JSON value as the Python value `json.loads` would give.
fn to_py<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value as J;
    Ok(match v {
        J::Null => py.None().into_bound(py),
        J::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        J::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(f)) => f.into_pyobject(py)?.into_any(),
            (None, None) => n.to_string().into_pyobject(py)?.into_any(),
        },
        J::String(s) => PyString::new(py, s).into_any(),
        J::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        J::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// Finds named entities in Arabic text: people, organisations, places,
/// dates, times, amounts, …
///
/// Build one and reuse it: building loads the gazetteers and the model.
///
/// `lexicon`: the user's own terms, as the CLI's `--lexicon` file: a list
/// of dicts `{"text": "…", "type": "ORG"}` (added terms) and
/// `{"text": "…", "never": True}` (never tagged), or the path of a JSON
/// file holding such a list. Raises `ValueError` for a bad entry.
#[pyclass(frozen, module = "kashif", name = "Extractor")]
struct Extractor {
    main: kashif::Extractor,
    lexicon: Vec<LexiconEntry>,
    /// Extractors for `extract_many`'s worker threads.
    pool: Mutex<Vec<kashif::Extractor>>,
}

impl Extractor {
    fn build(lexicon: &[LexiconEntry]) -> PyResult<kashif::Extractor> {
        let mut builder = kashif::Extractor::builder();
        builder.lexicon(lexicon.to_vec());
        builder.build().map_err(py_err)
    }
}

/// The lexicon argument: a list of dicts, or a path to a JSON file.
fn lexicon_entries(py: Python<'_>, lexicon: &Bound<'_, PyAny>) -> PyResult<Vec<LexiconEntry>> {
    let os = py.import("os")?;
    let is_path =
        lexicon.is_instance_of::<PyString>() || lexicon.is_instance(&os.getattr("PathLike")?)?;
    let (json, what) = if is_path {
        let path: String = os.call_method1("fspath", (lexicon,))?.extract()?;
        let text = std::fs::read_to_string(&path)
            .map_err(|e| PyValueError::new_err(format!("reading lexicon {path}: {e}")))?;
        (text, format!("lexicon {path}"))
    } else {
        let dumps = py.import("json")?.getattr("dumps")?;
        let text: String = dumps
            .call1((lexicon,))
            .map_err(|e| PyTypeError::new_err(format!("lexicon: not JSON-like data ({e})")))?
            .extract()?;
        (text, "lexicon".to_string())
    };
    serde_json::from_str(&json).map_err(|e| {
        PyValueError::new_err(format!(
            "{what}: expected [{{\"text\": …, \"type\": …}}, …] ({e})"
        ))
    })
}

/// A date argument: `"YYYY-MM-DD"`, a `datetime.date` (or anything with
/// `year`, `month` and `day`), or `None`.
fn date_arg(date: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Ymd>> {
    let Some(date) = date.filter(|d| !d.is_none()) else {
        return Ok(None);
    };
    let text = if let Ok(s) = date.extract::<String>() {
        s
    } else if let (Ok(y), Ok(m), Ok(d)) = (
        date.getattr("year").and_then(|v| v.extract::<i32>()),
        date.getattr("month").and_then(|v| v.extract::<u32>()),
        date.getattr("day").and_then(|v| v.extract::<u32>()),
    ) {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        return Err(PyTypeError::new_err(
            "document_date: expected \"YYYY-MM-DD\" or a datetime.date",
        ));
    };
    text.parse::<Ymd>().map(Some).map_err(py_err)
}

/// The `types` argument: a list of kind codes, one comma-separated
/// string (as the CLI's `--types`), or `None` for every kind; the
/// `convention` argument: `"kashif"` (the default), `"anercorp"` or
/// `"aqmar"` (as the CLI's `--convention`).
fn options(
    types: Option<&Bound<'_, PyAny>>,
    nested: bool,
    convention: Option<&str>,
) -> PyResult<Options> {
    let codes: Option<Vec<String>> = match types.filter(|t| !t.is_none()) {
        None => None,
        Some(t) => Some(match t.extract::<String>() {
            Ok(joined) => joined.split(',').map(str::to_string).collect(),
            Err(_) => t.extract()?,
        }),
    };
    let kinds = codes
        .map(|ts| ts.iter().map(|t| t.parse::<Kind>()).collect())
        .transpose()
        .map_err(py_err)?;
    let convention = convention
        .map(str::parse::<Convention>)
        .transpose()
        .map_err(py_err)?
        .unwrap_or_default();
    Ok(Options {
        kinds,
        nested,
        document_date: None,
        convention,
    })
}

fn entities(ex: &kashif::Extractor, text: &str, opts: &Options) -> Vec<Entity> {
    let found = ex.extract(text, opts);
    records(text, &found, Unit::CodePoints)
        .into_iter()
        .map(Entity::from_record)
        .collect()
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (lexicon=None))]
    fn new(py: Python<'_>, lexicon: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let lexicon = match lexicon.filter(|l| !l.is_none()) {
            Some(l) => lexicon_entries(py, l)?,
            None => Vec::new(),
        };
        let main = py.detach(|| Extractor::build(&lexicon))?;
        Ok(Extractor {
            main,
            lexicon,
            pool: Mutex::new(Vec::new()),
        })
    }

    /// The entities of `text`, sorted by start (outer before nested).
    ///
    /// `types`: only these kinds (e.g. `["PERS", "ORG"]` or `"PERS,ORG"`); `nested`: also
    /// entities inside others (depth 1); `document_date`: the article's
    /// date, `"YYYY-MM-DD"` or a `datetime.date`, for relative dates;
    /// `convention`: whose annotation convention the names follow,
    /// `"kashif"` (Wojood's, the default), `"anercorp"` or `"aqmar"`.
    /// Raises `ValueError` for an unknown type, date or convention.
    #[pyo3(signature = (text, types=None, nested=false, document_date=None, convention=None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: String,
        types: Option<&Bound<'_, PyAny>>,
        nested: bool,
        document_date: Option<&Bound<'_, PyAny>>,
        convention: Option<&str>,
    ) -> PyResult<Vec<Entity>> {
        let mut opts = options(types, nested, convention)?;
        opts.document_date = date_arg(document_date)?;
        Ok(py.detach(|| entities(&self.main, &text, &opts)))
    }

    /// `extract`, and the mention groups the entities' `group` ids point
    /// to: `(entities, groups)`, each group a dict `{"id", "name", "type",
    /// "mentions", "variants"}` (the CLI's `groups`).
    #[pyo3(signature = (text, types=None, nested=false, document_date=None, convention=None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: String,
        types: Option<&Bound<'_, PyAny>>,
        nested: bool,
        document_date: Option<&Bound<'_, PyAny>>,
        convention: Option<&str>,
    ) -> PyResult<(Vec<Entity>, Bound<'py, PyAny>)> {
        let mut opts = options(types, nested, convention)?;
        opts.document_date = date_arg(document_date)?;
        let (found, groups) = py.detach(|| {
            let analysis = self.main.analyze(&text, &opts);
            let found = records(&text, &analysis.entities, Unit::CodePoints)
                .into_iter()
                .map(Entity::from_record)
                .collect::<Vec<_>>();
            (found, serde_json::to_value(&analysis.groups))
        });
        let groups = groups.map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok((found, to_py(py, &groups)?))
    }

    /// `extract` over many texts, on `threads` threads (default: one per
    /// core) with the GIL released; one list of entities per text, in
    /// order.
    ///
    /// `document_date` is one date for every text, or a list with one date
    /// (or `None`) per text.
    #[pyo3(signature = (texts, types=None, nested=false, document_date=None, threads=None, convention=None))]
    #[allow(clippy::too_many_arguments)]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        types: Option<&Bound<'_, PyAny>>,
        nested: bool,
        document_date: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
        convention: Option<&str>,
    ) -> PyResult<Vec<Vec<Entity>>> {
        let opts = options(types, nested, convention)?;
        let dates: Vec<Option<Ymd>> = match document_date.filter(|d| !d.is_none()) {
            Some(d)
                if d.is_instance_of::<PyList>() || d.is_instance_of::<pyo3::types::PyTuple>() =>
            {
                let items: Vec<Bound<'_, PyAny>> = d.extract()?;
                if items.len() != texts.len() {
                    return Err(PyValueError::new_err(format!(
                        "document_date: {} dates for {} texts",
                        items.len(),
                        texts.len()
                    )));
                }
                items
                    .iter()
                    .map(|d| date_arg(Some(d)))
                    .collect::<PyResult<_>>()?
            }
            one => vec![date_arg(one)?; texts.len()],
        };
        let threads = threads
            .filter(|&n| n > 0)
            .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
            .unwrap_or(1)
            .min(texts.len().max(1));
        py.detach(|| self.run_many(&texts, &opts, &dates, threads))
    }

    fn __repr__(&self) -> String {
        format!("Extractor(lexicon=<{} entries>)", self.lexicon.len())
    }
}

impl Extractor {
    fn run_many(
        &self,
        texts: &[String],
        opts: &Options,
        dates: &[Option<Ymd>],
        threads: usize,
    ) -> PyResult<Vec<Vec<Entity>>> {
        let mut workers = {
            let mut pool = self.pool.lock().unwrap_or_else(PoisonError::into_inner);
            let keep = pool.len().saturating_sub(threads);
            pool.split_off(keep)
        };
        while workers.len() < threads {
            workers.push(Extractor::build(&self.lexicon)?);
        }
        let next = AtomicUsize::new(0);
        let mut results: Vec<(usize, Vec<Entity>)> = std::thread::scope(|s| {
            let handles: Vec<_> = workers
                .iter()
                .map(|ex| {
                    let next = &next;
                    s.spawn(move || {
                        let mut mine = Vec::new();
                        let mut opts = opts.clone();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let (Some(text), Some(date)) = (texts.get(i), dates.get(i)) else {
                                return mine;
                            };
                            opts.document_date = *date;
                            mine.push((i, entities(ex, text, &opts)));
                        }
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join())
                .collect::<Result<Vec<_>, _>>()
                .map(|per_thread| per_thread.into_iter().flatten().collect())
        })
        .map_err(|_| PyRuntimeError::new_err("kashif: a worker thread panicked"))?;
        self.pool
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(workers);
        results.sort_unstable_by_key(|r| r.0);
        Ok(results.into_iter().map(|r| r.1).collect())
    }
}

/// The native module; the `kashif` package re-exports its classes.
#[pymodule]
fn _kashif(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Entity>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
