//! 按案卷格式（JSON Schema）逐项核对读出的 YAML 值，一次找出全部问题，并把机关常用的写法换成标准写法。
//!
//! - 每个字段按它在案卷格式中的类型核对：日期、时刻、是非、整数、文字、选项、一组字段、列表；
//! - `2026年3月2日`、`2026/3/2`、Excel 日期序号、`9时30分`、`是`/`否`、`15名`、全角数字等读作标准写法，
//!   每处都作为“提示”列出（原文、读作什么），不悄悄猜测；认不出的写法是错误，说明可以怎样写；
//! - 未知字段、缺少的必填字段、必填字段空着、类型不对、选项写错：全部列出（按行排列），而不是只报第一处；
//! - 文字中的“�”（U+FFFD，保存时丢失的字）是错误；紧挨着汉字的“?”（另存为 GBK 时丢失的字常变成它）是提示；
//! - 草稿（`--draft`）中，缺少的必填文字放上【待填写】标记（[`DRAFT_MARK`]），由模板印为【待填写：…】；
//!   缺少的日期、时刻、人数和选项在草稿中也必须填写——期限和程序判断都由它们推算，不能编造。
//!
//! 核对完全部通过后，才交给 serde 读成 [`super::case::Case`]（那一步不应再出错）。

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value as Json;
use serde_norway::{Mapping, Value};

use super::forms;
use super::load::locate;
use super::roster::{self, Reference, RosterKind, Table};
use super::scan::Problem;
use super::schema::{self, case_schema, types};

/// 草稿中缺少的必填文字的标记：`\u{1}待填写:字段（含义）`。渲染时印为【待填写：…】。
pub const DRAFT_MARK: &str = "\u{1}待填写:";

/// 核对的结果：错误（必须改）和提示（已按标准写法读入，请核对）。
#[derive(Debug, Default)]
pub struct Report {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// 核对并规范 `value`（就地修改）。`text` 为案卷原文（用于找行列），`draft` 为草稿模式，
/// `dir` 为案卷所在文件夹（名单写成表格文件名时从这里读，见 [`super::roster`]；没有时不能引用表格）。
pub fn normalise(value: &mut Value, text: &str, draft: bool, dir: Option<&Path>) -> Report {
    let root = case_schema();
    let mut w = Walker { root, text, lines: text.split('\n').collect(), draft, dir, rosters: Vec::new(), report: Report::default() };
    w.walk(value, root, "");
    w.report
}

/// 案卷格式中一个字段的类型。
enum Shape<'a> {
    Date,
    Time,
    Choice(&'a str, Vec<String>),
    Object(&'a Json),
    Map,
    Array(&'a Json),
    Bool,
    Int,
    Number,
    Text,
    Any,
}

/// 展开 `$ref`、anyOf/oneOf/allOf，记下引用的类型名（Date、RiskLevel 等）。
fn expand<'a>(root: &'a Json, node: &'a Json, name: Option<&'a str>, out: &mut Vec<(Option<&'a str>, &'a Json)>) {
    if out.len() > 64 {
        return;
    }
    if let Some(r) = node.get("$ref").and_then(Json::as_str) {
        let def = r.strip_prefix("#/$defs/");
        if let Some(target) = def.and_then(|d| root.get("$defs")?.get(d)) {
            expand(root, target, def, out);
        }
    }
    out.push((name, node));
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = node.get(key).and_then(Json::as_array) {
            for alt in list {
                expand(root, alt, name, out);
            }
        }
    }
}

fn shape<'a>(root: &'a Json, node: &'a Json) -> (Shape<'a>, bool) {
    let mut alts = Vec::new();
    expand(root, node, None, &mut alts);
    let nullable = alts.iter().any(|(_, n)| types(n).contains(&"null"));
    let named = |want: &str| alts.iter().any(|(name, _)| *name == Some(want));
    if named("Date") {
        return (Shape::Date, nullable);
    }
    if named("Time") {
        return (Shape::Time, nullable);
    }
    let mut choices: Vec<String> = Vec::new();
    let mut def = "";
    for (name, n) in &alts {
        let mut found = false;
        if let Some(c) = n.get("const").and_then(Json::as_str) {
            choices.push(c.to_string());
            found = true;
        }
        if let Some(list) = n.get("enum").and_then(Json::as_array) {
            choices.extend(list.iter().filter_map(Json::as_str).map(str::to_string));
            found = true;
        }
        if found {
            def = name.unwrap_or(def);
        }
    }
    if !choices.is_empty() {
        return (Shape::Choice(def, choices), nullable);
    }
    if let Some((_, n)) = alts.iter().find(|(_, n)| n.get("properties").is_some()) {
        return (Shape::Object(n), nullable);
    }
    if alts.iter().any(|(_, n)| types(n).contains(&"object")) {
        return (Shape::Map, nullable);
    }
    if let Some(items) = alts.iter().find_map(|(_, n)| n.get("items")) {
        return (Shape::Array(items), nullable);
    }
    let has = |t: &str| alts.iter().any(|(_, n)| types(n).contains(&t));
    let shape = if has("boolean") {
        Shape::Bool
    } else if has("integer") {
        Shape::Int
    } else if has("number") {
        Shape::Number
    } else if has("string") {
        Shape::Text
    } else {
        Shape::Any
    };
    (shape, nullable)
}

struct Walker<'a> {
    root: &'a Json,
    text: &'a str,
    lines: Vec<&'a str>,
    draft: bool,
    dir: Option<&'a Path>,
    /// 从表格读入的名单：(案卷中的字段路径, 读出的表)。其中各项的问题指向表格的行和列
    rosters: Vec<(String, Table)>,
    report: Report,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn desc(path: &str) -> String {
    schema::describe(path).map(|d| format!("（{d}）")).unwrap_or_default()
}

/// 值的中文说法（类型不对时说“实际填的是……”）。
fn found(v: &Value) -> String {
    match v {
        Value::Null => "空值".into(),
        Value::Bool(b) => format!("是非值 {b}"),
        Value::Number(n) => format!("数 {n}"),
        Value::String(s) => format!("文字“{}”", short(s)),
        Value::Sequence(_) => "列表".into(),
        Value::Mapping(_) => "一组字段".into(),
        Value::Tagged(t) => format!("带标签 {} 的值", t.tag),
    }
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        out.push('…');
    }
    out
}

impl Walker<'_> {
    /// 字段所在的行列：找不到时退到上一级。
    fn at(&self, path: &str) -> (usize, usize) {
        let mut p = path.to_string();
        loop {
            if p.is_empty() {
                return (1, 1);
            }
            if let Some(l) = locate(self.text, &p) {
                return l;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p.truncate(i),
                None => p.clear(),
            }
        }
    }

    /// 路径在从表格读入的名单中时：(名单字段在案卷中的行列, 指向表格行列的说明)。
    fn in_roster(&self, path: &str, message: &str) -> Option<(usize, usize, String)> {
        let (prefix, table) = self.rosters.iter().find(|(p, _)| path.starts_with(&format!("{p}[")))?;
        let rest = &path[prefix.len() + 1..];
        let (index, key) = rest.split_once(']')?;
        let index: usize = index.parse().ok()?;
        let key = key.strip_prefix('.').filter(|k| !k.is_empty());
        let (line, col) = self.at(prefix);
        Some((line, col, table.problem_at(index, key, message.to_string()).describe()))
    }

    /// 记下一处问题：`error` 为错误（否则为提示），`at_value` 时指向字段的值（“key: 值”中值的第一个字），
    /// 否则指向字段；在从表格读入的名单中时指向表格的行和列。
    fn push(&mut self, error: bool, at_value: bool, path: &str, message: String) {
        let p = match self.in_roster(path, &message) {
            Some((line, col, message)) => Problem { line, col, message },
            None => {
                let (line, col) = if at_value { self.at_value(path) } else { self.at(path) };
                Problem { line, col, message }
            }
        };
        if error {
            self.report.errors.push(p);
        } else {
            self.report.warnings.push(p);
        }
    }

    fn error(&mut self, path: &str, message: String) {
        self.push(true, false, path, message);
    }

    fn value_error(&mut self, path: &str, message: String) {
        self.push(true, true, path, message);
    }

    fn warn(&mut self, path: &str, message: String) {
        self.push(false, false, path, message);
    }

    fn value_warn(&mut self, path: &str, message: String) {
        self.push(false, true, path, message);
    }

    fn at_value(&self, path: &str) -> (usize, usize) {
        let (line, col) = self.at(path);
        let Some(src) = self.lines.get(line - 1) else { return (line, col) };
        let chars: Vec<char> = src.chars().collect();
        let mut i = col - 1;
        if !path.ends_with(']') {
            while i < chars.len() && chars[i] != ':' {
                i += 1;
            }
            i += 1;
        } else if chars.get(i) == Some(&'-') {
            i += 1;
        }
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        if i < chars.len() {
            (line, i + 1)
        } else {
            (line, col)
        }
    }

    /// 字段所在行的原文写法（冒号之后、注释之前），用于把误读成数的文字（邮编 024000、电话 0476…）按原样读入。
    fn raw_scalar(&self, path: &str) -> Option<String> {
        let (line, _) = locate(self.text, path)?;
        let src = self.lines.get(line - 1)?.trim_start();
        let src = src.strip_prefix("- ").unwrap_or(src);
        let rest = if path.ends_with(']') { src } else { src.split_once(':')?.1 };
        let rest = match rest.find(" #") {
            Some(i) => &rest[..i],
            None => rest,
        };
        let v = rest.trim();
        (!v.is_empty() && !v.starts_with(['"', '\'', '[', '{', '|', '>'])).then(|| v.to_string())
    }

    /// 该行冒号后以 `#` 开头（YAML 把 # 及其后当作注释，字段成了空值）。
    fn hash_hint(&self, path: &str) -> Option<String> {
        let (line, _) = locate(self.text, path)?;
        let src = self.lines.get(line - 1)?;
        let (_, after) = src.split_once(':')?;
        // “name: #3号楼”：冒号后一个空格紧接 #，# 后紧接文字（注释一般写作“key:   # 说明”）
        let after = after.strip_prefix(' ')?;
        let next = after.strip_prefix('#')?.chars().next()?;
        (!next.is_whitespace() && next != '#').then(|| {
            format!(
                "冒号后的“{}”以 # 开头，YAML 把 # 及其后的文字当作注释，这个字段因此是空的；如果 # 是内容的一部分，请给整段文字加引号，如“\"{}\"”",
                short(after.trim_end()),
                short(after.trim_end())
            )
        })
    }

    fn walk(&mut self, v: &mut Value, node: &Json, path: &str) {
        if let Value::Tagged(t) = v {
            let tag = t.tag.to_string();
            self.error(path, format!("字段“{path}”前写了标签“{tag}”：案卷中不用 YAML 标签，请删去“{tag}”"));
            return;
        }
        let (shape, _nullable) = shape(self.root, node);
        match shape {
            Shape::Object(obj) => self.object(v, obj, path),
            Shape::Map => {
                if !matches!(v, Value::Mapping(_) | Value::Null) {
                    let f = found(v);
                    self.error(
                        path,
                        format!("字段“{path}”{}应为一组“名称: 值”（下一行缩进后写，如“直播地址: https://…”），实际填的是{f}", desc(path)),
                    );
                }
            }
            Shape::Any => {}
            Shape::Array(items) => self.array(v, items, path),
            Shape::Date => self.date(v, path),
            Shape::Time => self.time(v, path),
            Shape::Bool => self.boolean(v, path),
            Shape::Int => self.integer(v, node, path),
            Shape::Number => self.number(v, path),
            Shape::Text => self.text_value(v, path),
            Shape::Choice(def, choices) => self.choice(v, def, &choices, path),
        }
    }

    fn object(&mut self, v: &mut Value, obj: &Json, path: &str) {
        let Value::Mapping(map) = v else {
            if !v.is_null() {
                let what = desc(path);
                self.error(path, format!("字段“{path}”{what}应为一组字段（下一行缩进后写“键名: 值”），实际填的是{}", found(v)));
            }
            return;
        };
        let props = obj.get("properties").and_then(Json::as_object);
        let closed = obj.get("additionalProperties").is_some_and(|a| a == &Json::Bool(false));
        let required: Vec<&str> =
            obj.get("required").and_then(Json::as_array).map(|r| r.iter().filter_map(Json::as_str).collect()).unwrap_or_default();
        let keys: Vec<Value> = map.keys().cloned().collect();
        for k in keys {
            let Some(key) = k.as_str().map(str::to_string) else {
                let shown = serde_norway::to_string(&k).unwrap_or_default();
                self.error(path, format!("“{}”不能作键名：键名应是英文字段名，如 name", shown.trim()));
                map.remove(&k);
                continue;
            };
            let p = join(path, &key);
            let Some(field) = props.and_then(|ps| ps.get(&key)) else {
                if closed {
                    let expected: Vec<String> = props.map(|ps| ps.keys().cloned().collect()).unwrap_or_default();
                    let mut s = format!("未知字段“{key}”（可能是拼写错误；未知字段不会被忽略）");
                    if let Some(best) = super::load::closest(&key, &expected) {
                        s.push_str(&format!("。是否应为“{best}”？"));
                    }
                    if expected.is_empty() {
                        s.push_str("。此处不应有任何字段");
                    } else {
                        s.push_str(&format!("\n此处可用的字段：{}", expected.join("、")));
                    }
                    self.error(&p, s);
                }
                continue;
            };
            let is_required = required.contains(&key.as_str());
            let x = map.get_mut(&k).expect("键存在");
            if x.is_null() {
                let hint = self.hash_hint(&p);
                let (shape, nullable) = shape(self.root, field);
                if is_required {
                    if self.draft && self.draft_fill(x, field, &p) {
                        continue;
                    }
                    let mut m = format!("字段“{p}”{}是必填的，不能空着（写成 ~ 或冒号后什么都不写都是空值）", desc(&p));
                    if let Some(h) = hint {
                        m.push('：');
                        m.push_str(&h);
                    }
                    self.error(&p, m);
                } else {
                    if let Some(h) = hint {
                        self.warn(&p, format!("字段“{p}”{}：{h}", desc(&p)));
                    }
                    if !nullable || matches!(shape, Shape::Array(_)) {
                        // 空着的可选列表、可选是非值：当作没写（不填即默认值）
                        map.remove(&k);
                    }
                }
                continue;
            }
            self.walk(x, field, &p);
        }
        for key in required {
            let k = Value::String(key.to_string());
            if map.contains_key(&k) {
                continue;
            }
            let p = join(path, key);
            if self.draft {
                let field = props.and_then(|ps| ps.get(key));
                let mut x = Value::Null;
                if let Some(field) = field {
                    if self.draft_fill(&mut x, field, &p) {
                        map.insert(k, x);
                        continue;
                    }
                }
            }
            let what = desc(&p);
            let under = if path.is_empty() { "案卷最外层".to_string() } else { format!("“{path}”下") };
            let extra = if self.draft { "（草稿也需要它：期限和程序判断由它推算，不能编造）" } else { "" };
            self.error(path, format!("缺少必填字段“{p}”{what}：请在{under}补充“{key}: …”{extra}"));
        }
    }

    /// 草稿中补上缺少的必填文字（【待填写】标记）、列表（空列表）和一组字段（逐项补）。补不了（日期等）时返回 false。
    fn draft_fill(&mut self, x: &mut Value, field: &Json, path: &str) -> bool {
        match shape(self.root, field).0 {
            Shape::Text => {
                *x = Value::String(format!("{DRAFT_MARK}{path}{}", desc(path)));
                true
            }
            Shape::Array(_) => {
                *x = Value::Sequence(Vec::new());
                true
            }
            Shape::Object(obj) => {
                *x = Value::Mapping(Mapping::new());
                self.object(x, obj, path);
                true
            }
            _ => false,
        }
    }

    /// 名单写成表格文件名（`members: 专家名单.xlsx` 或 `{file: …, sheet: …}`）：读入表格，各行放回列表的位置。
    fn roster(&mut self, v: &mut Value, path: &str) -> bool {
        let Some(kind) = RosterKind::for_path(path) else { return false };
        let Some(r) = Reference::from_yaml(v) else { return false };
        let Some(dir) = self.dir else {
            self.error(path, format!("字段“{path}”写的是表格文件“{}”：只有读案卷文件时才能从表格读入名单", r.display()));
            return true;
        };
        match roster::read(dir, &r, kind) {
            Ok(table) => {
                *v = table.values();
                self.rosters.push((path.to_string(), table));
            }
            Err(problems) => {
                let (line, col) = self.at(path);
                for p in problems {
                    self.report.errors.push(Problem { line, col, message: p.describe() });
                }
            }
        }
        true
    }

    fn array(&mut self, v: &mut Value, items: &Json, path: &str) {
        if matches!(v, Value::String(_) | Value::Mapping(_)) && self.roster(v, path) && !matches!(v, Value::Sequence(_)) {
            return;
        }
        match v {
            Value::Sequence(seq) => {
                for (i, x) in seq.iter_mut().enumerate() {
                    let p = format!("{path}[{i}]");
                    if x.is_null() {
                        self.error(&p, format!("“{path}”的第 {} 项是空的（“- ”后面什么都没写），请填写或删去这一行", i + 1));
                        continue;
                    }
                    self.walk(x, items, &p);
                }
            }
            Value::String(_) | Value::Number(_) | Value::Bool(_) if matches!(shape(self.root, items).0, Shape::Text) => {
                // 只有一项的列表写成了一行文字：读作一项
                let one = std::mem::replace(v, Value::Null);
                let shown = found(&one);
                let mut item = one;
                self.text_value(&mut item, path);
                *v = Value::Sequence(vec![item]);
                self.warn(path, format!("字段“{path}”{}应为列表，这里的{shown}读作列表中的一项（多项时每项一行，以“- ”开头）", desc(path)));
            }
            _ => {
                let what = desc(path);
                self.error(path, format!("字段“{path}”{what}应为列表（每项一行，以“- ”开头），实际填的是{}", found(v)));
            }
        }
    }

    fn date(&mut self, v: &mut Value, path: &str) {
        let what = desc(path);
        match v {
            Value::String(s) => match forms::date(s) {
                Ok(Some(d)) => {
                    let std = d.to_string();
                    if super::case::Date::parse(s).is_err() {
                        self.value_warn(path, format!("字段“{path}”{what}的“{}”读作 {std}（{}）", s.trim(), d.chinese()));
                    }
                    *v = Value::String(std);
                }
                Ok(None) => self.value_error(
                    path,
                    format!("字段“{path}”{what}的“{}”不是日期：可写作 2026-03-02、2026年3月2日、2026/3/2 或 2026.3.2", short(s)),
                ),
                Err(reason) => self.value_error(path, format!("字段“{path}”{what}：{reason}")),
            },
            Value::Number(n) => match n.as_i64().and_then(forms::excel_serial) {
                Some(d) => {
                    self.value_warn(path, format!("字段“{path}”{what}的数 {n} 读作 Excel 日期序号，即 {d}（{}）；请核对", d.chinese()));
                    *v = Value::String(d.to_string());
                }
                None => self.value_error(path, format!("字段“{path}”{what}应为日期（如 2026-03-02 或 2026年3月2日），实际填的是数 {n}")),
            },
            other => {
                let f = found(other);
                self.value_error(path, format!("字段“{path}”{what}应为日期（如 2026-03-02 或 2026年3月2日），实际填的是{f}"))
            }
        }
    }

    fn time(&mut self, v: &mut Value, path: &str) {
        let what = desc(path);
        let Value::String(s) = v else {
            let f = found(v);
            return self.value_error(path, format!("字段“{path}”{what}应为时刻（如 09:30、9时30分、下午2:30），实际填的是{f}"));
        };
        if super::case::Time::parse(s).is_ok() {
            return;
        }
        match forms::time(s) {
            Some(t) => {
                self.value_warn(path, format!("字段“{path}”{what}的“{}”读作 {t}（{}）", s.trim(), t.chinese()));
                *v = Value::String(t.to_string());
            }
            None => {
                self.value_error(path, format!("字段“{path}”{what}的“{}”不是时刻：可写作 09:30、9时30分、上午9时30分或下午2:30", short(s)))
            }
        }
    }

    fn boolean(&mut self, v: &mut Value, path: &str) {
        let what = desc(path);
        match v {
            Value::Bool(_) => {}
            Value::String(s) => match forms::boolean(s) {
                Some(b) => {
                    self.value_warn(
                        path,
                        format!("字段“{path}”{what}的“{}”读作{}", s.trim(), if b { "“是”（true）" } else { "“否”（false）" }),
                    );
                    *v = Value::Bool(b);
                }
                None => self.value_error(path, format!("字段“{path}”{what}应填 是 或 否（也可写 true、false），实际填的是“{}”", short(s))),
            },
            other => {
                let f = found(other);
                self.value_error(path, format!("字段“{path}”{what}应填 是 或 否（也可写 true、false），实际填的是{f}"))
            }
        }
    }

    fn integer(&mut self, v: &mut Value, node: &Json, path: &str) {
        let what = desc(path);
        let unsigned = node.get("minimum").and_then(Json::as_f64).is_some_and(|m| m >= 0.0)
            || node.get("format").and_then(Json::as_str).is_some_and(|f| f.starts_with("uint"));
        match v {
            Value::Number(n) if n.as_u64().is_some() => {}
            Value::Number(n) if n.as_i64().is_some() && !unsigned => {}
            Value::Number(n) => {
                let n = n.to_string();
                self.value_error(path, format!("字段“{path}”{what}应为不小于 0 的整数（如 15），实际填的是 {n}"));
            }
            Value::String(s) => match forms::count(s) {
                Some(n) => {
                    self.value_warn(path, format!("字段“{path}”{what}的“{}”读作 {n}", s.trim()));
                    *v = Value::Number(n.into());
                }
                None => self.value_error(path, format!("字段“{path}”{what}应为整数（如 15，也可写“15名”），实际填的是“{}”", short(s))),
            },
            other => {
                let f = found(other);
                self.value_error(path, format!("字段“{path}”{what}应为整数（如 15），实际填的是{f}"))
            }
        }
    }

    fn number(&mut self, v: &mut Value, path: &str) {
        let what = desc(path);
        match v {
            Value::Number(_) => {}
            Value::String(s) => match forms::halfwidth(s).trim().parse::<f64>() {
                Ok(x) if x.is_finite() => {
                    self.value_warn(path, format!("字段“{path}”{what}的“{}”读作 {x}", s.trim()));
                    *v = Value::Number(x.into());
                }
                _ => self.value_error(path, format!("字段“{path}”{what}应为数，实际填的是“{}”", short(s))),
            },
            other => {
                let f = found(other);
                self.value_error(path, format!("字段“{path}”{what}应为数，实际填的是{f}"))
            }
        }
    }

    fn text_value(&mut self, v: &mut Value, path: &str) {
        let what = desc(path);
        match v {
            Value::String(s) => {
                if s.contains('\u{fffd}') {
                    self.value_error(path,
                        format!(
                            "字段“{path}”{what}中有“\u{fffd}”（U+FFFD）：原来的字在转换编码时已经丢失，无法还原。请对照原件重新输入这个字，并把案卷另存为 UTF-8 编码"
                        ),
                    );
                } else if let Some(around) = lost_question_mark(s) {
                    self.warn(
                        path,
                        format!(
                            "字段“{path}”{what}的“{around}”中的“?”紧挨着汉字，可能是案卷曾被另存为 GBK 等编码时丢失的字（GBK 没有 䶮、𠮷 等字）；请核对原件，如是丢失的字请重新输入"
                        ),
                    );
                }
            }
            Value::Number(_) | Value::Bool(_) => {
                // 误读成数或是非值的文字（邮编 024000、电话 0476…、“true”）：按原文读入
                let raw = self.raw_scalar(path).unwrap_or_else(|| match &*v {
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => String::new(),
                });
                *v = Value::String(raw);
            }
            other => {
                let f = found(other);
                self.value_error(path, format!("字段“{path}”{what}应为文字，实际填的是{f}"))
            }
        }
    }

    fn choice(&mut self, v: &mut Value, def: &str, choices: &[String], path: &str) {
        let what = desc(path);
        let Value::String(s) = v else {
            let f = found(v);
            return self.value_error(path, format!("字段“{path}”{what}应为以下之一：{}；实际填的是{f}", choices.join("、")));
        };
        let t = forms::halfwidth(s).trim().to_string();
        if choices.contains(&t) {
            *v = Value::String(t);
            return;
        }
        if let Some(c) = canonical_choice(def, &t) {
            *v = Value::String(c);
            return;
        }
        let s = short(s);
        self.value_error(path, format!("字段“{path}”{what}的取值“{s}”无效，应为以下之一：{}", choices.join("、")));
    }
}

/// 紧挨着汉字的“?”及其前后的字（如“刘?”）。
fn lost_question_mark(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let cjk = |c: Option<&char>| c.is_some_and(|c| forms::is_han(*c) && !matches!(c, '，' | '。' | '、' | '；' | '：' | '？' | '！'));
    let i = (0..chars.len()).find(|&i| chars[i] == '?' && (cjk(i.checked_sub(1).and_then(|j| chars.get(j))) || cjk(chars.get(i + 1))))?;
    let from = i.saturating_sub(3);
    Some(chars[from..(i + 4).min(chars.len())].iter().collect())
}

/// 选项的别名（如“高风险”即“高”、“D30”即“30年”）按案卷模型自己的写法认定（serde 的 alias），换成标准写法。
fn canonical_choice(def: &str, s: &str) -> Option<String> {
    fn via<T: DeserializeOwned + Serialize>(s: &str) -> Option<String> {
        let v: T = serde_json::from_value(Json::String(s.to_string())).ok()?;
        serde_json::to_value(v).ok()?.as_str().map(str::to_string)
    }
    use super::case::*;
    match def {
        "Jurisdiction" => via::<Jurisdiction>(s),
        "Adoption" => via::<Adoption>(s),
        "RiskLevel" => via::<RiskLevel>(s),
        "LegalityConclusion" => via::<LegalityConclusion>(s),
        "MeetingDecision" => via::<MeetingDecision>(s),
        "Stance" => via::<Stance>(s),
        "Retention" => via::<Retention>(s),
        "Category" => via::<Category>(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(y: &str) -> (Value, Report) {
        let mut v: Value = serde_norway::from_str(y).unwrap();
        let r = normalise(&mut v, y, false, None);
        (v, r)
    }

    #[test]
    fn every_problem_is_found_with_its_line() {
        let y = "rules: chifeng\ndecision:\n  nmae: 甲\n  organ: 乙\n  lead_unit: 庚\n  started_on: 2026年2月30日\nexperts:\n  method: 论证会\n  date: 下周\n  members:\n    - name: 张三\n      committed_on: 2026/3/2\n";
        let (_, r) = run(y);
        let lines: Vec<usize> = r.errors.iter().map(|p| p.line).collect();
        assert!(lines.contains(&3), "{:?}", r.errors);
        assert!(lines.contains(&6), "{:?}", r.errors);
        assert!(lines.contains(&9), "{:?}", r.errors);
        assert!(r.errors.iter().any(|p| p.message.contains("缺少必填字段“decision.name”")), "{:?}", r.errors);
        assert!(r.errors.iter().any(|p| p.message.contains("是否应为“name”")), "{:?}", r.errors);
        assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
        assert_eq!(r.warnings[0].line, 12);
    }

    #[test]
    fn office_forms_are_read_and_listed() {
        let y = "rules: chifeng\ndecision:\n  name: 甲\n  organ: 乙\n  lead_unit: 庚\n  started_on: 2026年3月2日\n  technical: 是\nparticipation:\n  hearing:\n    organizer: 丙\n    announced_on: 2026.3.2\n    date: 46100\n    start_time: 上午9时30分\n    place: 丁\n    subject: 戊\n    quota: 15名\n    selection_method: 己\n";
        let (v, r) = run(y);
        assert!(r.errors.iter().all(|p| p.message.contains("registration")), "{:?}", r.errors);
        assert_eq!(r.warnings.len(), 6, "{:?}", r.warnings);
        let h = &v["participation"]["hearing"];
        assert_eq!(h["announced_on"].as_str(), Some("2026-03-02"));
        assert_eq!(h["start_time"].as_str(), Some("09:30"));
        assert_eq!(h["quota"].as_u64(), Some(15));
        assert_eq!(v["decision"]["technical"].as_bool(), Some(true));
    }

    #[test]
    fn numbers_in_text_fields_keep_their_digits() {
        let y = "rules: chifeng\ndecision:\n  name: 甲\n  organ: 乙\n  lead_unit: 庚\ncontact:\n  unit: 丙\n  person: 丁\n  phone: 04768888888\n  postcode: 024000\n";
        let (v, r) = run(y);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(v["contact"]["postcode"].as_str(), Some("024000"));
        assert_eq!(v["contact"]["phone"].as_str(), Some("04768888888"));
    }

    #[test]
    fn damaged_characters() {
        let y = "rules: chifeng\ndecision:\n  name: 甲\n  organ: 乙\n  lead_unit: 庚\ncontact:\n  unit: 丙\n  person: 刘?\n  phone: \"\u{fffd}\"\n";
        let (_, r) = run(y);
        assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
        assert_eq!(r.errors[0].line, 9);
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].message.contains("刘?"));
    }

    #[test]
    fn hash_starting_a_value_gets_its_own_hint() {
        let y = "rules: chifeng\ndecision:\n  name: #3号楼改造\n  organ: 乙\n  lead_unit: 庚\n";
        let (_, r) = run(y);
        assert_eq!(r.errors.len(), 1);
        assert!(r.errors[0].message.contains("以 # 开头"), "{}", r.errors[0].message);
    }

    #[test]
    fn drafts_fill_missing_text_but_not_dates() {
        let y = "rules: chifeng\ndecision:\n  organ: 乙\n  lead_unit: 庚\ncontact:\n  unit: 丙\n";
        let mut v: Value = serde_norway::from_str(y).unwrap();
        let r = normalise(&mut v, y, true, None);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert!(v["decision"]["name"].as_str().unwrap().starts_with(DRAFT_MARK));
        assert!(v["contact"]["phone"].as_str().unwrap().contains("联系电话"));
    }
}
