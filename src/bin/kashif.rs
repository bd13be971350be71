//! `kashif`: the command-line face of the extractor, for batch work.
//!
//! * `kashif extract [FILE…]` — each file (or stdin, or `-`) is one text;
//!   prints `{"entities":[…]}` per input as pretty JSON (or CoNLL). Files
//!   named `.docx`, `.odt`, `.html`, `.srt`, `.vtt`, `.txt`, `.csv`, `.md`
//!   are read as that format (`formats.rs`), text in UTF-8, UTF-16 or
//!   Windows-1256.
//! * `kashif extract --jsonl` — each input line is `{"id":…, "text":…}` or a
//!   bare JSON string; each output line is `{"id":…, "entities":[…]}`, in
//!   input order. A broken line yields `{"line":N,"error":"…"}` and the exit
//!   status 2; the other lines are still processed.
//! * Both use every core (`--threads N`): lines (or files) are processed in
//!   parallel and written in input order, with bounded memory (see
//!   [`pipeline`]).
//! * `kashif eval --conll FILE` — seqeval-style P/R/F1 against a CoNLL file.
//! * `kashif train --conll TRAIN [--dev DEV] --out data/model.bin` — trains
//!   the tagger (deterministic for a given seed), reports dev scores.
//!
//! Offsets in JSON are Unicode code points, end exclusive: Python's
//! `text[start:end]` is the entity text.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use kashif::conll;
use kashif::interop::{records, Record, Unit};
use kashif::{Convention, Extractor, Group, Kind, LexiconEntry, Options, Ymd};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "kashif/formats.rs"]
mod formats;
#[path = "kashif/pipeline.rs"]
mod pipeline;

#[derive(Parser)]
#[command(
    name = "kashif",
    version,
    about = "Arabic named-entity extraction with exact offsets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find entities in texts.
    Extract(ExtractArgs),
    /// Score the extractor against a CoNLL file (seqeval entity counting).
    Eval(EvalArgs),
    /// Train the statistical tagger on a CoNLL file.
    Train(TrainArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Conll,
}

#[derive(Args)]
struct CommonOpts {
    /// Only these types, comma-separated (e.g. PERS,ORG,GPE).
    #[arg(long, value_delimiter = ',')]
    types: Vec<String>,
    /// Also report entities nested inside others.
    #[arg(long)]
    nested: bool,
    /// The document's date (YYYY-MM-DD), for relative dates.
    #[arg(long)]
    date: Option<String>,
    /// A user lexicon: a JSON file `[{"text": "…", "type": "ORG"}, {"text": "…", "never": true}]`.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Whose idea of a name to follow: kashif (Wojood's; the default for
    /// extract), anercorp (the default for eval) or aqmar.
    #[arg(long)]
    convention: Option<Convention>,
    /// Use this tagger model file (as `kashif train` writes it) instead of
    /// the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
}

impl CommonOpts {
    fn extractor(&self) -> Result<Extractor> {
        Ok(self.builder()?.build()?)
    }

    fn builder(&self) -> Result<kashif::ExtractorBuilder> {
        let mut builder = Extractor::builder();
        if let Some(path) = &self.model {
            // Read once, shared by every worker for the rest of the process,
            // as the embedded model is.
            static MODEL: std::sync::OnceLock<kashif::tagger::Model> = std::sync::OnceLock::new();
            let model = match MODEL.get() {
                Some(m) => m,
                None => {
                    let bytes = std::fs::read(path)
                        .with_context(|| format!("reading {}", path.display()))?;
                    let m = kashif::tagger::Model::from_bytes(&bytes)
                        .with_context(|| format!("model {}", path.display()))?;
                    MODEL.get_or_init(|| m)
                }
            };
            builder.model(model);
        }
        if let Some(path) = &self.lexicon {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading lexicon {}", path.display()))?;
            let entries: Vec<LexiconEntry> = serde_json::from_str(&text).with_context(|| {
                format!(
                    "lexicon {}: expected [{{\"text\": …, \"type\": …}}, …]",
                    path.display()
                )
            })?;
            builder.lexicon(entries);
        }
        Ok(builder)
    }

    /// The options, with `default_convention` where `--convention` is not given.
    fn options(&self, default_convention: Convention) -> Result<Options> {
        let kinds = if self.types.is_empty() {
            None
        } else {
            Some(
                self.types
                    .iter()
                    .map(|t| t.parse::<Kind>())
                    .collect::<Result<Vec<_>, _>>()?,
            )
        };
        let document_date = self.date.as_deref().map(str::parse::<Ymd>).transpose()?;
        Ok(Options {
            kinds,
            nested: self.nested,
            document_date,
            convention: self.convention.unwrap_or(default_convention),
        })
    }
}

#[derive(Args)]
struct ExtractArgs {
    /// Input files (.txt .csv .md .html .srt .vtt .docx .odt, or any UTF-8
    /// text); none or `-` reads standard input.
    files: Vec<PathBuf>,
    /// Read and write JSON Lines (same as --format jsonl).
    #[arg(long)]
    jsonl: bool,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Worker threads (default: one per core). The output is the same
    /// whatever the number.
    #[arg(long)]
    threads: Option<NonZeroUsize>,
    #[command(flatten)]
    common: CommonOpts,
}

#[derive(Args)]
struct EvalArgs {
    /// A CoNLL file: `token TAG` per line, blank line between sentences.
    #[arg(long)]
    conll: PathBuf,
    /// Also print each wrong span (false positives as `+`, misses as `-`)
    /// with its sentence, to stderr.
    #[arg(long)]
    errors: bool,
    /// Read the file as one running text (sentences joined by line
    /// breaks), as a pasted article, instead of one sentence at a time.
    #[arg(long)]
    as_document: bool,
    #[command(flatten)]
    common: CommonOpts,
}

#[derive(Args)]
struct TrainArgs {
    /// Training data (CoNLL: `token TAG`, blank line between sentences).
    #[arg(long)]
    conll: PathBuf,
    /// Development data; without it the last `--dev-fraction` of the
    /// training sentences is held out.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Fraction of the training sentences held out as dev when no --dev.
    #[arg(long, default_value_t = 0.1)]
    dev_fraction: f64,
    /// The annotation convention of `--conll` and `--dev`.
    #[arg(long, default_value = "anercorp")]
    convention: Convention,
    /// Extra training data (added after the dev split is carved out), as
    /// `CONVENTION=PATH` (e.g. `kashif=wojood/train.txt`, `aqmar=train.txt`)
    /// or `PATH` for `--convention`'s.
    #[arg(long)]
    extra: Vec<String>,
    /// Which slice to hold out as dev (0-based; default: the last).
    #[arg(long)]
    dev_fold: Option<usize>,
    /// Induced names by slice of `--conll` (the slices `--dev-fold` cuts),
    /// `word<TAB>` and one digit per slice (1 person, 2 organisation, 4
    /// place, summed), as `scripts/fold_induced.sh` writes them: the
    /// sentences of slice j are featurised with `--clusters`' table with
    /// its induced name bits replaced by digit j, from a tagger that never
    /// saw slice j's labels. The model ships `--clusters`' table.
    #[arg(long)]
    fold_induced: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Seed of the sentence order.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Passes over the training data.
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    /// Word clusters: `word<TAB>cluster` per line (see scripts/); default
    /// `data/clusters.tsv` when it exists.
    #[arg(long)]
    clusters: Option<PathBuf>,
    /// Folds of the jackknifed train-set entity memory (0: no memory).
    #[arg(long, default_value_t = 5)]
    memory_folds: usize,
    /// Perceptrons (different sentence orders) averaged into the model.
    #[arg(long, default_value_t = 6)]
    bags: usize,
    /// Passive-aggressive updates with this largest step (0: perceptron).
    #[arg(long, default_value_t = 0.0)]
    pa_c: f32,
    /// Prune weights smaller than this in magnitude.
    #[arg(long, default_value_t = 0.0)]
    prune: f32,
    /// Levels of the codebook the weights are quantised to (1 to 255):
    /// fewer make a model that compresses smaller (32: 173 KB less brotli
    /// for the shipped recipe, the same F1 on the train file's slices).
    #[arg(long, default_value_t = 255, value_parser = clap::value_parser!(u16).range(1..=255))]
    levels: u16,
    /// After scoring on dev, retrain on train + held-out dev and write that.
    #[arg(long)]
    final_model: bool,
    /// The bias against `O` subtracted before decoding (higher: more names,
    /// less sure ones). Without it, the value with the best dev F1 of the
    /// tagger alone is chosen, which on one dev slice is noisy (see the
    /// README, "Training the tagger").
    #[arg(long)]
    o_bias: Option<f32>,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("kashif: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
        Command::Train(args) => train(args),
    }
}

#[derive(Serialize)]
struct Output<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    entities: Vec<Record>,
    groups: Vec<Group>,
}

impl<'a> Output<'a> {
    fn new(id: Option<&'a serde_json::Value>, text: &str, analysis: kashif::Analysis) -> Self {
        Output {
            id,
            entities: records(text, &analysis.entities, Unit::CodePoints),
            groups: analysis.groups,
        }
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let opts = args.common.options(Convention::Kashif)?;
    // --jsonl sets the input mode; the output follows it unless --format says otherwise.
    let format = args.format.unwrap_or(if args.jsonl {
        Format::Jsonl
    } else {
        Format::Json
    });
    // Built here so that a bad lexicon is reported before any work; the
    // first worker thread takes it, the others build their own (see
    // `pipeline`).
    let first = std::sync::Mutex::new(Some(args.common.extractor()?));
    let make_worker = || match first.lock().ok().and_then(|mut f| f.take()) {
        Some(extractor) => Ok(extractor),
        None => args.common.extractor(),
    };
    let threads = args
        .threads
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let inputs: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut write = |done: Result<Done>| -> Result<()> {
        let done = done?;
        if let Some(warning) = done.warning {
            eprintln!("kashif: {warning}");
        }
        failed |= done.failed;
        out.write_all(&done.out)?;
        Ok(())
    };
    if args.jsonl {
        let jobs = pipeline::line_batches(&inputs, |p: &PathBuf| open(p));
        pipeline::run_ordered(
            threads,
            jobs,
            make_worker,
            |ex, lines| extract_lines(ex, &opts, format, &lines),
            &mut write,
        )?;
    } else {
        let named = inputs.len() > 1 || format == Format::Jsonl;
        pipeline::run_ordered(
            threads.min(inputs.len()),
            inputs.iter().map(Ok),
            make_worker,
            |ex, path| extract_file(ex, &opts, format, path, named),
            &mut write,
        )?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// What one job of `extract` gives: output bytes, a message for stderr,
/// and whether some input failed.
#[derive(Default)]
struct Done {
    out: Vec<u8>,
    warning: Option<String>,
    failed: bool,
}

/// One file (or stdin) as one text; `named`: its path is its id.
fn extract_file(
    extractor: &Extractor,
    opts: &Options,
    format: Format,
    path: &Path,
    named: bool,
) -> Result<Done> {
    let mut done = Done::default();
    let bytes = read_all(path)?;
    // Word, OpenDocument, web pages, subtitles and legacy encodings are
    // read as text first; anything else must be UTF-8. A UTF-8 byte order
    // mark is not text (the page's decoder drops it too, so offsets agree).
    let text = match formats::text_of(path, &bytes) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => String::from_utf8(bytes).map(|mut t| {
            if t.starts_with('\u{feff}') {
                t.drain(..'\u{feff}'.len_utf8());
            }
            t
        }),
        Err(e) => {
            done.warning = Some(format!("{}: {e:#}; skipped", path.display()));
            done.failed = true;
            return Ok(done);
        }
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            done.warning = Some(format!(
                "{}: not valid UTF-8 (first bad byte at offset {}); skipped",
                path.display(),
                e.utf8_error().valid_up_to()
            ));
            done.failed = true;
            return Ok(done);
        }
    };
    let id = named.then(|| serde_json::Value::from(path.display().to_string()));
    emit(
        &mut done.out,
        format,
        id.as_ref(),
        &text,
        extractor.analyze(&text, opts),
    )?;
    Ok(done)
}

/// Writes one text's analysis in `format`.
fn emit(
    out: &mut impl Write,
    format: Format,
    id: Option<&serde_json::Value>,
    text: &str,
    analysis: kashif::Analysis,
) -> Result<()> {
    match format {
        Format::Conll => write_conll(text, &analysis.entities, out)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &Output::new(id, text, analysis))?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &Output::new(id, text, analysis))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// A batch of JSON lines; a broken line gives an error record and marks
/// the batch failed.
fn extract_lines(
    extractor: &Extractor,
    opts: &Options,
    format: Format,
    lines: &pipeline::Lines,
) -> Result<Done> {
    let mut done = Done::default();
    let out = &mut done.out;
    for (n, parsed) in kashif::jsonl::read(lines.first, &lines.bytes) {
        match parsed {
            Ok(kashif::jsonl::Input { id, text }) => {
                let id = id.unwrap_or_else(|| serde_json::Value::from(n));
                emit(
                    out,
                    format,
                    Some(&id),
                    &text,
                    extractor.analyze(&text, opts),
                )?;
            }
            Err(error) => {
                done.failed = true;
                serde_json::to_writer(&mut *out, &serde_json::json!({"line": n, "error": error}))?;
                writeln!(out)?;
            }
        }
    }
    Ok(done)
}

/// The tagger's names alone in `doc`: the rules run first (the tagger
/// reads their titles and names as features), then their candidates are
/// dropped.
fn tagged_alone(
    rules: &kashif::recognize::rules::RuleRecognizer,
    rec: &kashif::recognize::model::ModelRecognizer,
    doc: &kashif::recognize::Doc<'_>,
) -> Vec<kashif::recognize::Candidate> {
    use kashif::recognize::Recognizer;
    let mut out = Vec::new();
    rules.find(doc, &mut out);
    rec.find(doc, &mut out);
    out.retain(|c| c.source == kashif::Source::Model);
    out
}

fn write_conll(text: &str, entities: &[kashif::Entity], out: &mut impl Write) -> Result<()> {
    let doc = kashif::recognize::Doc::new(text, None);
    for tok in &doc.tokens {
        let (s, e) = doc.norm.to_original(tok.start, tok.end);
        let ent = entities
            .iter()
            .find(|x| x.depth == 0 && x.start < e && s < x.end);
        let tag = match ent {
            Some(x) if x.start >= s => format!("B-{}", x.kind),
            Some(x) => format!("I-{}", x.kind),
            None => "O".to_string(),
        };
        writeln!(out, "{}\t{tag}", &text[s..e])?;
    }
    writeln!(out)?;
    Ok(())
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let opts = args.common.options(Convention::Anercorp)?;
    let text = std::fs::read_to_string(&args.conll)
        .with_context(|| format!("reading {}", args.conll.display()))?;
    let sentences = conll::parse(&text);
    if sentences.is_empty() {
        bail!("{}: no sentences", args.conll.display());
    }
    let extractor = args.common.extractor()?;
    let mut scores = conll::Scores::default();
    let started = std::time::Instant::now();
    let predicted: Vec<Vec<String>> = if args.as_document {
        conll::predict_document_tags(&extractor, &sentences, &opts)
    } else {
        sentences
            .iter()
            .map(|s| conll::predict_tags(&extractor, &s.tokens, &opts))
            .collect()
    };
    for (s, predicted) in sentences.iter().zip(&predicted) {
        scores.add(&s.tags, predicted);
        if args.errors {
            print_errors(s, predicted);
        }
    }
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    println!(
        "{}: {} sentences, {} tokens, {:.2}s",
        args.conll.display(),
        sentences.len(),
        tokens,
        started.elapsed().as_secs_f64()
    );
    print!("{}", scores.report());
    Ok(ExitCode::SUCCESS)
}

/// Prints the spans on which `predicted` and the gold tags disagree.
fn print_errors(s: &conll::Sentence, predicted: &[String]) {
    let gold = conll::spans(&s.tags);
    let pred = conll::spans(predicted);
    let words = |a: usize, b: usize| s.tokens[a..b].join(" ");
    let sentence = s.tokens.join(" ");
    for (sign, mine, other) in [('+', &pred, &gold), ('-', &gold, &pred)] {
        for e in mine.iter().filter(|e| !other.contains(e)) {
            eprintln!("{sign}{}\t{}\t{sentence}", e.0, words(e.1, e.2));
        }
    }
}

fn read_conll(path: &Path) -> Result<Vec<conll::Sentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let sentences = conll::parse(&text);
    if sentences.is_empty() {
        bail!("{}: no sentences", path.display());
    }
    Ok(sentences)
}

/// The word tables of `--fold-induced`: the table of `table_text` with
/// each slice's induced name bits.
fn read_fold_induced(
    path: &Path,
    table_text: &str,
    slices: usize,
) -> Result<Vec<kashif::tagger::lexicon::Clusters>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut kinds: std::collections::HashMap<&str, &[u8]> = Default::default();
    for (n, line) in text.lines().enumerate() {
        let (word, digits) = line
            .split_once('\t')
            .with_context(|| format!("{}:{}: no tab", path.display(), n + 1))?;
        if digits.len() != slices || !digits.bytes().all(|d| (b'0'..=b'7').contains(&d)) {
            bail!(
                "{}:{}: not {slices} digits 0-7 (one per slice the training file is cut into)",
                path.display(),
                n + 1
            );
        }
        kinds.insert(word, digits.as_bytes());
    }
    Ok((0..slices)
        .map(|j| {
            kashif::tagger::train::reinduced(table_text, |w| {
                kinds.get(w).map_or(0, |d| d[j] - b'0')
            })
        })
        .collect())
}

fn train(args: TrainArgs) -> Result<ExitCode> {
    use kashif::recognize::model::ModelRecognizer;
    use kashif::recognize::{Doc, Recognizer};
    use kashif::tagger::{lexicon::Lexicon, train as tr};
    let started = std::time::Instant::now();
    let gazetteer = kashif::gazetteer::Gazetteer::embedded()?;
    let mut train_set = read_conll(&args.conll)?;
    // The slice of each sentence of `--conll`, as `--dev-fold` cuts them
    // (None for the extra corpora).
    let (mut slice_of, n_slices): (Vec<Option<usize>>, usize) = {
        let n = train_set.len();
        let size = ((n as f64) * args.dev_fraction).round().max(1.0) as usize;
        let folds = (n / size).max(1);
        let of = (0..n).map(|i| Some((i / size).min(folds - 1))).collect();
        (of, folds)
    };
    let mut dev_slice_of: Vec<Option<usize>> = Vec::new();
    let mut dev_set = match &args.dev {
        Some(p) => read_conll(p)?,
        None if args.dev_fraction > 0.0 => {
            // Hold out the `dev_fold`-th slice of size `dev_fraction`
            // (by default the last one).
            let n = train_set.len();
            let size = ((n as f64) * args.dev_fraction).round() as usize;
            let folds = n / size.max(1);
            let k = args
                .dev_fold
                .unwrap_or(folds.saturating_sub(1))
                .min(folds.saturating_sub(1));
            let (a, b) = if k + 1 == folds {
                (n - size, n)
            } else {
                (k * size, (k + 1) * size)
            };
            let tail = train_set.split_off(b);
            let dev = train_set.split_off(a);
            train_set.extend(tail);
            let tail = slice_of.split_off(b);
            dev_slice_of = slice_of.split_off(a);
            slice_of.extend(tail);
            dev
        }
        None => Vec::new(),
    };
    for s in train_set.iter_mut().chain(dev_set.iter_mut()) {
        s.convention = args.convention;
    }
    for spec in &args.extra {
        let (convention, p) = match spec.split_once('=') {
            Some((c, p)) => (c.parse::<Convention>()?, Path::new(p)),
            None => (args.convention, Path::new(spec.as_str())),
        };
        let mut extra = read_conll(p)?;
        eprintln!(
            "extra training data: {} ({} sentences, convention {convention})",
            p.display(),
            extra.len()
        );
        for s in &mut extra {
            s.convention = convention;
        }
        slice_of.extend(extra.iter().map(|_| None));
        train_set.extend(extra);
    }
    let default_clusters = Path::new("data/clusters.tsv");
    let clusters_path = match &args.clusters {
        Some(p) => Some(p.as_path()),
        None if default_clusters.exists() => {
            eprintln!("using word clusters from {}", default_clusters.display());
            Some(default_clusters)
        }
        None => None,
    };
    let clusters_text = match clusters_path {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => String::new(),
    };
    let clusters = kashif::tagger::lexicon::parse_clusters(&clusters_text);
    eprintln!(
        "train: {} sentences, dev: {} sentences, {} clustered words",
        train_set.len(),
        dev_set.len(),
        clusters.len()
    );
    let cfg = tr::TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        memory_folds: args.memory_folds,
        prune: args.prune,
        bags: args.bags,
        pa_c: args.pa_c,
        levels: usize::from(args.levels),
    };
    // With --fold-induced, the word table of each slice of `--conll`
    // (the extra corpora read the main one); the memory is left out.
    let fold_lexicons: Vec<Lexicon> = match &args.fold_induced {
        Some(_) if cfg.memory_folds >= 2 => {
            bail!("--fold-induced trains without the memory: give --memory-folds 0")
        }
        Some(p) => read_fold_induced(p, &clusters_text, n_slices)?
            .into_iter()
            .map(|clusters| Lexicon {
                clusters,
                memory: Default::default(),
            })
            .collect(),
        None => Vec::new(),
    };
    let fit =
        |sents: &[conll::Sentence], slices: &[Option<usize>]| -> Result<kashif::tagger::Model> {
            let t0 = std::time::Instant::now();
            let examples = if fold_lexicons.is_empty() {
                tr::jackknifed_examples(sents, gazetteer, &clusters, cfg.memory_folds)
            } else {
                let main_lexicon = Lexicon {
                    clusters: clusters.clone(),
                    memory: Default::default(),
                };
                let lexicon_of = |i: usize| {
                    let j = slices.get(i).copied().flatten();
                    j.and_then(|j| fold_lexicons.get(j))
                        .unwrap_or(&main_lexicon)
                };
                // Runs of sentences that share a table, in order.
                let mut out = Vec::new();
                let mut start = 0;
                for i in 1..=sents.len() {
                    if i == sents.len() || !std::ptr::eq(lexicon_of(i), lexicon_of(start)) {
                        out.extend(tr::examples(&sents[start..i], gazetteer, lexicon_of(start)));
                        start = i;
                    }
                }
                out
            };
            let lexicon = Lexicon {
                clusters: clusters.clone(),
                memory: if cfg.memory_folds >= 2 {
                    tr::build_memory(sents)
                } else {
                    Default::default()
                },
            };
            eprintln!("features extracted in {:.1}s", t0.elapsed().as_secs_f64());
            let mut progress = |line: &str| {
                eprintln!("{line} [{:.1}s]", t0.elapsed().as_secs_f64());
            };
            Ok(tr::train(&examples, lexicon, &cfg, &mut progress)?)
        };
    let mut model = fit(&train_set, &slice_of)?;
    if let Some(b) = args.o_bias {
        model.set_o_bias(b);
    }
    let rules = kashif::recognize::rules::RuleRecognizer::new(gazetteer);
    if !dev_set.is_empty() {
        let lexicon_dev = tr::examples(&dev_set, gazetteer, model.lexicon());
        tr::fit_temperature(&mut model, &lexicon_dev);
        eprintln!("temperature {:.3}", model.temperature());
        // Bias against O: the value given, or the one with the best dev F1
        // (tagger alone); the curve is printed either way.
        let mut best = (-1.0f64, 0.0f32);
        for step in 0..=12 {
            let b = step as f32 * 1.5;
            model.set_o_bias(b);
            let rec = ModelRecognizer::new(&model, gazetteer);
            let s = tr::evaluate(&dev_set, &|doc: &Doc<'_>| tagged_alone(&rules, &rec, doc));
            let f = s.micro().prf().2;
            eprintln!("bias against O {b:.1}: dev F1 {f:.4}");
            if f > best.0 + 1e-9 {
                best = (f, b);
            }
        }
        model.set_o_bias(args.o_bias.unwrap_or(best.1));
        eprintln!("bias against O: {:.1}", model.o_bias());
        let rec = ModelRecognizer::new(&model, gazetteer);
        let alone = tr::evaluate(&dev_set, &|doc: &Doc<'_>| tagged_alone(&rules, &rec, doc));
        println!("dev, tagger alone:");
        print!("{}", alone.report());
        // The rules only (the tagger's own candidates are dropped below);
        // the model just trained stands in for the embedded one, which may
        // be of an older format.
        let extractor = Extractor::builder()
            .model(Box::leak(Box::new(model.clone())))
            .build()?;
        let full = tr::evaluate(&dev_set, &|doc: &Doc<'_>| {
            let mut out: Vec<_> = extractor
                .candidates(doc)
                .into_iter()
                .filter(|c| c.source != kashif::Source::Model)
                .collect();
            rec.find(doc, &mut out);
            out
        });
        println!("dev, full pipeline:");
        print!("{}", full.report());
        if args.final_model && args.dev.is_none() {
            let (t, b) = (model.temperature(), model.o_bias());
            train_set.extend(dev_set);
            slice_of.extend(dev_slice_of);
            eprintln!("retraining on train + dev ({} sentences)", train_set.len());
            model = fit(&train_set, &slice_of)?;
            model.set_temperature(t);
            model.set_o_bias(b);
        }
    }
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} features) in {:.1}s",
        args.out.display(),
        bytes.len(),
        model.n_features(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

fn open(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::BufReader::new(io::stdin())));
    }
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    Ok(Box::new(io::BufReader::new(f)))
}

fn read_all(path: &Path) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    open(path)?
        .read_to_end(&mut buf)
        .with_context(|| format!("reading {}", path.display()))?;
    Ok(buf)
}
