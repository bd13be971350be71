//! The `kashif` binary end to end: JSON Lines with broken lines, code
//! point offsets, pretty JSON from files, option errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn kashif(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kashif"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kashif");
    // The process may exit before reading (e.g. on a bad option).
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait")
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn jsonl_with_broken_and_invalid_utf8_lines() {
    let mut input = Vec::new();
    input.extend_from_slice("{\"id\": \"a\", \"text\": \"😀 زار الوفد وتركيا\"}\n".as_bytes());
    input.extend_from_slice(b"{\"id\": \"b\", \"text\": \n");
    input.extend_from_slice(b"\"\xff\xfe bad bytes\"\n");
    input.extend_from_slice("\"السعودية\"\n".as_bytes());
    let out = kashif(&["extract", "--jsonl"], &input);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a broken line makes the status 2"
    );
    let v = lines(&out);
    assert_eq!(v.len(), 4, "one output line per input line");
    assert_eq!(v[0]["id"], "a");
    assert_eq!(v[1]["line"], 2);
    assert!(v[1]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(v[2]["line"], 3);
    assert!(v[2]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(v[3]["id"], 4, "a bare string gets its line number as id");

    // Offsets are code points: slicing the text by them gives the entity.
    let text: Vec<char> = "😀 زار الوفد وتركيا".chars().collect();
    let ents = v[0]["entities"].as_array().unwrap();
    let turkey = ents
        .iter()
        .find(|e| e["text"] == "تركيا")
        .expect("تركيا found");
    let (s, e) = (
        turkey["start"].as_u64().unwrap() as usize,
        turkey["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text[s..e].iter().collect::<String>(), "تركيا");
    for key in [
        "start",
        "end",
        "text",
        "type",
        "canonical",
        "value",
        "source",
        "score",
    ] {
        assert!(turkey.get(key).is_some(), "field {key}");
    }
}

#[test]
fn pretty_json_from_stdin_and_type_filter() {
    let out = kashif(&["extract", "--types", "GPE"], "زار الوفد تركيا".as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ents = v["entities"].as_array().unwrap();
    assert!(!ents.is_empty());
    assert!(ents.iter().all(|e| e["type"] == "GPE"));
}

#[test]
fn bad_options_are_clear_errors() {
    let out = kashif(&["extract", "--types", "PLANET"], b"x");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PLANET"));
    let out = kashif(&["extract", "--date", "2023-02-30"], b"x");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2023-02-30"));
}

#[test]
fn invalid_utf8_file_is_reported_not_lost() {
    let dir = std::env::temp_dir().join(format!("kashif-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    std::fs::write(&bad, b"abc\xffdef").unwrap();
    std::fs::write(&good, "تركيا".as_bytes()).unwrap();
    let out = kashif(
        &["extract", bad.to_str().unwrap(), good.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offset 3"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["text"], "تركيا");
    std::fs::remove_dir_all(&dir).ok();
}

/// A generated JSON Lines input of several batches: sentences of every
/// kind in changing combinations, with bare strings, blank lines, broken
/// JSON and invalid UTF-8 mixed in.
fn generated_jsonl(lines: usize) -> Vec<u8> {
    const PARTS: [&str; 8] = [
        "زار وزير الخارجية ناصر بوريطة العاصمة باريس يوم 6 ماي 2024.",
        "😀 وصل الوفد إلى فيينا قادما من وتركيا والسعودية.",
        "أعلنت وزارة الاقتصاد والمالية عن ميزانية قدرها 3 ملايين درهم، أي 12% من المبلغ.",
        "قالَ الرئيسُ عبد المجيد تبون أمس إن الجزائر ستستضيف القمة في رمضان 1445.",
        "اجتمع مجلس الأمن في نيويورك بحضور ممثلي الاتحاد الأوروبي.",
        "تبعد المدينة 40 كيلومترا عن الرباط، والتواصل عبر info@example.org.",
        "وقال محمد بن سلمان إن الرياض ستنظم المعرض في الساعة 10:30 صباحا.",
        "No Arabic here.",
    ];
    let mut input = Vec::new();
    for i in 0..lines {
        let text: Vec<&str> = (0..1 + i % 7)
            .map(|k| PARTS[(i * 3 + k) % PARTS.len()])
            .collect();
        let text = text.join(" ");
        let line = match i % 50 {
            7 => b"{\"id\": 1, \"text\": \n".to_vec(),
            19 => b"\"\xff bad bytes\"\n".to_vec(),
            23 => b"   \n".to_vec(),
            29 => format!("{}\r\n", serde_json::Value::from(text)).into_bytes(),
            _ => format!(
                "{}\n",
                serde_json::json!({"id": format!("d{i}"), "text": text})
            )
            .into_bytes(),
        };
        input.extend_from_slice(&line);
    }
    input
}

#[test]
fn threads_give_byte_identical_jsonl() {
    // About 4 batches of 64 KiB, so several workers share the input.
    let input = generated_jsonl(600);
    assert!(input.len() > 200 * 1024);
    let one = kashif(&["extract", "--jsonl", "--threads", "1"], &input);
    assert_eq!(one.status.code(), Some(2), "the broken lines give status 2");
    let v = lines(&one);
    assert_eq!(
        v.len(),
        600 - 12,
        "one output line per non-blank input line"
    );
    assert_eq!(
        v[28]["id"], 30,
        "a bare string's id is its line number, CRLF or not"
    );
    let nested = ["--nested", "--date", "2025-05-02"];
    let one_nested = kashif(
        &[&["extract", "--jsonl", "--threads", "1"][..], &nested].concat(),
        &input,
    );
    for threads in ["2", "4"] {
        for (flags, single) in [(&[][..], &one), (&nested[..], &one_nested)] {
            let args = [&["extract", "--jsonl", "--threads", threads][..], flags].concat();
            let many = kashif(&args, &input);
            assert_eq!(many.status.code(), Some(2));
            assert!(
                many.stdout == single.stdout,
                "--threads {threads} {flags:?} differs"
            );
        }
    }
}

#[test]
fn threads_give_byte_identical_files() {
    let dir = std::env::temp_dir().join(format!("kashif-threads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = generated_jsonl(120);
    let mut paths = Vec::new();
    for (k, chunk) in input
        .split(|&b| b == b'\n')
        .collect::<Vec<_>>()
        .chunks(10)
        .enumerate()
    {
        // Plain files: the JSONL lines' bytes as text (one has bad UTF-8).
        let path = dir.join(format!("{k:02}.txt"));
        std::fs::write(&path, chunk.join(&b'\n')).unwrap();
        paths.push(path.to_str().unwrap().to_string());
    }
    // And JSON Lines files: line numbers restart in each.
    let jsonl: Vec<String> = (0..3)
        .map(|k| {
            let path = dir.join(format!("{k}.jsonl"));
            std::fs::write(&path, generated_jsonl(40 + k)).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect();
    for (mode, files) in [(&[][..], &paths), (&["--jsonl"][..], &jsonl)] {
        let run = |threads: &str| {
            let mut args = vec!["extract", "--threads", threads];
            args.extend_from_slice(mode);
            args.extend(files.iter().map(String::as_str));
            kashif(&args, b"")
        };
        let one = run("1");
        let three = run("3");
        assert_eq!(one.status.code(), Some(2));
        assert_eq!(three.status.code(), Some(2));
        assert!(one.stdout == three.stdout, "{mode:?}: stdout differs");
        assert_eq!(
            one.stderr, three.stderr,
            "{mode:?}: warnings in the same order"
        );
        assert!(!one.stdout.is_empty());
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_file_after_good_ones_is_an_error_after_their_output() {
    let dir = std::env::temp_dir().join(format!("kashif-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.jsonl");
    std::fs::write(&good, "\"تركيا\"\n").unwrap();
    let missing = dir.join("missing.jsonl");
    let out = kashif(
        &[
            "extract",
            "--jsonl",
            "--threads",
            "2",
            good.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.jsonl"));
    assert_eq!(lines(&out).len(), 1, "the good file's line is written");
    std::fs::remove_dir_all(&dir).ok();
}

/// A UTF-8 byte order mark is not text: a file with one gives the offsets
/// of the same file without it (as the page, whose decoder drops it).
#[test]
fn a_utf8_bom_is_not_text() {
    let dir = std::env::temp_dir().join(format!("kashif-cli-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = "زار الوفد مدينة فاس";
    let with = dir.join("with.txt");
    let without = dir.join("without.txt");
    std::fs::write(&with, format!("\u{feff}{plain}")).unwrap();
    std::fs::write(&without, plain).unwrap();
    let run = |p: &std::path::Path| {
        let out = kashif(&["extract", "--format", "jsonl", p.to_str().unwrap()], b"");
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["entities"].clone()
    };
    let a = run(&with);
    assert_eq!(a, run(&without));
    assert!(a[0]["text"].as_str().unwrap().ends_with("فاس"), "{a}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Files in the formats `kashif::formats` reads: a Windows-1256 text and
/// subtitles give the entities of their UTF-8 text (a subtitle's timings
/// stay in the text, and are not times of day); a corrupt .docx is
/// reported by name and the other files go on.
#[test]
fn reads_windows_1256_subtitles_and_reports_corrupt_docx() {
    let dir = std::env::temp_dir().join(format!("kashif-cli-formats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // "وصل الوزير إلى القاهرة" in Windows-1256.
    let legacy = dir.join("old.txt");
    std::fs::write(
        &legacy,
        [
            0xE6, 0xD5, 0xE1, 0x20, 0xC7, 0xE1, 0xE6, 0xD2, 0xED, 0xD1, 0x20, 0xC5, 0xE1, 0xEC,
            0x20, 0xC7, 0xE1, 0xDE, 0xC7, 0xE5, 0xD1, 0xC9,
        ],
    )
    .unwrap();
    let srt = dir.join("clip.srt");
    std::fs::write(
        &srt,
        "1\r\n00:00:01,000 --> 00:00:04,000\r\nوصل الوزير\r\nإلى القاهرة\r\n\r\n2\r\n00:01:10,250 --> 00:01:12,000\r\nيوم الخميس\r\n",
    )
    .unwrap();
    let broken = dir.join("broken.docx");
    std::fs::write(&broken, b"PK\x03\x04 this is not a zip").unwrap();
    let args = [
        "extract",
        "--format",
        "jsonl",
        legacy.to_str().unwrap(),
        broken.to_str().unwrap(),
        srt.to_str().unwrap(),
    ];
    let out = kashif(&args, b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.docx") && err.contains("zip"), "{err}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        let texts: Vec<&str> = line["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        assert!(texts.contains(&"القاهرة"), "{line}");
        assert!(
            texts.iter().all(|t| !t.contains(':')),
            "a timing is not an entity: {line}"
        );
    }
    assert!(lines[1]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "يوم الخميس"));
    std::fs::remove_dir_all(&dir).ok();
}
