//! 规则一览表 docs/rules/<代号>.md 由规则表生成（src/law/rules/table.rs）：这里重新生成并与仓库中的文件比较，
//! 不同即失败（`UPDATE_RULES_DOCS=1` 时改写文件）。同时核对：规则表中的每条规则都有测试写到它、都有检查或文书
//! 读取它（没有人读的规则应删去），KNOWN_RULES 中登记的代号都在某个规则表中用到。

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::repo;
use juece::input::case::Jurisdiction;
use juece::law::rules::{ParamKind, RuleSet, KNOWN_RULES};

/// 一个文件夹中 .rs 文件的全文（递归）。
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs" || e == "j2") {
            out.push((p.strip_prefix(repo()).unwrap().display().to_string(), std::fs::read_to_string(&p).unwrap()));
        }
    }
}

/// 测试（文件:函数名）→ 全文：按 `#[test]` 切开，函数名取其后的 `fn 名称(`。
fn tests() -> Vec<(String, String)> {
    let mut files = Vec::new();
    sources(&repo().join("tests"), &mut files);
    sources(&repo().join("src"), &mut files);
    let mut out = Vec::new();
    for (path, text) in files {
        let mut chunks = text.split("#[test]");
        // 第一个测试之前的部分是各测试共用的辅助函数（如 tests/all_documents.rs 逐份检查文书的函数）。
        if let Some(head) = chunks.next().filter(|h| h.contains("fn ") && text.contains("#[test]")) {
            out.push((format!("{path}（共用的检查函数）"), head.to_string()));
        }
        for chunk in chunks {
            let Some(name) = chunk.split("fn ").nth(1).and_then(|s| s.split('(').next()) else { continue };
            out.push((format!("{path}:{}", name.trim()), chunk.to_string()));
        }
    }
    out
}

fn all_ids() -> BTreeMap<String, Vec<Jurisdiction>> {
    let mut ids: BTreeMap<String, Vec<Jurisdiction>> = BTreeMap::new();
    for j in Jurisdiction::all() {
        for id in RuleSet::builtin(j).ids() {
            ids.entry(id.to_string()).or_default().push(j);
        }
    }
    ids
}

#[test]
fn rule_tables_in_docs_are_generated_from_the_rule_tables() {
    let tests = tests();
    let tests_of = |id: &str| -> Vec<String> {
        let needle = format!("\"{id}\"");
        tests.iter().filter(|(_, body)| body.contains(&needle)).map(|(name, _)| name.clone()).collect()
    };
    let update = std::env::var_os("UPDATE_RULES_DOCS").is_some();
    let mut stale = Vec::new();
    for j in Jurisdiction::all() {
        let want = juece::law::rules::table::markdown(j, &tests_of);
        let path = repo().join("docs/rules").join(format!("{}.md", j.id()));
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "规则一览表与规则表不符，请运行 UPDATE_RULES_DOCS=1 cargo test --release --test rules_docs：{stale:?}");
    // 每条规则都有测试写到它。
    let untested: Vec<String> = all_ids().into_keys().filter(|id| tests_of(id).is_empty()).collect();
    assert!(untested.is_empty(), "这些规则没有任何测试：{untested:?}");
}

#[test]
fn every_rule_in_the_tables_is_read_by_a_check_or_a_template() {
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    sources(&repo().join("templates"), &mut files);
    let readers = |id: &str| -> Vec<String> {
        files
            .iter()
            .filter(|(path, _)| !path.ends_with("src/law/rules/mod.rs") && !path.ends_with("src/law/rules/tests.rs"))
            .filter(
                |(path, text)| {
                    if path.ends_with(".j2") {
                        text.contains(&format!("law.{id}"))
                    } else {
                        text.contains(&format!("\"{id}\""))
                    }
                },
            )
            .map(|(path, _)| path.clone())
            .collect()
    };
    // 先后顺序规则（ParamKind::Order）由 src/facts/checks/order.rs 按参数形状逐条核对，不逐个写代号。
    let generic = |id: &str| {
        KNOWN_RULES.iter().any(|(k, kind, _)| *k == id && *kind == ParamKind::Order)
            && files.iter().any(|(p, t)| p.ends_with("src/facts/checks/order.rs") && t.contains("ParamKind::Order"))
    };
    let unread: Vec<String> = all_ids().into_keys().filter(|id| readers(id).is_empty() && !generic(id)).collect();
    assert!(unread.is_empty(), "规则表中有规则没有任何检查或文书读取（应删去或补上检查）：{unread:?}");
    let ids = all_ids();
    let unused: Vec<&str> = KNOWN_RULES.iter().map(|(id, _, _)| *id).filter(|id| !ids.contains_key(*id)).collect();
    assert!(unused.is_empty(), "KNOWN_RULES 中登记的代号没有在任何规则表中用到：{unused:?}");
}
