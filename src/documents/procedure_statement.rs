//! 程序履行情况说明（条例 第二十六条“履行决策法定程序的说明”；赤峰规定 第二十九条（四））的各环节：
//! 是否履行、未履行的说明、程序检查的结果。每个环节的事实（日期、人数、天数）由模板从案卷和 `facts` 写出。

use schemars::JsonSchema;
use serde::Serialize;

use crate::facts::{milestones, Facts};
use crate::input::case::Date;
use crate::law::rules::Severity;
use crate::law::Step;

/// 一个环节。
#[derive(Debug, Serialize, JsonSchema)]
pub struct StatementStep {
    /// 环节代号：decision、comment、symposium、hearing、participation、experts、risk、legality、meeting、publication
    pub step: Step,
    /// 检查结果中的环节名称
    pub step_name: &'static str,
    /// 是否履行
    pub performed: bool,
    /// 已履行、但在本说明的日期（送审日）尚未完成时，完成的日期（说明中写“截至送审日尚未完成”，不写成已履行）
    pub pending: Option<Date>,
    /// 未履行的说明（legality.unperformed 中的）
    pub explanation: Option<String>,
    /// 本环节的程序检查结果：违规、提示，然后是核对无误的项目
    pub findings: Vec<CheckLine>,
    /// 本环节在说明的日期（送审日）以前形成的文书（种类表的顺序；每人一份的合为一行）
    pub documents: Vec<StepDocument>,
}

/// 一个环节形成的一种文书。
#[derive(Debug, Serialize, JsonSchema)]
pub struct StepDocument {
    /// 文书名称
    pub name: &'static str,
    /// 份数（每人或每项一份的可有多份）
    pub count: usize,
}

/// 一条检查结果。
#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckLine {
    /// 违规 / 提示 / 符合
    pub severity: &'static str,
    /// 算出的事实（含出处）
    pub message: String,
    /// 出处
    pub citation: String,
}

/// 各环节（[`crate::facts::steps::all`] 的顺序）。说明随送审材料报送、日期为送审日，所以只写送审之前的环节
/// （决策启动至风险评估），检查结果也只列这些环节的；某环节在送审日尚未完成的，如实写明（`pending`）。
pub fn steps(facts: &Facts) -> Vec<StatementStep> {
    let as_of = facts.case.legality.as_ref().map(|l| l.submitted_on);
    facts
        .steps
        .iter()
        .filter(|s| s.step < Step::Legality)
        .map(|s| {
            let pending = match (as_of, milestones::step_done(facts.case, s.step)) {
                (Some(a), Some(d)) if s.performed && d > a => Some(d),
                _ => None,
            };
            let r = &facts.review;
            let findings = r
                .findings
                .iter()
                .filter(|f| f.step == s.step)
                .map(|f| CheckLine { severity: sev(f.severity), message: f.message.clone(), citation: f.citation.clone() })
                .chain(r.passed.iter().filter(|p| p.step == s.step).map(|p| CheckLine {
                    severity: "符合",
                    message: p.message.clone(),
                    citation: p.citation.clone(),
                }))
                .collect();
            let mut documents: Vec<StepDocument> = Vec::new();
            for d in facts.documents.iter().filter(|d| d.kind.step == Some(s.step)) {
                // 没有日期的、送审日以后才形成的不写
                if d.date.is_none_or(|x| as_of.is_some_and(|a| x > a)) {
                    continue;
                }
                match documents.iter_mut().find(|x| x.name == d.kind.name) {
                    Some(x) => x.count += 1,
                    None => documents.push(StepDocument { name: d.kind.name, count: 1 }),
                }
            }
            StatementStep {
                step: s.step,
                step_name: s.step.name(),
                performed: s.performed,
                pending,
                explanation: s.explanation.clone(),
                findings,
                documents,
            }
        })
        .collect()
}

fn sev(s: Severity) -> &'static str {
    s.as_str()
}
