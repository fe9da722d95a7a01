//! 规则表的校验：参数与代号相符、出处格式、条文中的数字与参数一致，以及 YAML 报错的中文翻译。

use super::*;

/// 检查一条规则，返回发现的问题。
pub(super) fn check_rule(rule: &Rule, set: &RuleSet) -> Vec<String> {
    let mut errs = Vec::new();
    if rule.text.trim().is_empty() {
        errs.push("text（法规原文）不能为空".to_string());
    }
    // 出处：“简称 第X条”，简称须在 statutes 中列出。
    match citation_article(&rule.citation) {
        None => errs.push(format!("出处“{}”应写成“简称 第X条”（条号用中文数字）", rule.citation)),
        Some(_) => {
            let short = rule.statute_short();
            match set.statute(short) {
                None => errs.push(format!("出处中的法规简称“{short}”未在 statutes 中列出")),
                Some(s) if rule.effective_from < s.effective_from => {
                    errs.push(format!("施行日期 {} 早于《{}》的施行日期 {}", rule.effective_from, s.title, s.effective_from))
                }
                Some(_) => {}
            }
        }
    }
    // 参数形状。
    let Some(kind) = param_kind(&rule.id) else {
        errs.push("未知的规则代号（如需新增，请在 src/law/rules/mod.rs 的 KNOWN_RULES 中登记）".to_string());
        return errs;
    };
    let p = &rule.params;
    let present: [(&str, bool); 13] = [
        ("days", p.days.is_some()),
        ("workdays", p.workdays.is_some()),
        ("hours", p.hours.is_some()),
        ("years", p.years.is_some()),
        ("min", p.min.is_some()),
        ("odd", p.odd.is_some()),
        ("count", p.count.is_some()),
        ("month", p.month.is_some()),
        ("day", p.day.is_some()),
        ("items", !p.items.is_empty()),
        ("before", p.before.is_some()),
        ("after", p.after.is_some()),
        ("when", p.when.is_some()),
    ];
    let wanted: &[&str] = match kind {
        ParamKind::Days => &["days"],
        ParamKind::Workdays => &["workdays"],
        ParamKind::Hours => &["hours"],
        ParamKind::Years => &["years"],
        ParamKind::MinOdd => &["min", "odd"],
        ParamKind::Count => &["count"],
        ParamKind::MonthDay => &["month", "day"],
        ParamKind::Flag => &[],
        ParamKind::List => &["items"],
        ParamKind::Required if p.when.is_some() => &["when"],
        ParamKind::Required => &[],
        ParamKind::Order if p.after.is_some() => &["after", "days", "items"],
        ParamKind::Order => &["before", "days", "items"],
    };
    for (name, is) in present {
        let want = wanted.contains(&name);
        if want && !is {
            errs.push(format!("params 缺少 {name}"));
        } else if !want && is {
            errs.push(format!("params 不应有 {name}"));
        }
    }
    for (name, v) in
        [("days", p.days), ("workdays", p.workdays), ("hours", p.hours), ("years", p.years), ("min", p.min), ("count", p.count)]
    {
        if v == Some(0) && !(kind == ParamKind::Order && name == "days") {
            errs.push(format!("params.{name} 不能为 0"));
        }
    }
    if let (Some(m), Some(d)) = (p.month, p.day) {
        // 以闰年检查，使 2月29日 也可接受。
        if NaiveDate::from_ymd_opt(2024, m, d).is_none() {
            errs.push(format!("params 的日期 {m}月{d}日 不存在"));
        }
    }
    let mut keys = HashSet::new();
    for item in &p.items {
        if !is_snake_case(&item.key) {
            errs.push(format!("清单项代号“{}”应为英文小写加下划线", item.key));
        }
        if !keys.insert(item.key.as_str()) {
            errs.push(format!("清单项代号“{}”重复", item.key));
        }
        if item.name.trim().is_empty() {
            errs.push(format!("清单项“{}”缺少中文名称", item.key));
        }
    }
    if kind == ParamKind::Order {
        for item in p.items.iter().filter(|i| Milestone::from_key(&i.key).is_none()) {
            let all: Vec<&str> = Milestone::ALL.iter().map(|m| m.key()).collect();
            errs.push(format!("清单项代号“{}”不是已知的时点（可用：{}）", item.key, all.join("、")));
        }
    }
    for item in p.items.iter().filter(|i| !i.covers.is_empty() && rule.id != "legality_materials") {
        errs.push(format!("清单项“{}”的 covers 只用于 legality_materials", item.key));
    }
    // 与案卷中封闭集合对应的清单：代号须是程序认识的（见 src/input/case/choices.rs）。
    use crate::input::case::{Category, MeetingDecision, RiskLevel};
    let known: Option<fn(&str) -> bool> = match rule.id.as_str() {
        "archive_categories" => Some(|k| Category::from_key(k).is_some()),
        "minutes_decisions" => Some(|k| MeetingDecision::from_key(k).is_some()),
        "risk_levels" => Some(|k| RiskLevel::from_key(k).is_some()),
        _ => None,
    };
    if let Some(known) = known {
        for item in p.items.iter().filter(|i| !known(&i.key)) {
            errs.push(format!("清单项代号“{}”不是程序认识的代号（见 src/input/case/choices.rs）", item.key));
        }
    }
    errs
}

/// 出处“简称 第X条”中的“第X条”；格式不对时返回 `None`。
pub(super) fn citation_article(citation: &str) -> Option<&str> {
    let mut parts = citation.split_whitespace();
    let (short, article, rest) = (parts.next()?, parts.next()?, parts.next());
    if short.is_empty() || rest.is_some() {
        return None;
    }
    let inner = article.strip_prefix('第')?.strip_suffix('条')?;
    if !inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十百".contains(c)) {
        Some(article)
    } else {
        None
    }
}

pub(super) fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// 第 `nth` 个 `id: <id>` 所在的行号（从 1 起），用于错误信息。
pub(super) fn find_rule_line(text: &str, id: &str, nth: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix("id:").map(|v| v.trim().trim_matches(|c| c == '"' || c == '\'') == id).unwrap_or(false)
        })
        .nth(nth.checked_sub(1)?)
        .map(|(i, _)| i + 1)
}

/// 把 serde/YAML 的常见英文报错译成中文，并去掉末尾重复的位置说明。
pub(super) fn translate_yaml_error(msg: &str) -> String {
    let mut m = msg.to_string();
    if let Some(pos) = m.rfind(" at line ") {
        let tail = &m[pos + " at line ".len()..];
        if tail.split(" column ").all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
            m.truncate(pos);
        }
    }
    let replacements: [(&str, &str); 14] = [
        ("input is out of range", "日期不存在或超出范围"),
        ("input contains invalid characters", "含有无效字符"),
        ("premature end of input", "内容不完整"),
        ("trailing input", "末尾有多余内容"),
        ("field identifier", "字段名"),
        ("unknown field", "未知字段"),
        ("missing field", "缺少字段"),
        ("unknown variant", "无效取值"),
        ("duplicate field", "字段重复"),
        ("invalid type", "类型不对"),
        ("invalid value", "取值无效"),
        ("expected one of", "应为以下之一："),
        ("expected", "应为"),
        ("` or `", "` 或 `"),
    ];
    for (en, zh) in replacements {
        m = m.replace(en, zh);
    }
    m
}
