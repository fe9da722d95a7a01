//! 样例案卷逐项注释了每一个字段：schema 中的每个字段都必须在样例中出现（只属于某一规则体系的，如昌黎的会审，在该地的完整样例中）。

mod common;
use common::*;

/// 可不填的栏，所在的记录（上一级）已在某个完整样例中写出。
fn optional_in_record(path: &str, present: &[String], elsewhere: &[String]) -> bool {
    let Some((parent, _)) = path.rsplit_once('.') else { return false };
    let schema_path = path.replace("[]", "[0]");
    let written = |p: &String| p == parent || p.strip_prefix(parent).is_some_and(|r| r.starts_with('.'));
    (present.iter().any(written) || elsewhere.iter().any(written)) && !juece::input::schema::is_required(&schema_path)
}

#[test]
fn sample_case_uses_every_field_of_the_schema() {
    let text = sample_text();
    let case: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let mut present = Vec::new();
    fn walk(v: &serde_json::Value, prefix: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    out.push(p.clone());
                    walk(x, p, out);
                }
            }
            serde_json::Value::Array(a) => {
                for x in a {
                    walk(x, format!("{prefix}[]"), out);
                }
            }
            _ => {}
        }
    }
    walk(&case, String::new(), &mut present);
    // 只有某一规则体系才有的部分（昌黎的会审、人社厅的方式审批……）写在该地的完整样例中，不写进赤峰的样例（以免误导）。
    let mut elsewhere = Vec::new();
    for name in ["changli-case.yaml", "nmg-hrss-case.yaml", "national-case.yaml"] {
        let text = std::fs::read_to_string(fixture(name)).unwrap();
        walk(&serde_norway::from_str(&text).unwrap(), String::new(), &mut elsewhere);
    }
    let missing: Vec<String> = juece::input::schema::all_field_paths()
        .into_iter()
        .filter(|p| !(present.contains(p) || elsewhere.contains(p)))
        // 自定义字段 extra 在每一部分下都可写，样例只在最外层和听证会下各写一处
        .filter(|p| !p.ends_with(".extra"))
        // 记录型文书（issue 15）的记录本身必须出现，其中可不填的栏（文号、附注等）不必每栏都写
        .filter(|p| !optional_in_record(p, &present, &elsewhere))
        // 法律风险明示只用于经审查不合法、仍提交讨论的探索性改革事项（条例 第二十五条）：完整样例都经审查合法
        .filter(|p| !p.starts_with("legality.legal_risk"))
        .collect();
    assert!(missing.is_empty(), "样例案卷 fixtures/sample-case.yaml（昌黎的会审：fixtures/changli-case.yaml）缺少字段（只属于某地的写在该地的完整样例中）：{missing:?}");
    // 而且能读入
    juece::input::load_case(&sample()).unwrap();
}

#[test]
fn schema_command_prints_chinese_descriptions() {
    let o = gen(&["schema"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let s = v.to_string();
    assert!(s.contains("听证会参加人名额") && s.contains("additionalProperties"));
}
