//! 生成好的文书各页的样子：文字行、文字段、印章位置和模板留下的标记（毫米，自纸张左上角量起）。
//! 由排版（[`crate::typeset::inspect`]）填写，版式检查（tests/gbt9704.rs）逐页读它。

/// 页面上的一行文字。
#[derive(Debug, Clone)]
pub struct Line {
    /// 行首文字左边缘距纸张左边（毫米）
    pub left_mm: f64,
    /// 行尾文字右边缘距纸张左边（毫米）
    pub right_mm: f64,
    /// 基线距纸张上边（毫米）
    pub baseline_mm: f64,
    /// 字号（磅）
    pub size_pt: f64,
    /// 行首文字的字体族名
    pub font: String,
    pub text: String,
}

/// 一页的排版结果。
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// 同一基线的文字合为一行，自上而下
    pub lines: Vec<Line>,
    /// 同一基线上彼此隔开的文字段（表格的各单元格各为一段），自上而下、自左而右
    pub segments: Vec<Line>,
    /// 印章位置（红色虚线圆）的外接正方形：(左, 上, 右, 下)，毫米
    pub seals: Vec<[f64; 4]>,
    /// 模板以 `#metadata(..) <标签>` 留下的标记：(标签, 距纸张上边的毫米数)
    pub marks: Vec<(String, f64)>,
    /// 纸张的宽和高（毫米）
    pub size_mm: (f64, f64),
}
