//! 程序检查：把案卷与规则表（src/rules.rs、data/rules/*.yaml）逐条核对，给出违规和提示。
//!
//! - 数字一律取自规则表：按各环节的日期（听证会日、论证日、送审日、会议日、公布日等）用
//!   [`crate::rules::RuleSet::rule_at`] 取当日已施行的一条；代码只解释规则代号的含义。
//!   案卷所用的规则表没有某条规则时，用国务院条例的规则表（条例 第二条、第四十二条：条例约束各级政府及其部门）。
//! - 期间的算法见 docs/counting.md 与 [`counting`]；工作日取自工作日历，缺少某年的数据时
//!   报告“无法核对”并写明日期，绝不按周一至周五猜测。
//! - 每条结果带程序环节（[`STEPS`]），文书种类表（src/documents.rs）中的 `step` 与之对应：
//!   某环节有违规时，该环节的文书拒绝生成（`--allow-violations` 除外）。
//!
//! `gen check` 打印 [`check`] 的结果；`gen plan` 打印 [`plan::plan`] 的各项期限。

mod counting;
mod experts;
mod findings;
mod legality;
mod meeting;
mod participation;
pub mod plan;
mod publication;
mod risk;
mod text;

use std::path::Path;

pub use findings::{Finding, Passed, Review};
pub use text::{describe_findings, refusal};

use crate::calendar::Calendar;
use crate::case::Case;
use crate::documents::DocKind;
use crate::error::{Error, Result};
use findings::Ctx;

/// 程序环节（检查结果的 `step`，与文书种类表的 `step` 一致），按程序先后排列，附中文名称。
pub const STEPS: &[(&str, &str)] = &[
    ("decision", "决策事项"),
    ("comment", "公开征求意见"),
    ("symposium", "座谈会"),
    ("hearing", "听证会"),
    ("participation", "公众参与"),
    ("experts", "专家论证"),
    ("risk", "风险评估"),
    ("legality", "合法性审查"),
    ("meeting", "集体讨论决定"),
    ("publication", "公布与备案"),
    ("post_evaluation", "决策后评估"),
    ("archive", "归档"),
];

/// 环节的先后序号（未知的排在最后）。
pub fn step_order(step: &str) -> usize {
    STEPS.iter().position(|(s, _)| *s == step).unwrap_or(STEPS.len())
}

/// 环节的中文名称。
pub fn step_name(step: &str) -> &str {
    STEPS.iter().find(|(s, _)| *s == step).map(|(_, n)| *n).unwrap_or(step)
}

/// 检查案卷：违规和提示，按环节、严重程度、规则代号、字段排序（同一案卷每次结果相同）。
pub fn check(case: &Case, cal: &Calendar) -> Vec<Finding> {
    review(case, cal).findings
}

/// 检查案卷，同时给出核对无误的项目（供程序履行情况说明逐项列出）。
pub fn review(case: &Case, cal: &Calendar) -> Review {
    let mut ctx = Ctx::new(case, cal);
    participation::comment(&mut ctx);
    participation::symposiums(&mut ctx);
    participation::hearing(&mut ctx);
    experts::check(&mut ctx);
    risk::check(&mut ctx);
    legality::check(&mut ctx);
    meeting::check(&mut ctx);
    publication::check(&mut ctx);
    ctx.finish()
}

/// 某环节的违规（拒绝生成该环节文书的理由）。
pub fn violations_for<'a>(findings: &'a [Finding], step: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.is_violation() && f.step == step).collect()
}

/// 内置工作日历，并入 `--calendar` 指定的文件（其中的年份整年替换内置数据）。
pub fn load_calendar(file: Option<&Path>) -> Result<Calendar> {
    let mut cal = Calendar::builtin();
    if let Some(path) = file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::input(format!("无法读取工作日历文件 {}：{e}", path.display())))?;
        cal.merge(Calendar::from_yaml_str(&text, &path.display().to_string()).map_err(Error::input)?);
    }
    Ok(cal)
}

/// 各种文书因其环节的违规而被拒绝的情况（只列出有违规的文书）。
pub fn blocked<'f>(findings: &'f [Finding], kinds: &[&'static DocKind]) -> Vec<(&'static DocKind, Vec<&'f Finding>)> {
    kinds
        .iter()
        .map(|k| (*k, violations_for(findings, k.step)))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// `gen check --format json` 的内容：规则体系、违规和提示的条数、各条结果、核对无误的项目。
/// 字段顺序固定、结果已排序：同一案卷每次输出的字节相同。
pub fn report_json(case: &Case, review: &Review) -> serde_json::Value {
    let violations = review.findings.iter().filter(|f| f.is_violation()).count();
    serde_json::json!({
        "rules": case.rules.id(),
        "violations": violations,
        "notices": review.findings.len() - violations,
        "findings": review.findings,
        "passed": review.passed,
    })
}
