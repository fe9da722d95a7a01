//! `gen schema`：案卷格式的 JSON Schema（字段说明为中文），以及按字段路径查中文含义。

use std::sync::OnceLock;

use serde_json::Value;

use super::case::Case;

/// 案卷的 JSON Schema（draft 2020-12）。
pub fn case_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut v = serde_json::to_value(schemars::schema_for!(Case)).expect("schema serializes");
        if let Some(obj) = v.as_object_mut() {
            obj.insert("title".into(), "重大行政决策案卷".into());
        }
        v
    })
}

/// 字段路径（如 `participation.hearing.participants[0].name`）的中文含义（取说明的第一句）。
pub fn describe(path: &str) -> Option<String> {
    description(case_schema(), node(path)?).map(|d| first_clause(&d))
}

/// 字段路径所指的字段是否为列表。
pub fn is_list(path: &str) -> bool {
    node(path).is_some_and(|n| items(case_schema(), n).is_some())
}

/// 字段路径所指的 schema 节点（路径中有 schema 没有的字段时为空）。
fn node(path: &str) -> Option<&'static Value> {
    let root = case_schema();
    let mut node = root;
    for seg in segments(path) {
        node = match seg {
            Seg::Key(k) => property(root, node, k)?,
            Seg::Index => items(root, node)?,
        };
    }
    Some(node)
}

/// 字段路径所指的字段是否必填（案卷格式中列为 required：不是可选项，也没有默认值）。
pub fn is_required(path: &str) -> bool {
    required(path).unwrap_or(false)
}

fn required(path: &str) -> Option<bool> {
    let root = case_schema();
    let segs = segments(path);
    let (Seg::Key(last), parents) = segs.split_last()? else { return Some(false) };
    let mut node = root;
    for seg in parents {
        node = match seg {
            Seg::Key(k) => property(root, node, k)?,
            Seg::Index => items(root, node)?,
        };
    }
    Some(alternatives(root, node).into_iter().any(|n| {
        n.get("properties").and_then(|p| p.get(*last)).is_some()
            && n.get("required").and_then(Value::as_array).is_some_and(|r| r.iter().any(|x| x.as_str() == Some(last)))
    }))
}

enum Seg<'a> {
    Key(&'a str),
    Index,
}

fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = part.split_once('[').map(|(k, r)| (k, Some(r))).unwrap_or((part, None));
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        if let Some(r) = rest {
            for _ in 0..=r.matches('[').count() {
                out.push(Seg::Index);
            }
        }
    }
    out
}

pub(crate) fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        if let Some(name) = r.strip_prefix("#/$defs/") {
            if let Some(target) = root.get("$defs").and_then(|d| d.get(name)) {
                return resolve(root, target);
            }
        }
    }
    node
}

/// 节点的 JSON 类型（`"type": "string"` 或 `["string", "null"]`）。
pub(crate) fn types(node: &Value) -> Vec<&str> {
    match node.get("type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// 展开 anyOf / oneOf / allOf（`Option<T>` 生成 anyOf [T, null]）。
pub(crate) fn alternatives<'a>(root: &'a Value, node: &'a Value) -> Vec<&'a Value> {
    let node = resolve(root, node);
    let mut out = vec![node];
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = node.get(key).and_then(Value::as_array) {
            for alt in list {
                out.extend(alternatives(root, alt));
            }
        }
    }
    out
}

fn property<'a>(root: &'a Value, node: &'a Value, key: &str) -> Option<&'a Value> {
    alternatives(root, node).into_iter().find_map(|n| n.get("properties")?.get(key))
}

fn items<'a>(root: &'a Value, node: &'a Value) -> Option<&'a Value> {
    alternatives(root, node).into_iter().find_map(|n| n.get("items"))
}

pub(crate) fn description(root: &Value, node: &Value) -> Option<String> {
    // 字段自己的说明优先于它所引用类型的说明
    if let Some(d) = node.get("description").and_then(Value::as_str) {
        return Some(d.to_string());
    }
    alternatives(root, node).into_iter().find_map(|n| n.get("description").and_then(Value::as_str).map(str::to_string))
}

fn first_clause(d: &str) -> String {
    d.lines().next().unwrap_or(d).trim().to_string()
}

/// 所有字段路径（数组写作 `[]`），供“样例案卷覆盖每个字段”的测试使用。
pub fn all_field_paths() -> Vec<String> {
    fn walk(root: &Value, node: &Value, prefix: &str, out: &mut Vec<String>, depth: usize) {
        if depth > 12 {
            return;
        }
        for alt in alternatives(root, node) {
            if let Some(props) = alt.get("properties").and_then(Value::as_object) {
                for (k, v) in props {
                    let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    out.push(p.clone());
                    walk(root, v, &p, out, depth + 1);
                }
            }
            if let Some(it) = alt.get("items") {
                walk(root, it, &format!("{prefix}[]"), out, depth + 1);
            }
        }
    }
    let root = case_schema();
    let mut out = Vec::new();
    walk(root, root, "", &mut out, 0);
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_nested_fields_in_chinese() {
        assert_eq!(describe("participation.hearing.place").as_deref(), Some("听证会地点"));
        assert_eq!(describe("participation.hearing.participants[3].name").as_deref(), Some("姓名"));
        assert_eq!(describe("decision.organ").as_deref(), Some("决策机关，例如“赤峰市人民政府”"));
        assert!(describe("decision.nonexistent").is_none());
    }

    #[test]
    fn required_fields_follow_the_case_model() {
        assert!(is_required("decision.name"));
        assert!(is_required("participation.hearing.registration.contact.person"));
        assert!(is_required("experts.members[2].name"));
        assert!(!is_required("decision.summary"));
        assert!(!is_required("decision.co_units"));
        assert!(!is_required("participation.hearing.chair"));
        assert!(!is_required("no.such.field"));
    }

    #[test]
    fn every_field_has_a_chinese_description() {
        for p in all_field_paths() {
            let d = describe(&p.replace("[]", "[0]"));
            assert!(d.as_deref().is_some_and(|d| d.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))), "{p} 缺少中文说明");
        }
    }
}
