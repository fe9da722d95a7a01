//! 规则表：各规则体系（国家、赤峰市、内蒙古人社厅、昌黎县）的期限、人数和清单。
//!
//! 规则以数据形式保存在 `data/rules/<代号>.yaml`，编译时嵌入程序
//! （[`RuleSet::builtin`]），也可以从文本加载（[`RuleSet::from_yaml_str`]、
//! [`RuleSet::from_path`]）。每个文件自成一体，不继承其他文件。
//!
//! 同一规则代号可以有多条，分别自不同日期起适用（例如赤峰市专家论证规则
//! 自 2026-05-14 起按赤政办发〔2026〕18号执行）：[`RuleSet::rule_at`] 取
//! 某日已经施行的最新一条。
//!
//! 加载时除格式外还检查：规则代号是否已知、参数是否与代号相符（如
//! `comment_period_min_days` 必须且只能有 `days`）、出处是否写成
//! “简称 第X条”且简称已在 `statutes` 中列出、清单项代号是否重复、
//! `required_when` 条件是否已知（见 [`CONDITIONS`]）。

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// 规则体系。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Jurisdiction {
    /// 国务院《重大行政决策程序暂行条例》
    #[serde(rename = "national")]
    National,
    /// 赤峰市重大行政决策程序规定及配套规则
    #[serde(rename = "chifeng")]
    Chifeng,
    /// 内蒙古自治区人力资源和社会保障厅重大行政决策程序办法等
    #[serde(rename = "nmg-hrss")]
    NmgHrss,
    /// 昌黎县人民政府重大行政决策程序规定（试行）
    #[serde(rename = "changli")]
    Changli,
}

impl Jurisdiction {
    /// 全部规则体系。
    pub fn all() -> [Jurisdiction; 4] {
        [
            Jurisdiction::National,
            Jurisdiction::Chifeng,
            Jurisdiction::NmgHrss,
            Jurisdiction::Changli,
        ]
    }

    /// 英文代号（与 YAML、案卷中的写法一致）。
    pub fn id(self) -> &'static str {
        match self {
            Jurisdiction::National => "national",
            Jurisdiction::Chifeng => "chifeng",
            Jurisdiction::NmgHrss => "nmg-hrss",
            Jurisdiction::Changli => "changli",
        }
    }

    /// 中文名称。
    pub fn name(self) -> &'static str {
        match self {
            Jurisdiction::National => "国家（国务院条例）",
            Jurisdiction::Chifeng => "赤峰市",
            Jurisdiction::NmgHrss => "内蒙古自治区人力资源和社会保障厅",
            Jurisdiction::Changli => "昌黎县",
        }
    }

    fn builtin_source(self) -> (&'static str, &'static str) {
        match self {
            Jurisdiction::National => (
                "data/rules/national.yaml",
                include_str!("../data/rules/national.yaml"),
            ),
            Jurisdiction::Chifeng => (
                "data/rules/chifeng.yaml",
                include_str!("../data/rules/chifeng.yaml"),
            ),
            Jurisdiction::NmgHrss => (
                "data/rules/nmg-hrss.yaml",
                include_str!("../data/rules/nmg-hrss.yaml"),
            ),
            Jurisdiction::Changli => (
                "data/rules/changli.yaml",
                include_str!("../data/rules/changli.yaml"),
            ),
        }
    }

    fn index(self) -> usize {
        match self {
            Jurisdiction::National => 0,
            Jurisdiction::Chifeng => 1,
            Jurisdiction::NmgHrss => 2,
            Jurisdiction::Changli => 3,
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Jurisdiction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Jurisdiction::all()
            .into_iter()
            .find(|j| j.id() == s)
            .ok_or_else(|| {
                format!("未知的规则体系“{s}”，应为 national、chifeng、nmg-hrss 或 changli")
            })
    }
}

/// 违反该规则的性质。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// 违规：不符合即为违反法定程序。
    #[serde(rename = "违规")]
    Violation,
    /// 提示：仅作提醒（如“原则上”“可以”的规定、参考清单）。
    #[serde(rename = "提示")]
    Notice,
}

impl Severity {
    /// 中文写法。
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Violation => "违规",
            Severity::Notice => "提示",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// 规则表引用的一部法规。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statute {
    /// 引用时使用的简称，如“赤峰规定”。
    pub short: String,
    /// 全称。
    pub title: String,
    /// 文号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 施行日期。
    pub effective_from: NaiveDate,
    /// 补充说明（如有效期、日期来源）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 清单中的一项（如合法性审查送审材料中的一种材料）。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    /// 英文代号（snake_case），同一事物在各规则表中用同一代号。
    pub key: String,
    /// 中文名称。
    pub name: String,
    /// 仅在某种情形下才需要时，写该情形的代号（见 [`CONDITIONS`]）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_when: Option<String>,
    /// 补充说明。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 规则的参数。各规则只填与之相关的字段。
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// 日数（自然日）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// 工作日数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workdays: Option<u32>,
    /// 小时数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// 年数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// 最少人数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// 人数是否须为单数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub odd: Option<bool>,
    /// 人数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// 月。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// 日。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    /// 清单各项。
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ListItem>,
}

/// 一条规则。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// 规则代号，如 `comment_period_min_days`（见 [`KNOWN_RULES`]）。
    pub id: String,
    /// 法规原文（照录或节略）。
    pub text: String,
    /// 出处，“简称 第X条”。
    pub citation: String,
    /// 自该日起适用。
    pub effective_from: NaiveDate,
    /// 违反的性质。
    pub severity: Severity,
    /// 参数。
    #[serde(default)]
    pub params: Params,
}

impl Rule {
    /// 出处中的条号，如“第十七条”。
    pub fn article(&self) -> Option<&str> {
        citation_article(&self.citation)
    }

    /// 出处中的法规简称，如“赤峰规定”。
    pub fn statute_short(&self) -> &str {
        self.citation.split_whitespace().next().unwrap_or_default()
    }

    /// 清单中代号为 `key` 的一项。
    pub fn item(&self, key: &str) -> Option<&ListItem> {
        self.params.items.iter().find(|i| i.key == key)
    }
}

/// 一个规则体系的全部规则。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// 规则体系代号。
    pub jurisdiction: Jurisdiction,
    /// 中文名称。
    pub name: String,
    /// 引用的法规。
    pub statutes: Vec<Statute>,
    /// 规则。
    pub rules: Vec<Rule>,
}

/// 参数的形状：每个规则代号要求哪些参数。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// 只有 `days`。
    Days,
    /// 只有 `workdays`。
    Workdays,
    /// 只有 `hours`。
    Hours,
    /// 只有 `years`。
    Years,
    /// `min` 与 `odd`。
    MinOdd,
    /// 只有 `count`。
    Count,
    /// `month` 与 `day`。
    MonthDay,
    /// 无参数（要求性规定）。
    Flag,
    /// 只有 `items`（清单）。
    List,
}

/// 已知的规则代号及其参数形状。新增代号须同时在此登记。
pub const KNOWN_RULES: &[(&str, ParamKind)] = &[
    // 公众参与
    ("comment_period_min_days", ParamKind::Days),
    ("comment_urgent_reason_required", ParamKind::Flag),
    ("hearing_delivery_min_days", ParamKind::Days),
    ("symposium_notice_min_workdays", ParamKind::Workdays),
    ("stakeholder_attendees_min", ParamKind::Count),
    ("participation_methods", ParamKind::List),
    ("hearing_notice_items", ParamKind::List),
    // 专家论证
    ("expert_count_normal", ParamKind::MinOdd),
    ("expert_count_complex", ParamKind::MinOdd),
    ("expert_study_min_workdays", ParamKind::Workdays),
    ("expert_meeting_materials_min_workdays", ParamKind::Workdays),
    ("expert_oral_written_max_hours", ParamKind::Hours),
    ("expert_oral_written_required", ParamKind::Flag),
    ("expert_opinion_signature_required", ParamKind::Flag),
    ("expert_nonadoption_reason_required", ParamKind::Flag),
    ("expert_direct_interest_excluded", ParamKind::Flag),
    ("expert_review_before_discussion", ParamKind::Flag),
    ("expert_term_max_years", ParamKind::Years),
    ("expert_report_items", ParamKind::List),
    ("expert_opinion_items", ParamKind::List),
    ("expert_commitment_items", ParamKind::List),
    ("expert_review_methods", ParamKind::List),
    // 风险评估
    ("risk_assessment_before_discussion", ParamKind::Flag),
    ("risk_categories", ParamKind::List),
    ("risk_levels", ParamKind::List),
    ("risk_report_items", ParamKind::List),
    ("risk_assessment_aspects", ParamKind::List),
    // 合法性审查
    ("legality_review_before_discussion", ParamKind::Flag),
    ("legality_review_min_workdays", ParamKind::Workdays),
    ("legality_review_max_workdays", ParamKind::Workdays),
    ("legality_supplement_max_workdays", ParamKind::Workdays),
    ("legality_supplement_excluded", ParamKind::Flag),
    ("joint_review_opinion_max_workdays", ParamKind::Workdays),
    ("justice_review_max_days", ParamKind::Days),
    ("legality_unperformed_explanation_required", ParamKind::Flag),
    ("legality_materials", ParamKind::List),
    // 集体讨论决定
    ("meeting_materials_min_days", ParamKind::Days),
    ("discussion_materials", ParamKind::List),
    ("minutes_decisions", ParamKind::List),
    ("minutes_differing_opinions_recorded", ParamKind::Flag),
    ("head_decision_reason_required", ParamKind::Flag),
    // 公布、备案、目录
    ("filing_after_publication_max_days", ParamKind::Days),
    ("catalogue_publish_deadline", ParamKind::MonthDay),
    ("catalogue_filing_deadline", ParamKind::MonthDay),
    ("catalogue_proposal_deadline", ParamKind::MonthDay),
    ("catalogue_adjust_filing_max_workdays", ParamKind::Workdays),
    ("catalogue_items", ParamKind::List),
    // 执行、后评估、归档
    ("post_evaluation_results", ParamKind::List),
    ("post_evaluation_report_items", ParamKind::List),
    ("execution_evaluation_after_years", ParamKind::Years),
    ("archive_categories", ParamKind::List),
    ("archive_transfer_max_days", ParamKind::Days),
    // 规则本身
    ("statute_validity_years", ParamKind::Years),
];

/// 清单项 `required_when` 可用的条件代号及含义。
pub const CONDITIONS: &[(&str, &str)] = &[
    ("hearing_held", "召开了听证会"),
    ("fair_competition_done", "进行了公平竞争审查"),
    ("market_activity_involved", "决策草案涉及市场主体经济活动"),
    ("public_participation_done", "履行了公众参与程序"),
    ("expert_review_done", "履行了专家论证程序"),
    ("risk_assessment_done", "履行了风险评估程序"),
];

/// 规则代号的参数形状；未登记的代号返回 `None`。
pub fn param_kind(id: &str) -> Option<ParamKind> {
    KNOWN_RULES
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, kind)| *kind)
}

static BUILTIN: [OnceLock<RuleSet>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

impl RuleSet {
    /// 程序内置的规则表（`data/rules/*.yaml`，编译时嵌入，首次使用时解析）。
    ///
    /// 内置数据由单元测试保证可以解析；若解析失败则直接中止程序。
    pub fn builtin(j: Jurisdiction) -> &'static RuleSet {
        BUILTIN[j.index()].get_or_init(|| {
            let (origin, text) = j.builtin_source();
            let set = RuleSet::from_yaml_str(text, origin)
                .unwrap_or_else(|e| panic!("内置规则表有误：{e}"));
            assert_eq!(
                set.jurisdiction, j,
                "内置规则表 {origin} 的 jurisdiction 与文件不符"
            );
            set
        })
    }

    /// 从 YAML 文本解析规则表并检查其内容。`origin` 用于错误信息（通常为文件名）。
    ///
    /// 错误信息为中文，格式错误带“行:列”位置。
    pub fn from_yaml_str(text: &str, origin: &str) -> Result<RuleSet, String> {
        let set: RuleSet = serde_norway::from_str(text).map_err(|e| {
            let msg = translate_yaml_error(&e.to_string());
            match e.location() {
                Some(loc) => format!(
                    "{origin}:{}:{}: 规则表格式错误：{msg}",
                    loc.line(),
                    loc.column()
                ),
                None => format!("{origin}: 规则表格式错误：{msg}"),
            }
        })?;
        set.validate(text, origin)?;
        Ok(set)
    }

    /// 从文件读取规则表。
    pub fn from_path(path: &Path) -> Result<RuleSet, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: 无法读取规则表：{e}", path.display()))?;
        RuleSet::from_yaml_str(&text, &path.display().to_string())
    }

    /// 代号为 `id`、在 `date` 当日已经施行的规则（施行日期不晚于 `date` 的最新一条）。
    pub fn rule_at(&self, id: &str, date: NaiveDate) -> Option<&Rule> {
        self.rules
            .iter()
            .filter(|r| r.id == id && r.effective_from <= date)
            .max_by_key(|r| r.effective_from)
    }

    /// 代号为 `id` 的最新一条规则（不论日期）。
    pub fn rule_latest(&self, id: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .filter(|r| r.id == id)
            .max_by_key(|r| r.effective_from)
    }

    /// 代号为 `id` 的全部规则（按文件中的顺序）。
    pub fn rules_with_id<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules.iter().filter(move |r| r.id == id)
    }

    /// 规则表中出现的全部规则代号（去重，按首次出现的顺序）。
    pub fn ids(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.rules
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// 按简称查找法规。
    pub fn statute(&self, short: &str) -> Option<&Statute> {
        self.statutes.iter().find(|s| s.short == short)
    }

    /// 检查解析后的内容。
    fn validate(&self, text: &str, origin: &str) -> Result<(), String> {
        let mut errors = Vec::new();
        let mut shorts = HashSet::new();
        for s in &self.statutes {
            if s.short.trim().is_empty() || s.title.trim().is_empty() {
                errors.push(format!("{origin}: 法规的简称和全称不能为空"));
            }
            if !shorts.insert(s.short.as_str()) {
                errors.push(format!("{origin}: 法规简称“{}”重复", s.short));
            }
        }
        let mut seen_entries = HashSet::new();
        let mut occurrence: std::collections::HashMap<&str, usize> = Default::default();
        for rule in &self.rules {
            let n = occurrence.entry(rule.id.as_str()).or_insert(0);
            *n += 1;
            let at = match find_rule_line(text, &rule.id, *n) {
                Some(line) => format!("{origin}:{line}"),
                None => origin.to_string(),
            };
            let who = format!("{at}: 规则 {}", rule.id);
            for e in check_rule(rule, self) {
                errors.push(format!("{who}：{e}"));
            }
            if !seen_entries.insert((rule.id.as_str(), rule.effective_from)) {
                errors.push(format!(
                    "{who}：同一代号、同一施行日期（{}）的规则出现两次",
                    rule.effective_from
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("\n"))
        }
    }
}

/// 检查一条规则，返回发现的问题。
fn check_rule(rule: &Rule, set: &RuleSet) -> Vec<String> {
    let mut errs = Vec::new();
    if rule.text.trim().is_empty() {
        errs.push("text（法规原文）不能为空".to_string());
    }
    // 出处：“简称 第X条”，简称须在 statutes 中列出。
    match citation_article(&rule.citation) {
        None => errs.push(format!(
            "出处“{}”应写成“简称 第X条”（条号用中文数字）",
            rule.citation
        )),
        Some(_) => {
            let short = rule.statute_short();
            match set.statute(short) {
                None => errs.push(format!("出处中的法规简称“{short}”未在 statutes 中列出")),
                Some(s) if rule.effective_from < s.effective_from => errs.push(format!(
                    "施行日期 {} 早于《{}》的施行日期 {}",
                    rule.effective_from, s.title, s.effective_from
                )),
                Some(_) => {}
            }
        }
    }
    // 参数形状。
    let Some(kind) = param_kind(&rule.id) else {
        errs.push("未知的规则代号（如需新增，请在 rules.rs 的 KNOWN_RULES 中登记）".to_string());
        return errs;
    };
    let p = &rule.params;
    let present: [(&str, bool); 10] = [
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
    };
    for (name, is) in present {
        let want = wanted.contains(&name);
        if want && !is {
            errs.push(format!("params 缺少 {name}"));
        } else if !want && is {
            errs.push(format!("params 不应有 {name}"));
        }
    }
    for (name, v) in [
        ("days", p.days),
        ("workdays", p.workdays),
        ("hours", p.hours),
        ("years", p.years),
        ("min", p.min),
        ("count", p.count),
    ] {
        if v == Some(0) {
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
        if let Some(c) = &item.required_when {
            if !CONDITIONS.iter().any(|(k, _)| k == c) {
                errs.push(format!("清单项“{}”的条件“{c}”未知", item.key));
            }
        }
    }
    errs
}

/// 出处“简称 第X条”中的“第X条”；格式不对时返回 `None`。
fn citation_article(citation: &str) -> Option<&str> {
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

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// 第 `nth` 个 `id: <id>` 所在的行号（从 1 起），用于错误信息。
fn find_rule_line(text: &str, id: &str, nth: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix("id:")
                .map(|v| v.trim().trim_matches(|c| c == '"' || c == '\'') == id)
                .unwrap_or(false)
        })
        .nth(nth.checked_sub(1)?)
        .map(|(i, _)| i + 1)
}

/// 把 serde/YAML 的常见英文报错译成中文，并去掉末尾重复的位置说明。
fn translate_yaml_error(msg: &str) -> String {
    let mut m = msg.to_string();
    if let Some(pos) = m.rfind(" at line ") {
        let tail = &m[pos + " at line ".len()..];
        if tail
            .split(" column ")
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn all_builtin_files_parse() {
        for j in Jurisdiction::all() {
            let set = RuleSet::builtin(j);
            assert_eq!(set.jurisdiction, j);
            assert!(!set.rules.is_empty(), "{j} 没有规则");
            assert!(!set.statutes.is_empty(), "{j} 没有法规");
            // 每个文件都有征求意见期限和听证材料送达期限。
            assert!(set.rule_latest("comment_period_min_days").is_some(), "{j}");
            assert!(
                set.rule_latest("hearing_delivery_min_days").is_some(),
                "{j}"
            );
        }
    }

    #[test]
    fn jurisdiction_names_and_ids() {
        assert_eq!(Jurisdiction::Chifeng.to_string(), "赤峰市");
        assert_eq!(Jurisdiction::Changli.to_string(), "昌黎县");
        assert_eq!(
            "nmg-hrss".parse::<Jurisdiction>().unwrap(),
            Jurisdiction::NmgHrss
        );
        assert!("beijing".parse::<Jurisdiction>().is_err());
        for j in Jurisdiction::all() {
            let y = serde_norway::to_string(&j).unwrap();
            assert_eq!(y.trim(), j.id());
            assert_eq!(serde_norway::from_str::<Jurisdiction>(j.id()).unwrap(), j);
        }
        assert_eq!(
            serde_norway::from_str::<Severity>("违规").unwrap(),
            Severity::Violation
        );
        assert_eq!(
            serde_norway::from_str::<Severity>("提示").unwrap(),
            Severity::Notice
        );
        assert!(serde_norway::from_str::<Severity>("警告").is_err());
    }

    #[test]
    fn every_rule_has_article_citation() {
        for j in Jurisdiction::all() {
            for r in &RuleSet::builtin(j).rules {
                assert!(!r.citation.is_empty(), "{j} {}", r.id);
                let art = r
                    .article()
                    .unwrap_or_else(|| panic!("{j} {} 的出处“{}”格式不对", r.id, r.citation));
                // 第[一二三四五六七八九十百]+条
                let inner: Vec<char> = art.chars().collect();
                assert_eq!(inner.first(), Some(&'第'));
                assert_eq!(inner.last(), Some(&'条'));
                assert!(inner.len() >= 3);
                assert!(inner[1..inner.len() - 1]
                    .iter()
                    .all(|c| "一二三四五六七八九十百".contains(*c)));
                assert!(
                    RuleSet::builtin(j).statute(r.statute_short()).is_some(),
                    "{j} {} 的简称未列出",
                    r.id
                );
            }
        }
    }

    #[test]
    fn chifeng_expert_rules_change_on_2026_05_14() {
        let cf = RuleSet::builtin(Jurisdiction::Chifeng);
        let before = cf.rule_at("expert_count_complex", d("2026-05-13")).unwrap();
        assert_eq!(before.params.min, Some(7));
        assert_eq!(before.params.odd, Some(true));
        assert_eq!(before.citation, "赤峰专家库办法 第十三条");
        let after = cf.rule_at("expert_count_complex", d("2026-05-14")).unwrap();
        assert_eq!(after.params.min, Some(5));
        assert_eq!(after.params.odd, Some(true));
        assert_eq!(after.citation, "赤峰专家论证办法 第十四条");
        assert_eq!(
            cf.rule_latest("expert_count_complex").unwrap().params.min,
            Some(5)
        );
        // 一般情形 3 人、单数，前后相同。
        for day in ["2021-03-01", "2026-05-13", "2026-05-14", "2030-01-01"] {
            let r = cf.rule_at("expert_count_normal", d(day)).unwrap();
            assert_eq!((r.params.min, r.params.odd), (Some(3), Some(true)), "{day}");
        }
        // 研究时间 5 个工作日只从 2026-05-14 起有。
        assert!(cf
            .rule_at("expert_study_min_workdays", d("2026-05-13"))
            .is_none());
        assert_eq!(
            cf.rule_at("expert_study_min_workdays", d("2026-05-14"))
                .unwrap()
                .params
                .workdays,
            Some(5)
        );
        // 2026 办法的书面意见清单与案卷模型的字段一致。
        let op = cf.rule_at("expert_opinion_items", d("2026-06-01")).unwrap();
        let keys: Vec<&str> = op.params.items.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "necessity",
                "science",
                "feasibility",
                "risks",
                "suggestions",
                "other"
            ]
        );
        // 施行前没有规则。
        assert!(cf
            .rule_at("comment_period_min_days", d("2021-02-28"))
            .is_none());
    }

    #[test]
    fn changli_expert_count_complex_is_nine() {
        let cl = RuleSet::builtin(Jurisdiction::Changli);
        let r = cl.rule_latest("expert_count_complex").unwrap();
        assert_eq!(r.params.min, Some(9));
        assert_eq!(r.params.odd, Some(false));
        assert_eq!(
            cl.rule_latest("expert_count_normal").unwrap().params.min,
            Some(5)
        );
        assert_eq!(
            cl.rule_latest("expert_oral_written_max_hours")
                .unwrap()
                .params
                .hours,
            Some(24)
        );
    }

    #[test]
    fn legality_material_lists() {
        let cl = RuleSet::builtin(Jurisdiction::Changli);
        let list = cl.rule_latest("legality_materials").unwrap();
        assert_eq!(list.params.items.len(), 9);
        assert_eq!(list.citation, "昌黎规定 第四十条");
        assert!(list.params.items.iter().all(|i| i.required_when.is_none()));

        let cf = RuleSet::builtin(Jurisdiction::Chifeng);
        let list = cf.rule_latest("legality_materials").unwrap();
        assert_eq!(list.citation, "赤峰规定 第二十九条");
        let always: Vec<&str> = list
            .params
            .items
            .iter()
            .filter(|i| i.required_when.is_none())
            .map(|i| i.key.as_str())
            .collect();
        assert_eq!(
            always,
            [
                "draft_and_explanation",
                "initiation_materials",
                "opinion_adoption",
                "participation_materials",
                "legal_review_opinion",
                "unit_meeting_minutes",
                "other"
            ]
        );
        assert_eq!(
            list.item("hearing_report")
                .unwrap()
                .required_when
                .as_deref(),
            Some("hearing_held")
        );
        assert_eq!(
            list.item("fair_competition_review")
                .unwrap()
                .required_when
                .as_deref(),
            Some("fair_competition_done")
        );
        assert_eq!(list.params.items.len(), 9);
    }

    #[test]
    fn nmg_hrss_expert_study_is_seven_workdays() {
        let nm = RuleSet::builtin(Jurisdiction::NmgHrss);
        let r = nm
            .rule_at("expert_study_min_workdays", d("2021-06-01"))
            .unwrap();
        assert_eq!(r.params.workdays, Some(7));
        assert_eq!(
            nm.rule_latest("archive_transfer_max_days")
                .unwrap()
                .params
                .days,
            Some(60)
        );
        let report = nm.rule_latest("expert_report_items").unwrap();
        assert!(report
            .params
            .items
            .iter()
            .any(|i| i.name.contains("合法性")));
        assert!(report
            .params
            .items
            .iter()
            .any(|i| i.name.contains("廉洁性")));
    }

    #[test]
    fn unknown_keys_are_rejected_with_position() {
        let base = "jurisdiction: national\nname: 测试\nstatutes:\n  - short: 条例\n    title: 重大行政决策程序暂行条例\n    effective_from: 2019-09-01\nrules:\n  - id: comment_period_min_days\n    text: 不少于30日\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n    params: { days: 30 }\n";
        assert!(RuleSet::from_yaml_str(base, "t.yaml").is_ok());

        let cases = [
            base.replace("name: 测试\n", "name: 测试\nextra: 1\n"),
            base.replace("    severity: 违规\n", "    severity: 违规\n    level: 1\n"),
            base.replace("{ days: 30 }", "{ days: 30, weeks: 4 }"),
            base.replace("    title: 重大", "    titel: 重大"),
        ];
        for bad in &cases {
            let err = RuleSet::from_yaml_str(bad, "t.yaml").unwrap_err();
            assert!(err.starts_with("t.yaml:"), "{err}");
            assert!(err.contains("未知字段"), "{err}");
            // 带行:列
            let pos = err.split(':').nth(1).unwrap();
            assert!(pos.parse::<usize>().unwrap() > 0, "{err}");
        }
        let err = RuleSet::from_yaml_str(&cases[1], "t.yaml").unwrap_err();
        assert!(err.starts_with("t.yaml:13:"), "{err}");

        // 参数与代号不符、未知代号、出处格式不对、严重程度写错，都应报错。
        let e = RuleSet::from_yaml_str(&base.replace("{ days: 30 }", "{ workdays: 30 }"), "t")
            .unwrap_err();
        assert!(
            e.contains("缺少 days") && e.contains("不应有 workdays"),
            "{e}"
        );
        assert!(e.starts_with("t:8:"), "{e}");
        let e = RuleSet::from_yaml_str(
            &base.replace("comment_period_min_days", "comment_period_min_dayz"),
            "t",
        )
        .unwrap_err();
        assert!(e.contains("未知的规则代号"), "{e}");
        let e =
            RuleSet::from_yaml_str(&base.replace("条例 第十五条", "条例 第15条"), "t").unwrap_err();
        assert!(e.contains("出处"), "{e}");
        let e = RuleSet::from_yaml_str(&base.replace("条例 第十五条", "规定 第十五条"), "t")
            .unwrap_err();
        assert!(e.contains("未在 statutes 中列出"), "{e}");
        let e = RuleSet::from_yaml_str(&base.replace("severity: 违规", "severity: 严重"), "t")
            .unwrap_err();
        assert!(e.contains("无效取值"), "{e}");
        let e = RuleSet::from_yaml_str(
            &base.replace("jurisdiction: national", "jurisdiction: beijing"),
            "t",
        )
        .unwrap_err();
        assert!(e.starts_with("t:1:"), "{e}");
    }

    #[test]
    fn duplicate_entry_rejected() {
        let text = "jurisdiction: national\nname: 测试\nstatutes:\n  - short: 条例\n    title: 条例\n    effective_from: 2019-09-01\nrules:\n  - id: comment_urgent_reason_required\n    text: 说明\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n  - id: comment_urgent_reason_required\n    text: 说明\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n";
        let e = RuleSet::from_yaml_str(text, "t").unwrap_err();
        assert!(e.contains("出现两次") && e.starts_with("t:13:"), "{e}");
    }

    #[test]
    fn list_rules_have_items_and_known_conditions() {
        for j in Jurisdiction::all() {
            for r in &RuleSet::builtin(j).rules {
                if param_kind(&r.id) == Some(ParamKind::List) {
                    assert!(!r.params.items.is_empty(), "{j} {}", r.id);
                }
            }
        }
    }

    // ---- 参数中的数字必须出现在原文中 ----

    fn chinese_numeral(n: u32) -> Vec<String> {
        const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        let mut v = Vec::new();
        match n {
            0..=9 => v.push(D[n as usize].to_string()),
            10..=19 => v.push(format!(
                "十{}",
                if n == 10 { "" } else { D[(n - 10) as usize] }
            )),
            20..=99 => v.push(format!(
                "{}十{}",
                D[(n / 10) as usize],
                if n.is_multiple_of(10) {
                    ""
                } else {
                    D[(n % 10) as usize]
                }
            )),
            _ => {}
        }
        if n == 2 {
            v.push("两".to_string());
        }
        v.push(n.to_string());
        v
    }

    /// `text` 中是否出现 `needle`，且前面不紧挨着别的数字（避免 7 匹配 17、十 匹配 三十）。
    fn contains_number_phrase(text: &str, needle: &str) -> bool {
        text.match_indices(needle).any(|(i, _)| {
            text[..i]
                .chars()
                .next_back()
                .map(|c| !(c.is_ascii_digit() || "零一二三四五六七八九十百两".contains(c)))
                .unwrap_or(true)
        })
    }

    fn any_phrase(text: &str, n: u32, units: &[&str]) -> bool {
        chinese_numeral(n).iter().any(|num| {
            units
                .iter()
                .any(|u| contains_number_phrase(text, &format!("{num}{u}")))
        })
    }

    #[test]
    fn params_numbers_occur_in_text() {
        for j in Jurisdiction::all() {
            for r in &RuleSet::builtin(j).rules {
                let p = &r.params;
                let t = r.text.as_str();
                let ctx = format!("{j} {} ({})", r.id, r.citation);
                if let Some(n) = p.days {
                    assert!(any_phrase(t, n, &["日", "天"]), "{ctx}: {n}日");
                }
                if let Some(n) = p.workdays {
                    assert!(any_phrase(t, n, &["个工作日"]), "{ctx}: {n}个工作日");
                }
                if let Some(n) = p.hours {
                    assert!(any_phrase(t, n, &["小时"]), "{ctx}: {n}小时");
                }
                if let Some(n) = p.years {
                    assert!(any_phrase(t, n, &["年"]), "{ctx}: {n}年");
                }
                if let Some(n) = p.min {
                    assert!(any_phrase(t, n, &["位", "名", "人"]), "{ctx}: {n}人");
                }
                if let Some(n) = p.count {
                    assert!(any_phrase(t, n, &["人", "名", "位"]), "{ctx}: {n}人");
                }
                match p.odd {
                    Some(true) => assert!(t.contains("单数"), "{ctx}: 单数"),
                    Some(false) => assert!(!t.contains("单数"), "{ctx}: 原文要求单数"),
                    None => {}
                }
                if let (Some(m), Some(dd)) = (p.month, p.day) {
                    let last = NaiveDate::from_ymd_opt(2023, m % 12 + 1, 1)
                        .unwrap()
                        .pred_opt()
                        .unwrap();
                    let ok = chinese_numeral(m).iter().any(|mm| {
                        chinese_numeral(dd)
                            .iter()
                            .any(|ds| contains_number_phrase(t, &format!("{mm}月{ds}日")))
                            || (chrono::Datelike::day(&last) == dd
                                && contains_number_phrase(t, &format!("{mm}月底")))
                    });
                    assert!(ok, "{ctx}: {m}月{dd}日");
                }
            }
        }
    }

    #[test]
    fn number_check_catches_typos() {
        // 测试本身要能发现参数与原文不一致。
        assert!(any_phrase("一般不少于30日", 30, &["日"]));
        assert!(any_phrase("一般不少于三十日", 30, &["日"]));
        assert!(!any_phrase("一般不少于30日", 3, &["日"]));
        assert!(!any_phrase("不少于三十日", 10, &["日"]));
        assert!(!any_phrase("不少于17个工作日", 7, &["个工作日"]));
        assert!(any_phrase("有效期二年", 2, &["年"]));
    }
}
