//! 第三段：事实——案卷在法律之下意味着什么，每一项只算一次。
//!
//! [`Facts::compute`] 由案卷、规则表（[`Law`]）和工作日历算出：
//! - 每一项法定期间（[`deadlines`]：起日、终日、天数、计法、是否符合、另一端的法定日期）；
//! - 各环节是否履行、未履行的说明，会议表态的多数（[`steps`]）；
//! - 本案需要哪些文书、每份的日期和署名（[`documents`]）；
//! - 送审材料清单的每一项适用与否、已附还是未履行（[`materials`]）；
//! - 由以上各项写出的检查结果（[`checks`]：违规、提示、核对无误）。
//!
//! `gen check` 打印检查结果，`gen plan` 由期间列出期限表（[`plan`]），程序履行情况说明、送审材料清单、
//! 会议纪要和归档都读这些事实。任何文书或命令都不自己计算期限、人数或材料的状态。

pub mod checks;
pub mod deadlines;
pub mod documents;
pub mod materials;
pub mod milestones;
pub mod plan;
pub mod procedures;
pub mod records;
pub mod risk;
pub mod steps;

use crate::input::case::{Case, Date};
use crate::law::calendar::Calendar;
use crate::law::Law;

pub use checks::{Finding, Passed, Review};
pub use deadlines::{Deadline, Period};
pub use documents::{DocFact, Person};
pub use materials::{Filed, ItemStatus, MaterialStatus, Materials, Part, PartStatus};
pub use procedures::ProcedureFact;
pub use steps::{StepFact, Summary, Tally};

/// 一个案卷的全部事实。
pub struct Facts<'a> {
    pub case: &'a Case,
    pub law: Law,
    pub calendar: &'a Calendar,
    /// 各项法定期间
    pub deadlines: Vec<Deadline>,
    /// 各环节的履行情况
    pub steps: Vec<StepFact>,
    /// 五项法定程序：是否必经、最迟何时完成、是否履行
    pub procedures: Vec<ProcedureFact>,
    /// 本案的文书（不含归档用的）
    pub documents: Vec<DocFact>,
    /// 送审材料（案卷有合法性审查时）
    pub materials: Option<Materials>,
    /// 检查结果
    pub review: Review,
    /// 案卷中记录的最后一个日期（期限表的成文日期；不用当天日期，同一案卷每次结果相同）
    pub as_of: Option<Date>,
}

impl<'a> Facts<'a> {
    pub fn compute(case: &'a Case, calendar: &'a Calendar) -> Facts<'a> {
        let law = Law::of(case.rules);
        let as_of = latest_date(case);
        let deadlines = deadlines::all(case, &law, calendar);
        let steps = steps::all(case);
        let procedures = procedures::all(case, &law);
        let documents = documents::all(case, as_of);
        let materials = materials::compute(case, &law, &documents, &procedures);
        let mut facts = Facts { case, law, calendar, deadlines, steps, procedures, documents, materials, review: Review::default(), as_of };
        facts.review = checks::review(&facts);
        facts
    }

    /// 文书中引用的事实（模板中的 `facts`）。
    pub fn summary(&self) -> Summary {
        steps::summary(self.case, &self.steps, &self.deadlines, &self.procedures)
    }

    /// 违规的条数。
    pub fn violations(&self) -> usize {
        self.review.findings.iter().filter(|f| f.is_violation()).count()
    }
}

/// 案卷中记录的最后一个日期。
fn latest_date(case: &Case) -> Option<Date> {
    fn walk(v: &serde_json::Value, best: &mut Option<Date>) {
        match v {
            serde_json::Value::String(s) if s.len() == 10 && s.as_bytes()[4] == b'-' => {
                if let Ok(d) = Date::parse(s) {
                    *best = (*best).max(Some(d));
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, best)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, best)),
            _ => {}
        }
    }
    let mut best = None;
    walk(&serde_json::to_value(case).unwrap_or_default(), &mut best);
    best
}
