//! 案卷需要哪些文书：每种文书是否适用于本案（案卷记录了它所属的环节），每人一份的为哪些人，
//! 每份的成文日期、责任者（署名）、文号、题名和文件名。`gen all`、送审材料清单、程序履行情况说明和归档
//! 都读这里的结果，不各自判断。

use crate::input::case::{Case, Date};
use crate::law::catalogue::{DocId, Kind, ARCHIVE_KINDS, KINDS};

/// 每人一份的文书中的一人：在案卷列表中的位置和姓名。
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Person {
    /// 在列表（听证参加人 participation.hearing.participants 或专家 experts.members）中的位置，从 0 起
    pub index: usize,
    pub name: String,
    /// 题名和文件名中的写法：同一种文书中有同名的人时加序号（“张三-2”），否则就是姓名。
    /// 两位同名的听证参加人各得一份文书，不会一份覆盖另一份。
    pub label: String,
}

/// 给同一种文书的各人编定写法：姓名在列表中出现不止一次的，按出现的先后加“-1”“-2”…。
fn label(people: Vec<(usize, String)>) -> Vec<Person> {
    let count = |n: &str| people.iter().filter(|(_, m)| m.trim() == n.trim()).count();
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (index, name) in &people {
        let label = if count(name) > 1 {
            seen.push(name.trim());
            format!("{}-{}", name.trim(), seen.iter().filter(|m| **m == name.trim()).count())
        } else {
            name.clone()
        };
        out.push(Person { index: *index, name: name.clone(), label });
    }
    out
}

/// 案卷中的一份文书。
#[derive(Debug, Clone)]
pub struct DocFact {
    pub kind: &'static Kind,
    /// 每人一份的文书：此人
    pub person: Option<Person>,
    /// 成文日期（案卷中尚未填写时为空：正式生成时报错，草稿中取启动日期）
    pub date: Option<Date>,
    /// 责任者（落款单位或署名的人）
    pub author: String,
    /// 文号（没有时为空）
    pub number: String,
    /// 题名：决策事项名称 + 文书名称（每人一份的加“（姓名）”）
    pub title: String,
    /// 输出文件名：文书名称（每人一份的加“-姓名”）+ .pdf
    pub file_name: String,
}

impl DocFact {
    /// 作为送审材料或归档文件时的简短题名：文书名称（每人一份的加“（姓名）”）。
    pub fn short_title(&self) -> String {
        match &self.person {
            Some(p) => format!("{}（{}）", self.kind.name, p.label),
            None => self.kind.name.to_string(),
        }
    }

    /// 是否为同一份文书（种类和人相同）。
    pub fn is(&self, doc: DocId, person: Option<&Person>) -> bool {
        self.kind.doc == doc && self.person.as_ref() == person
    }
}

/// 案卷记录了这种文书所属的那一部分时，这种文书适用于本案。不适用时给出应填写的字段（报错用）。
pub fn applies(case: &Case, doc: DocId) -> Result<(), Missing> {
    let p = case.participation.as_ref();
    let hearing = p.and_then(|p| p.hearing.as_ref());
    let recorded = match doc {
        DocId::Notice => hearing.is_some(),
        DocId::HearingDelivery => hearing.is_some_and(|h| !h.participants.is_empty()),
        DocId::HearingReport => hearing.is_some_and(|h| h.report.is_some()),
        DocId::CommentNotice => p.is_some_and(|p| p.comment.is_some()),
        DocId::OpinionAdoption => p.is_some_and(|p| p.adoption_report.is_some()),
        DocId::ExpertCommitment => case.experts.as_ref().is_some_and(|e| !e.members.is_empty()),
        DocId::ExpertOpinion => {
            let members = case.experts.as_ref().map(|e| e.members.as_slice()).unwrap_or_default();
            if !members.is_empty() && members.iter().all(|m| m.opinion.is_none()) {
                return Err(Missing { field: "experts.members[].opinion", why: MissingWhy::NoOpinionYet });
            }
            !members.is_empty()
        }
        DocId::ExpertReport => case.experts.as_ref().is_some_and(|e| !e.sections.is_empty()),
        DocId::RiskReport => case.risk.is_some(),
        DocId::LegalityList | DocId::ProcedureStatement => case.legality.is_some(),
        DocId::Minutes => case.meeting.is_some(),
        DocId::PostEvaluation => case.post_evaluation.is_some(),
        DocId::Plan => true,
        DocId::ArchiveIndex | DocId::ArchiveNote => case.archive.is_some(),
        d => super::records::source(case, d).is_some_and(|s| !s.items.is_empty()),
    };
    if recorded {
        Ok(())
    } else {
        Err(Missing { field: section(case, doc), why: MissingWhy::NotRecorded })
    }
}

/// 文书不适用的原因。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing {
    /// 案卷中应填写的字段
    pub field: &'static str,
    pub why: MissingWhy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingWhy {
    /// 案卷没有记录这一部分
    NotRecorded,
    /// 专家已经记录，但都还没有出具书面论证意见
    NoOpinionYet,
}

/// 这种文书所需的案卷部分（报错时指出的字段）。
fn section(case: &Case, doc: DocId) -> &'static str {
    match doc {
        DocId::Notice => "participation.hearing",
        DocId::HearingDelivery => "participation.hearing.participants",
        DocId::HearingReport => "participation.hearing.report",
        DocId::CommentNotice => "participation.comment",
        DocId::OpinionAdoption => "participation.adoption_report",
        DocId::ExpertCommitment | DocId::ExpertOpinion => "experts.members",
        DocId::ExpertReport => "experts.sections",
        DocId::RiskReport => "risk",
        DocId::LegalityList | DocId::ProcedureStatement => "legality",
        DocId::Minutes => "meeting",
        DocId::PostEvaluation => "post_evaluation",
        DocId::Plan => "decision",
        DocId::ArchiveIndex | DocId::ArchiveNote => "archive",
        d => super::records::source(case, d).map(|s| s.path).unwrap_or("decision"),
    }
}

/// 一种文书在本案中的各份（不适用时为空）。每人一份的：听证参加通知每位参加人一份，
/// 专家承诺书每位专家一份，专家书面论证意见每位已出具意见的专家一份。
pub fn instances(case: &Case, kind: &'static Kind, as_of: Option<Date>) -> Vec<DocFact> {
    if applies(case, kind.doc).is_err() {
        return Vec::new();
    }
    let people: Vec<Option<Person>> = match kind.doc {
        DocId::HearingDelivery => participants(case).into_iter().map(Some).collect(),
        DocId::ExpertCommitment => experts(case, false).into_iter().map(Some).collect(),
        DocId::ExpertOpinion => experts(case, true).into_iter().map(Some).collect(),
        d if kind.per_person => items(case, d).into_iter().map(Some).collect(),
        _ => vec![None],
    };
    people.into_iter().map(|person| fact(case, kind, person, as_of)).collect()
}

/// 已到应当制作、案卷中却还没有记录的文书（期限表列为“下一步”）：本规则体系有依据（规则表 document_basis）、
/// 案卷已到应当制作的时候（[`super::records::Source::due`]），而一份也没有记录。
pub fn pending(case: &Case, law: &crate::law::Law) -> Vec<(&'static Kind, &'static str)> {
    KINDS
        .iter()
        .filter(|k| !law.document_basis(k.id).is_empty())
        .filter_map(|k| super::records::source(case, k.doc).filter(|s| s.due && s.items.is_empty()).map(|s| (k, s.path)))
        .collect()
}

/// 尚未记录的记录型文书（草稿用）：没有日期，内容都待填写。
pub fn unrecorded(case: &Case, kind: &'static Kind) -> DocFact {
    fact(case, kind, None, None)
}

/// 本案的全部文书（[`KINDS`] 的顺序；不含归档用的）。
pub fn all(case: &Case, as_of: Option<Date>) -> Vec<DocFact> {
    KINDS.iter().flat_map(|k| instances(case, k, as_of)).collect()
}

/// 归档用的文书（归档文件目录、备考表）。
pub fn archive(case: &Case) -> Vec<DocFact> {
    ARCHIVE_KINDS.iter().flat_map(|k| instances(case, k, None)).collect()
}

fn participants(case: &Case) -> Vec<Person> {
    let list = case.participation.as_ref().and_then(|p| p.hearing.as_ref()).map(|h| h.participants.as_slice()).unwrap_or_default();
    label(list.iter().enumerate().map(|(index, p)| (index, p.name.clone())).collect())
}

/// 记录型文书每项一份的：各项的称呼（记录自己的称呼，没有时为“第N项”）。
fn items(case: &Case, doc: DocId) -> Vec<Person> {
    let Some(s) = super::records::source(case, doc) else { return Vec::new() };
    let labels = s.items.iter().enumerate().map(|(i, r)| {
        let l = r.label();
        (i, if l.trim().is_empty() { format!("第{}项", i + 1) } else { l })
    });
    label(labels.collect())
}

/// 专家（`with_opinion`：只要已出具书面意见的）。序号按全部专家编定，同一位专家的承诺书和意见书写法相同。
fn experts(case: &Case, with_opinion: bool) -> Vec<Person> {
    let list = case.experts.as_ref().map(|e| e.members.as_slice()).unwrap_or_default();
    label(list.iter().enumerate().map(|(index, m)| (index, m.name.clone())).collect())
        .into_iter()
        .filter(|p| !with_opinion || list[p.index].opinion.is_some())
        .collect()
}

fn fact(case: &Case, kind: &'static Kind, person: Option<Person>, as_of: Option<Date>) -> DocFact {
    let (date, author) = date_and_author(case, kind.doc, person.as_ref(), as_of);
    let number = match kind.doc {
        DocId::Notice => case.participation.as_ref().and_then(|p| p.hearing.as_ref()).and_then(|h| h.notice_number.clone()),
        d => record(case, d, person.as_ref()).and_then(|r| r.number()),
    };
    let name = case.decision.name.as_str();
    let (title, file_name) = match &person {
        Some(p) => (format!("{name}{}（{}）", kind.name, p.label), format!("{}-{}.pdf", kind.name, p.label)),
        None => (format!("{name}{}", kind.name), format!("{}.pdf", kind.name)),
    };
    DocFact { kind, person, date, author, number: number.unwrap_or_default(), title, file_name }
}

/// 成文日期和责任者。程序期限表的日期是案卷中记录的最后一个日期（`as_of`）。
fn date_and_author(case: &Case, doc: DocId, person: Option<&Person>, as_of: Option<Date>) -> (Option<Date>, String) {
    let lead = || case.decision.lead_unit.clone();
    let p = case.participation.as_ref();
    let hearing = p.and_then(|p| p.hearing.as_ref());
    let organizer = || hearing.map(|h| h.organizer.clone()).unwrap_or_else(lead);
    let member = |p: Option<&Person>| p.and_then(|p| case.experts.as_ref()?.members.get(p.index));
    let legality = case.legality.as_ref().map(|l| l.submitted_on);
    match doc {
        DocId::Notice => (hearing.map(|h| h.announced_on), organizer()),
        DocId::HearingDelivery => {
            let d = person.and_then(|p| hearing?.participants.get(p.index)?.delivered_on);
            (d, organizer())
        }
        DocId::HearingReport => (hearing.and_then(|h| h.report.as_ref()).map(|r| r.date), organizer()),
        DocId::CommentNotice => (p.and_then(|p| p.comment.as_ref()).map(|c| c.published_on), lead()),
        DocId::OpinionAdoption => (p.and_then(|p| p.adoption_report.as_ref()).map(|r| r.date), lead()),
        DocId::ExpertCommitment => {
            let m = member(person);
            (m.and_then(|m| m.committed_on), m.map(|m| m.name.clone()).unwrap_or_default())
        }
        DocId::ExpertOpinion => {
            let m = member(person);
            (m.and_then(|m| m.opinion.as_ref()).map(|o| o.date), m.map(|m| m.name.clone()).unwrap_or_default())
        }
        DocId::ExpertReport => {
            let e = case.experts.as_ref();
            (e.and_then(|e| e.report_date), e.and_then(|e| e.organizer.clone()).unwrap_or_else(lead))
        }
        DocId::RiskReport => {
            // 有重新评估的，报告写到最后一次重新评估为止，成文日期也是那一天。
            let r = case.risk.as_ref();
            (super::risk::outcome(case).map(|o| o.on), r.map(|r| r.assessor.clone()).unwrap_or_else(lead))
        }
        DocId::LegalityList | DocId::ProcedureStatement => (legality, lead()),
        DocId::Minutes => (case.meeting.as_ref().map(|m| m.date), case.decision.organ.clone()),
        DocId::PostEvaluation => {
            let e = case.post_evaluation.as_ref();
            (e.map(|e| e.date), e.map(|e| e.evaluator.clone()).unwrap_or_else(lead))
        }
        DocId::Plan => (as_of, lead()),
        DocId::ArchiveIndex | DocId::ArchiveNote => (case.archive.as_ref().map(|a| a.closed_on), lead()),
        d => match record(case, d, person) {
            Some(r) => (r.date(), r.author(case)),
            None => (None, lead()),
        },
    }
}

/// 记录型文书这一份的记录（每项一份的为此项）。
pub fn record<'a>(case: &'a Case, doc: DocId, person: Option<&Person>) -> Option<&'a dyn super::records::Record> {
    let s = super::records::source(case, doc)?;
    s.items.get(person.map(|p| p.index).unwrap_or(0)).copied()
}

/// 成文日期取自案卷的哪个字段（报错时指出；每人一份的文书中 `person.` 指此人的记录）。
pub fn date_field(case: &Case, doc: DocId) -> String {
    let f = match doc {
        DocId::Notice => "participation.hearing.announced_on",
        DocId::HearingDelivery => "person.delivered_on",
        DocId::HearingReport => "participation.hearing.report.date",
        DocId::CommentNotice => "participation.comment.published_on",
        DocId::OpinionAdoption => "participation.adoption_report.date",
        DocId::ExpertCommitment => "person.committed_on",
        DocId::ExpertOpinion => "person.opinion.date",
        DocId::ExpertReport => "experts.report_date",
        DocId::RiskReport => "risk.end（有重新评估的为 risk.reassessments 中最后一次的 date）",
        DocId::LegalityList | DocId::ProcedureStatement => "legality.submitted_on",
        DocId::Minutes => "meeting.date",
        DocId::PostEvaluation => "post_evaluation.date",
        DocId::Plan => "plan.as_of",
        DocId::ArchiveIndex | DocId::ArchiveNote => "archive.closed_on",
        d => {
            return match super::records::source(case, d) {
                Some(s) => s.field(s.date_field),
                None => "decision.started_on".to_string(),
            }
        }
    };
    f.to_string()
}
