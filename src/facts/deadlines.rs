//! 本案的每一项法定期间，各算一次：起日、终日、N、计法、扣除的工作日、是否符合、另一端的法定日期。
//! 程序检查（src/facts/checks/）据此写出违规和提示，期限表（src/facts/plan.rs）据此列出各行，
//! 程序履行情况说明据此印出天数。规则一律按该环节的日期取当日已施行的一条（[`Law::rule`]）。

use crate::input::case::{Case, Date, ExpertReview, LegalityReview};
use crate::law::calendar::{Calendar, CalendarError};
use crate::law::counting::Counting;
use crate::law::rules::Rule;
use crate::law::{Law, Step};

/// 哪一项期间。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// 公开征求意见的期限（条例 第十五条“一般不少于30日”）
    Comment,
    /// 听证材料送达第 i 位听证参加人（条例 第十六条“7日前”）
    HearingDelivery(usize),
    /// 第 i 个座谈会的材料送达（赤峰公众参与规则 第八条“3个工作日前”）
    SymposiumNotice(usize),
    /// 专家研究论证的时间（expert_study_min_workdays）
    ExpertStudy,
    /// 论证会材料提前提供（expert_meeting_materials_min_workdays）
    ExpertMaterials,
    /// 合法性审查时间：送审至集体讨论（legality_review_min_workdays）
    LegalityReview,
    /// 第 i 个会审部门收到材料至提出书面意见（昌黎 joint_review_opinion_max_workdays；写明延长理由的，
    /// 用 joint_review_extended_max_workdays）
    JointOpinion(usize),
    /// 司法局N日内提出审查意见（昌黎 justice_review_max_days）
    JusticeReview,
    /// 第 i 次退回补充材料的补送期限（昌黎 legality_supplement_max_workdays）
    Supplement(usize),
    /// 会议材料提前送达（昌黎 meeting_materials_min_days）
    MeetingMaterials,
    /// 公布后备案（赤峰 filing_after_publication_max_days）
    Filing,
    /// 其他承办单位移交原件（人社厅 archive_transfer_max_days）
    ArchiveTransfer,
}

/// 一项期间及其计算结果。
#[derive(Debug, Clone)]
pub struct Deadline {
    pub period: Period,
    pub rule: &'static Rule,
    pub step: Step,
    pub counting: Counting,
    /// 规则中的日数或工作日数
    pub n: u32,
    /// 起日（如送达日、公布日、送审日）；案卷尚未记录时为空
    pub from: Option<Date>,
    /// 终日（如听证会日、截止日、集体讨论日、备案日）；案卷尚未记录时为空
    pub to: Option<Date>,
    /// 案卷中记录被核对的那一端的字段
    pub field: String,
    /// 扣除的工作日（补送材料的时间不计入审查时间；其他期间为 0）
    pub deduct: Result<u32, CalendarError>,
    /// 起日至终日的长度（日或工作日，已扣除）；两端都已知时才有
    pub measured: Option<Result<i64, CalendarError>>,
    /// 是否符合；两端都已知时才有
    pub met: Option<Result<bool, CalendarError>>,
    /// 已知起日时终日的法定日期：“至少”的期间为最早终日，“之内”的期间为最后一日
    pub due_to: Option<Result<Date, CalendarError>>,
    /// 已知终日时起日的最晚日期（“至少”的期间）
    pub due_from: Option<Result<Date, CalendarError>>,
}

impl Deadline {
    fn new(period: Period, rule: &'static Rule, step: Step, counting: Counting, n: u32, field: impl Into<String>) -> Self {
        Deadline {
            period,
            rule,
            step,
            counting,
            n,
            from: None,
            to: None,
            field: field.into(),
            deduct: Ok(0),
            measured: None,
            met: None,
            due_to: None,
            due_from: None,
        }
    }

    fn between(mut self, from: Option<Date>, to: Option<Date>) -> Self {
        self.from = from;
        self.to = to;
        self
    }

    fn deducting(mut self, deduct: Result<u32, CalendarError>) -> Self {
        self.deduct = deduct;
        self
    }

    /// 算出长度、是否符合和两端的法定日期。
    fn compute(mut self, cal: &Calendar) -> Self {
        let (c, n) = (self.counting, self.n);
        let deduct = self.deduct.clone();
        let with = |f: &dyn Fn(u32) -> Result<Date, CalendarError>| deduct.clone().and_then(f);
        if let (Some(from), Some(to)) = (self.from, self.to) {
            self.measured = Some(deduct.clone().and_then(|d| c.measure(cal, from, to, d)));
            self.met = Some(deduct.clone().and_then(|d| c.met(cal, from, to, n, d)));
        }
        if let Some(from) = self.from {
            self.due_to =
                Some(if c.is_minimum() { with(&|d| c.earliest_to(cal, from, n, d)) } else { with(&|d| c.last_to(cal, from, n, d)) });
        }
        if let (Some(to), true) = (self.to, c.is_minimum()) {
            self.due_from = Some(with(&|d| c.latest_from(cal, to, n, d)));
        }
        self
    }
}

impl Deadline {
    /// “N日内”的最后一日（写进核对事实）：能查日历时为顺延后的最后一日；不晚于起日 + N 即已按期时，
    /// 日历缺少该年也不妨碍判断，这时写起日 + N。
    pub fn last_day(&self) -> Option<Date> {
        match (&self.due_to, &self.met, self.from) {
            (Some(Ok(last)), _, _) => Some(*last),
            (_, Some(Ok(true)), Some(from)) if self.counting == Counting::WithinDays => Some(from.plus_days(self.n)),
            _ => None,
        }
    }
}

/// 本案的全部期间（按程序先后）。
pub fn all(case: &Case, law: &Law, cal: &Calendar) -> Vec<Deadline> {
    let mut out = Vec::new();
    comment(case, law, &mut out);
    symposiums(case, law, &mut out);
    hearing(case, law, &mut out);
    if let Some(e) = &case.experts {
        experts(e, law, &mut out);
    }
    if let Some(l) = &case.legality {
        legality(case, l, law, cal, &mut out);
    }
    meeting(case, law, &mut out);
    after(case, law, &mut out);
    out.into_iter().map(|d| d.compute(cal)).collect()
}

/// 征求意见期限：截止日 − 起算日 ≥ N（“不少于N日”，截止日计入）。起算日为公告发布日；
/// 公告写明的开始日晚于发布日的，以开始日的前一日为起算日（开始日本身是完整的一日）。
pub fn comment_start(published_on: Date, start: Date) -> Date {
    published_on.max(start.minus_days(1))
}

fn comment(case: &Case, law: &Law, out: &mut Vec<Deadline>) {
    let Some(c) = case.participation.as_ref().and_then(|p| p.comment.as_ref()) else { return };
    let Some(rule) = law.rule("comment_period_min_days", c.published_on) else { return };
    let Some(n) = rule.params.days else { return };
    let d = Deadline::new(Period::Comment, rule, Step::Comment, Counting::DaysAtLeast, n, "participation.comment.end");
    out.push(d.between(Some(comment_start(c.published_on, c.start)), Some(c.end)));
}

fn symposiums(case: &Case, law: &Law, out: &mut Vec<Deadline>) {
    let Some(p) = &case.participation else { return };
    for (i, s) in p.symposiums.iter().enumerate() {
        let Some(rule) = law.rule("symposium_notice_min_workdays", s.date) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let field = format!("participation.symposiums[{i}].materials_sent_on");
        let d = Deadline::new(Period::SymposiumNotice(i), rule, Step::Symposium, Counting::WorkdaysBetweenAtLeast, n, field);
        out.push(d.between(s.materials_sent_on, Some(s.date)));
    }
}

fn hearing(case: &Case, law: &Law, out: &mut Vec<Deadline>) {
    let Some(h) = case.participation.as_ref().and_then(|p| p.hearing.as_ref()) else { return };
    let Some(rule) = law.rule("hearing_delivery_min_days", h.date) else { return };
    let Some(n) = rule.params.days else { return };
    for (i, p) in h.participants.iter().enumerate() {
        let field = format!("participation.hearing.participants[{i}].delivered_on");
        let d = Deadline::new(Period::HearingDelivery(i), rule, Step::Hearing, Counting::DaysAtLeast, n, field);
        out.push(d.between(p.delivered_on, Some(h.date)));
    }
}

/// 论证方式是否为会议（论证会、专家论证会议）：研究时间在会议日之前结束，会议当日不计入。
/// 其他方式（个人分别论证、小组论证、委托专业机构论证）以书面意见截止日结束，截止日计入。
pub fn is_meeting(e: &ExpertReview) -> bool {
    e.method.contains('会')
}

fn experts(e: &ExpertReview, law: &Law, out: &mut Vec<Deadline>) {
    let meeting = is_meeting(e);
    let mut periods = vec![(Period::ExpertStudy, "expert_study_min_workdays")];
    if meeting {
        periods.push((Period::ExpertMaterials, "expert_meeting_materials_min_workdays"));
    }
    for (period, id) in periods {
        let Some(rule) = law.rule(id, e.date) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let counting = if meeting { Counting::WorkdaysBetweenAtLeast } else { Counting::WorkdaysThroughAtLeast };
        let d = Deadline::new(period, rule, Step::Experts, counting, n, "experts.materials_sent_on");
        out.push(d.between(e.materials_sent_on, Some(e.date)));
    }
}

/// 退回补充材料的工作日数：要求补充之后至补送之日（含）；尚未补送的算到 `until`（含）；
/// 既未补送、又没有 `until` 的不计。只在规则表规定补送时间不计入审查时间时扣除（赤峰规定 第二十九条；
/// 昌黎规定 第四十一、四十二条）。
fn supplement_workdays(l: &LegalityReview, law: &Law, cal: &Calendar, until: Option<Date>) -> Result<u32, CalendarError> {
    if law.own_rule("legality_supplement_excluded", l.submitted_on).is_none() {
        return Ok(0);
    }
    let mut total = 0;
    for s in &l.supplements {
        let end = match (s.supplied_on, until) {
            (Some(x), Some(u)) => x.min(u),
            (Some(x), None) => x,
            (None, Some(u)) => u,
            (None, None) => continue,
        };
        total += cal.workdays_after_through(s.requested_on.0, end.0)? as u32;
    }
    Ok(total)
}

/// 审查机构是否就是司法局（如“昌黎县司法局”）。案卷不单独记录司法局接到任务的日期，以送审日期计；
/// 所以只在审查机构就是司法局时核对“N日内”，由县决策咨询服务中心组织综合会审的不核对。
pub fn is_justice_bureau(reviewer: &str) -> bool {
    reviewer.trim().ends_with("司法局")
}

fn legality(case: &Case, l: &LegalityReview, law: &Law, cal: &Calendar, out: &mut Vec<Deadline>) {
    let meeting = case.meeting.as_ref().map(|m| m.date);
    if let Some(rule) = law.rule("legality_review_min_workdays", l.submitted_on) {
        if let Some(n) = rule.params.workdays {
            let d =
                Deadline::new(Period::LegalityReview, rule, Step::Legality, Counting::WorkdaysBetweenAtLeast, n, "legality.submitted_on");
            out.push(d.between(Some(l.submitted_on), meeting).deducting(supplement_workdays(l, law, cal, meeting)));
        }
    }
    if let Some(j) = &l.joint_review {
        let extended = j.extension_reason.as_deref().is_some_and(|r| !r.trim().is_empty());
        let id = if extended { "joint_review_extended_max_workdays" } else { "joint_review_opinion_max_workdays" };
        for (i, o) in j.opinions.iter().enumerate() {
            let Some(rule) = law.rule(id, j.materials_sent_on) else { continue };
            let Some(n) = rule.params.workdays else { continue };
            let field = format!("legality.joint_review.opinions[{i}].date");
            let d = Deadline::new(Period::JointOpinion(i), rule, Step::Legality, Counting::WithinWorkdays, n, field);
            out.push(d.between(Some(j.materials_sent_on), Some(o.date)).deducting(supplement_workdays(l, law, cal, Some(o.date))));
        }
    }
    if let Some(rule) = law.rule("justice_review_max_days", l.submitted_on).filter(|_| is_justice_bureau(&l.reviewer)) {
        if let Some(n) = rule.params.days {
            let d = Deadline::new(Period::JusticeReview, rule, Step::Legality, Counting::WithinDays, n, "legality.completed_on");
            out.push(d.between(Some(l.submitted_on), l.completed_on));
        }
    }
    for (i, s) in l.supplements.iter().enumerate() {
        let Some(rule) = law.rule("legality_supplement_max_workdays", s.requested_on) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let field = format!("legality.supplements[{i}].supplied_on");
        let d = Deadline::new(Period::Supplement(i), rule, Step::Legality, Counting::WithinWorkdays, n, field);
        out.push(d.between(Some(s.requested_on), s.supplied_on));
    }
}

fn meeting(case: &Case, law: &Law, out: &mut Vec<Deadline>) {
    let Some(m) = &case.meeting else { return };
    let Some(rule) = law.rule("meeting_materials_min_days", m.date) else { return };
    let Some(n) = rule.params.days else { return };
    let d = Deadline::new(Period::MeetingMaterials, rule, Step::Meeting, Counting::DaysAtLeast, n, "meeting.materials_sent_on");
    out.push(d.between(m.materials_sent_on, Some(m.date)));
}

fn after(case: &Case, law: &Law, out: &mut Vec<Deadline>) {
    if let Some(p) = &case.publication {
        if let Some(rule) = law.rule("filing_after_publication_max_days", p.published_on) {
            if let Some(n) = rule.params.days {
                let d = Deadline::new(Period::Filing, rule, Step::Publication, Counting::WithinDays, n, "publication.filed_on");
                out.push(d.between(Some(p.published_on), p.filed_on));
            }
        }
    }
    // 两个以上承办单位的，相关单位自决策办结之日（decision.concluded_on）起N日内向牵头单位移交原件
    // （人社厅程序办法 第四十九条；办结日不是归档日 archive.closed_on）。
    if let (Some(done), false) = (case.decision.concluded_on, case.decision.co_units.is_empty()) {
        if let Some(rule) = law.rule("archive_transfer_max_days", done) {
            if let Some(n) = rule.params.days {
                let transferred = case.archive.as_ref().and_then(|a| a.transferred_on);
                let d = Deadline::new(Period::ArchiveTransfer, rule, Step::Archive, Counting::WithinDays, n, "archive.transferred_on");
                out.push(d.between(Some(done), transferred));
            }
        }
    }
}
