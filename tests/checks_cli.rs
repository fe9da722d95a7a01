//! 命令行中的程序检查：`gen check` 的输出与退出码、JSON 稳定、`gen plan` 的表格与 PDF、
//! 文书所属环节有违规时拒绝生成（退出码 3，写明规则），`--allow-violations` 时照常生成并列出违规，`--calendar`。

mod common;
use common::*;

use std::path::Path;

/// 把样例的听证会改到 06-08：参加人 06-03 送达，相隔5日，违反赤峰规定 第十九条。
const HEARING_LINE: &str = "    date: 2026-06-12                                  # 听证会日期\n";
const HEARING_TOO_EARLY: &str = "    date: 2026-06-08                                  # 听证会日期\n";

fn late_delivery(dir: &Path) -> std::path::PathBuf {
    variant(dir, "late.yaml", HEARING_LINE, HEARING_TOO_EARLY)
}

#[test]
fn check_passes_the_sample_and_exits_zero() {
    let o = gen(&["check", sample().to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("违规 0 项") && out.contains("提示 0 项") && out.contains("赤峰市"), "{out}");
}

#[test]
fn check_prints_each_violation_and_exits_three() {
    let dir = tmp();
    let case = late_delivery(dir.path());
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let out = stdout(&o);
    // 严重程度、算出的事实、字段、条文和出处。
    for want in [
        "【违规】听证会：听证材料送达 2026-06-03（张堃），听证会 2026-06-08，相隔5日，少于7日（赤峰规定 第十九条）",
        "字段：participation.hearing.participants[0].delivered_on",
        "条文：听证会材料应当于召开听证会7日前送达听证参加人。（赤峰规定 第十九条）",
        "违规 2 项",
    ] {
        assert!(out.contains(want), "缺少“{want}”：\n{out}");
    }
    assert!(stderr(&o).contains("有 2 项违反法定程序"), "{}", stderr(&o));
}

#[test]
fn check_json_parses_and_is_byte_stable() {
    let dir = tmp();
    let case = late_delivery(dir.path());
    let a = gen(&["check", case.to_str().unwrap(), "--format", "json"]);
    let b = gen(&["check", case.to_str().unwrap(), "--format", "json"]);
    assert_eq!(a.status.code(), Some(3));
    assert_eq!(a.stdout, b.stdout, "两次输出的字节应完全相同");
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).expect("JSON");
    assert_eq!(v["rules"], "chifeng");
    assert_eq!(v["violations"], 2);
    let f = &v["findings"][0];
    for key in ["rule_id", "severity", "text", "citation", "message", "field", "step"] {
        assert!(f.get(key).is_some(), "缺少 {key}：{f}");
    }
    assert_eq!(f["rule_id"], "hearing_delivery_min_days");
    assert_eq!(f["severity"], "违规");
    assert_eq!(f["citation"], "赤峰规定 第十九条");
    assert_eq!(f["step"], "hearing");
    assert!(v["passed"].as_array().unwrap().len() > 10);
    // 样例：没有违规，退出码 0，JSON 同样可解析。
    let o = gen(&["check", sample().to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["violations"], 0);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn document_of_a_violating_step_is_refused_unless_allowed() {
    let dir = tmp();
    let case = late_delivery(dir.path());
    let out = dir.path().join("out");
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("拒绝生成“听证会公告”") && err.contains("赤峰规定 第十九条") && err.contains("--allow-violations"), "{err}");
    assert!(!out.join("听证会公告.pdf").exists());
    // 其他环节的文书不受影响。
    let o = gen(&["comment-notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // --allow-violations：照常生成，违规列在屏幕上。
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--allow-violations"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("听证会公告.pdf").exists());
    let err = stderr(&o);
    assert!(err.contains("--allow-violations") && err.contains("相隔5日，少于7日"), "{err}");
}

#[test]
fn gen_all_skips_documents_of_a_step_with_a_violation_and_writes_the_rest() {
    let dir = tmp();
    let case = late_delivery(dir.path());
    let out = dir.path().join("out");
    let o = gen(&["all", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("听证会公告") && err.contains("听证会参加通知") && err.contains("赤峰规定 第十九条"), "{err}");
    // 违规环节的文书不写出；其余环节的照常生成（issue 13：能生成的都生成，逐份写明没生成的原因）
    let files = files_in(&out);
    assert!(!files.iter().any(|f| f.starts_with("听证会")), "{files:?}");
    assert!(files.contains("程序期限表.pdf") && files.iter().any(|f| f.starts_with("专家承诺书")), "{files:?}");
}

#[test]
fn plan_prints_the_table_writes_the_pdf_and_json_is_stable() {
    let dir = tmp();
    let out = dir.path().join("out");
    let o = gen(&["plan", sample().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    for want in ["听证会最早召开日", "2026-06-10", "备案最后一日", "2026-08-13", "集体讨论最早日期", "赤峰规定 第三十一条"]
    {
        assert!(table.contains(want), "缺少“{want}”：\n{table}");
    }
    let pdf = out.join("程序期限表.pdf");
    let t = pdf_text(&pdf);
    assert!(t.contains("程序期限表") && t.contains("听证会最早召开日") && t.contains("不早于2026年6月10日"), "{t}");
    // JSON：两次字节相同；每行有法定日期和状态。
    let a = gen(&["plan", sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--format", "json"]);
    let b = gen(&["plan", sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--format", "json"]);
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).expect("JSON");
    let rows = v["rows"].as_array().unwrap();
    let hearing = rows.iter().find(|r| r["item"] == "听证会最早召开日").unwrap();
    assert_eq!(hearing["due"], "2026-06-10");
    assert_eq!(hearing["actual"], "2026-06-12");
    assert_eq!(hearing["status"], "符合");
    assert_eq!(hearing["citation"], "赤峰规定 第十九条");
}

#[test]
fn calendar_file_supplies_a_missing_year() {
    let dir = tmp();
    // 把备案日期改到 2027 年且超过30日：顺延与否要看 2027 年的日历。
    let text = sample_text()
        .replace("  published_on: 2026-07-14\n", "  published_on: 2026-12-20\n")
        .replace("  filed_on: 2026-07-24\n", "  filed_on: 2027-01-20\n");
    let case = dir.path().join("c.yaml");
    std::fs::write(&case, text).unwrap();
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stdout(&o).contains("工作日历中没有2027年的数据（日期 2027-01-19）"), "{}", stdout(&o));
    // 单位的日历：2027-01-19 放假，期间顺延到 01-20，按期。
    let cal = dir.path().join("cal.yaml");
    std::fs::write(&cal, "years:\n  2027:\n    source: 测试用\n    holidays: [2027-01-01, 2027-01-19]\n    workdays: []\n").unwrap();
    let o = gen(&["check", case.to_str().unwrap(), "--calendar", cal.to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    // 坏的日历文件：中文说明，退出码 2。
    std::fs::write(&cal, "years:\n  2027:\n    source: x\n").unwrap();
    let o = gen(&["check", case.to_str().unwrap(), "--calendar", cal.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("缺少必填项"), "{}", stderr(&o));
}
