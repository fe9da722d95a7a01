//! `gen check`、`gen plan`。

use crate::args::{CheckArgs, Format, PlanArgs};
use juece::facts::checks::describe_findings;
use juece::facts::plan;
use juece::law::catalogue;
use juece::session::Session;
use juece::{Error, Result};

/// `gen check`：打印每条违规和提示（严重程度、算出的事实、字段、条文和出处）；有违规时退出码为 3。
pub fn run_check(args: &CheckArgs) -> Result<()> {
    let session = Session::open(&args.case.case, &args.case.options())?;
    crate::docs::print_notices(&session);
    let facts = session.facts();
    let review = &facts.review;
    let violations = facts.violations();
    let notices = review.findings.len() - violations;
    let path = session.cf.path.display();
    match args.format {
        Format::Json => {
            let json = review.report_json(session.cf.case.rules.id());
            out!("{}", serde_json::to_string_pretty(&json).map_err(|e| Error::internal(e.to_string()))?);
        }
        Format::Text => {
            out_raw!(describe_findings(&review.findings));
            out!(
                "{path}：核对无误 {} 项，违规 {violations} 项，提示 {notices} 项（规则体系：{}）",
                review.passed.len(),
                session.cf.case.rules.name()
            );
        }
    }
    if violations > 0 {
        return Err(Error::violation(format!("{path}：有 {violations} 项违反法定程序")));
    }
    Ok(())
}

/// `gen plan`：打印期限表（或 JSON），并生成程序期限表 PDF。
pub fn run_plan(args: &PlanArgs) -> Result<()> {
    let session = Session::open(&args.doc.case.case, &args.doc.options()?)?;
    crate::docs::print_notices(&session);
    let json = args.format == Format::Json;
    let p = session.plan();
    if json {
        out!("{}", serde_json::to_string_pretty(&p).map_err(|e| Error::internal(e.to_string()))?);
    } else {
        out_raw!(plan::table(&p));
    }
    let kind = catalogue::find("plan").ok_or_else(|| Error::internal("种类表中没有程序期限表"))?;
    let output = session.render_kind(kind)?;
    crate::docs::write_docs(&args.doc.out_dir(), &output, json)?;
    Ok(())
}
