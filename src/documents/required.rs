//! 各种文书必需、而案卷中可能空着的内容（正式生成时缺少即报错并指出字段；草稿中印为【待填写】）。
//! 字段路径相对于模板看到的数据（[`super::Context`]）：案卷各部分，每人一份的文书另有 `person`。

use super::context::Subject;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

use crate::facts::records::Filled;
use crate::facts::DocFact;

/// 文书必需的内容中缺少的字段。
pub fn missing(case: &Case, fact: &DocFact, subject: &Subject) -> Vec<String> {
    let doc = fact.kind.doc;
    let mut need: Vec<(&'static str, bool)> = Vec::new();
    let p = case.participation.as_ref();
    let h = p.and_then(|p| p.hearing.as_ref());
    match doc {
        DocId::Notice => {
            if let Some(h) = h {
                need.extend([
                    ("participation.hearing.organizer", h.organizer.filled()),
                    ("participation.hearing.place", h.place.filled()),
                    ("participation.hearing.subject", h.subject.filled()),
                    ("participation.hearing.selection_method", h.selection_method.filled()),
                ]);
            }
        }
        DocId::HearingDelivery => {
            let delivered = match subject {
                Subject::Participant(p) => p.delivered_on.is_some(),
                _ => false,
            };
            need.push(("person.delivered_on", delivered));
            need.push(("participation.hearing.materials", h.is_some_and(|h| h.materials.filled())));
        }
        DocId::HearingReport => {
            if let Some(r) = h.and_then(|h| h.report.as_ref()) {
                need.push(("participation.hearing.report.summary", r.summary.filled()));
                need.push(("participation.hearing.report.opinions", r.opinions.filled()));
            }
        }
        DocId::CommentNotice => {
            if let Some(c) = p.and_then(|p| p.comment.as_ref()) {
                need.push(("participation.comment.channels", c.channels.filled()));
                need.push(("participation.comment.methods", c.methods.filled()));
            }
            need.push(("contact", case.contact.filled()));
        }
        DocId::OpinionAdoption => need.push(("participation.opinions", p.is_some_and(|p| p.opinions.filled()))),
        DocId::ExpertCommitment => {
            let committed = matches!(subject, Subject::Expert(m) if m.committed_on.is_some());
            need.push(("person.committed_on", committed));
        }
        DocId::ExpertOpinion => {
            if let Subject::Expert(m) = subject {
                let o = m.opinion.as_ref();
                need.extend([
                    ("person.opinion.necessity", o.is_some_and(|o| o.necessity.filled())),
                    ("person.opinion.science", o.is_some_and(|o| o.science.filled())),
                    ("person.opinion.feasibility", o.is_some_and(|o| o.feasibility.filled())),
                    ("person.opinion.risks", o.is_some_and(|o| o.risks.filled())),
                    ("person.opinion.suggestions", o.is_some_and(|o| o.suggestions.filled())),
                ]);
            }
        }
        DocId::ExpertReport => {
            if let Some(e) = &case.experts {
                need.extend([
                    ("experts.method", e.method.filled()),
                    ("experts.members", e.members.filled()),
                    ("experts.conclusion", e.conclusion.filled()),
                ]);
            }
        }
        DocId::RiskReport => {
            if let Some(r) = &case.risk {
                need.extend([
                    ("risk.process", r.process.filled()),
                    ("risk.points", r.points.filled()),
                    ("risk.conclusion", r.conclusion.filled()),
                    ("risk.measures", r.measures.filled()),
                    ("risk.contingency_plan", r.contingency_plan.filled()),
                ]);
            }
        }
        DocId::LegalityList => need.push(("legality.reviewer", case.legality.as_ref().is_some_and(|l| l.reviewer.filled()))),
        DocId::Minutes => {
            if let Some(m) = &case.meeting {
                need.push(("meeting.attendees", m.attendees.filled()));
                need.push(("meeting.opinions", m.opinions.filled()));
            }
        }
        DocId::PostEvaluation => {
            if let Some(e) = &case.post_evaluation {
                need.extend([
                    ("post_evaluation.process", e.process.filled()),
                    ("post_evaluation.execution", e.execution.filled()),
                    ("post_evaluation.public_view", e.public_view.filled()),
                    ("post_evaluation.problems", e.problems.filled()),
                    ("post_evaluation.result", e.result.filled()),
                ]);
            }
        }
        DocId::ArchiveIndex | DocId::ArchiveNote => {
            if let Some(a) = &case.archive {
                need.push(("archive.fonds", a.fonds.filled()));
                if doc == DocId::ArchiveIndex {
                    need.push(("archive.org_code", a.org_code.filled()));
                }
            }
        }
        DocId::ProcedureStatement | DocId::Plan => {}
        d => {
            return match crate::facts::records::source(case, d) {
                Some(s) => crate::facts::records::missing(&s, fact.person.as_ref().map(|p| p.index)),
                None => Vec::new(),
            }
        }
    }
    need.into_iter().filter(|(_, ok)| !ok).map(|(f, _)| f.to_string()).collect()
}
