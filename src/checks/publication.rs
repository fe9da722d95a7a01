//! 公布之后：备案期限（赤峰规定 第三十八条）、原件移交期限（人社厅程序办法 第四十九条）、
//! 后评估结论（赤峰后评估规则 第十二条；昌黎规定 第六十一条）、规定本身的有效期（昌黎规定 第七十二条）。

use chrono::Months;

use super::counting::{minus_days, within_days_ok};
use super::findings::Ctx;
use crate::case::Date;
use crate::rules::Rule;

pub fn check(ctx: &mut Ctx) {
    filing(ctx);
    transfer(ctx);
    evaluation_result(ctx);
    statute_validity(ctx);
}

/// 自公布之日起N日内备案（“N日内”：公布日不计入，最后一日遇休息日顺延）。
fn filing(ctx: &mut Ctx) {
    let Some(p) = &ctx.case.publication else { return };
    let Some(rule) = ctx.rule("filing_after_publication_max_days", p.published_on) else { return };
    let Some(n) = rule.params.days else { return };
    let start = format!("决策 {} 公布", p.published_on);
    let deadline = WithinDays { step: "publication", field: "publication.filed_on", what: "备案期限", verb: "备案", start: p.published_on, n };
    deadline.check(ctx, rule, p.filed_on, &start, |last| format!("{start}，尚未记录备案日期；最迟 {last} 备案"));
}

/// 两个以上承办单位的，相关单位自决策办结之日（archive.closed_on）起N日内向牵头单位移交原件。
fn transfer(ctx: &mut Ctx) {
    let Some(a) = &ctx.case.archive else { return };
    if ctx.case.decision.co_units.is_empty() {
        return;
    }
    let Some(rule) = ctx.rule("archive_transfer_max_days", a.closed_on) else { return };
    let Some(n) = rule.params.days else { return };
    let start = format!("决策 {} 办结", a.closed_on);
    let units = ctx.case.decision.co_units.join("、");
    let deadline = WithinDays { step: "archive", field: "archive.transferred_on", what: "移交期限", verb: "移交原件", start: a.closed_on, n };
    deadline.check(ctx, rule, a.transferred_on, &start, |last| {
        format!("{start}，其他承办单位（{units}）尚未记录移交原件的日期；最迟 {last} 移交")
    });
}

/// “自某日起N日内完成”的一项期限（备案、移交原件）。
struct WithinDays {
    step: &'static str,
    field: &'static str,
    /// 期限的名称（无法核对时用）
    what: &'static str,
    /// 完成的动作（写入核对事实）
    verb: &'static str,
    start: Date,
    n: u32,
}

impl WithinDays {
    /// 未记录完成日期时提示最后一日（`pending`）；已记录时核对是否在N日内。
    fn check(&self, ctx: &mut Ctx, rule: &Rule, done: Option<Date>, start_fact: &str, pending: impl Fn(Date) -> String) {
        let Some(done) = done else {
            match super::counting::within_days_last(ctx.cal, self.start, self.n) {
                Ok(last) => ctx.notice(rule, self.step, self.field, &pending(last)),
                Err(e) => ctx.calendar_missing(rule, self.step, self.field, self.what, &e, false),
            }
            return;
        };
        match within_days_ok(ctx.cal, self.start, done, self.n) {
            Ok((ok, last)) => {
                let facts = format!("{start_fact}，{done} {}，最后一日 {last}", self.verb);
                if ok {
                    ctx.pass(rule, self.step, self.field, &format!("{facts}，在{}日内", self.n));
                } else {
                    ctx.fail(rule, self.step, self.field, &format!("{facts}，超过{}日", self.n));
                }
            }
            Err(e) => ctx.calendar_missing(rule, self.step, self.field, self.what, &e, true),
        }
    }
}

/// 后评估结论须是规则表所列之一。各规定的用词不一（赤峰后评估规则 第十二条“继续实施”，第十三条“继续执行”），
/// 按前两个字比较：“继续执行”与“继续实施”、“调整”与“调整决策”视为同一结论。
fn evaluation_result(ctx: &mut Ctx) {
    let Some(pe) = &ctx.case.post_evaluation else { return };
    let Some(rule) = ctx.rule("post_evaluation_results", pe.date) else { return };
    let head = |s: &str| s.trim().chars().take(2).collect::<String>();
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    let field = "post_evaluation.result";
    if names.iter().any(|n| head(n) == head(&pe.result)) {
        ctx.pass(rule, "post_evaluation", field, &format!("评估结论为“{}”", pe.result));
    } else {
        ctx.fail(rule, "post_evaluation", field, &format!("评估结论“{}”不是规定的结论之一（{}）", pe.result, names.join("、")));
    }
}

/// 规定有有效期的（昌黎规定“有效期二年”），案卷中有日期晚于有效期的，提示核实规定是否延续。
fn statute_validity(ctx: &mut Ctx) {
    let c = ctx.case;
    let mut dates: Vec<(Date, &str)> = Vec::new();
    dates.extend(c.decision.started_on.map(|d| (d, "decision.started_on")));
    if let Some(p) = &c.participation {
        dates.extend(p.comment.as_ref().map(|x| (x.published_on, "participation.comment.published_on")));
        dates.extend(p.hearing.as_ref().map(|x| (x.date, "participation.hearing.date")));
    }
    dates.extend(c.experts.as_ref().map(|x| (x.date, "experts.date")));
    dates.extend(c.risk.as_ref().map(|x| (x.end, "risk.end")));
    dates.extend(c.legality.as_ref().map(|x| (x.submitted_on, "legality.submitted_on")));
    dates.extend(c.meeting.as_ref().map(|x| (x.date, "meeting.date")));
    dates.extend(c.publication.as_ref().map(|x| (x.published_on, "publication.published_on")));
    let Some(&(first, _)) = dates.iter().min() else { return };
    let Some(rule) = ctx.rule("statute_validity_years", first) else { return };
    let Some(years) = rule.params.years else { return };
    let Some(end) = rule.effective_from.checked_add_months(Months::new(years * 12)).map(|d| minus_days(Date(d), 1)) else { return };
    let late: Vec<&(Date, &str)> = dates.iter().filter(|(d, _)| *d > end).collect();
    match late.iter().min() {
        Some((d, field)) => ctx.notice(
            rule,
            "decision",
            field,
            &format!("规定自 {} 施行，有效期{years}年，至 {end} 届满；案卷中 {d}（{field}）已在有效期之后，请核实规定是否延续有效", rule.effective_from),
        ),
        None => ctx.pass(rule, "decision", "decision.started_on", &format!("案卷各环节的日期都在规定有效期（至 {end}）之内")),
    }
}
