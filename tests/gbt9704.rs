//! GB/T 9704-2012 在各文书上的要求（issue 14），逐份打开生成的 PDF 核对。

mod common;
use common::*;
use juece::session::{Options, Session};

/// 纪要不署发文机关、不盖印章（GB/T 9704-2012 10.3）：末页的最后一行是签发人和记录人，不是署名或成文日期。
#[test]
fn minutes_carry_no_signature_block() {
    for (fixture_name, attachments) in
        [("sample-case.yaml", "attachments"), ("changli-case.yaml", "changli-attachments"), ("national-case.yaml", "national-attachments")]
    {
        let dir = tmp();
        copy_attachments(dir.path(), attachments);
        let case = dir.path().join(fixture_name);
        std::fs::copy(fixture(fixture_name), &case).unwrap();
        let out = dir.path().join("out");
        let o = gen(&["minutes", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "{fixture_name}：{}", stderr(&o));
        let pages = page_texts(&out.join("会议纪要.pdf"));
        let last = pages.last().unwrap();
        let lines: Vec<&str> = last.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('—')).collect();
        let end = lines.last().copied().unwrap_or_default();
        assert!(squash(end).contains("记录："), "{fixture_name}：纪要末行应是签发、记录，实为“{end}”\n{last}");
        assert!(!last.contains("（盖章处）"), "{fixture_name}：纪要不盖印章");
    }
}

/// 每个样例案卷生成的全部文书（排版结果），和不得拆开的人名。
fn fixture_documents() -> Vec<(String, Vec<juece::documents::Rendered>, Vec<String>)> {
    let mut out = Vec::new();
    for name in FIXTURES {
        let session = Session::open(&fixture(name), &Options::default()).unwrap();
        let docs = session.render_all().unwrap_or_else(|e| panic!("{name}：{}", e.message));
        if let Some(e) = docs.skipped_error() {
            panic!("{name}：{}", e.message);
        }
        let json = serde_json::to_value(&session.cf.case).unwrap();
        let mut names = Vec::new();
        person_names(&json, "", &mut names);
        out.push((name.to_string(), docs.docs, names));
    }
    out
}

/// 样例案卷：四个辖区，外加只有必填内容的、程序进行到一半的和归档用的案卷。
const FIXTURES: [&str; 7] = [
    "sample-case.yaml",
    "changli-case.yaml",
    "national-case.yaml",
    "nmg-hrss-case.yaml",
    "national-minimal-case.yaml",
    "midway-case.yaml",
    "archive-case.yaml",
];

/// 案卷中的人名（键为 name、person、contact 等、二至四个汉字的值）。
fn person_names(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => {
            let han = s.chars().count();
            if ["name", "person", "contact", "chair", "recorder", "signer", "reviewer"].contains(&key)
                && (2..=4).contains(&han)
                && s.chars().all(|c| ('\u{3400}'..='\u{9fff}').contains(&c) || c as u32 > 0x20000)
                && !out.contains(s)
            {
                out.push(s.clone());
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| person_names(x, key, out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| person_names(x, k, out)),
        _ => {}
    }
}

/// 版式检查：每个样例案卷生成的每份文书的每一页。报告（文书、页、行数和问题）打印出来，写入 issue 的结项说明。
#[test]
fn every_page_of_every_document_keeps_the_house_style() {
    let mut report = audit::Report::default();
    for (fixture_name, docs, names) in fixture_documents() {
        assert!(!docs.is_empty(), "{fixture_name}：没有生成文书");
        for d in &docs {
            audit::check(d, &names, &|_, _| true, &mut report);
        }
    }
    println!("{}", report.summary());
    assert!(report.findings.is_empty(), "{}", report.summary());
}
