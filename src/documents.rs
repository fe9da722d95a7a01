//! 文书种类表：每种文书用哪个模板、需要案卷中的哪些内容（及要求它的条文）、
//! 成文日期和署名取自哪个字段、是否每人一份。新增文书只需在此加一项并在 templates/ 中加模板。
//!
//! 字段路径用点分隔，相对于模板看到的数据：案卷各部分（`decision`、`participation` …），
//! 每人一份的文书另有 `person`（当前这个人）。

/// 一种文书。
#[derive(Debug, Clone, Copy)]
pub struct DocKind {
    /// 子命令名，如 `notice`
    pub id: &'static str,
    /// 中文名称，也是输出文件名
    pub name: &'static str,
    /// 模板文件名
    pub template: &'static str,
    /// 案卷中有这一部分（非空）时，`gen all` 才生成这种文书
    pub when: &'static str,
    /// 每人一份：人员列表的路径（每项须有 `name`）
    pub per: Option<&'static str>,
    /// 必填内容（缺少时报错，`--draft` 时印出【待填写】）
    pub required: &'static [&'static str],
    /// 成文日期字段
    pub date_field: &'static str,
    /// 署名（责任者）字段
    pub author_field: &'static str,
    /// 要求它的条文
    pub basis: &'static str,
    /// 归档类别（人社厅程序办法 第四十八条）：启动、决策方案、合法性审查、集体讨论、执行、其他
    pub category: &'static str,
}

pub const KINDS: &[DocKind] = &[DocKind {
    id: "notice",
    name: "听证会公告",
    template: "hearing_notice.typ.j2",
    when: "participation.hearing",
    per: None,
    required: &[
        "participation.hearing.organizer",
        "participation.hearing.date",
        "participation.hearing.place",
        "participation.hearing.subject",
        "participation.hearing.quota",
        "participation.hearing.selection_method",
        "participation.hearing.registration",
    ],
    date_field: "participation.hearing.announced_on",
    author_field: "participation.hearing.organizer",
    basis: "赤峰公众参与规则 第十二条；条例 第十六条",
    category: "决策方案",
}];

pub fn find(id: &str) -> Option<&'static DocKind> {
    KINDS.iter().find(|k| k.id == id)
}
