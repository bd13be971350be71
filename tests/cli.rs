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

/// Files in the formats `kashif::formats` reads: a Windows-1256 text and
/// subtitles give the entities of their UTF-8 text; a corrupt .docx is
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
        "1\r\n00:00:01,000 --> 00:00:04,000\r\nوصل الوزير\r\nإلى القاهرة\r\n",
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
    }
    std::fs::remove_dir_all(&dir).ok();
}
