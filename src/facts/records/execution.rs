//! 执行和后评估的记录型文书：确定执行单位、执行情况报告、重大问题报告、执行情况公开、后评估启动决定和方案、后评估报告的专家论证和审定、实施评估、中止终止调整决定、原件移交。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let execution = case.execution.as_ref();
    let post = case.post_evaluation.as_ref();
    // 决策已经公布，就应当明确执行单位、报告和公开执行情况
    let published = case.publication.is_some();
    Some(match doc {
        DocId::ExecutionAssignment => Source::one("execution.assignment", execution.and_then(|e| e.assignment.as_ref()), published),
        DocId::ExecutionReport => Source::each("execution.reports", execution.map_or(&[][..], |e| &e.reports), published),
        // 只在发现问题、情况变化时报告：不列为待制作
        DocId::ProblemReport => Source::each("execution.problem_reports", execution.map_or(&[][..], |e| &e.problem_reports), false),
        DocId::ExecutionDisclosure => Source::each("execution.disclosures", execution.map_or(&[][..], |e| &e.disclosures), published),
        // 是否属于重大改革事项、重大政策或五年以上的规划，案卷中无从判断：不列为待制作
        DocId::StageEvaluation => Source::each("execution.stage_evaluations", execution.map_or(&[][..], |e| &e.stage_evaluations), false),
        // 后评估已经开展（有评估报告），就应有启动决定、方案、论证和审定
        DocId::EvaluationLaunch => Source::one("post_evaluation.launch", post.and_then(|p| p.launch.as_ref()), post.is_some()),
        DocId::EvaluationPlan => Source::one("post_evaluation.plan", post.and_then(|p| p.plan.as_ref()), post.is_some()),
        DocId::EvaluationReview => Source::one("post_evaluation.review", post.and_then(|p| p.review.as_ref()), post.is_some()),
        DocId::EvaluationApproval => Source::one("post_evaluation.approval", post.and_then(|p| p.approval.as_ref()), post.is_some()),
        // 后评估结论不是继续执行的，决策机关应当作出中止、终止或者调整的决定
        DocId::Adjustment => Source::each(
            "execution.adjustments",
            execution.map_or(&[][..], |e| &e.adjustments),
            post.is_some_and(|p| !p.result.contains("继续")),
        ),
        // 有其他承办单位、已经办结的，其他承办单位应当移交原件
        DocId::TransferList => Source::one(
            "archive.transfer",
            case.archive.as_ref().and_then(|a| a.transfer.as_ref()),
            !case.decision.co_units.is_empty() && case.decision.concluded_on.is_some(),
        ),
        _ => return None,
    })
}
