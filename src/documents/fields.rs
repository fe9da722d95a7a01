//! `gen fields 种类`：一种文书的模板可以用的每个变量（由模板数据的类型 [`super::Context`] 得出），
//! 用中文写明含义、是否必填、示例写法，以及可用的过滤器和案卷中写了的自定义字段（`extra`）。
//! 给改模板的科员看：不必读 JSON Schema。

use serde_json::Value as Json;

use crate::input::case::Case;
use crate::input::schema::types;
use crate::law::catalogue::Kind;

/// 一个变量。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// 模板中的写法，如 `participation.hearing.place`；列表的每一项写作 `[]`（模板中用 `{% for x in … %}` 取出）
    pub path: String,
    /// 类型的中文说法：文字、日期、时刻、是非、整数、列表、一组字段、选项（……）
    pub kind: String,
    /// 在所属部分中是否必填
    pub required: bool,
    /// 示例写法
    pub example: String,
    /// 含义（说明的第一句）
    pub description: String,
}

/// 模板可用的过滤器和函数：(写法, 作用)。与 src/render/mod.rs 中登记的一致（测试核对）。
pub const FILTERS: &[(&str, &str)] = &[
    ("{{ 日期值 | 日期 }}", "2026-05-14 → 2026年5月14日（GB/T 9704 成文日期写法）"),
    ("{{ 日期值 | 星期 }}", "2026-05-14 → 星期四"),
    ("{{ 时刻值 | 时刻 }}", "14:30 → 下午2:30"),
    ("{{ 数 | 中文数字 }}", "3 → 三（用于“一、”“（二）”等序号）"),
    ("{{ 列表 | 顿号连接 }}", "[甲, 乙] → 甲、乙"),
    ("{{ 事项 | 列项(loop.last) }}", "并列的分项加项末标点：其余各项加“；”，最后一项加“。”；原文已有标点的不加（GB/T 15834）"),
    ("{{ 一句 | 句末 }}", "单独成段的一项没有句末标点时加“。”"),
    ("{{ 文字 | 中文日期 }}", "文字中的 2026-04-01 → 2026年4月1日"),
    ("{{ 出处 | 出处 }}", "赤峰规定 第八条 → 《赤峰市重大行政决策程序规定》第八条"),
    ("{{ 待填写(\"说明\") }}", "正式生成时报错“缺少必填内容：说明”；草稿中印为【待填写：说明】"),
    ("{{ 列表 | length }}", "列表的项数"),
    ("{{ 值 | default(\"无\") }}", "没有填写时印“无”"),
];

/// 一种文书的模板可用的全部变量（按模板数据中的顺序）。
pub fn fields(kind: &Kind) -> Vec<Field> {
    let schema = super::schema_of(kind);
    let mut out = Vec::new();
    walk(&schema, &schema, "", &mut out, 0);
    if !kind.per_person {
        out.retain(|f| !f.path.starts_with("person"));
    }
    out
}

/// 案卷中写了的自定义字段：(模板中的写法, 值)。
pub fn extras(case: &Case) -> Vec<(String, String)> {
    let json = serde_json::to_value(case).unwrap_or_default();
    let mut out = Vec::new();
    find_extras(&json, "", &mut out);
    out
}

fn find_extras(v: &Json, path: &str, out: &mut Vec<(String, String)>) {
    let Json::Object(map) = v else { return };
    for (k, x) in map {
        let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
        if k == "extra" {
            if let Json::Object(e) = x {
                for (name, val) in e {
                    let shown = match val {
                        Json::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    out.push((format!("{p}.{name}"), shown));
                }
            }
        } else if x.is_object() {
            find_extras(x, &p, out);
        }
    }
}

fn resolve<'a>(root: &'a Json, node: &'a Json) -> &'a Json {
    crate::input::schema::resolve(root, node)
}

fn alternatives<'a>(root: &'a Json, node: &'a Json) -> Vec<&'a Json> {
    crate::input::schema::alternatives(root, node)
}

fn ref_name(node: &Json) -> Option<&str> {
    node.get("$ref")
        .and_then(Json::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
        .or_else(|| node.get("anyOf")?.as_array()?.iter().find_map(|a| a.get("$ref")?.as_str()?.strip_prefix("#/$defs/")))
}

fn first_line(d: &str) -> String {
    d.lines().next().unwrap_or(d).trim().trim_end_matches('。').to_string()
}

fn describe(root: &Json, node: &Json) -> String {
    if let Some(d) = node.get("description").and_then(Json::as_str) {
        return first_line(d);
    }
    alternatives(root, node).into_iter().find_map(|n| n.get("description").and_then(Json::as_str)).map(first_line).unwrap_or_default()
}

/// 说明中的“例如“……””。
fn example_in(desc: &str) -> Option<String> {
    let i = desc.find("例如")?;
    let rest = &desc[i + "例如".len()..];
    let rest = rest.trim_start_matches(['：', ':', ' ']);
    let rest = rest.strip_prefix('“').unwrap_or(rest);
    let end = rest.find(['”', '，', '；', '）']).unwrap_or(rest.len());
    let ex = rest[..end].trim();
    (!ex.is_empty()).then(|| ex.to_string())
}

fn walk(root: &Json, node: &Json, path: &str, out: &mut Vec<Field>, depth: usize) {
    if depth > 8 {
        return;
    }
    let alts = alternatives(root, node);
    let Some(obj) = alts.iter().find(|n| n.get("properties").is_some()) else { return };
    let required: Vec<&str> =
        obj.get("required").and_then(Json::as_array).map(|r| r.iter().filter_map(Json::as_str).collect()).unwrap_or_default();
    // untagged 的 person（听证参加人或专家）：各种写法都列出
    let mut props: Vec<(&String, &Json)> = Vec::new();
    for a in &alts {
        if let Some(p) = a.get("properties").and_then(Json::as_object) {
            for (k, v) in p {
                if !props.iter().any(|(k2, _)| *k2 == k) {
                    props.push((k, v));
                }
            }
        }
    }
    for (key, field) in props {
        let p = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        let desc = describe(root, field);
        let falts = alternatives(root, field);
        let name = ref_name(field);
        let choices: Vec<String> = falts
            .iter()
            .flat_map(|n| {
                let mut v: Vec<String> = n
                    .get("enum")
                    .and_then(Json::as_array)
                    .map(|a| a.iter().filter_map(Json::as_str).map(str::to_string).collect())
                    .unwrap_or_default();
                v.extend(n.get("const").and_then(Json::as_str).map(str::to_string));
                v
            })
            .collect();
        let has = |t: &str| falts.iter().any(|n| types(n).contains(&t));
        let object = falts.iter().find(|n| n.get("properties").is_some()).copied();
        let items = falts.iter().find_map(|n| n.get("items"));
        let map_of = falts.iter().find_map(|n| n.get("additionalProperties").filter(|a| a.is_object()));
        let (kind, example) = if name == Some("Date") {
            ("日期".to_string(), "2026-05-14（{{ … | 日期 }} 印作 2026年5月14日）".to_string())
        } else if name == Some("Time") {
            ("时刻".to_string(), "09:30（{{ … | 时刻 }} 印作 上午9:30）".to_string())
        } else if !choices.is_empty() {
            (format!("选项（{}）", choices.join("、")), choices[0].clone())
        } else if object.is_some() {
            ("一组字段".to_string(), String::new())
        } else if let Some(it) = items {
            let item = resolve(root, it);
            let of = if alternatives(root, item).iter().any(|n| n.get("properties").is_some()) {
                "每项是一组字段"
            } else {
                "每项是文字"
            };
            (format!("列表（{of}）"), format!("{{% for x in {p} %}}…{{% endfor %}}"))
        } else if key == "extra" {
            ("自定义字段".to_string(), "extra.直播地址".to_string())
        } else if map_of.is_some() || has("object") {
            ("代号 → 值".to_string(), String::new())
        } else if has("boolean") {
            ("是非".to_string(), "{% if … %}…{% endif %}".to_string())
        } else if has("integer") {
            ("整数".to_string(), "15".to_string())
        } else if has("number") {
            ("数".to_string(), "1.5".to_string())
        } else {
            ("文字".to_string(), example_in(&desc).unwrap_or_default())
        };
        out.push(Field { path: p.clone(), kind, required: required.contains(&key.as_str()), example, description: desc });
        if let Some(o) = object {
            walk(root, o, &p, out, depth + 1);
        } else if let Some(it) = items {
            walk(root, it, &format!("{p}[]"), out, depth + 1);
        } else if let Some(m) = map_of {
            if resolve(root, m).get("properties").is_some() {
                walk(root, m, &format!("{p}.代号"), out, depth + 1);
            }
        }
    }
}

/// `gen fields` 的文字：变量表、过滤器、案卷中的自定义字段。
pub fn listing(kind: &Kind, case: Option<&Case>) -> String {
    use unicode_width::UnicodeWidthStr;
    let rows = fields(kind);
    let width = rows.iter().map(|f| f.path.width()).max().unwrap_or(10).min(60);
    let mut s = format!("“{}”的模板（{}）可以用的变量：\n\n", kind.name, kind.template);
    for f in &rows {
        let pad = " ".repeat(width.saturating_sub(f.path.width()));
        let req = if f.required { "必填" } else { "可不填" };
        let ex = if f.example.is_empty() { String::new() } else { format!("；示例：{}", f.example) };
        s.push_str(&format!("  {}{pad}  {}，{req}{ex}。{}\n", f.path, f.kind, f.description));
    }
    s.push_str("\n“必填”指在所属部分中必填（所属部分本身可能不填，如没有听证会时没有 participation.hearing）。\n");
    s.push_str("模板中写 {{ 变量 }} 印出它的值（案卷中的任何字符都原样印出）；列表用 {% for x in 列表 %}…{% endfor %} 逐项取出。\n\n过滤器和函数：\n");
    for (how, what) in FILTERS {
        s.push_str(&format!("  {how}  {what}\n"));
    }
    if let Some(case) = case {
        let ex = extras(case);
        if ex.is_empty() {
            s.push_str("\n案卷中没有自定义字段（extra）。在案卷的某一部分下写\n  extra:\n    直播地址: https://…\n模板中即可写 {{ 该部分.extra.直播地址 }}（案卷最外层的写作 {{ extra.直播地址 }}）。\n");
        } else {
            s.push_str("\n案卷中的自定义字段（extra）：\n");
            for (p, v) in ex {
                s.push_str(&format!("  {{{{ {p} }}}}  当前值：{v}\n"));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::catalogue;

    #[test]
    fn notice_fields_include_the_hearing_and_extra() {
        let k = catalogue::find("notice").unwrap();
        let f = fields(k);
        let place = f.iter().find(|x| x.path == "participation.hearing.place").unwrap();
        assert!(place.required && place.kind == "文字" && place.description.contains("地点"), "{place:?}");
        let date = f.iter().find(|x| x.path == "participation.hearing.date").unwrap();
        assert_eq!(date.kind, "日期");
        assert!(f.iter().any(|x| x.path == "extra" && x.kind == "自定义字段"));
        assert!(f.iter().any(|x| x.path == "participation.hearing.extra"));
        assert!(f.iter().any(|x| x.path == "participation.hearing.participants[].name"));
        assert!(
            f.iter().any(|x| x.path == "law.代号.citation"),
            "{:?}",
            f.iter().filter(|x| x.path.starts_with("law")).collect::<Vec<_>>()
        );
        assert!(!f.iter().any(|x| x.path.starts_with("person")));
        let organ = f.iter().find(|x| x.path == "decision.organ").unwrap();
        assert_eq!(organ.example, "赤峰市人民政府");
    }
}
