//! `gen init`：新案卷的框架。四个规则体系各写一份：是 UTF-8 的 YAML；每个键（含暂不生效的）同一行有中文注释；
//! 各环节按程序顺序；不覆盖已有的文件；未改动的框架 `gen check` 逐项列出待填的必填项；填好后 `gen check` 照常运行；
//! 把暂不生效的各行全部启用，结构仍然正确（读取时只报“必填项未填”），填好后同样能检查。

mod common;
use common::english::{english_words, typed_words};
use common::*;

use std::path::{Path, PathBuf};

use juece::input::case::Jurisdiction;
use juece::input::schema::case_schema;
use serde_json::Value;

/// 程序顺序（条例 第三章的顺序：决策启动、公众参与、专家论证、风险评估、合法性审查、集体讨论决定、公布，其后评估、归档）。
const PROCEDURE_ORDER: &[&str] = &[
    "rules",
    "decision",
    "consultation",
    "contact",
    "participation",
    "experts",
    "commissions",
    "risk",
    "legality",
    "meeting",
    "publication",
    "execution",
    "post_evaluation",
    "archive",
    "extra",
];

fn init(dir: &Path, j: Jurisdiction) -> (PathBuf, String) {
    let path = dir.join(format!("{}-案卷.yaml", j.id()));
    let o = run_ok(&["init", "--rules", j.id(), path.to_str().unwrap()]);
    let out = stdout(&o);
    assert!(out.contains("已生成案卷框架") && out.contains(j.name()), "{out}");
    assert_no_english(&format!("{out}{}", stderr(&o)), "gen init");
    let bytes = std::fs::read(&path).expect("gen init 写出了文件");
    (path, String::from_utf8(bytes).expect("框架是 UTF-8"))
}

fn assert_no_english(out: &str, what: &str) {
    let bad = english_words(out, &typed_words());
    assert!(bad.is_empty(), "{what} 的输出中有英文：{bad:?}\n{out}");
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// 一行若是键（生效的或以“# ”暂不生效的）：(行首的“# ”与空格, 是否以“- ”开头, 键名, 键之后的部分)。
fn key_line(line: &str) -> Option<(&str, bool, &str, &str)> {
    let prefix_len = line.len() - line.trim_start_matches([' ', '#']).len();
    let (prefix, rest) = line.split_at(prefix_len);
    let (dash, rest) = match rest.strip_prefix("- ") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let colon = rest.find(':')?;
    let key = &rest[..colon];
    // 自定义字段 extra 下的示例键名是中文（如“直播地址”）
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '_' || ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return None;
    }
    Some((prefix, dash, key, &rest[colon + 1..]))
}

/// 删去各行行首的全部“# ”：暂不生效的项和环节全部启用。
fn enable_everything(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match key_line(line) {
            Some((prefix, _, _, _)) => {
                out.push_str(&prefix.replace("# ", ""));
                out.push_str(&line[prefix.len()..]);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// 启用一个顶层环节：删去这一段每行最前面的一个“# ”（说明中教科员的做法）。
fn enable_section(text: &str, section: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with(&format!("# {section}:")) {
            inside = true;
        } else if line.trim().is_empty() {
            inside = false;
        }
        if inside && key_line(line).is_some() {
            out.push_str(&line.replacen("# ", "", 1));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------- 按案卷格式填值

fn resolve<'a>(root: &'a Value, node: &'a Value) -> Vec<&'a Value> {
    let node = match node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => &root["$defs"][name],
        None => node,
    };
    let mut out = vec![node];
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = node.get(key).and_then(Value::as_array) {
            for alt in list {
                out.extend(resolve(root, alt));
            }
        }
    }
    out
}

/// 字段路径（键名，列表项写作 `[]`）所指的案卷格式（展开引用和 anyOf）。
fn node_of(path: &[String]) -> Vec<&'static Value> {
    let root = case_schema();
    let mut node = root;
    for seg in path {
        let alts = resolve(root, node);
        node = if seg == "[]" {
            alts.iter().find_map(|n| n.get("items")).expect("列表")
        } else {
            alts.iter().find_map(|n| n.get("properties").and_then(|p| p.get(seg))).unwrap_or_else(|| panic!("案卷格式中没有 {path:?}"))
        };
    }
    resolve(root, node)
}

/// 一组字段，或每项是一组字段的列表（其下还有键，不是末级）。
fn is_parent(path: &[String]) -> bool {
    let root = case_schema();
    node_of(path).iter().any(|n| {
        n.get("properties").is_some()
            || n.get("items").is_some_and(|it| resolve(root, it).iter().any(|x| x.get("properties").is_some()))
            // 自定义字段 extra：名称 → 值，其下一行是示例
            || n.get("additionalProperties").is_some_and(|a| a == &Value::Bool(true))
    })
}

/// 字段路径所指字段的示例值（YAML 写法）。
fn fill_value(path: &[String]) -> String {
    let alts = node_of(path);
    let has = |t: &str| {
        alts.iter().any(|n| match n.get("type") {
            Some(Value::String(s)) => s == t,
            Some(Value::Array(a)) => a.iter().any(|x| x == t),
            _ => false,
        })
    };
    if let Some(v) = alts.iter().find_map(|n| n.get("enum").and_then(|e| e[0].as_str()).or(n.get("const").and_then(Value::as_str))) {
        return v.to_string();
    }
    if alts.iter().any(|n| n.get("format").and_then(Value::as_str) == Some("date")) {
        return "2026-05-14".into();
    }
    if alts.iter().any(|n| n.get("pattern").is_some()) {
        return "\"09:30\"".into();
    }
    if has("array") {
        return "[测试]".into();
    }
    if has("boolean") {
        return "false".into();
    }
    if has("integer") {
        return "5".into();
    }
    "测试".into()
}

/// 生效的行中冒号后空着的末级键，按案卷格式填上示例值。
fn fill_placeholders(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut out = String::new();
    for line in &lines {
        let Some((prefix, dash, key, rest)) = key_line(line).filter(|(p, ..)| !p.contains('#')) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let col = prefix.len() + if dash { 2 } else { 0 };
        if dash {
            // 新的一项：路径回到列表这一层
            while stack.last().is_some_and(|(c, _)| *c >= col - 2) {
                stack.pop();
            }
            stack.push((col - 1, "[]".into()));
        } else {
            while stack.last().is_some_and(|(c, _)| *c >= col) {
                stack.pop();
            }
        }
        let value = rest.split(" #").next().unwrap_or("").trim();
        let mut path: Vec<String> = stack.iter().map(|(_, k)| k.clone()).collect();
        path.push(key.to_string());
        if value.is_empty() && !is_parent(&path) {
            let note = rest.find(" #").map(|k| &rest[k..]).unwrap_or("");
            out.push_str(&format!("{prefix}{}{key}: {}{note}\n", if dash { "- " } else { "" }, fill_value(&path)));
        } else {
            out.push_str(line);
            out.push('\n');
        }
        stack.push((col, key.to_string()));
    }
    out
}

fn check(dir: &Path, name: &str, text: &str) -> (Option<i32>, String) {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    let o = gen(&["check", p.to_str().unwrap()]);
    let out = format!("{}{}", stdout(&o), stderr(&o));
    assert_no_english(&out, &format!("gen check {name}"));
    (o.status.code(), out)
}

/// 读取时的错误逐条列出（每条以“文件:行:列:”开头）；只应有“必填项未填”一种。
fn only_missing_required(out: &str, name: &str) {
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(&format!("{name}:")) && !l.trim_start().starts_with('|')).collect();
    assert!(!errors.is_empty(), "{out}");
    for e in errors {
        assert!(e.contains("是必填的，不能空着"), "除“必填项未填”外还有别的错误（框架的结构不对）：{e}\n\n{out}");
    }
}

// ---------------------------------------------------------------- 测试

#[test]
fn skeleton_is_commented_yaml_in_procedure_order() {
    let dir = tmp();
    let top: Vec<String> = case_schema()["properties"].as_object().unwrap().keys().cloned().collect::<Vec<_>>().into_iter().collect();
    assert_eq!(top, PROCEDURE_ORDER, "案卷格式的环节与程序顺序不一致");
    for j in Jurisdiction::all() {
        let (_, text) = init(dir.path(), j);
        let _: serde_norway::Value = serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{j:?} 的框架不是 YAML：{e}"));
        let mut keys = 0;
        let mut sections = Vec::new();
        for line in text.lines() {
            let Some((prefix, _, key, rest)) = key_line(line) else {
                assert!(line.trim().is_empty() || line.starts_with('#'), "既不是键也不是注释：{line}");
                continue;
            };
            keys += 1;
            let note = rest.split_once(" # ").map(|(_, n)| n).unwrap_or("");
            assert!(has_cjk(note), "{j:?}：键 {key} 没有中文注释：{line}");
            if prefix.is_empty() || prefix == "# " {
                sections.push(key.to_string());
            }
        }
        assert!(keys > 150, "{j:?}：只有 {keys} 个键");
        assert_eq!(sections, PROCEDURE_ORDER, "{j:?} 的环节顺序");
        assert!(text.contains(&format!("\nrules: {}", j.id())), "{text}");
        // 必填项生效并留空，可选的暂不生效
        assert!(text.contains("\n  name:") && text.contains("（必填）"), "{text}");
        assert!(text.lines().any(|l| l.starts_with("  # summary:")), "{text}");
        assert!(text.lines().any(|l| l.starts_with("# participation:")), "{text}");
    }
}

#[test]
fn citations_and_examples_follow_the_jurisdiction() {
    let dir = tmp();
    let shorts =
        |j: Jurisdiction| -> Vec<String> { juece::law::rules::RuleSet::builtin(j).statutes.iter().map(|s| s.short.clone()).collect() };
    let mut texts = std::collections::BTreeMap::new();
    for j in Jurisdiction::all() {
        let (_, text) = init(dir.path(), j);
        texts.insert(j, text.clone());
        for other in Jurisdiction::all().into_iter().filter(|&o| o != j && o != Jurisdiction::National) {
            for s in shorts(other) {
                assert!(!text.contains(&s), "{j:?} 的框架引了{}的“{s}”", other.name());
            }
        }
        if j != Jurisdiction::Chifeng {
            assert!(!text.contains("赤峰"), "{j:?} 的框架中有赤峰的内容");
        }
        // 本地规定的出处保留
        for s in shorts(j).iter().take(1) {
            assert!(text.contains(s.as_str()), "{j:?} 的框架中没有本地规定“{s}”的出处");
        }
    }
    let joint = texts[&Jurisdiction::National].lines().find(|l| l.contains("joint_review:")).unwrap();
    assert!(joint.contains("本规则体系的程序检查不核对此项"), "{joint}");
    let joint = texts[&Jurisdiction::Changli].lines().find(|l| l.contains("joint_review:")).unwrap();
    assert!(!joint.contains("不核对此项"), "{joint}");
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let dir = tmp();
    let (path, text) = init(dir.path(), Jurisdiction::Changli);
    std::fs::write(&path, "rules: changli\n# 已经填了一些\n").unwrap();
    let before = std::fs::read(&path).unwrap();
    for rules in ["changli", "national"] {
        let o = gen(&["init", "--rules", rules, path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("已存在") && stderr(&o).contains("--force"), "{}", stderr(&o));
        assert_no_english(&format!("{}{}", stdout(&o), stderr(&o)), "gen init（已有文件）");
        assert_eq!(std::fs::read(&path).unwrap(), before, "已有的文件被改动了");
    }
    let leftovers: Vec<String> = files_in(dir.path()).into_iter().filter(|f| f.ends_with(".tmp")).collect();
    assert!(leftovers.is_empty(), "留下了临时文件：{leftovers:?}");
    run_ok(&["init", "--rules", "changli", "--force", path.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // 不写 --rules：国家规则体系
    let plain = dir.path().join("默认.yaml");
    run_ok(&["init", plain.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&plain).unwrap().contains("\nrules: national"));
}

#[test]
fn untouched_skeleton_lists_what_to_fill_and_filled_skeleton_checks() {
    let dir = tmp();
    for j in Jurisdiction::all() {
        let (_, text) = init(dir.path(), j);
        // 未改动：逐项列出待填的必填项（一次列全），退出码 2
        let name = format!("{}-原样.yaml", j.id());
        let (code, out) = check(dir.path(), &name, &text);
        assert_eq!(code, Some(2), "{out}");
        only_missing_required(&out, &name);
        for field in ["decision.name", "decision.organ", "decision.lead_unit"] {
            assert!(out.contains(&format!("“{field}”")), "没有列出 {field}：\n{out}");
        }
        // 填好必填项：检查照常运行（中文的检查结果）
        let filled = fill_placeholders(&text);
        let (code, out) = check(dir.path(), &format!("{}-填好.yaml", j.id()), &filled);
        assert!(matches!(code, Some(0) | Some(3)), "{out}\n\n{filled}");
        assert!(out.contains(&format!("规则体系：{}", j.name())), "{out}");
    }
}

#[test]
fn enabling_sections_gives_valid_yaml_that_only_lacks_required_values() {
    let dir = tmp();
    for j in Jurisdiction::all() {
        let (_, text) = init(dir.path(), j);
        let base = fill_placeholders(&text);
        // 一次启用一个环节（删去每行最前面的一个“# ”）
        for section in PROCEDURE_ORDER.iter().skip(2) {
            let name = format!("{}-{section}.yaml", j.id());
            let enabled = enable_section(&base, section);
            assert_ne!(enabled, base, "{section} 没有启用");
            let (code, out) = check(dir.path(), &name, &enabled);
            match code {
                Some(2) => only_missing_required(&out, &name),
                Some(0) | Some(3) => {}
                _ => panic!("{out}"),
            }
            // 填好这一环节的必填项，检查照常运行
            let (code, out) = check(dir.path(), &format!("填好-{name}"), &fill_placeholders(&enabled));
            assert!(matches!(code, Some(0) | Some(3)), "{section}：\n{out}");
        }
        // 全部启用
        let all = enable_everything(&text);
        let name = format!("{}-全部.yaml", j.id());
        let (code, out) = check(dir.path(), &name, &all);
        assert_eq!(code, Some(2), "{out}");
        only_missing_required(&out, &name);
        let filled = fill_placeholders(&all);
        let (code, out) = check(dir.path(), &format!("{}-全部填好.yaml", j.id()), &filled);
        assert!(matches!(code, Some(0) | Some(3)), "{out}\n\n{filled}");
        assert!(out.contains("核对无误"), "{out}");
    }
}
