//! 模板渲染：minijinja 把案卷数据填进 Typst 标记模板。
//!
//! 每个 `{{ … }}` 输出的值都经过 [`escape_markup`] 转义，案卷中的任何字符都只会印成文字。
//! 模板作者确需输出 Typst 代码时用 `|safe`（只应作用于模板自己写的常量，不可用于案卷数据）。

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

pub mod escape;
pub mod templates;

use crate::error::{Error, Result};
use crate::input::case::{Date, Time};
use escape::{escape_markup, join_cjk_lines};
use templates::TemplateSet;

const TYPST: &str = "typst";

/// 渲染一份文书的模板最多执行的指令数（minijinja 的 fuel）。最长的真实文书（200 条意见）用不到其百分之一；
/// 用完即报错，所以模板中的死循环（如嵌套的 range）不会让程序一直运行下去。
pub const FUEL: u64 = 50_000_000;
/// 渲染结果（Typst 标记）的上限。
pub const MAX_MARKUP: usize = 32 << 20;
/// 模板调用 `待填写()` 而非草稿时的错误前缀。
const MISSING: &str = "缺少必填内容：";

/// 建立模板环境（每套模板一个，可在多个文书间共用）。
///
/// `draft` 为真时，模板中的 `{{ 待填写("说明") }}` 印出醒目的【待填写：说明】；否则报错“缺少必填内容”。
pub fn environment(templates: &TemplateSet, draft: bool) -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(100);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder().keep_trailing_newline(true).build().map_err(|e| Error::input(e.to_string()))?,
    );
    env.set_auto_escape_callback(|name| if name.ends_with(".typ.j2") { AutoEscape::Custom(TYPST.into()) } else { AutoEscape::None });
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Custom(n) if n == TYPST) {
            if value.is_safe() {
                return out.write_str(value.as_str().unwrap_or_default()).map_err(Into::into);
            }
            if value.is_undefined() || value.is_none() {
                return Ok(());
            }
            return out.write_str(&escape_markup(&value.to_string())).map_err(Into::into);
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_filter("日期", filter_date);
    env.add_filter("星期", filter_weekday);
    env.add_filter("时刻", filter_time);
    env.add_filter("中文数字", filter_cn_number);
    env.add_filter("顿号连接", |v: Vec<String>| v.join("、"));
    env.add_filter("出处", cite_in_full);
    env.add_function("待填写", move |label: String| -> std::result::Result<Value, minijinja::Error> {
        if draft {
            Ok(placeholder(&label))
        } else {
            Err(minijinja::Error::new(ErrorKind::InvalidOperation, format!("{MISSING}{label}")))
        }
    });
    for (name, source) in templates.iter() {
        if name.ends_with(".typ.j2") {
            env.add_template_owned(name.to_string(), drop_tag_lines(source)).map_err(|e| template_error(templates, name, &e))?;
        }
    }
    Ok(env)
}

/// 草稿中缺少的内容：印为醒目的【待填写：说明】（版式模块 house.typ 中的 `待填写`）。
/// 模板中的 `{{ 待填写("…") }}` 和缺少的必填字段（src/documents/draft.rs）都用它。
pub fn placeholder(label: &str) -> Value {
    let quoted: String = label
        .chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c.is_control() => " ".to_string(),
            c => c.to_string(),
        })
        .collect();
    Value::from_safe_string(format!("{PLACEHOLDER}\"{quoted}\")"))
}

const PLACEHOLDER: &str = "#待填写(";

/// 模板数据转为模板值；`missing` 中的字段（路径 → 说明）放上【待填写】占位（草稿中缺少的必填内容）。
pub fn value(mut data: serde_json::Value, missing: &[(String, String)]) -> Value {
    use serde_json::Value as Json;
    const MARK: &str = "\u{1}待填写:";
    if missing.is_empty() {
        return Value::from(minijinja::value::Serde(&data));
    }
    for (path, label) in missing {
        let mut node = &mut data;
        let parts: Vec<&str> = path.split('.').collect();
        for (i, key) in parts.iter().enumerate() {
            let Json::Object(map) = node else { break };
            if i + 1 == parts.len() {
                map.insert(key.to_string(), Json::String(format!("{MARK}{label}")));
                break;
            }
            node = map.entry(key.to_string()).or_insert_with(|| Json::Object(Default::default()));
            if !node.is_object() {
                *node = Json::Object(Default::default());
            }
        }
    }
    fn convert(v: &Json) -> Value {
        match v {
            Json::String(s) => match s.strip_prefix(MARK) {
                Some(label) => placeholder(label),
                None => Value::from(s.as_str()),
            },
            Json::Array(a) => Value::from(a.iter().map(convert).collect::<Vec<_>>()),
            Json::Object(o) => Value::from(o.iter().map(|(k, x)| (k.clone(), convert(x))).collect::<std::collections::BTreeMap<_, _>>()),
            other => Value::from(minijinja::value::Serde(other)),
        }
    }
    convert(&data)
}

/// 渲染结果中的【待填写】占位的说明（屏幕上列出）。案卷数据中的 `#` 一律转义为 `\#`，
/// 所以这里找到的只可能是 [`placeholder`] 写入的。
pub fn placeholders_in(markup: &str) -> Vec<String> {
    markup
        .split(PLACEHOLDER)
        .skip(1)
        .filter_map(|rest| rest.strip_prefix('"')?.split_once("\")").map(|(label, _)| label.replace("\\\"", "\"").replace("\\\\", "\\")))
        .collect()
}

/// 用案卷数据渲染文书模板，得到 Typst 标记。
pub fn render(env: &Environment<'static>, templates: &TemplateSet, name: &str, ctx: Value) -> Result<String> {
    let tmpl = env.get_template(name).map_err(|e| Error::input(format!("找不到模板 {name}：{e}")))?;
    let out = tmpl.render(ctx).map_err(|e| template_error(templates, name, &e))?;
    if out.len() > MAX_MARKUP {
        return Err(Error::input(format!(
            "{}: 渲染出的内容超过 {} MB，远大于任何真实的文书：模板中可能有循环写错了",
            templates.origin(name),
            MAX_MARKUP >> 20
        )));
    }
    Ok(join_cjk_lines(&out))
}

/// 只含 `{% … %}` 或 `{# … #}` 的行（标签前后只有空白）整行不输出；标签与文字同行时，标签后的换行照常保留。
///
/// 这比 Jinja 的 trim_blocks 更合科员的直觉：`……{% endif %}` 结尾的一行后面空一行，仍是两个段落。
/// 做法是把这种行的换行移进一个注释 `{#⏎#}`，模板的行号因此不变，报错时仍指向科员文件中的行。
pub fn drop_tag_lines(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 64);
    let mut rest = src;
    while !rest.is_empty() {
        if let Some((tags, after, newline)) = standalone_tags(rest) {
            out.push_str(tags);
            if newline {
                out.push_str("{#\n#}");
            }
            rest = after;
            continue;
        }
        let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// 若 `line`（从行首开始的剩余文本）以只含标签的一行开头，返回 (标签, 该行之后的文本, 是否有换行)。
fn standalone_tags(line: &str) -> Option<(&str, &str, bool)> {
    let start = line.len() - line.trim_start_matches([' ', '\t']).len();
    let mut p = start;
    loop {
        let close = match &line[p..] {
            t if t.starts_with("{%") => "%}",
            t if t.starts_with("{#") => "#}",
            _ => return None,
        };
        p += line[p..].find(close)? + 2;
        let after = line[p..].trim_start_matches([' ', '\t']);
        let ws = line.len() - p - after.len();
        if let Some(next) = after.strip_prefix('\n') {
            return Some((&line[start..p], next, true));
        }
        if after.is_empty() {
            return Some((&line[start..p], after, false));
        }
        if !(after.starts_with("{%") || after.starts_with("{#")) {
            return None;
        }
        p += ws;
    }
}

fn template_error(templates: &TemplateSet, name: &str, e: &minijinja::Error) -> Error {
    if let Some(label) = e.detail().and_then(|d| d.strip_prefix(MISSING)) {
        return Error::input(format!("缺少必填内容：{label}。请在案卷中补充；如需先出草稿，加 --draft"));
    }
    let origin = templates.origin(e.name().unwrap_or(name));
    let line = e.line().map(|l| format!(":{l}")).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UndefinedError => "用到了案卷中没有的字段（或字段名拼错）".to_string(),
        ErrorKind::SyntaxError => "模板语法错误".to_string(),
        ErrorKind::UnknownFilter => "未知的过滤器".to_string(),
        ErrorKind::OutOfFuel => format!("模板运行的步数超过上限（{FUEL} 步），模板中可能有死循环或嵌套过多的循环"),
        ErrorKind::InvalidOperation if e.to_string().contains("recursion") => "模板嵌套调用太深（可能是宏或 include 互相调用）".to_string(),
        _ => "模板渲染失败".to_string(),
    };
    let detail = e.detail().map(|d| format!("：{d}")).unwrap_or_default();
    Error::input(format!("{origin}{line}: {what}{detail}（{}）", e.kind()))
}

fn arg_date(v: &Value) -> std::result::Result<Date, minijinja::Error> {
    let s = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
    Date::parse(&s).map_err(|m| minijinja::Error::new(ErrorKind::InvalidOperation, m))
}

/// 草稿中的【待填写】占位（[`placeholder`]）：日期、时刻等过滤器原样交出它，不当作写错的值。
fn is_placeholder(v: &Value) -> bool {
    v.is_safe() && v.as_str().is_some_and(|s| s.starts_with(PLACEHOLDER))
}

/// `{{ d | 日期 }}` → `2026年5月14日`（GB/T 9704 成文日期写法）。
fn filter_date(v: Value) -> std::result::Result<Value, minijinja::Error> {
    if is_placeholder(&v) {
        return Ok(v);
    }
    Ok(Value::from(arg_date(&v)?.chinese()))
}

/// `{{ d | 星期 }}` → `星期四`。
fn filter_weekday(v: Value) -> std::result::Result<Value, minijinja::Error> {
    if is_placeholder(&v) {
        return Ok(Value::from(""));
    }
    Ok(Value::from(arg_date(&v)?.weekday_cn()))
}

/// `{{ t | 时刻 }}` → `上午9:00`。
fn filter_time(v: Value) -> std::result::Result<Value, minijinja::Error> {
    if is_placeholder(&v) {
        return Ok(v);
    }
    let s = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
    Time::parse(&s).map(|t| Value::from(t.chinese())).map_err(|m| minijinja::Error::new(ErrorKind::InvalidOperation, m))
}

/// `{{ law.x.citation | 出处 }}`：“赤峰风险评估规则 第八条” → “《赤峰市重大行政决策风险评估工作规则》第八条”
/// （正文中引用法规用全称加书名号）。简称查不到时原样返回。
pub fn cite_in_full(citation: String) -> String {
    use crate::law::rules::{Jurisdiction, RuleSet};
    citation
        .split('；')
        .map(|c| {
            let (short, article) = c.trim().split_once(' ').unwrap_or((c.trim(), ""));
            Jurisdiction::all()
                .iter()
                .find_map(|j| RuleSet::builtin(*j).statute(short))
                .map(|s| format!("《{}》{}", s.title, article.trim()))
                .unwrap_or_else(|| c.trim().to_string())
        })
        .collect::<Vec<_>>()
        .join("、")
}

/// `{{ 3 | 中文数字 }}` → `三`（用于“一、”“（二）”等序号）。
fn filter_cn_number(n: u32) -> String {
    cn_number(n)
}

/// 1 → 一，10 → 十，12 → 十二，20 → 二十，105 → 一百零五。
pub fn cn_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n.is_multiple_of(10) { "" } else { D[(n % 10) as usize] }),
        20..=99 => format!("{}十{}", D[(n / 10) as usize], if n.is_multiple_of(10) { "" } else { D[(n % 10) as usize] }),
        100..=999 => {
            let r = n % 100;
            let rest = match r {
                0 => String::new(),
                1..=9 => format!("零{}", D[r as usize]),
                10..=19 => format!("一{}", cn_number(r)),
                _ => cn_number(r),
            };
            format!("{}百{rest}", D[(n / 100) as usize])
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_only_lines_vanish_but_keep_line_numbers() {
        let src = "甲\n  {% if x %}\n乙{% endif %}\n\n丙\n{# 注释 #}\n{% set a = [\n 1] %}\n丁";
        let out = drop_tag_lines(src);
        assert_eq!(out.matches('\n').count(), src.matches('\n').count());
        assert_eq!(out, "甲\n{% if x %}{#\n#}乙{% endif %}\n\n丙\n{# 注释 #}{#\n#}{% set a = [\n 1] %}{#\n#}丁");
    }

    #[test]
    fn citations_in_full() {
        assert_eq!(cite_in_full("赤峰规定 第二十九条".into()), "《赤峰市重大行政决策程序规定》第二十九条");
        assert_eq!(cite_in_full("未知 第一条".into()), "未知 第一条");
    }

    #[test]
    fn chinese_numbers() {
        let got: Vec<String> = [1, 7, 10, 11, 20, 29, 100, 105, 110, 999].iter().map(|n| cn_number(*n)).collect();
        assert_eq!(got, ["一", "七", "十", "十一", "二十", "二十九", "一百", "一百零五", "一百一十", "九百九十九"]);
    }
}
