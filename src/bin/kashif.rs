//! `kashif`: the command-line face of the extractor, for batch work.
//!
//! * `kashif extract [FILE…]` — each file (or stdin, or `-`) is one text;
//!   prints `{"entities":[…]}` per input as pretty JSON (or CoNLL).
//! * `kashif extract --jsonl` — each input line is `{"id":…, "text":…}` or a
//!   bare JSON string; each output line is `{"id":…, "entities":[…]}`, in
//!   input order. A broken line yields `{"line":N,"error":"…"}` and the exit
//!   status 2; the other lines are still processed.
//! * `kashif eval --conll FILE` — seqeval-style P/R/F1 against a CoNLL file.
//!
//! Offsets in JSON are Unicode code points, end exclusive: Python's
//! `text[start:end]` is the entity text.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use kashif::conll;
use kashif::interop::{records, Record, Unit};
use kashif::{Extractor, Group, Kind, LexiconEntry, Options, Ymd};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
}

impl CommonOpts {
    fn extractor(&self) -> Result<Extractor> {
        let mut builder = Extractor::builder();
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
        Ok(builder.build()?)
    }

    fn options(&self) -> Result<Options> {
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
        })
    }
}

#[derive(Args)]
struct ExtractArgs {
    /// Input files; none or `-` reads standard input.
    files: Vec<PathBuf>,
    /// Read and write JSON Lines (same as --format jsonl).
    #[arg(long)]
    jsonl: bool,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
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
    #[command(flatten)]
    common: CommonOpts,
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
    let opts = args.common.options()?;
    // --jsonl sets the input mode; the output follows it unless --format says otherwise.
    let format = args.format.unwrap_or(if args.jsonl {
        Format::Jsonl
    } else {
        Format::Json
    });
    let extractor = args.common.extractor()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let inputs: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    for path in &inputs {
        if args.jsonl {
            let reader = open(path)?;
            failed |= extract_jsonl(&extractor, &opts, format, reader, &mut out)?;
            continue;
        }
        let bytes = read_all(path)?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "kashif: {}: not valid UTF-8 (first bad byte at offset {}); skipped",
                    path.display(),
                    e.utf8_error().valid_up_to()
                );
                failed = true;
                continue;
            }
        };
        let id = (inputs.len() > 1 || format == Format::Jsonl)
            .then(|| serde_json::Value::from(path.display().to_string()));
        emit(
            &mut out,
            format,
            id.as_ref(),
            &text,
            extractor.analyze(&text, &opts),
        )?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
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

/// Processes JSON Lines; returns whether any line failed.
fn extract_jsonl(
    extractor: &Extractor,
    opts: &Options,
    format: Format,
    mut reader: Box<dyn BufRead>,
    out: &mut impl Write,
) -> Result<bool> {
    let mut failed = false;
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        n += 1;
        let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(line) {
            Ok((id, text)) => {
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
                failed = true;
                serde_json::to_writer(&mut *out, &serde_json::json!({"line": n, "error": error}))?;
                writeln!(out)?;
            }
        }
    }
    Ok(failed)
}

fn parse_line(line: &[u8]) -> Result<(Option<serde_json::Value>, String), String> {
    let line = std::str::from_utf8(line).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at column {})",
            e.valid_up_to() + 1
        )
    })?;
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    match value {
        serde_json::Value::String(text) => Ok((None, text)),
        serde_json::Value::Object(mut obj) => {
            let text = match obj.remove("text") {
                Some(serde_json::Value::String(t)) => t,
                Some(_) => return Err("\"text\" must be a string".into()),
                None => return Err("missing \"text\"".into()),
            };
            Ok((obj.remove("id"), text))
        }
        _ => Err("expected an object with \"text\" or a JSON string".into()),
    }
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
    let opts = args.common.options()?;
    let text = std::fs::read_to_string(&args.conll)
        .with_context(|| format!("reading {}", args.conll.display()))?;
    let sentences = conll::parse(&text);
    if sentences.is_empty() {
        bail!("{}: no sentences", args.conll.display());
    }
    let extractor = args.common.extractor()?;
    let mut scores = conll::Scores::default();
    let started = std::time::Instant::now();
    for s in &sentences {
        let predicted = conll::predict_tags(&extractor, &s.tokens, &opts);
        scores.add(&s.tags, &predicted);
        if args.errors {
            print_errors(s, &predicted);
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

fn open(path: &Path) -> Result<Box<dyn BufRead>> {
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
