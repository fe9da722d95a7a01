//! 检查结果：违规、提示（[`Finding`]）和已核对无误的项目（[`Passed`]），以及收集它们的 [`Ctx`]。
//!
//! 每条结果都带规则代号、条文、出处、算出的事实（中文）、案卷字段路径和程序环节，
//! 可直接序列化给 `gen check --format json`，或交给模板（如程序履行情况说明）逐项列出。

use serde::{Deserialize, Serialize};

use crate::facts::{Deadline, Facts, Period};
use crate::input::case::{Case, Date};
use crate::law::calendar::{Calendar, CalendarError};
use crate::law::rules::{Rule, Severity};
use crate::law::{Law, Step};

/// 一条检查发现：违规或提示。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// 规则代号，如 `hearing_delivery_min_days`
    pub rule_id: String,
    /// 违规 / 提示
    pub severity: Severity,
    /// 条文（规则表中的原文）
    pub text: String,
    /// 出处，如“条例 第十六条”
    pub citation: String,
    /// 算出的事实，如“听证材料送达 2026-06-03，听证会 2026-06-08，相隔5日，少于7日（条例 第十六条）”
    pub message: String,
    /// 案卷字段路径，如 `participation.hearing.participants[0].delivered_on`
    pub field: String,
    /// 程序环节：decision、comment、symposium、hearing、participation、experts、risk、legality、meeting、publication、post_evaluation、archive
    pub step: Step,
}

impl Finding {
    /// 是否违规。
    pub fn is_violation(&self) -> bool {
        self.severity == Severity::Violation
    }
}

/// 一项核对无误的规则（程序履行情况说明中的“符合”）。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passed {
    /// 规则代号
    pub rule_id: String,
    /// 条文
    pub text: String,
    /// 出处
    pub citation: String,
    /// 核对的事实，如“听证材料送达 2026-06-03（张堃），听证会 2026-06-12，相隔9日，不少于7日（条例 第十六条）”
    pub message: String,
    /// 案卷字段路径
    pub field: String,
    /// 程序环节
    pub step: Step,
}

/// 全部检查结果。
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// 违规和提示（按环节、严重程度、规则代号、字段排序）
    pub findings: Vec<Finding>,
    /// 核对无误的项目（同样排序）
    pub passed: Vec<Passed>,
}

/// 检查时的上下文：事实，以及收集到的结果。
pub(crate) struct Ctx<'f, 'a> {
    pub facts: &'f Facts<'a>,
    pub case: &'a Case,
    pub cal: &'a Calendar,
    pub law: Law,
    pub review: Review,
}

impl<'f, 'a> Ctx<'f, 'a> {
    pub fn new(facts: &'f Facts<'a>) -> Self {
        Ctx { facts, case: facts.case, cal: facts.calendar, law: facts.law, review: Review::default() }
    }

    /// 代号为 `id`、在 `date` 已施行的规则（本地规则表优先，没有时用条例，见 [`Law::rule`]）。
    pub fn rule(&self, id: &str, date: Date) -> Option<&'static Rule> {
        self.law.rule(id, date)
    }

    /// 某项期间（没有时为空：案卷未记录该环节，或规则表没有该规则）。
    pub fn deadline(&self, period: Period) -> Option<&'f Deadline> {
        self.facts.deadlines.iter().find(|d| d.period == period)
    }

    /// 同一类的各项期间（如每位听证参加人一项）。
    pub fn deadlines(&self, matches: impl Fn(Period) -> bool) -> impl Iterator<Item = &'f Deadline> {
        self.facts.deadlines.iter().filter(move |d| matches(d.period))
    }

    /// 记录一条不符合：严重程度取规则表中该条的 `severity`。
    pub fn fail(&mut self, rule: &Rule, step: Step, field: &str, facts: &str) {
        self.push(rule, rule.severity, step, field, facts);
    }

    /// 记录一条提示（不论规则本身的严重程度）。
    pub fn notice(&mut self, rule: &Rule, step: Step, field: &str, facts: &str) {
        self.push(rule, Severity::Notice, step, field, facts);
    }

    /// 记录一项核对无误。
    pub fn pass(&mut self, rule: &Rule, step: Step, field: &str, facts: &str) {
        // 核对无误的项目不附取自条例的缘由（程序履行情况说明逐条印出，缘由只在违规、提示中写明）。
        let f = finding(rule, None, Severity::Notice, step, field, facts);
        self.review.passed.push(Passed {
            rule_id: f.rule_id,
            text: f.text,
            citation: f.citation,
            message: f.message,
            field: f.field,
            step: f.step,
        });
    }

    /// “一般不少于N个工作日”的期间（专家研究时间、合法性审查时间）：够数的核对无误；不够而写明了理由
    /// （`reason`，如情况紧急：条文为“一般”“除紧急情况外”）的作提示；否则不符合。`facts` 为算出的事实。
    pub fn workdays_at_least(&mut self, d: &Deadline, facts: &str, reason: &Option<String>, reason_field: &str) {
        let (rule, n) = (d.rule, d.n);
        if d.met == Some(Ok(true)) {
            self.pass(rule, d.step, &d.field, &format!("{facts}，不少于{n}个"));
        } else if let Some(r) = filled(reason) {
            self.notice(rule, d.step, reason_field, &format!("{facts}，少于{n}个工作日；已说明理由：{r}"));
        } else {
            self.fail(rule, d.step, &d.field, &format!("{facts}，少于{n}个工作日，且未写明理由（{reason_field}）"));
        }
    }

    /// “N个工作日内”的期间（补送材料、会审部门提出意见）：两端都已知时，在N个工作日内的核对无误，否则不符合；
    /// 日历缺少某年时报告无法核对（`what` 为期间的名称）。`facts(k)` 写出用时k个工作日的事实。
    pub fn within_workdays(&mut self, d: &Deadline, facts: impl Fn(i64) -> String, what: &str) {
        let (rule, n, field) = (d.rule, d.n, d.field.as_str());
        match &d.measured {
            Some(Ok(k)) if d.met == Some(Ok(true)) => self.pass(rule, d.step, field, &format!("{}，在{n}个工作日内", facts(*k))),
            Some(Ok(k)) => self.fail(rule, d.step, field, &format!("{}，超过{n}个工作日", facts(*k))),
            Some(Err(e)) => self.calendar_missing(rule, d.step, field, what, e, true),
            None => {}
        }
    }

    /// 工作日历缺少某年，无法核对：`decisive` 为真（合规与否取决于这项计算）时按违规报告，
    /// 否则（只影响建议日期）作为提示。绝不按周一至周五猜测。
    pub fn calendar_missing(&mut self, rule: &Rule, step: Step, field: &str, what: &str, err: &CalendarError, decisive: bool) {
        let severity = if decisive { Severity::Violation } else { Severity::Notice };
        self.push(rule, severity, step, field, &format!("无法核对{what}：{err}"));
    }

    fn push(&mut self, rule: &Rule, severity: Severity, step: Step, field: &str, facts: &str) {
        let f = finding(rule, self.law.note(rule), severity, step, field, facts);
        self.review.findings.push(f);
    }

    /// 排序后交出结果（同一案卷每次顺序相同）。
    pub fn finish(mut self) -> Review {
        let sev = |s: Severity| if s == Severity::Violation { 0 } else { 1 };
        self.review.findings.sort_by(|a, b| {
            (a.step, sev(a.severity), &a.rule_id, &a.field, &a.message).cmp(&(b.step, sev(b.severity), &b.rule_id, &b.field, &b.message))
        });
        self.review.findings.dedup();
        self.review.passed.sort_by(|a, b| (a.step, &a.rule_id, &a.field, &a.message).cmp(&(b.step, &b.rule_id, &b.field, &b.message)));
        self.review.passed.dedup();
        self.review
    }
}

fn finding(rule: &Rule, via: Option<String>, severity: Severity, step: Step, field: &str, facts: &str) -> Finding {
    let message = match via {
        Some(via) => format!("{facts}（{}；{via}）", rule.citation),
        None => format!("{facts}（{}）", rule.citation),
    };
    Finding {
        rule_id: rule.id.clone(),
        severity,
        text: rule.text.clone(),
        citation: rule.citation.clone(),
        message,
        field: field.to_string(),
        step,
    }
}

/// 非空文字。
pub(crate) fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}
