//! 模板渲染：minijinja 把案卷数据填进 Typst 标记模板。
//!
//! 每个 `{{ … }}` 输出的值都经过 [`escape_markup`] 转义，案卷中的任何字符都只会印成文字。
//! 模板作者确需输出 Typst 代码时用 `|safe`（只应作用于模板自己写的常量，不可用于案卷数据）。

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

pub mod dictionary;
pub mod escape;
pub mod prose;
pub mod templates;
pub mod title;

use crate::error::{Error, Result};
use crate::input::case::{Date, Time};
use escape::{escape_markup, join_cjk_lines, keep_together};
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
            if let Some(b) = value.downcast_object_ref::<Blank>() {
                return out.write_str(placeholder(&b.0).as_str().unwrap_or_default()).map_err(Into::into);
            }
            if value.is_undefined() || value.is_none() {
                return Ok(());
            }
            let raw = value.to_string();
            return out.write_str(&keep_together(&raw, &escape_markup(&raw))).map_err(Into::into);
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_filter("日期", filter_date);
    env.add_filter("星期", filter_weekday);
    env.add_filter("时刻", filter_time);
    env.add_filter("中文数字", filter_cn_number);
    env.add_filter("顿号连接", |v: Value| -> std::result::Result<Value, minijinja::Error> {
        if is_placeholder(&v) {
            return Ok(v);
        }
        let mut items = Vec::new();
        for x in v.try_iter()? {
            if is_placeholder(&x) {
                return Ok(x);
            }
            items.push(x.as_str().map(str::to_string).unwrap_or_else(|| x.to_string()));
        }
        Ok(Value::from(items.join("、")))
    });
    env.add_filter("出处", cite_in_full);
    env.add_filter("列项", filter_list_item);
    env.add_filter("中文日期", |v: Value| text_filter(v, chinese_dates));
    env.add_filter("句末", |v: Value| text_filter(v, |s| list_item(s, true)));
    env.add_function("待填写", move |label: String| -> std::result::Result<Value, minijinja::Error> {
        if draft {
            Ok(placeholder(&label))
        } else {
            Err(minijinja::Error::new(ErrorKind::InvalidOperation, format!("{MISSING}{label}")))
        }
    });
    for (name, source) in templates.iter() {
        if name.ends_with(".typ.j2") {
            env.add_template_owned(name.to_string(), prose::protect(&drop_tag_lines(source)))
                .map_err(|e| template_error(templates, name, &e))?;
        }
    }
    Ok(env)
}

/// 模板交给模板引擎时的源文（只含标签的行并入注释、文字中的符号转义；行号不变），Typst 报错时据此找回模板中的行。
pub fn template_source(templates: &TemplateSet, name: &str) -> String {
    let src = templates.get(name).unwrap_or_default();
    prose::protect(&drop_tag_lines(src))
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

/// 草稿中待填写的列表的那一项（列表的字段路径）：取它的一栏印作【待填写：路径[].栏】，印出它本身印作【待填写：路径】。
#[derive(Debug)]
struct Blank(String);

/// 模板数据中标出 [`Blank`] 的键（案卷的键名都是 snake_case，不会与它相同）。
const BLANK: &str = "\u{0}待填写";

impl minijinja::value::Object for Blank {
    fn get_value(self: &std::sync::Arc<Self>, key: &Value) -> Option<Value> {
        let key = key.as_str().map(str::to_string).unwrap_or_else(|| key.to_string());
        let path = format!("{}[0].{key}", self.0);
        Some(placeholder(&match crate::input::schema::describe(&path) {
            Some(d) => format!("{}[].{key}（{d}）", self.0),
            None => format!("{}[].{key}", self.0),
        }))
    }
}

/// 模板数据转为模板值；`missing` 中的字段（路径 → 说明）放上【待填写】占位（草稿中缺少的必填内容），
/// 草稿（`draft`）中读案卷时补上的【待填写】标记也换成占位。
pub fn value(mut data: serde_json::Value, missing: &[(String, String)], draft: bool) -> Value {
    use crate::input::normalise::DRAFT_MARK as MARK;
    use serde_json::Value as Json;
    // 读案卷时补上的【待填写】标记（src/input/normalise.rs）只在草稿中有
    if missing.is_empty() && !draft {
        return Value::from(minijinja::value::Serde(&data));
    }
    for (path, label) in missing {
        let mut node = &mut data;
        // “x[]”：列表字段，印作只有一项的列表，这一项的每一栏都是【待填写】（见 [`Blank`]）
        let (path, list) = match path.strip_suffix("[]") {
            Some(p) => (p, true),
            None => (path.as_str(), false),
        };
        let parts: Vec<&str> = path.split('.').collect();
        for (i, key) in parts.iter().enumerate() {
            let Json::Object(map) = node else { break };
            if i + 1 == parts.len() {
                let mark = Json::String(format!("{MARK}{label}"));
                let blank = || Json::Object([(BLANK.to_string(), Json::String(format!("{MARK}{path}")))].into_iter().collect());
                map.insert(key.to_string(), if list { Json::Array(vec![blank()]) } else { mark });
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
            Json::Object(o) => match o.get(BLANK).and_then(Json::as_str).and_then(|s| s.strip_prefix(MARK)) {
                Some(label) => Value::from_object(Blank(label.to_string())),
                None => Value::from(o.iter().map(|(k, x)| (k.clone(), convert(x))).collect::<std::collections::BTreeMap<_, _>>()),
            },
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

/// 用模板数据渲染文书模板，得到 Typst 标记。`missing` 为草稿中缺少的必填内容（路径 → 说明）。
///
/// 模板用到数据中没有的变量时，错误写明是哪个变量、模板哪一行；草稿（`draft`）中则把它印为
/// 【待填写：变量】后继续（逐个补上，最多 [`MAX_DRAFT_FILLS`] 个）。
pub fn render(
    env: &Environment<'static>,
    templates: &TemplateSet,
    name: &str,
    data: serde_json::Value,
    missing: &[(String, String)],
    draft: bool,
) -> Result<String> {
    let tmpl = env.get_template(name).map_err(|_| Error::input(format!("找不到模板 {name}")))?;
    let mut missing = missing.to_vec();
    let out = loop {
        let ctx = value(data.clone(), &missing, draft);
        match tmpl.render(ctx.clone()) {
            Ok(out) => break out,
            Err(e) if e.kind() == ErrorKind::UndefinedError => {
                let src = e.name().and_then(|n| templates.get(n)).unwrap_or_default();
                let var = e.line().and_then(|l| undefined_variable(env, src, l, &ctx));
                match var {
                    Some((v, _)) if draft && missing.len() < MAX_DRAFT_FILLS && !missing.iter().any(|(p, _)| *p == v) => {
                        let label = match crate::input::schema::describe(&v) {
                            Some(d) => format!("{v}（{d}）"),
                            None => v.clone(),
                        };
                        missing.push((v, label));
                    }
                    _ => return Err(undefined_error(templates, name, &e, var.as_ref().map(|(_, shown)| shown.as_str()))),
                }
            }
            Err(e) => return Err(template_error(templates, name, &e)),
        }
    };
    if out.len() > MAX_MARKUP {
        return Err(Error::input(format!(
            "{}: 渲染出的内容超过 {} MB，远大于任何真实的文书：模板中可能有循环写错了",
            templates.origin(name),
            MAX_MARKUP >> 20
        )));
    }
    let out = join_cjk_lines(&out);
    // 标题回行只在词与词之间（GB/T 9704 7.3.1），见 title.rs。
    // 单位自己改过的旧版式模块（其中的 `标题` 没有 `分词` 参数）照旧排版，不因多出的参数报错。
    if templates.get("house.typ").is_some_and(|h| h.contains(title::ARGUMENT)) {
        return Ok(title::break_titles(&out, &data));
    }
    Ok(out)
}

/// 草稿中最多补上几个模板用到而数据中没有的变量。
pub const MAX_DRAFT_FILLS: usize = 64;

/// 模板第 `line` 行用到、而数据中没有的变量（如 `contact.phone`：`contact` 没有）。
/// 只看从模板数据顶层起的变量链；循环变量（`for m in …`）和 `set` 定义的变量不在此列。
/// 返回 (从模板数据顶层起的变量链, 给科员看的写法)。
fn undefined_variable(env: &Environment<'static>, src: &str, line: usize, ctx: &Value) -> Option<(String, String)> {
    let text = src.split('\n').nth(line.checked_sub(1)?)?;
    let local = |root: &str| {
        src.contains(&format!("for {root} in"))
            || src.contains(&format!("for {root},"))
            || src.contains(&format!(", {root} in"))
            || src.contains(&format!("set {root} "))
            || src.contains(&format!("set {root}="))
            || src.contains(&format!("macro {root}("))
    };
    for written in variable_chains(text) {
        let root = written.split('.').next().unwrap_or_default();
        // `{% set h = participation.hearing %}` 定义的简称：换成它所指的变量链再查
        let chain = match alias_of(src, root) {
            Some(target) => format!("{target}{}", &written[root.len()..]),
            None => written.clone(),
        };
        let parts: Vec<&str> = chain.split('.').collect();
        if (chain == written && local(parts[0])) || is_builtin_name(parts[0]) {
            continue;
        }
        let shown = if chain == written { written.clone() } else { format!("{written}（即 {chain}）") };
        for k in 1..=parts.len() {
            let prefix = parts[..k].join(".");
            let Ok(expr) = env.compile_expression(&prefix) else { break };
            match expr.eval(ctx.clone()) {
                Ok(v) if v.is_undefined() => return Some((chain, shown)),
                Ok(v) if v.is_none() && k < parts.len() => return Some((chain, shown)),
                Ok(_) => {}
                Err(_) => return Some((chain, shown)),
            }
        }
    }
    None
}

/// 模板中 `{% set 名称 = 变量链 %}` 定义的简称所指的变量链（只认单纯的 `a.b.c`）。
fn alias_of<'a>(src: &'a str, name: &str) -> Option<&'a str> {
    let i = src.find(&format!("set {name} = "))? + format!("set {name} = ").len();
    let expr = src[i..].split("%}").next()?.trim().trim_end_matches('-').trim();
    expr.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(expr)
}

/// 模板、过滤器中的内置名称（不是数据中的变量）。
fn is_builtin_name(s: &str) -> bool {
    matches!(
        s,
        "loop"
            | "true"
            | "false"
            | "none"
            | "True"
            | "False"
            | "None"
            | "not"
            | "and"
            | "or"
            | "in"
            | "is"
            | "if"
            | "else"
            | "elif"
            | "for"
            | "endfor"
            | "endif"
            | "set"
            | "range"
            | "defined"
            | "undefined"
            | "待填写"
    )
}

/// 一行模板中 `{{ … }}`、`{% … %}` 里的变量链（`a.b.c`），不含引号中的文字和过滤器名。
fn variable_chains(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find(['{']) {
        let after = &rest[i..];
        let close = if after.starts_with("{{") {
            "}}"
        } else if after.starts_with("{%") {
            "%}"
        } else {
            rest = &after[1..];
            continue;
        };
        let Some(j) = after.find(close) else { break };
        let inner = &after[2..j];
        let mut chain = String::new();
        let mut quote: Option<char> = None;
        let mut after_pipe = false;
        let mut prev = ' ';
        for c in inner.chars().chain([' ']) {
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                prev = c;
                continue;
            }
            let ident = c.is_alphanumeric() || c == '_' || (c == '.' && !chain.is_empty());
            if ident && !(chain.is_empty() && (c.is_ascii_digit() || prev == '.')) {
                chain.push(c);
            } else {
                if !chain.is_empty() {
                    let c2 = chain.trim_end_matches('.').to_string();
                    if !after_pipe && !out.contains(&c2) && !is_builtin_name(c2.split('.').next().unwrap_or_default()) {
                        out.push(c2);
                    }
                    after_pipe = false;
                    chain.clear();
                }
                match c {
                    '"' | '\'' => quote = Some(c),
                    '|' => after_pipe = true,
                    _ => {}
                }
            }
            prev = c;
        }
        rest = &after[j + 2..];
    }
    out
}

fn undefined_error(templates: &TemplateSet, name: &str, e: &minijinja::Error, var: Option<&str>) -> Error {
    let origin = templates.origin(e.name().unwrap_or(name));
    let line = e.line().map(|l| format!(":{l}")).unwrap_or_default();
    match var {
        Some(v) => Error::input(format!(
            "{origin}{line}: 模板用到了“{v}”，但案卷中没有这一项（或变量名拼错）。可用的变量见 gen fields；自定义的内容写在案卷的 extra 下，模板中写作 extra.名称；如需先出草稿，加 --draft"
        )),
        None => Error::input(format!("{origin}{line}: 模板用到了案卷中没有的内容（或变量名拼错）。可用的变量见 gen fields；如需先出草稿，加 --draft")),
    }
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
    if e.kind() == ErrorKind::SyntaxError {
        let src = templates.get(e.name().unwrap_or(name)).unwrap_or_default();
        if let Some((l, tag)) = unclosed_block(src) {
            return Error::input(format!("{origin}:{l}: 模板语法错误：这一行的 {{% {tag} %}} 没有配对的 {{% end{tag} %}}"));
        }
    }
    let line = e.line().map(|l| format!(":{l}")).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UndefinedError => "用到了案卷中没有的字段（或字段名拼错）".to_string(),
        ErrorKind::SyntaxError => "模板语法错误".to_string(),
        ErrorKind::UnknownFilter => "未知的过滤器".to_string(),
        ErrorKind::OutOfFuel => format!("模板运行的步数超过上限（{FUEL} 步），模板中可能有死循环或嵌套过多的循环"),
        ErrorKind::InvalidOperation if e.to_string().contains("recursion") => "模板嵌套调用太深（可能是宏或 include 互相调用）".to_string(),
        _ => "模板渲染失败".to_string(),
    };
    let detail = e.detail().filter(|d| d.chars().any(crate::input::forms::is_han)).map(|d| format!("：{d}")).unwrap_or_default();
    let hint = match e.kind() {
        ErrorKind::SyntaxError => syntax_hint(e.detail().unwrap_or_default()),
        ErrorKind::UnknownFilter => {
            "。可用的过滤器：日期、星期、时刻、中文数字、顿号连接、列项、句末、中文日期、出处（见 gen fields）".to_string()
        }
        _ => String::new(),
    };
    Error::input(format!("{origin}{line}: {what}{detail}{hint}"))
}

/// 没有配对的 `{% if %}`、`{% for %}`：(开头所在的行, if 或 for)。
fn unclosed_block(src: &str) -> Option<(usize, &'static str)> {
    let mut stack: Vec<(usize, &'static str)> = Vec::new();
    let mut line = 1;
    let mut rest = src;
    while let Some(i) = rest.find("{%") {
        line += rest[..i].matches('\n').count();
        let after = &rest[i + 2..];
        let end = after.find("%}").unwrap_or(after.len());
        let inner = after[..end].trim_start_matches(['-', '+']).trim();
        let word = inner.split_whitespace().next().unwrap_or("");
        match word {
            "if" => stack.push((line, "if")),
            "for" => stack.push((line, "for")),
            "macro" => stack.push((line, "macro")),
            "endif" | "endfor" | "endmacro" => {
                stack.pop();
            }
            _ => {}
        }
        line += after[..end].matches('\n').count();
        rest = &after[end..];
    }
    stack.pop()
}

/// 模板语法错误的中文说明（minijinja 的说明是英文的，这里按常见情形译出）。
fn syntax_hint(detail: &str) -> String {
    let d = detail.to_lowercase();
    if d.contains("unexpected end of input") || d.contains("missing end") || d.contains("unclosed") {
        return "：有没有配对的 {% if %}、{% for %}（缺少 {% endif %}、{% endfor %}），或 {{ 没有对应的 }}".to_string();
    }
    if d.contains("unknown statement") || d.contains("unexpected") && d.contains("block") {
        return "：{% %} 中的语句写错了（可用 if、elif、else、endif、for、endfor、set）".to_string();
    }
    if d.contains("unexpected") {
        return "：这一行的 {{ }} 或 {% %} 中有写错的地方（括号、引号、运算符）".to_string();
    }
    String::new()
}

fn arg_date(v: &Value) -> std::result::Result<Date, minijinja::Error> {
    let s = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
    Date::parse(&s).map_err(|m| minijinja::Error::new(ErrorKind::InvalidOperation, m))
}

/// 草稿中的【待填写】占位（[`placeholder`]，或待填写的列表中的一项 [`Blank`]）：日期、时刻等过滤器原样交出它，
/// 不当作写错的值。
fn is_placeholder(v: &Value) -> bool {
    (v.is_safe() && v.as_str().is_some_and(|s| s.starts_with(PLACEHOLDER))) || v.downcast_object_ref::<Blank>().is_some()
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

/// `{{ 文字 | 中文日期 }}`：文字中“2026-04-01”式的日期改写为“2026年4月1日”（GB/T 15835 公文中的日期写法）。
/// 用于程序检查的结论等由程序写成、供终端显示的文字印进文书时。
pub fn chinese_dates(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < c.len() {
        let w = &c[i..(i + 10).min(c.len())];
        let iso = w.len() == 10
            && w.iter().enumerate().all(|(k, ch)| if k == 4 || k == 7 { *ch == '-' } else { ch.is_ascii_digit() })
            && !(i > 0 && c[i - 1].is_ascii_digit())
            && !c.get(i + 10).is_some_and(|d| d.is_ascii_digit());
        // 写法与成文日期相同（Date::chinese）；不存在的日期原样留着
        let date = iso.then(|| crate::input::forms::date(&w.iter().collect::<String>()).ok().flatten()).flatten();
        if let Some(d) = date {
            out.push_str(&d.chinese());
            i += 10;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// `{{ 事项 | 列项(loop.last) }}`：案卷中列举的一项加上项末标点（GB/T 15834 4.5、4.6：
/// 并列的分项之间用分号，最后一项用句号），原文已以标点结尾的不再加。
fn filter_list_item(item: Value, last: Option<bool>) -> Value {
    text_filter(item, |s| list_item(s, last.unwrap_or(false)))
}

/// 改写文字的过滤器：草稿中的【待填写】占位原样交出，其余按文字改写。
fn text_filter(v: Value, f: impl Fn(&str) -> String) -> Value {
    if is_placeholder(&v) {
        return v;
    }
    let s = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
    Value::from(f(&s))
}

/// 见 [`filter_list_item`]；`last` 为真时即 `{{ 一句 | 句末 }}`：单独成段的一项（编号的措施、其他事项），
/// 原文没有句末标点的加句号。
pub fn list_item(item: &str, last: bool) -> String {
    let t = item.trim_end();
    if t.ends_with(['。', '；', '，', '、', '！', '？', '：', '…', ';', '.', '!', '?']) {
        return t.to_string();
    }
    format!("{t}{}", if last { '。' } else { '；' })
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
    fn iso_dates_in_text_become_chinese_dates() {
        assert_eq!(chinese_dates("公告 2026-04-01 发布，至2026-12-31止"), "公告 2026年4月1日 发布，至2026年12月31日止");
        assert_eq!(chinese_dates("编号 12026-04-01 与 2026-04-011 不变"), "编号 12026-04-01 与 2026-04-011 不变");
    }

    #[test]
    fn list_items_get_end_punctuation_unless_they_have_it() {
        assert_eq!(list_item("首30分钟免费的设置是否合适", false), "首30分钟免费的设置是否合适；");
        assert_eq!(list_item("新能源汽车的优惠措施", true), "新能源汽车的优惠措施。");
        assert_eq!(list_item("是否合理？", false), "是否合理？");
        assert_eq!(list_item("已写句号。 ", false), "已写句号。");
        assert_eq!(list_item("（试行）", true), "（试行）。");
    }

    #[test]
    fn tag_only_lines_vanish_but_keep_line_numbers() {
        let src = "甲\n  {% if x %}\n乙{% endif %}\n\n丙\n{# 注释 #}\n{% set a = [\n 1] %}\n丁";
        let out = drop_tag_lines(src);
        assert_eq!(out.matches('\n').count(), src.matches('\n').count());
        assert_eq!(out, "甲\n{% if x %}{#\n#}乙{% endif %}\n\n丙\n{# 注释 #}{#\n#}{% set a = [\n 1] %}{#\n#}丁");
    }

    #[test]
    fn unclosed_blocks_point_at_their_opening() {
        assert_eq!(unclosed_block("甲\n{% if a %}\n乙\n{% for x in y %}{% endfor %}\n"), Some((2, "if")));
        assert_eq!(unclosed_block("{% if a %}{% endif %}"), None);
    }

    #[test]
    fn variable_chains_in_a_line() {
        assert_eq!(variable_chains("[{{ contact.phone }}] {% if h.date | 日期 %}{{ \"x.y\" }}"), ["contact.phone", "h.date"]);
        assert_eq!(variable_chains("{{ extra.直播地址 }}"), ["extra.直播地址"]);
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
