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
        let (_dir, _case, out) = run_fixture("minutes", fixture_name, attachments);
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
        let mut docs = docs.docs;
        // 归档时才生成的归档文件目录和备考表
        if session.cf.case.archive.is_some() {
            let dir = tmp();
            let archiving = Session::open(&fixture(name), &Options { pdfa: true, ..Options::default() }).unwrap();
            let (archive, _) =
                archiving.archive(false, &dir.path().join("a.zip"), false).unwrap_or_else(|e| panic!("{name}：{}", e.message));
            docs.extend(archive.listing);
        }
        out.push((name.to_string(), docs, names));
    }
    out
}

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
        let case = serde_json::to_value(&Session::open(&fixture(&fixture_name), &Options::default()).unwrap().cf.case).unwrap();
        let title_names = juece::render::title::names(&case);
        // 标题的回行处须在词与词之间：分词同生成时（jieba 加案卷中的名称）
        let between_words = |text: &str, at: usize| {
            let mut n = 0;
            juece::render::title::words(text, &title_names).iter().any(|w| {
                n += w.chars().count();
                n == at
            })
        };
        for d in &docs {
            audit::check(d, &names, &between_words, &mut report);
        }
    }
    println!("{}", report.summary());
    assert!(report.findings.is_empty(), "{}", report.summary());
}

/// 专家承诺书是一页的表单：每个样例案卷的每位专家的承诺书都只有一页（原来第二页只有最后一句和签名栏）。
#[test]
fn expert_commitment_letters_stay_on_one_page() {
    let mut n = 0;
    for (fixture_name, docs, _) in fixture_documents() {
        for d in docs.iter().filter(|d| d.fact.kind.id == "expert-commitment") {
            assert_eq!(d.pages, 1, "{fixture_name}：“{}”有 {} 页", d.fact.title, d.pages);
            n += 1;
        }
    }
    assert!(n >= 20, "只检查了 {n} 份承诺书");
}

/// 案卷中列举的事项加项末标点（GB/T 15834）：并列各项末尾用分号，最后一项用句号。
#[test]
fn enumerated_items_from_the_case_end_with_punctuation() {
    let (_dir, _case, out) = run_fixture("notice", "sample-case.yaml", "attachments");
    let text = squash(&pdf_text(&out.join("听证会公告.pdf")));
    assert!(text.contains("（一）一类区域路内泊位白天时段收费标准是否合理；"), "{text}");
    assert!(text.contains("（二）首30分钟免费的设置是否合适；"), "{text}");
    assert!(text.contains("（三）新能源汽车和残疾人专用车辆的优惠措施。"), "{text}");
}

/// 听证报告的“主要意见”栏占表格的大部分宽度：每行至少 9 个字（原来 8 个字就回行）。
#[test]
fn hearing_report_opinion_column_gets_the_room() {
    let docs = fixture_documents();
    let (_, sample_docs, _) = docs.iter().find(|(f, _, _)| f == "sample-case.yaml").unwrap();
    let report = sample_docs.iter().find(|d| d.fact.kind.id == "hearing-report").expect("听证报告");
    let case = Session::open(&sample(), &Options::default()).unwrap();
    let hearing = case.cf.case.participation.as_ref().and_then(|p| p.hearing.as_ref()).expect("听证会");
    let first = &hearing.report.as_ref().expect("听证报告").opinions[0].content;
    let start: String = first.chars().take(4).collect();
    let seg = report
        .layout
        .iter()
        .flat_map(|p| &p.segments)
        .find(|s| s.text.starts_with(&start))
        .unwrap_or_else(|| panic!("表中找不到“{start}”"));
    let chars = (seg.right_mm - seg.left_mm) / (14.0 * audit::PT);
    assert!(chars > 8.5, "主要意见栏一行只有 {chars:.1} 个字：“{}”", seg.text);
}
