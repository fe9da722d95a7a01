//! 文书种类表：每种文书用哪个模板、需要案卷的哪一部分、成文日期和署名取自哪个字段。
//! 新增文书只需在此加一行并在 templates/ 中加模板。

/// 一种文书。字段路径用点分隔，指向案卷中的位置。
#[derive(Debug, Clone, Copy)]
pub struct DocKind {
    /// 子命令名，如 `notice`
    pub id: &'static str,
    /// 中文名称，也是输出文件名
    pub name: &'static str,
    /// 模板文件名
    pub template: &'static str,
    /// 必须存在的案卷部分
    pub requires: &'static str,
    /// 成文日期字段
    pub date_field: &'static str,
    /// 署名（责任者）字段
    pub author_field: &'static str,
    /// 要求它的条文
    pub basis: &'static str,
}

pub const KINDS: &[DocKind] = &[DocKind {
    id: "notice",
    name: "听证会公告",
    template: "hearing_notice.typ.j2",
    requires: "participation.hearing",
    date_field: "participation.hearing.announced_on",
    author_field: "participation.hearing.organizer",
    basis: "赤峰公众参与规则 第十二条；条例 第十六条",
}];

pub fn find(id: &str) -> Option<&'static DocKind> {
    KINDS.iter().find(|k| k.id == id)
}
