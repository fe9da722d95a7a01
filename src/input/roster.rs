//! 名单导入：论证专家（`experts.members`）、听证会参加人（`participation.hearing.participants`）、
//! 公众意见（`participation.opinions`）和归档附件（`archive.attachments`）这四种清单，
//! 可以不在案卷中逐项填写，而写一个 Excel/WPS 表格或 CSV 文件的文件名：
//!
//! ```yaml
//! experts:
//!   members: 专家名单.xlsx                         # 读第一个工作表
//!   # 或者 members: {file: 专家名单.xlsx, sheet: 专家}
//! ```
//!
//! 本模块只读表格、把表头对应到案卷字段、把单元格换成案卷中的写法；把读出的各行放回案卷，
//! 由案卷读取程序做（遇到清单处写的是文件名时调用 [`RosterKind::for_path`]、[`Reference::from_yaml`] 和 [`read`]，
//! 把 [`Table::rows`] 当作逐项填写的清单，出错时用 [`RowValue::columns`] 指出工作表、行、列和表头）。
//! 每行的 [`RowValue::value`] 按案卷格式的键名组织，可直接作为清单中的一项读取（日期、是/否的写法由案卷读取程序统一处理）。
//!
//! # 文件
//!
//! - `.xlsx`、`.xlsm`、`.xls`、`.xlsb`、`.ods`：按文件内容识别格式（扩展名写错了也能读），不指定工作表时读第一个可见的工作表。
//!   设置了打开密码的、网页格式（HTML）冒充的 `.xls` 都给出说明。WPS 自己的 `.et` 格式读不了，请另存为 `.xlsx`。
//! - `.csv`：编码依次判断为带 BOM 的 UTF-8、带 BOM 的 UTF-16（LE/BE）、UTF-8、GB18030（GBK 的超集：
//!   中文 Windows 上的 WPS、Excel 保存的 CSV 是 GBK）；都不是时报告无法识别编码及其所在行。
//!   分隔符按第一行判断（逗号、制表符或分号）。CSV 中的行号与在 WPS、Excel 中打开时看到的行号相同（含空行）。
//!   GBK 存不下“䶮”“𠮷”这样的扩展区汉字（WPS、Excel 存为 GBK 时换成“?”）：GBK/GB18030 编码的 CSV 中姓名含问号时报错。
//! - 文件须在案卷文件所在的文件夹（或其子文件夹）中，路径相对于案卷文件夹；只读普通文件，不超过 [`ROSTER_LIMIT`]。
//!
//! # 表头
//!
//! - 表头行是前 10 个非空行中第一个含有可识别表头的行；它上面的行（如“论证专家名单”标题行）不读。
//! - 表头按案卷格式（`gen schema`）中字段的中文说明（第一句，括号前的部分）和下表的别名对应到字段；
//!   也可以直接写字段的键名（如 `name`、`opinion.date`）。比较时不计空格（含全角空格、“姓  名”中间的空格）、
//!   开头的“*”（必填标记）、末尾的冒号，以及末尾括号中的注释（如“签署承诺书日期（年/月/日）”）。
//! - “序号”“编号”列不读。对应不到任何字段的表头、两列对应同一字段、缺少必填的列、有内容却没有表头的列，都报错。
//! - 整行为空（或只填了序号）的行跳过；只有表头、没有内容的名单报错。
//!
//! 各名单可用的表头（第一个是案卷格式中字段的说明或其简称，其后是别名）。带“*”的必填；`opinion.*`、`oral.*` 中带“*”的，
//! 在这一行填写了该组的任何一列时必填：
//!
//! | 名单 | 字段 | 表头 |
//! | --- | --- | --- |
//! | 论证专家 | `name` | *姓名、专家姓名 |
//! | | `title` | 职称或职务、职称、职务、职称（职务） |
//! | | `unit` | 工作单位、单位、所在单位、单位名称 |
//! | | `field` | 专业领域、专业、领域、研究领域、专业方向 |
//! | | `committed_on` | 签署承诺书日期、承诺日期、承诺书日期、签署承诺书时间 |
//! | | `opinion.date` | *出具意见日期、意见日期、论证意见日期 |
//! | | `opinion.necessity` | *必要性和重要性、必要性 |
//! | | `opinion.science` | *科学性及社会经济效益、科学性 |
//! | | `opinion.feasibility` | *可行性 |
//! | | `opinion.risks` | *存在的问题或风险、存在的问题、问题和风险 |
//! | | `opinion.suggestions` | *修改、调整或应对建议、建议、修改建议 |
//! | | `opinion.other` | 其他意见 |
//! | | `opinion.adoption` | 是否采纳、采纳情况 |
//! | | `opinion.adoption_reason` | 采纳情况说明、采纳说明、不采纳理由 |
//! | | `opinion.time` | 出具书面意见的时刻、意见时刻 |
//! | | `direct_interest` | 直接利害关系、与决策事项的直接利害关系、利害关系 |
//! | | `oral.date` | *口头发表意见的日期、口头意见日期 |
//! | | `oral.time` | 口头发表意见的时刻、口头意见时刻 |
//! | 听证会参加人 | `name` | *姓名、参加人姓名 |
//! | | `category` | *身份类别、类别、身份、参加人类别 |
//! | | `unit` | 工作单位或住址、工作单位、单位、住址、单位或住址 |
//! | | `delivered_on` | 听证材料送达日期、送达日期、材料送达日期 |
//! | 公众意见 | `source` | *意见来源、来源 |
//! | | `from` | 提出人或单位、提出人、提出单位、意见提出人 |
//! | | `content` | *意见内容、意见、内容、主要意见 |
//! | | `adoption` | *是否采纳、采纳情况、处理结果 |
//! | | `reason` | 处理说明、理由、处理情况、不采纳理由 |
//! | 归档附件 | `path` | *文件路径、文件、路径、文件名 |
//! | | `title` | *题名、文件题名、标题 |
//! | | `legality_item` | 送审材料项、作为合法性审查送审清单中的哪一项材料、送审材料 |
//! | | `category` | *类别、归档类别 |
//! | | `date` | *文件日期、日期、成文日期 |
//! | | `author` | 责任者 |
//! | | `number` | 文号、发文字号 |
//! | | `pages` | 页数 |
//! | | `classification` | 密级 |
//! | | `remarks` | 备注 |
//!
//! 论证专家的书面论证意见（`opinion.*`）和口头意见（`oral.*`）可以写在同一张表中（每位专家一行），
//! 读出后放在该专家的 `opinion`、`oral` 之下；只列专家基本情况的名单不必有这些列。
//!
//! # 单元格
//!
//! - 文字原样保留（生僻字、扩展区汉字如“䶮”“𠮷”照收），只去掉首尾的空白（与 YAML 中的写法一致）；
//!   空单元格不填该字段。
//! - 数字：整数读作整数；该字段是文字（如文号、电话）时读作不带“.0”的数字文字。页数等整数字段中写作文字的“12”也读作整数。
//! - 日期单元格（Excel 的日期、ODS 的日期）读作 `YYYY-MM-DD`，时刻单元格读作 `HH:MM`；日期字段中写作文字的
//!   “2026/5/14”“2026.5.14”“2026年5月14日”“20260514”（及 Excel 导出 CSV 时带的“ 0:00:00”）也换成 `YYYY-MM-DD`，
//!   时刻字段中的“9:30”“9时30分”换成 `09:30`；其他写法原样保留，由案卷读取时报错。
//! - 是/否、采纳/不予采纳等原样保留，由案卷读取时核对；TRUE/FALSE 单元格在文字字段中读作“是”“否”。
//! - 公式出错的单元格（#N/A 等）报错。

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use calamine::{Data, Reader, SheetType, SheetVisible, Sheets};
use serde_json::Value as Json;
use serde_norway::{Mapping, Value};

use super::{files, schema};

/// 名单文件的上限（一份几百人的名单不到 1 MB）。
pub const ROSTER_LIMIT: u64 = 16 << 20;
/// 一个工作表中非空单元格的上限（防止误选了巨大的表格而耗尽内存）。
const MAX_CELLS: usize = 1_000_000;
/// 在前几个非空行中找表头行。
const HEADER_SEARCH_ROWS: usize = 10;
/// 不读的列（序号）。
const IGNORED_HEADERS: &[&str] = &["序号", "编号", "序"];

// ---------------------------------------------------------------- 名单种类和各列

/// 名单填入案卷中的哪一个清单；各自知道清单在案卷中的位置和可用的列。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RosterKind {
    /// 论证专家 `experts.members`
    Experts,
    /// 听证会参加人 `participation.hearing.participants`
    HearingParticipants,
    /// 公众意见 `participation.opinions`
    Opinions,
    /// 归档附件 `archive.attachments`
    Attachments,
}

/// 名单中的一列（案卷中清单每一项的一个字段）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// 案卷中的键名；书面论证意见等下一级的字段写作 `opinion.date`
    pub key: String,
    /// 表头（案卷格式中的中文说明，个别过长的用简称）
    pub header: String,
    /// 也可用的表头
    pub aliases: Vec<String>,
    /// 是否必填（下一级字段：填了该组中任何一列时必填）
    pub required: bool,
    /// 值的种类
    pub value: ValueKind,
    /// 下一级字段所属的上一级键名（如 `opinion`）
    pub group: Option<String>,
}

/// 字段值的种类（决定单元格怎样换成案卷中的写法）。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// 文字
    Text,
    /// 从固定几项中选填的文字（如 采纳、部分采纳、不予采纳）
    Choice,
    /// 整数（如页数）
    Integer,
    /// 是/否
    Boolean,
    /// 日期 YYYY-MM-DD
    Date,
    /// 时刻 HH:MM
    Time,
}

impl RosterKind {
    pub const ALL: [RosterKind; 4] = [RosterKind::Experts, RosterKind::HearingParticipants, RosterKind::Opinions, RosterKind::Attachments];

    /// 按案卷中清单的路径（如 `experts.members`）找名单种类。
    pub fn for_path(path: &str) -> Option<RosterKind> {
        let p = path.trim().trim_start_matches('.');
        RosterKind::ALL.into_iter().find(|k| k.path() == p)
    }

    /// 清单在案卷中的路径。
    pub fn path(self) -> &'static str {
        match self {
            RosterKind::Experts => "experts.members",
            RosterKind::HearingParticipants => "participation.hearing.participants",
            RosterKind::Opinions => "participation.opinions",
            RosterKind::Attachments => "archive.attachments",
        }
    }

    /// 名单的中文名称。
    pub fn name(self) -> &'static str {
        match self {
            RosterKind::Experts => "论证专家名单",
            RosterKind::HearingParticipants => "听证会参加人名单",
            RosterKind::Opinions => "公众意见清单",
            RosterKind::Attachments => "归档附件清单",
        }
    }

    /// 可用的列（按案卷格式中字段的顺序）。
    pub fn columns(self) -> &'static [Column] {
        static COLUMNS: OnceLock<Vec<Vec<Column>>> = OnceLock::new();
        let all = COLUMNS.get_or_init(|| RosterKind::ALL.iter().map(|k| build_columns(*k)).collect());
        &all[RosterKind::ALL.iter().position(|k| *k == self).unwrap_or(0)]
    }

    /// 可用表头的说明（每列写第一个表头），如：“姓名”（必填）、“职称或职务”、……；书面论证意见各列（……）：“出具意见日期”、……
    pub fn accepted_headers(self) -> String {
        let cols = self.columns();
        let top: Vec<String> = cols
            .iter()
            .filter(|c| c.group.is_none())
            .map(|c| if c.required { format!("“{}”（必填）", c.header) } else { format!("“{}”", c.header) })
            .collect();
        let mut parts = vec![top.join("、")];
        let mut groups: Vec<&str> = Vec::new();
        for g in cols.iter().filter_map(|c| c.group.as_deref()) {
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        for g in groups {
            let list: Vec<String> = cols.iter().filter(|c| c.group.as_deref() == Some(g)).map(|c| format!("“{}”", c.header)).collect();
            parts.push(format!("{}各列（填写时{}必填）：{}", self.group_name(g), group_required(self, g), list.join("、")));
        }
        parts.join("；")
    }

    /// 别名的例子（如“专家姓名”“职称”“单位”），用于说明表头也可以用简称。
    fn alias_examples(self) -> String {
        self.columns().iter().filter(|c| c.group.is_none()).filter_map(|c| c.aliases.first()).take(3).map(|a| format!("“{a}”")).collect()
    }

    /// 各字段的表头简称和别名：（键名，替代过长说明的表头，别名）。
    fn aliases(self) -> &'static [(&'static str, Option<&'static str>, &'static [&'static str])] {
        match self {
            RosterKind::Experts => &[
                ("name", None, &["专家姓名"]),
                ("title", None, &["职称", "职务", "职称（职务）"]),
                ("unit", None, &["单位", "所在单位", "单位名称"]),
                ("field", None, &["专业", "领域", "研究领域", "专业方向"]),
                ("committed_on", None, &["承诺日期", "承诺书日期", "签署承诺书时间"]),
                ("opinion.date", None, &["意见日期", "论证意见日期"]),
                ("opinion.necessity", None, &["必要性"]),
                ("opinion.science", None, &["科学性"]),
                ("opinion.risks", None, &["存在的问题", "问题和风险"]),
                ("opinion.suggestions", None, &["建议", "修改建议"]),
                ("opinion.adoption", None, &["采纳情况"]),
                ("opinion.adoption_reason", None, &["采纳说明", "不采纳理由"]),
                ("opinion.time", None, &["意见时刻"]),
                ("direct_interest", Some("直接利害关系"), &["与决策事项的直接利害关系", "利害关系"]),
                ("oral.date", None, &["口头意见日期"]),
                ("oral.time", None, &["口头意见时刻"]),
            ],
            RosterKind::HearingParticipants => &[
                ("name", None, &["参加人姓名"]),
                ("category", None, &["类别", "身份", "参加人类别"]),
                ("unit", None, &["工作单位", "单位", "住址", "单位或住址"]),
                ("delivered_on", None, &["送达日期", "材料送达日期"]),
            ],
            RosterKind::Opinions => &[
                ("source", None, &["来源"]),
                ("from", None, &["提出人", "提出单位", "意见提出人"]),
                ("content", None, &["意见", "内容", "主要意见"]),
                ("adoption", None, &["采纳情况", "处理结果"]),
                ("reason", None, &["理由", "处理情况", "不采纳理由"]),
            ],
            RosterKind::Attachments => &[
                ("path", None, &["文件", "路径", "文件名"]),
                ("title", None, &["文件题名", "标题"]),
                ("legality_item", Some("送审材料项"), &["作为合法性审查送审清单中的哪一项材料", "送审材料"]),
                ("category", None, &["归档类别"]),
                ("date", None, &["日期", "成文日期"]),
                ("number", None, &["发文字号"]),
            ],
        }
    }

    /// 下一级字段组（如 `opinion`）的中文名称。
    fn group_name(self, group: &str) -> String {
        schema::describe(&format!("{}[0].{group}", self.path())).map(|d| short_name(&d)).unwrap_or_else(|| group.to_string())
    }
}

/// 由案卷格式（JSON Schema）列出一种名单的各列：清单每一项的各字段，下一级对象（书面论证意见等）的各字段写作 `opinion.date`。
fn build_columns(kind: RosterKind) -> Vec<Column> {
    let root = schema::case_schema();
    let Some(item) = element(root, kind.path()) else { return Vec::new() };
    let base = format!("{}[0]", kind.path());
    let mut out = Vec::new();
    let mut push = |key: String, value: ValueKind, group: Option<String>| {
        let path = format!("{base}.{key}");
        let described = schema::describe(&path).map(|d| short_name(&d)).unwrap_or_else(|| key.clone());
        let (header, mut aliases) = match kind.aliases().iter().find(|(k, _, _)| *k == key) {
            Some((_, short, list)) => {
                (short.map(str::to_string).unwrap_or_else(|| described.clone()), list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            }
            None => (described.clone(), Vec::new()),
        };
        if header != described && !aliases.contains(&described) {
            aliases.insert(0, described);
        }
        out.push(Column { key, header, aliases, required: schema::is_required(&path), value, group });
    };
    for (key, node) in properties(root, item) {
        match shape(root, node) {
            Shape::Value(v) => push(key.clone(), v, None),
            Shape::Object(sub) => {
                for (k, n) in properties(root, sub) {
                    if let Shape::Value(v) = shape(root, n) {
                        push(format!("{key}.{k}"), v, Some(key.clone()));
                    }
                }
            }
            Shape::Other => {}
        }
    }
    out
}

/// 说明的第一句中括号、逗号之前的部分（“身份类别（利害关系人代表、……）”→“身份类别”）。
fn short_name(description: &str) -> String {
    let cut = description.find(['（', '(', '，', ',', '；', ';', '：', ':']).unwrap_or(description.len());
    description[..cut].trim().to_string()
}

enum Shape<'a> {
    Value(ValueKind),
    Object(&'a Json),
    Other,
}

/// 字段在 JSON Schema 中的形状：一个值、一个下一级对象，或其他（数组等，名单中不读）。
fn shape<'a>(root: &'a Json, node: &'a Json) -> Shape<'a> {
    if let Some(r) = node.get("$ref").and_then(Json::as_str) {
        let name = r.rsplit('/').next().unwrap_or("");
        match name {
            "Date" => return Shape::Value(ValueKind::Date),
            "Time" => return Shape::Value(ValueKind::Time),
            _ => {}
        }
        if let Some(target) = root.get("$defs").and_then(|d| d.get(name)) {
            return shape(root, target);
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(list) = node.get(key).and_then(Json::as_array) {
            let alts: Vec<&Json> = list.iter().filter(|a| a.get("type").and_then(Json::as_str) != Some("null")).collect();
            if !alts.is_empty() && alts.iter().all(|a| a.get("const").is_some() || a.get("enum").is_some()) {
                return Shape::Value(ValueKind::Choice);
            }
            if let Some(first) = alts.first() {
                return shape(root, first);
            }
        }
    }
    let ty = match node.get("type") {
        Some(Json::String(t)) => t.as_str(),
        Some(Json::Array(list)) => list.iter().filter_map(Json::as_str).find(|t| *t != "null").unwrap_or("null"),
        _ if node.get("enum").is_some() => "string",
        _ if node.get("properties").is_some() => "object",
        _ => "",
    };
    match ty {
        "string" if node.get("enum").is_some() || node.get("const").is_some() => Shape::Value(ValueKind::Choice),
        "string" => Shape::Value(ValueKind::Text),
        "integer" | "number" => Shape::Value(ValueKind::Integer),
        "boolean" => Shape::Value(ValueKind::Boolean),
        "object" => Shape::Object(node),
        _ => Shape::Other,
    }
}

fn properties<'a>(root: &'a Json, node: &'a Json) -> Vec<(&'a String, &'a Json)> {
    match shape(root, node) {
        Shape::Object(o) => o.get("properties").and_then(Json::as_object).map(|m| m.iter().collect()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// 清单（点分隔的路径，如 `experts.members`）中每一项的 Schema。
fn element<'a>(root: &'a Json, path: &str) -> Option<&'a Json> {
    let mut node = root;
    for key in path.split('.') {
        node = properties(root, node).into_iter().find(|(k, _)| k.as_str() == key)?.1;
    }
    let mut list = node;
    loop {
        if let Some(items) = list.get("items") {
            return Some(items);
        }
        list = if let Some(r) = list.get("$ref").and_then(Json::as_str) {
            root.get("$defs")?.get(r.rsplit('/').next()?)?
        } else {
            list.get("anyOf")?.as_array()?.iter().find(|a| a.get("type").and_then(Json::as_str) != Some("null"))?
        };
    }
}

/// 表头的比较形式：去掉所有空白、开头的“*”、末尾的冒号，英文字母小写。
fn normalise_header(h: &str) -> String {
    let s: String = h.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.trim_start_matches(['*', '＊']).trim_end_matches([':', '：']);
    s.to_lowercase()
}

/// 去掉末尾括号中的注释：“签署承诺书日期（年/月/日）”→“签署承诺书日期”。
fn without_note(h: &str) -> Option<&str> {
    let h = h.strip_suffix('）').or_else(|| h.strip_suffix(')'))?;
    let open = h.rfind(['（', '('])?;
    Some(&h[..open]).filter(|s| !s.is_empty())
}

enum HeaderMatch {
    Field(usize),
    Ignored,
    Unknown,
}

/// 一种名单的表头对照表（比较形式 → 第几列）。
fn header_index(kind: RosterKind) -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<Vec<HashMap<String, usize>>> = OnceLock::new();
    let all = INDEX.get_or_init(|| {
        RosterKind::ALL
            .iter()
            .map(|k| {
                let mut m = HashMap::new();
                for (i, c) in k.columns().iter().enumerate() {
                    for name in std::iter::once(&c.header).chain(&c.aliases).chain(std::iter::once(&c.key)) {
                        m.entry(normalise_header(name)).or_insert(i);
                    }
                }
                m
            })
            .collect()
    });
    &all[RosterKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
}

fn match_header(kind: RosterKind, header: &str) -> HeaderMatch {
    let index = header_index(kind);
    let n = normalise_header(header);
    let mut candidates = vec![n.clone()];
    if let Some(stripped) = without_note(&n) {
        candidates.push(stripped.to_string());
    }
    for c in &candidates {
        if let Some(i) = index.get(c) {
            return HeaderMatch::Field(*i);
        }
        if IGNORED_HEADERS.contains(&c.as_str()) {
            return HeaderMatch::Ignored;
        }
    }
    HeaderMatch::Unknown
}

/// 对应不到字段的表头可能指的是哪一列（表头包含某个可用表头，或反过来）：只有一列时给出提示。
fn suggestion(kind: RosterKind, header: &str) -> Option<&'static Column> {
    let n = normalise_header(header);
    if n.chars().count() < 2 {
        return None;
    }
    let mut found: Vec<usize> = Vec::new();
    for (name, i) in header_index(kind) {
        if name.chars().count() >= 2 && (n.contains(name.as_str()) || name.contains(n.as_str())) && !found.contains(i) {
            found.push(*i);
        }
    }
    match found[..] {
        [i] => kind.columns().get(i),
        _ => None,
    }
}

// ---------------------------------------------------------------- 案卷中的写法

/// 案卷中引用名单文件的写法：`members: 专家名单.xlsx` 或 `members: {file: 专家名单.xlsx, sheet: 专家}`（不写 sheet 时读第一个工作表）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// 文件（相对于案卷文件所在文件夹），按案卷中的写法
    pub file: PathBuf,
    /// 工作表名称
    pub sheet: Option<String>,
}

impl Reference {
    /// 清单处写的是文件名（文字）或 `{file, sheet}` 时给出引用；其他写法（逐项列出的清单、写了别的键的映射）为 None。
    pub fn from_yaml(v: &Value) -> Option<Reference> {
        match v {
            Value::String(s) if !s.trim().is_empty() => Some(Reference { file: PathBuf::from(s.trim()), sheet: None }),
            Value::Mapping(m) => {
                let (mut file, mut sheet) = (None, None);
                for (k, val) in m {
                    match k.as_str()? {
                        "file" => file = Some(scalar_text(val)?),
                        "sheet" => sheet = if val.is_null() { None } else { Some(scalar_text(val)?) },
                        _ => return None,
                    }
                }
                let file = file.filter(|f| !f.is_empty())?;
                Some(Reference { file: PathBuf::from(file), sheet: sheet.filter(|s| !s.is_empty()) })
            }
            _ => None,
        }
    }

    /// 文件名（按案卷中的写法），用于错误信息。
    pub fn display(&self) -> String {
        self.file.to_string_lossy().into_owned()
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

// ---------------------------------------------------------------- 读出的名单和问题

/// 读出的一张名单：来自哪个文件、哪个工作表，以及各行（已换成案卷中的键名和写法）。
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// 文件（按案卷中的写法）
    pub file: String,
    /// 工作表名称（CSV 没有）
    pub sheet: Option<String>,
    /// 表头所在的行（从 1 起）
    pub header_row: usize,
    pub rows: Vec<RowValue>,
}

/// 名单中的一行。
#[derive(Debug, Clone, PartialEq)]
pub struct RowValue {
    /// 行号（从 1 起，与 WPS、Excel 中看到的相同）
    pub row: usize,
    /// 清单中的一项：案卷键名 → 值（下一级字段放在下一级映射中）；空单元格不填
    pub value: Value,
    /// 名单的各列：（案卷键名，可能是 `opinion.date`；列号，如 `C`；表头原文）。
    /// 每行都列出全部列（含这一行中为空的），以便缺少字段的错误也能指向那一格
    pub columns: Vec<(String, String, String)>,
}

impl RowValue {
    /// 字段（键名，如 `name`、`opinion.date`）所在的列号和表头。
    pub fn column(&self, key: &str) -> Option<(&str, &str)> {
        self.columns.iter().find(|(k, _, _)| k == key).map(|(_, c, h)| (c.as_str(), h.as_str()))
    }
}

impl Table {
    /// 各行的值（YAML 序列），可直接放回案卷中清单的位置。
    pub fn values(&self) -> Value {
        Value::Sequence(self.rows.iter().map(|r| r.value.clone()).collect())
    }

    /// 指向第 `index` 项（从 0 起）某字段（键名，如 `opinion.date`；None 时只指向行）的问题，供案卷读取程序报告
    /// 读取清单时发现的错误（如日期不存在、不是可选的值）。字段不是名单中的一列时，依次找它的上一级。
    pub fn problem_at(&self, index: usize, key: Option<&str>, message: impl Into<String>) -> RosterProblem {
        let row = self.rows.get(index);
        let mut cell = None;
        if let (Some(r), Some(mut k)) = (row, key) {
            loop {
                if let Some(found) = r.column(k) {
                    cell = Some(found);
                    break;
                }
                // 下一级对象整个缺少必填项时（如 opinion 缺 date），指向该组的第一列
                if let Some((_, c, h)) = r.columns.iter().find(|(x, _, _)| x.strip_prefix(k).is_some_and(|rest| rest.starts_with('.'))) {
                    cell = Some((c.as_str(), h.as_str()));
                    break;
                }
                match k.rsplit_once('.') {
                    Some((parent, _)) => k = parent,
                    None => break,
                }
            }
        }
        RosterProblem {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row: row.map(|r| r.row),
            column: cell.map(|(c, _)| c.to_string()),
            header: cell.map(|(_, h)| h.to_string()),
            message: message.into(),
        }
    }
}

/// 读名单时发现的一个问题：指出文件、工作表、行、列和表头。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterProblem {
    pub file: String,
    pub sheet: Option<String>,
    /// 行号（从 1 起）
    pub row: Option<usize>,
    /// 列号（如 `C`）
    pub column: Option<String>,
    /// 该列的表头原文
    pub header: Option<String>,
    pub message: String,
}

impl RosterProblem {
    /// 给科员看的说明，如“专家名单.xlsx 工作表“专家”第 5 行 C 列（姓名）：……”。
    pub fn describe(&self) -> String {
        let mut s = self.file.clone();
        if let Some(sheet) = &self.sheet {
            s.push_str(&format!(" 工作表“{sheet}”"));
        }
        let place = match (self.row, &self.column) {
            (Some(r), Some(c)) => format!("第 {r} 行 {c} 列"),
            (Some(r), None) => format!("第 {r} 行"),
            (None, Some(c)) => format!("{c} 列"),
            (None, None) => String::new(),
        };
        if !place.is_empty() {
            if self.sheet.is_none() {
                s.push(' ');
            }
            s.push_str(&place);
        }
        if let Some(h) = &self.header {
            s.push_str(&format!("（{h}）"));
        }
        s.push('：');
        s.push_str(&self.message);
        s
    }
}

impl std::fmt::Display for RosterProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// 问题的出处（文件、工作表）。
struct Origin {
    file: String,
    sheet: Option<String>,
}

impl Origin {
    fn problem(&self, row: Option<usize>, column: Option<&str>, header: Option<&str>, message: impl Into<String>) -> RosterProblem {
        RosterProblem {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row,
            column: column.map(str::to_string),
            header: header.map(str::to_string),
            message: message.into(),
        }
    }

    fn whole(&self, message: impl Into<String>) -> Vec<RosterProblem> {
        vec![self.problem(None, None, None, message)]
    }
}

// ---------------------------------------------------------------- 读文件

/// 读名单文件（路径相对于 `case_dir`），把表头对应到案卷字段，各行换成案卷中的写法。
/// 出错时给出全部问题（中文，指出文件、工作表、行、列和表头）。
pub fn read(case_dir: &Path, r: &Reference, kind: RosterKind) -> Result<Table, Vec<RosterProblem>> {
    let mut origin = Origin { file: r.display(), sheet: None };
    let raw = r.display().trim().replace('\\', "/");
    let ext = Path::new(&raw).extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
    let format = match ext.as_str() {
        "csv" => Format::Csv,
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Format::Workbook,
        "et" | "ett" => {
            return Err(origin.whole(
                "这是 WPS 表格自己的格式（.et），无法读取：请在 WPS 中打开后“另存为”Excel 文件（.xlsx），再把案卷中的文件名改为 .xlsx",
            ));
        }
        "" => {
            return Err(origin.whole(format!(
                "这里应是逐项列出的{}，或名单文件的文件名；“{}”没有扩展名，不像是文件名。名单文件可以是 Excel/WPS 表格（.xlsx、.xls、.ods）或 CSV 文件（.csv）",
                kind.name(),
                r.display()
            )));
        }
        other => {
            return Err(origin.whole(format!("不支持 .{other} 文件：名单只能是 Excel/WPS 表格（.xlsx、.xls、.ods）或 CSV 文件（.csv）")));
        }
    };
    let path = locate(case_dir, &raw).map_err(|m| origin.whole(m))?;
    let bytes = read_bytes(&path).map_err(|m| origin.whole(m))?;
    let legacy = matches!(format, Format::Csv) && is_legacy_encoding(&bytes);
    let grid = match format {
        Format::Csv => {
            if let Some(s) = &r.sheet {
                return Err(origin.whole(format!("CSV 文件只有一张表，不分工作表：请删去案卷中的 sheet: {s}")));
            }
            read_csv(&bytes).map_err(|(row, m)| vec![origin.problem(row, None, None, m)])?
        }
        Format::Workbook => {
            let (name, grid) = read_workbook(bytes, r.sheet.as_deref()).map_err(|m| origin.whole(m))?;
            origin.sheet = Some(name);
            grid
        }
    };
    let table = build_table(&origin, grid, kind)?;
    if legacy {
        lost_characters(&table)?;
    }
    Ok(table)
}

/// CSV 是 GBK/GB18030 编码（没有 BOM，也不是 UTF-8）。
fn is_legacy_encoding(bytes: &[u8]) -> bool {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]) || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    !bom && std::str::from_utf8(bytes).is_err()
}

/// GBK 编码的 CSV 中，姓名里的“?”多半是保存时丢失的生僻字（GBK 没有“䶮”“𠮷”等扩展区汉字，WPS、Excel 存为 GBK 时换成“?”）。
fn lost_characters(table: &Table) -> Result<(), Vec<RosterProblem>> {
    let mut problems = Vec::new();
    for (i, r) in table.rows.iter().enumerate() {
        let name = r.value.get("name").and_then(Value::as_str).unwrap_or("");
        if name.contains(['?', '？', '\u{fffd}']) {
            problems.push(table.problem_at(
                i,
                Some("name"),
                format!(
                    "姓名“{name}”中有问号：多半是名单存为 GBK 编码的 CSV 时，生僻字（GBK 中没有的字）变成了问号。\
                     请在原表格中改正姓名后“另存为”“CSV UTF-8（逗号分隔）”或 .xlsx"
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

enum Format {
    Csv,
    Workbook,
}

/// 名单文件的实际路径：只允许案卷文件所在文件夹（及其子文件夹）中的文件。
/// 含“..”的路径一律拒绝；绝对路径和符号链接按解析后的真实位置判断。
fn locate(case_dir: &Path, raw: &str) -> Result<PathBuf, String> {
    let outside = || {
        format!(
            "名单文件超出了案卷文件所在的文件夹（{}）：请把名单文件复制到案卷文件夹中（也可以放在其中的子文件夹里），\
             文件名写成相对路径，不用“..”，也不用其他文件夹的绝对路径",
            case_dir.display()
        )
    };
    let rel = Path::new(raw);
    if rel.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(outside());
    }
    // Windows 的盘符路径（C:/…）在其他系统上不算绝对路径，同样视为外部路径。
    let drive = raw.len() >= 2 && raw.as_bytes()[1] == b':' && raw.as_bytes()[0].is_ascii_alphabetic();
    if drive {
        return Err(outside());
    }
    let base = case_dir.canonicalize().unwrap_or_else(|_| case_dir.to_path_buf());
    let full = if rel.is_absolute() { rel.to_path_buf() } else { case_dir.join(rel) };
    let real = full.canonicalize().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            format!("找不到这个文件（在 {} 中查找）：请核对文件名和扩展名，名单文件应放在案卷文件所在的文件夹中", case_dir.display())
        } else {
            format!("无法读取：{}", files::io_cn(&e))
        }
    })?;
    if !real.starts_with(&base) {
        return Err(outside());
    }
    Ok(real)
}

/// 读一个普通文件的全部字节（不超过 [`ROSTER_LIMIT`]）。
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("无法读取：{}", files::io_cn(&e)))?;
    if !meta.is_file() {
        let kind = if meta.is_dir() { "文件夹" } else { "管道、设备等特殊文件" };
        return Err(format!("这是{kind}，不是普通文件，不能作为名单读取"));
    }
    let too_big = || format!("文件太大（超过 {} MB），不像是名单，未读取", ROSTER_LIMIT >> 20);
    if meta.len() > ROSTER_LIMIT {
        return Err(too_big());
    }
    let f = std::fs::File::open(path).map_err(|e| format!("无法读取：{}", files::io_cn(&e)))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.take(ROSTER_LIMIT + 1).read_to_end(&mut bytes).map_err(|e| format!("无法读取：{}", files::io_cn(&e)))?;
    if bytes.len() as u64 > ROSTER_LIMIT {
        return Err(too_big());
    }
    Ok(bytes)
}

/// 一个单元格的内容（空单元格不在其中）。
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// 年、月、日、时、分、秒
    DateTime(i32, u32, u32, u32, u32, u32),
    /// 时、分、秒
    Time(u32, u32, u32),
    /// 公式出错（#N/A 等）
    Error(String),
}

/// 一行中的非空单元格（列从 0 起，按列排序）；行号从 1 起。
#[derive(Debug, Clone, PartialEq)]
struct GridRow {
    row: usize,
    cells: Vec<(u32, Cell)>,
}

/// 文字单元格：去掉首尾空白，空的不算。
fn text_cell(s: &str) -> Option<Cell> {
    let t = s.trim();
    (!t.is_empty()).then(|| Cell::Text(t.to_string()))
}

/// 把单元格（位置从 0 起）整理成按行排列的非空行。
fn grid_from_cells(mut cells: Vec<((u32, u32), Cell)>) -> Vec<GridRow> {
    cells.sort_by_key(|(p, _)| *p);
    cells.dedup_by_key(|(p, _)| *p);
    let mut rows: Vec<GridRow> = Vec::new();
    for ((r, c), cell) in cells {
        let row = r as usize + 1;
        match rows.last_mut() {
            Some(last) if last.row == row => last.cells.push((c, cell)),
            _ => rows.push(GridRow { row, cells: vec![(c, cell)] }),
        }
    }
    rows
}

// ---------------------------------------------------------------- CSV

/// 读 CSV：判断编码，按第一行判断分隔符。出错时给出（行号，说明）。
fn read_csv(bytes: &[u8]) -> Result<Vec<GridRow>, (Option<usize>, String)> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err((None, "这是 Excel 工作簿，扩展名却是 .csv：请把案卷中的文件名（和文件本身的扩展名）改为 .xlsx 或 .xls".into()));
    }
    let text = decode(bytes)?;
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first_line.matches(c).count();
    let delimiter = [b'\t', b';'].into_iter().find(|d| count(*d as char) > count(',') && count(*d as char) > 0).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Excel 中的行号：CSV 库跳过空行，这里数出每条记录之前跳过的空行（记录的位置是上一条记录结束处）。
    let raw = text.as_bytes();
    let mut row = 0usize;
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize);
            (line, "无法按 CSV 格式读取这一行（引号不成对等）：请在 WPS 或 Excel 中打开核对后重新保存".to_string())
        })?;
        let mut i = record.position().map(|p| p.byte() as usize).unwrap_or(0);
        // 上一条记录以 CRLF 结束时，它的位置停在 CR 与 LF 之间
        if i > 0 && raw.get(i - 1) == Some(&b'\r') && raw.get(i) == Some(&b'\n') {
            i += 1;
        }
        let mut blank = 0;
        loop {
            match raw.get(i) {
                Some(b'\r') => {
                    i += if raw.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                    blank += 1;
                }
                Some(b'\n') => {
                    i += 1;
                    blank += 1;
                }
                _ => break,
            }
        }
        row += blank + 1;
        let row_cells: Vec<(u32, Cell)> = record.iter().enumerate().filter_map(|(i, f)| Some((i as u32, text_cell(f)?))).collect();
        cells += row_cells.len();
        if cells > MAX_CELLS {
            return Err((Some(row), format!("内容太多（超过 {MAX_CELLS} 个单元格），不像是名单，未读取")));
        }
        if !row_cells.is_empty() {
            rows.push(GridRow { row, cells: row_cells });
        }
    }
    Ok(rows)
}

/// 判断并解码 CSV 的编码（与案卷相同，见 [`super::files::decode_text`]）；解码后仍含 NUL 的不是文本。
fn decode(bytes: &[u8]) -> Result<String, (Option<usize>, String)> {
    let unknown = |line: Option<usize>| {
        (
            line,
            "无法识别文件的编码（既不是 UTF-8，也不是 GBK/GB18030）：请在 WPS 或 Excel 中打开这个文件，\
             “另存为”时文件类型选“CSV UTF-8（逗号分隔）”，或者另存为 .xlsx"
                .to_string(),
        )
    };
    let (text, _) = super::files::decode_text(bytes).map_err(|u| unknown(u.line))?;
    if let Some(pos) = text.find('\0') {
        // 不带 BOM 的 UTF-16 或者不是文本文件
        return Err(unknown(Some(text[..pos].matches('\n').count() + 1)));
    }
    Ok(text)
}

// ---------------------------------------------------------------- Excel/WPS 工作簿

/// 读工作簿中的一个工作表（不指定时读第一个可见的工作表），给出工作表名称和各行。
fn read_workbook(bytes: Vec<u8>, want: Option<&str>) -> Result<(String, Vec<GridRow>), String> {
    let head = &bytes[..bytes.len().min(512)];
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) && contains_utf16(&bytes, "EncryptionInfo") {
        return Err("工作簿设置了打开密码，无法读取：请在 WPS 或 Excel 中取消密码（或另存一份不加密的）后再用".into());
    }
    let lower = String::from_utf8_lossy(head).to_lowercase();
    if lower.trim_start_matches('\u{feff}').trim_start().starts_with('<') && (lower.contains("<html") || lower.contains("<table")) {
        return Err("这是网页格式（HTML）的表格，不是真正的 Excel 文件（有些系统导出的 .xls 是这样）：\
                    请在 WPS 或 Excel 中打开后“另存为”.xlsx"
            .into());
    }
    let unreadable =
        "无法作为 Excel/WPS 工作簿读取：文件可能已损坏、没有保存完整，或者并不是表格文件。请在 WPS 或 Excel 中打开后“另存为”.xlsx";
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| unreadable.to_string())?;
    let sheets: Vec<(String, bool)> = wb
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible))
        .collect();
    let names = || sheets.iter().map(|(n, _)| format!("“{n}”")).collect::<Vec<_>>().join("、");
    let name = match want {
        Some(w) => {
            let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            sheets
                .iter()
                .find(|(n, _)| n == w)
                .or_else(|| sheets.iter().find(|(n, _)| norm(n) == norm(w)))
                .map(|(n, _)| n.clone())
                .ok_or_else(|| format!("工作簿中没有名为“{w}”的工作表。工作簿中的工作表：{}", names()))?
        }
        None => sheets
            .iter()
            .find(|(_, visible)| *visible)
            .or(sheets.first())
            .map(|(n, _)| n.clone())
            .ok_or_else(|| "工作簿中没有工作表".to_string())?,
    };
    let too_many = || format!("工作表“{name}”内容太多（超过 {MAX_CELLS} 个单元格），不像是名单，未读取");
    let sheet_unreadable = || format!("无法读取工作表“{name}”（可能是图表工作表，或文件已损坏）。工作簿中的工作表：{}", names());
    let mut cells: Vec<((u32, u32), Cell)> = Vec::new();
    match &mut wb {
        // .xlsx 逐个单元格读，不按表格的范围整块分配（误填在很远处的一格不会耗尽内存）
        Sheets::Xlsx(x) => {
            let mut reader = x.worksheet_cells_reader(&name).map_err(|_| sheet_unreadable())?;
            while let Some(c) = reader.next_cell().map_err(|_| sheet_unreadable())? {
                let pos = c.get_position();
                if let Some(cell) = from_data(Data::from(c.get_value().clone())) {
                    cells.push((pos, cell));
                    if cells.len() > MAX_CELLS {
                        return Err(too_many());
                    }
                }
            }
        }
        other => {
            let range = other.worksheet_range(&name).map_err(|_| sheet_unreadable())?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, d) in range.used_cells() {
                if let Some(cell) = from_data(d.clone()) {
                    cells.push(((r0 + r as u32, c0 + c as u32), cell));
                    if cells.len() > MAX_CELLS {
                        return Err(too_many());
                    }
                }
            }
        }
    }
    Ok((name, grid_from_cells(cells)))
}

fn contains_utf16(bytes: &[u8], s: &str) -> bool {
    let needle: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// calamine 的单元格 → 本模块的单元格（空的为 None）。
fn from_data(d: Data) -> Option<Cell> {
    match d {
        Data::Empty => None,
        Data::String(s) => text_cell(&s),
        Data::Int(i) => Some(Cell::Int(i)),
        Data::Float(f) => Some(Cell::Float(f)),
        Data::Bool(b) => Some(Cell::Bool(b)),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                let secs = (dt.as_f64() * 86400.0).round().max(0.0) as u64;
                return Some(Cell::Time((secs / 3600) as u32, (secs / 60 % 60) as u32, (secs % 60) as u32));
            }
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if dt.as_f64() < 1.0 {
                Some(Cell::Time(h.into(), mi.into(), s.into()))
            } else {
                Some(Cell::DateTime(y.into(), mo.into(), d.into(), h.into(), mi.into(), s.into()))
            }
        }
        Data::DateTimeIso(s) => Some(iso_datetime(&s).unwrap_or_else(|| Cell::Text(s.trim().to_string()))),
        Data::DurationIso(s) => Some(iso_duration(&s).unwrap_or_else(|| Cell::Text(s.trim().to_string()))),
        Data::Error(e) => Some(Cell::Error(e.to_string())),
    }
}

/// ODS 的日期 `2026-05-14` 或 `2026-05-14T09:30:00`。
fn iso_datetime(s: &str) -> Option<Cell> {
    let (date, time) = s.trim().split_once('T').unwrap_or((s.trim(), ""));
    let mut d = date.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.split(':').map(|p| p.split('.').next().and_then(|x| x.parse::<u32>().ok()));
    let (h, mi, sec) = if time.is_empty() { (0, 0, 0) } else { (t.next()??, t.next()??, t.next().flatten().unwrap_or(0)) };
    Some(Cell::DateTime(y as i32, m, day, h, mi, sec))
}

/// ODS 的时刻 `PT09H30M00S`。
fn iso_duration(s: &str) -> Option<Cell> {
    let rest = s.trim().strip_prefix("PT")?;
    let (h, rest) = rest.split_once('H')?;
    let (m, rest) = rest.split_once('M')?;
    let sec = rest.strip_suffix('S').unwrap_or(rest);
    let sec = sec.split('.').next().unwrap_or("0");
    Some(Cell::Time(h.parse().ok()?, m.parse().ok()?, if sec.is_empty() { 0 } else { sec.parse().ok()? }))
}

// ---------------------------------------------------------------- 表头和各行

/// 列号（从 0 起）→ Excel 的列字母：0 → A，26 → AA。
pub fn column_letter(mut c: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// 单元格的文字（用于表头）。
fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Text(s) | Cell::Error(s) => s.clone(),
        Cell::Int(i) => i.to_string(),
        Cell::Float(f) => number_text(*f),
        Cell::Bool(b) => yes_no(*b).to_string(),
        Cell::DateTime(y, m, d, ..) => format!("{y:04}-{m:02}-{d:02}"),
        Cell::Time(h, m, s) => time_text(*h, *m, *s),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "是"
    } else {
        "否"
    }
}

/// 数字的文字：整数不带“.0”。
fn number_text(f: f64) -> String {
    match whole(f) {
        Some(i) => i.to_string(),
        None => f.to_string(),
    }
}

/// 能精确表示为整数的浮点数。
fn whole(f: f64) -> Option<i64> {
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15).then_some(f as i64)
}

fn time_text(h: u32, m: u32, s: u32) -> String {
    if s == 0 {
        format!("{h:02}:{m:02}")
    } else {
        format!("{h:02}:{m:02}:{s:02}")
    }
}

/// 单元格 → 案卷中的值（按字段的种类）。公式出错的单元格给出说明。
fn to_value(cell: &Cell, kind: ValueKind) -> Result<Value, String> {
    use ValueKind::*;
    let text = |s: String| Value::String(s);
    let int = |i: i64| Value::Number(i.into());
    Ok(match cell {
        Cell::Error(e) => {
            return Err(format!("单元格中是错误值 {e}（公式出错）：请改正公式，或直接填写内容"));
        }
        Cell::Text(s) => match kind {
            Integer => s.parse::<i64>().map(int).unwrap_or_else(|_| text(s.clone())),
            Date => text(normalise_date(s).unwrap_or_else(|| s.clone())),
            Time => text(normalise_time(s).unwrap_or_else(|| s.clone())),
            Text | Choice | Boolean => text(s.clone()),
        },
        Cell::Int(i) => match kind {
            Text | Choice => text(i.to_string()),
            Date => normalise_date(&i.to_string()).map(text).unwrap_or_else(|| int(*i)),
            Integer | Boolean | Time => int(*i),
        },
        Cell::Float(f) => match (whole(*f), kind) {
            (Some(i), _) => return to_value(&Cell::Int(i), kind),
            (None, Text | Choice) => text(f.to_string()),
            (None, _) => Value::Number((*f).into()),
        },
        Cell::Bool(b) => match kind {
            Text | Choice => text(yes_no(*b).to_string()),
            _ => Value::Bool(*b),
        },
        Cell::DateTime(y, m, d, h, mi, s) => match kind {
            Time => text(time_text(*h, *mi, *s)),
            Text | Choice if (*h, *mi, *s) != (0, 0, 0) => text(format!("{y:04}-{m:02}-{d:02} {}", time_text(*h, *mi, *s))),
            _ => text(format!("{y:04}-{m:02}-{d:02}")),
        },
        Cell::Time(h, m, s) => text(time_text(*h, *m, *s)),
    })
}

/// 单元格中的日期文字 → `YYYY-MM-DD`：写法与案卷相同（[`super::forms::ymd`]：2026/5/14、2026.5.14、2026年5月14日 …），
/// 另认表格导出时才有的两种：20260514，以及 Excel 导出 CSV 时日期后带的“ 0:00:00”。
fn normalise_date(s: &str) -> Option<String> {
    let t = s.trim();
    let (d, rest) = t.split_once(char::is_whitespace).map(|(d, r)| (d, r.trim())).unwrap_or((t, ""));
    if !rest.is_empty() && !matches!(rest, "0:00" | "00:00" | "0:00:00" | "00:00:00") {
        return None;
    }
    let d = match d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) {
        // 20260514：月在 01–12、日在 01–31 的才当作日期（别的八位数不是）
        true if ("01"..="12").contains(&&d[4..6]) && ("01"..="31").contains(&&d[6..8]) => format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]),
        true => return None,
        false => d.to_string(),
    };
    // 不核对这一天是否存在：2026/2/30 写作 2026-02-30 交给案卷读取，由它说明
    let (y, m, day) = super::forms::ymd(&d)?;
    Some(format!("{y:04}-{m:02}-{day:02}"))
}

/// 单元格中的时刻文字 → `HH:MM`：写法与案卷相同（[`super::forms::time`]：9:30、9时30分 …），另认带“:00”秒的 09:30:00。
fn normalise_time(s: &str) -> Option<String> {
    let t = s.trim();
    let t = match t.matches(':').count() {
        2 => t.strip_suffix(":00")?,
        _ => t,
    };
    super::forms::time(t).map(|x| x.to_string())
}

/// 表头中的一列。
struct Mapped {
    col: u32,
    letter: String,
    header: String,
    field: usize,
}

/// 由各行整理出名单：找表头行、对应各列、各行换成案卷中的写法，核对必填项。
fn build_table(origin: &Origin, grid: Vec<GridRow>, kind: RosterKind) -> Result<Table, Vec<RosterProblem>> {
    let columns = kind.columns();
    if grid.is_empty() {
        return Err(origin.whole(format!("名单是空的：第一行应是表头（如 {}），其下每行一项", example_headers(kind))));
    }
    let is_field = |c: &Cell| matches!(match_header(kind, &cell_text(c)), HeaderMatch::Field(_));
    let header_at = grid.iter().take(HEADER_SEARCH_ROWS).position(|r| r.cells.iter().any(|(_, c)| is_field(c))).unwrap_or(0);
    let header = &grid[header_at];
    let header_row = header.row;

    let mut problems = Vec::new();
    let mut mapped: Vec<Mapped> = Vec::new();
    let mut header_cols: Vec<u32> = Vec::new();
    for (col, cell) in &header.cells {
        header_cols.push(*col);
        let written = cell_text(cell);
        let letter = column_letter(*col);
        match match_header(kind, &written) {
            HeaderMatch::Ignored => {}
            HeaderMatch::Field(i) => {
                if let Some(prev) = mapped.iter().find(|m| m.field == i) {
                    problems.push(origin.problem(
                        Some(header_row),
                        Some(&letter),
                        Some(&written),
                        format!(
                            "与 {} 列的“{}”是同一项（{}）：同一项只能有一列，请删去其中一列，或改正表头",
                            prev.letter, prev.header, columns[i].header
                        ),
                    ));
                } else {
                    mapped.push(Mapped { col: *col, letter, header: written, field: i });
                }
            }
            HeaderMatch::Unknown => {
                let hint = suggestion(kind, &written).map(|c| format!("（是不是“{}”？）", c.header)).unwrap_or_default();
                problems.push(origin.problem(
                    Some(header_row),
                    Some(&letter),
                    Some(&written),
                    format!(
                        "表头“{written}”不是{}中的一项{hint}。可用的表头：{}（也可以用常见的简称，如{}）。不需要的列请删去（“序号”“编号”列可以保留）",
                        kind.name(),
                        kind.accepted_headers(),
                        kind.alias_examples()
                    ),
                ));
            }
        }
    }
    let has = |i: usize| mapped.iter().any(|m| m.field == i);
    let mut missing_in_group: Vec<(&str, Vec<String>)> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        if !c.required || has(i) {
            continue;
        }
        match &c.group {
            None => {
                let also = if c.aliases.is_empty() {
                    String::new()
                } else {
                    format!("（表头也可写作{}）", c.aliases.iter().map(|a| format!("“{a}”")).collect::<String>())
                };
                problems.push(origin.problem(
                    Some(header_row),
                    None,
                    None,
                    format!("缺少“{}”列：这一项必填。请在表头行加上这一列{also}", c.header),
                ));
            }
            Some(g) => match missing_in_group.iter_mut().find(|(x, _)| x == g) {
                Some((_, list)) => list.push(format!("“{}”", c.header)),
                None => missing_in_group.push((g, vec![format!("“{}”", c.header)])),
            },
        }
    }
    for (g, missing) in missing_in_group {
        let present = mapped.iter().find(|m| columns[m.field].group.as_deref() == Some(g));
        if let Some(p) = present {
            problems.push(origin.problem(
                Some(header_row),
                None,
                None,
                format!(
                    "有“{}”列，却缺少{}列：填写{}时，{}各列必填",
                    p.header,
                    missing.join("、"),
                    kind.group_name(g),
                    group_required(kind, g)
                ),
            ));
        }
    }
    // 有内容却没有表头的列（每列只报一次）
    let mut unheaded: BTreeMap<u32, usize> = BTreeMap::new();
    for r in &grid[header_at + 1..] {
        for (col, _) in &r.cells {
            if !header_cols.contains(col) {
                unheaded.entry(*col).or_insert(r.row);
            }
        }
    }
    for (col, row) in unheaded {
        let letter = column_letter(col);
        problems.push(origin.problem(
            Some(row),
            Some(&letter),
            None,
            format!("{letter} 列有内容，却没有表头：请在第 {header_row} 行给这一列填写表头，或删去这一列的内容"),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    mapped.sort_by_key(|m| m.col);
    let all_columns: Vec<(String, String, String)> =
        mapped.iter().map(|m| (columns[m.field].key.clone(), m.letter.clone(), m.header.clone())).collect();
    let mut rows = Vec::new();
    for r in &grid[header_at + 1..] {
        let present: Vec<(&Mapped, &Cell)> =
            r.cells.iter().filter_map(|(col, cell)| Some((mapped.iter().find(|m| m.col == *col)?, cell))).collect();
        if present.is_empty() {
            continue;
        }
        let mut map = Mapping::new();
        for (m, cell) in &present {
            let c = &columns[m.field];
            match to_value(cell, c.value) {
                Ok(v) => insert(&mut map, &c.key, v),
                Err(msg) => problems.push(origin.problem(Some(r.row), Some(&m.letter), Some(&m.header), msg)),
            }
        }
        let filled = |i: usize| present.iter().any(|(m, _)| m.field == i);
        for (i, c) in columns.iter().enumerate() {
            if !c.required || filled(i) {
                continue;
            }
            let Some(m) = mapped.iter().find(|m| m.field == i) else { continue };
            match &c.group {
                None => problems.push(origin.problem(
                    Some(r.row),
                    Some(&m.letter),
                    Some(&m.header),
                    format!("“{}”未填写：这一项必填", c.header),
                )),
                Some(g) => {
                    if present.iter().any(|(p, _)| columns[p.field].group.as_ref() == Some(g)) {
                        problems.push(origin.problem(
                            Some(r.row),
                            Some(&m.letter),
                            Some(&m.header),
                            format!(
                                "这一行填写了{}，这一项却未填写：填写{}时，{}各项必填",
                                kind.group_name(g),
                                kind.group_name(g),
                                group_required(kind, g)
                            ),
                        ));
                    }
                }
            }
        }
        rows.push(RowValue { row: r.row, value: Value::Mapping(map), columns: all_columns.clone() });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if rows.is_empty() {
        return Err(vec![origin.problem(
            Some(header_row),
            None,
            None,
            format!("{}中只有表头，没有内容：表头下每行应填写一项", kind.name()),
        )]);
    }
    Ok(Table { file: origin.file.clone(), sheet: origin.sheet.clone(), header_row, rows })
}

/// 一组下一级字段中必填各项的表头，如：“出具意见日期”、“必要性和重要性”、……
fn group_required(kind: RosterKind, group: &str) -> String {
    kind.columns()
        .iter()
        .filter(|c| c.required && c.group.as_deref() == Some(group))
        .map(|c| format!("“{}”", c.header))
        .collect::<Vec<_>>()
        .join("、")
}

/// 表头示例（前几列）。
fn example_headers(kind: RosterKind) -> String {
    kind.columns().iter().filter(|c| c.group.is_none()).take(4).map(|c| c.header.as_str()).collect::<Vec<_>>().join("、")
}

/// 按键名（`opinion.date` 放在 `opinion` 之下）填入映射。
fn insert(map: &mut Mapping, key: &str, v: Value) {
    match key.split_once('.') {
        None => {
            map.insert(Value::String(key.to_string()), v);
        }
        Some((parent, rest)) => {
            let k = Value::String(parent.to_string());
            if !matches!(map.get(&k), Some(Value::Mapping(_))) {
                map.insert(k.clone(), Value::Mapping(Mapping::new()));
            }
            if let Some(Value::Mapping(sub)) = map.get_mut(&k) {
                insert(sub, rest, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin { file: "名单.csv".into(), sheet: None }
    }

    fn text_rows(rows: &[(usize, &[&str])]) -> Vec<GridRow> {
        rows.iter()
            .map(|(row, cells)| GridRow {
                row: *row,
                cells: cells.iter().enumerate().filter_map(|(i, s)| Some((i as u32, text_cell(s)?))).collect(),
            })
            .filter(|r| !r.cells.is_empty())
            .collect()
    }

    fn yaml(s: &str) -> Value {
        serde_norway::from_str(s).unwrap()
    }

    /// 模块说明中的表头表（由 [`RosterKind::columns`] 生成，与说明逐行比较）。
    fn doc_table() -> Vec<String> {
        let mut out = Vec::new();
        for kind in RosterKind::ALL {
            let name = kind.name().trim_end_matches("名单").trim_end_matches("清单");
            for (i, c) in kind.columns().iter().enumerate() {
                let star = if c.required { "*" } else { "" };
                let names: Vec<&str> = std::iter::once(c.header.as_str()).chain(c.aliases.iter().map(String::as_str)).collect();
                let first = if i == 0 { format!(" {name} ") } else { " ".to_string() };
                out.push(format!("//! |{first}| `{}` | {star}{} |", c.key, names.join("、")));
            }
        }
        out
    }

    #[test]
    fn columns_follow_the_case_model() {
        let keys = |k: RosterKind| k.columns().iter().map(|c| c.key.as_str()).collect::<Vec<_>>();
        assert_eq!(keys(RosterKind::HearingParticipants), ["name", "category", "unit", "delivered_on"]);
        assert_eq!(keys(RosterKind::Opinions), ["source", "from", "content", "adoption", "reason"]);
        assert!(keys(RosterKind::Experts).starts_with(&["name", "title", "unit", "field", "committed_on", "opinion.date"]));
        assert!(keys(RosterKind::Experts).contains(&"oral.time"));
        assert_eq!(keys(RosterKind::Attachments).len(), 10);
        let col = |k: RosterKind, key: &str| k.columns().iter().find(|c| c.key == key).unwrap().clone();
        let name = col(RosterKind::Experts, "name");
        assert_eq!((name.header.as_str(), name.required, name.value), ("姓名", true, ValueKind::Text));
        assert_eq!(col(RosterKind::Experts, "committed_on").value, ValueKind::Date);
        assert_eq!(col(RosterKind::Experts, "oral.time").value, ValueKind::Time);
        assert_eq!(col(RosterKind::Experts, "opinion.adoption").value, ValueKind::Choice);
        let date = col(RosterKind::Experts, "opinion.date");
        assert!(date.required && date.group.as_deref() == Some("opinion"));
        assert!(!col(RosterKind::Experts, "title").required);
        assert_eq!(col(RosterKind::HearingParticipants, "category").header, "身份类别");
        assert_eq!(col(RosterKind::Attachments, "pages").value, ValueKind::Integer);
        assert_eq!(col(RosterKind::Attachments, "category").value, ValueKind::Choice);
        assert_eq!(col(RosterKind::Attachments, "legality_item").header, "送审材料项");
        assert_eq!(col(RosterKind::Opinions, "reason").header, "处理说明");
        for kind in RosterKind::ALL {
            assert_eq!(RosterKind::for_path(kind.path()), Some(kind));
            // 别名表中的键名都是案卷中的字段（字段改名时这里失败）
            for (key, _, _) in kind.aliases() {
                assert!(kind.columns().iter().any(|c| c.key == *key), "{}: 别名表中的 {key} 不是字段", kind.name());
            }
            // 同一表头不能指两个字段
            let mut seen: HashMap<String, &str> = HashMap::new();
            for c in kind.columns() {
                for n in std::iter::once(&c.header).chain(&c.aliases) {
                    if let Some(other) = seen.insert(normalise_header(n), &c.key) {
                        assert_eq!(other, c.key, "{}: 表头“{n}”同时指 {other} 和 {}", kind.name(), c.key);
                    }
                    assert!(!IGNORED_HEADERS.contains(&normalise_header(n).as_str()));
                }
            }
        }
        assert_eq!(RosterKind::for_path("experts"), None);
    }

    #[test]
    fn module_doc_lists_every_accepted_header() {
        let source = include_str!("roster.rs");
        let doc: Vec<&str> =
            source.lines().filter(|l| l.starts_with("//! | ") && !l.starts_with("//! | 名单") && !l.starts_with("//! | ---")).collect();
        assert_eq!(doc, doc_table(), "模块说明中的表头表应改为：\n{}", doc_table().join("\n"));
    }

    #[test]
    fn headers_are_matched_as_offices_write_them() {
        let field = |k: RosterKind, h: &str| match match_header(k, h) {
            HeaderMatch::Field(i) => Some(k.columns()[i].key.as_str()),
            _ => None,
        };
        for h in ["姓名", " 姓  名 ", "\u{3000}姓名：", "*姓名", "专家姓名:", "NAME", "姓名（必填）"] {
            assert_eq!(field(RosterKind::Experts, h), Some("name"), "{h}");
        }
        assert_eq!(field(RosterKind::Experts, "签署承诺书日期（年/月/日）"), Some("committed_on"));
        assert_eq!(field(RosterKind::Experts, "职称"), Some("title"));
        assert_eq!(field(RosterKind::Experts, "职称或职务"), Some("title"));
        assert_eq!(field(RosterKind::Experts, "必要性和重要性"), Some("opinion.necessity"));
        assert_eq!(field(RosterKind::Experts, "opinion.date"), Some("opinion.date"));
        assert_eq!(field(RosterKind::HearingParticipants, "身份"), Some("category"));
        assert_eq!(field(RosterKind::HearingParticipants, "身份类别（利害关系人代表、人大代表、政协委员、专家学者等）"), Some("category"));
        assert_eq!(field(RosterKind::Opinions, "是否采纳"), Some("adoption"));
        assert_eq!(field(RosterKind::Attachments, "页数"), Some("pages"));
        assert_eq!(field(RosterKind::Experts, "出生年月"), None);
        assert!(matches!(match_header(RosterKind::Experts, "序 号"), HeaderMatch::Ignored));
        assert_eq!(suggestion(RosterKind::Experts, "专家工作单位").map(|c| c.key.as_str()), Some("unit"));
    }

    #[test]
    fn cells_become_case_values() {
        use ValueKind::*;
        let v = |c: Cell, k: ValueKind| to_value(&c, k).unwrap();
        let s = |x: &str| Value::String(x.into());
        // 文字原样；数字在文字字段中不带“.0”
        assert_eq!(v(Cell::Text("刘䶮 𠮷".into()), Text), s("刘䶮 𠮷"));
        assert_eq!(v(Cell::Float(13912345678.0), Text), s("13912345678"));
        assert_eq!(v(Cell::Int(2026), Choice), s("2026"));
        assert_eq!(v(Cell::Float(3.5), Text), s("3.5"));
        assert_eq!(v(Cell::Float(12.0), Integer), Value::Number(12.into()));
        assert_eq!(v(Cell::Text("12".into()), Integer), Value::Number(12.into()));
        assert_eq!(v(Cell::Text("12页".into()), Integer), s("12页"));
        assert_eq!(v(Cell::Bool(true), Text), s("是"));
        assert_eq!(v(Cell::Bool(false), Boolean), Value::Bool(false));
        assert_eq!(v(Cell::Text("是".into()), Boolean), s("是"));
        // 日期、时刻
        assert_eq!(v(Cell::DateTime(2026, 5, 14, 0, 0, 0), Date), s("2026-05-14"));
        assert_eq!(v(Cell::DateTime(2026, 5, 14, 9, 30, 0), Text), s("2026-05-14 09:30"));
        assert_eq!(v(Cell::DateTime(2026, 5, 14, 9, 30, 0), Time), s("09:30"));
        assert_eq!(v(Cell::Time(16, 0, 0), Time), s("16:00"));
        for written in ["2026/5/14", "2026.5.14", "2026-5-14", "2026年5月14日", "20260514", "2026/5/14 0:00:00", " 2026-05-14 "] {
            assert_eq!(v(Cell::Text(written.into()), Date), s("2026-05-14"), "{written}");
        }
        assert_eq!(v(Cell::Int(20260514), Date), s("2026-05-14"));
        assert_eq!(v(Cell::Text("2026/2/30".into()), Date), s("2026-02-30"), "不存在的日期留给案卷读取时报告");
        assert_eq!(v(Cell::Text("五月中旬".into()), Date), s("五月中旬"));
        assert_eq!(v(Cell::Text("2026/5/14 9:30".into()), Date), s("2026/5/14 9:30"));
        for written in ["9:30", "09:30:00", "9时30分", "9点30分"] {
            assert_eq!(v(Cell::Text(written.into()), Time), s("09:30"), "{written}");
        }
        assert!(to_value(&Cell::Error("#N/A".into()), Text).unwrap_err().contains("#N/A"));
        // calamine 的单元格
        let excel = |serial: f64| calamine::ExcelDateTime::new(serial, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(from_data(Data::DateTime(excel(46156.0))), Some(Cell::DateTime(2026, 5, 14, 0, 0, 0)));
        assert_eq!(from_data(Data::DateTime(excel(0.375))), Some(Cell::Time(9, 0, 0)));
        assert_eq!(from_data(Data::DateTimeIso("2026-05-14".into())), Some(Cell::DateTime(2026, 5, 14, 0, 0, 0)));
        assert_eq!(from_data(Data::DurationIso("PT09H30M00S".into())), Some(Cell::Time(9, 30, 0)));
        assert_eq!(from_data(Data::String(" \u{3000} ".into())), None);
        assert_eq!(from_data(Data::String(" 王 堃\n ".into())), Some(Cell::Text("王 堃".into())));
    }

    #[test]
    fn encodings_are_recognised() {
        let text = "姓名,职称\r\n刘䶮,教授\r\n张𠮷,研究员\r\n";
        let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
        utf8_bom.extend(text.as_bytes());
        let utf16 = |be: bool| {
            let mut out = if be { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
            for u in text.encode_utf16() {
                out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        };
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(text);
        assert!(!unmappable, "GB18030 能表示全部汉字（含扩展区）");
        // 𠮷（U+20BB7）在 GB18030 中是四字节；䶮（U+4DAE）按 GB18030-2005/2022 是双字节 FE 9F
        assert!(gb.windows(4).any(|w| w == [0x95, 0x34, 0xB2, 0x35]));
        assert!(gb.windows(2).any(|w| w == [0xFE, 0x9F]));
        assert!(std::str::from_utf8(&gb).is_err());
        for bytes in [text.as_bytes().to_vec(), utf8_bom, utf16(false), utf16(true), gb.into_owned()] {
            assert_eq!(decode(&bytes).unwrap(), text);
        }
        let mut broken = "姓名\r\n".as_bytes().to_vec();
        broken.extend([0x81, 0x20, b'\r', b'\n']);
        let (line, msg) = decode(&broken).unwrap_err();
        assert_eq!(line, Some(2));
        assert!(msg.contains("无法识别文件的编码"), "{msg}");
        let (_, msg) = decode(b"a\0b\0").unwrap_err();
        assert!(msg.contains("编码"));
    }

    #[test]
    fn csv_rows_are_numbered_as_excel_shows_them() {
        let text = "论证专家名单,,\r\n\r\n姓名,职称,工作单位\r\n王堃,教授,\"内蒙古大学\r\n经济管理学院\"\r\n\r\n李喆,,赤峰学院\r\n";
        let rows = read_csv(text.as_bytes()).unwrap();
        let numbers: Vec<usize> = rows.iter().map(|r| r.row).collect();
        assert_eq!(numbers, [1, 3, 4, 6]);
        assert_eq!(rows[2].cells[2].1, Cell::Text("内蒙古大学\r\n经济管理学院".into()));
        assert_eq!(rows[3].cells.iter().map(|(c, _)| *c).collect::<Vec<_>>(), [0, 2]);
        let lf = read_csv("姓名\n\n\n王堃\n\"李\n喆\"\n\n".as_bytes()).unwrap();
        assert_eq!(lf.iter().map(|r| r.row).collect::<Vec<_>>(), [1, 4, 5]);
        let tabs = read_csv("姓名\t职称\n王堃\t教授\n".as_bytes()).unwrap();
        assert_eq!(tabs[1].cells[1].1, Cell::Text("教授".into()));
        let (_, msg) = read_csv(b"PK\x03\x04....").unwrap_err();
        assert!(msg.contains(".xlsx"));
    }

    #[test]
    fn tables_skip_titles_and_empty_rows() {
        let grid = text_rows(&[
            (1, &["附件1：论证专家名单"]),
            (2, &["序号", "姓  名", "职称", "签署承诺书日期："]),
            (3, &["1", "王堃", "教授", "2026/5/6"]),
            (4, &["2", "", "", ""]),
            (5, &["3", "李喆", "", "2026-05-07"]),
        ]);
        let t = build_table(&origin(), grid, RosterKind::Experts).unwrap();
        assert_eq!(t.header_row, 2);
        assert_eq!(t.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(t.rows[0].value, yaml("{name: 王堃, title: 教授, committed_on: '2026-05-06'}"));
        assert_eq!(t.rows[1].value, yaml("{name: 李喆, committed_on: '2026-05-07'}"));
        assert_eq!(t.rows[1].column("committed_on"), Some(("D", "签署承诺书日期：")));
        assert_eq!(t.rows[1].columns.len(), 3);
        let experts: Vec<crate::input::case::Expert> = serde_norway::from_value(t.values()).unwrap();
        assert_eq!(experts[1].committed_on.map(|d| d.to_string()).as_deref(), Some("2026-05-07"));
    }

    #[test]
    fn nested_opinion_columns_are_grouped() {
        let grid = text_rows(&[
            (
                1,
                &[
                    "姓名",
                    "出具意见日期",
                    "必要性和重要性",
                    "科学性",
                    "可行性",
                    "存在的问题或风险",
                    "建议",
                    "是否采纳",
                    "口头意见日期",
                    "口头意见时刻",
                ],
            ),
            (2, &["王堃", "2026/5/20", "必要", "科学", "可行", "无", "无", "采纳", "2026/5/19", "16:00"]),
            (3, &["李喆"]),
        ]);
        let t = build_table(&origin(), grid, RosterKind::Experts).unwrap();
        assert_eq!(
            t.rows[0].value,
            yaml(
                "{name: 王堃, opinion: {date: '2026-05-20', necessity: 必要, science: 科学, feasibility: 可行, risks: 无, suggestions: 无, adoption: 采纳}, \
                 oral: {date: '2026-05-19', time: '16:00'}}"
            )
        );
        let experts: Vec<crate::input::case::Expert> = serde_norway::from_value(t.values()).unwrap();
        assert!(experts[0].opinion.is_some() && experts[1].opinion.is_none());
        // 填了书面意见的一部分：缺的必填项指向那一格
        let grid = text_rows(&[
            (1, &["姓名", "出具意见日期", "必要性和重要性", "科学性", "可行性", "存在的问题或风险", "建议"]),
            (2, &["王堃", "", "必要"]),
        ]);
        let p = build_table(&origin(), grid, RosterKind::Experts).unwrap_err();
        assert_eq!(p.len(), 5, "{p:#?}");
        assert_eq!((p[0].row, p[0].column.as_deref(), p[0].header.as_deref()), (Some(2), Some("B"), Some("出具意见日期")));
        assert!(p[0].message.contains("书面论证意见"), "{}", p[0].message);
        // 有书面意见的一列，却缺少其他必填的列
        let grid = text_rows(&[(1, &["姓名", "必要性"]), (2, &["王堃", "必要"])]);
        let p = build_table(&origin(), grid, RosterKind::Experts).unwrap_err();
        assert_eq!(p.len(), 1);
        assert!(
            p[0].describe().starts_with("名单.csv 第 1 行：有“必要性”列，却缺少“出具意见日期”、“科学性及社会经济效益”、"),
            "{}",
            p[0].describe()
        );
    }

    #[test]
    fn header_problems_name_row_column_and_header() {
        let grid = text_rows(&[(1, &["姓名", "出生年月", "单位", "工作单位"]), (2, &["王堃", "1970", "a", "b", "多出的"])]);
        let p = build_table(&origin(), grid, RosterKind::Experts).unwrap_err();
        let d: Vec<String> = p.iter().map(RosterProblem::describe).collect();
        assert_eq!(d.len(), 3, "{d:#?}");
        assert!(
            d[0].starts_with(
                "名单.csv 第 1 行 B 列（出生年月）：表头“出生年月”不是论证专家名单中的一项。可用的表头：“姓名”（必填）、“职称或职务”、"
            ),
            "{}",
            d[0]
        );
        assert!(d[1].starts_with("名单.csv 第 1 行 D 列（工作单位）：与 C 列的“单位”是同一项（工作单位）"), "{}", d[1]);
        assert!(d[2].starts_with("名单.csv 第 2 行 E 列：E 列有内容，却没有表头"), "{}", d[2]);
        let grid = text_rows(&[(1, &["职称", "工作单位"]), (2, &["教授", "赤峰学院"])]);
        let p = build_table(&origin(), grid, RosterKind::Experts).unwrap_err();
        assert_eq!(p.len(), 1);
        assert!(p[0].describe().starts_with("名单.csv 第 1 行：缺少“姓名”列：这一项必填"), "{}", p[0].describe());
        let grid = text_rows(&[(1, &["姓名", "身份类别"]), (2, &["王堃", ""]), (3, &["", "专家学者"])]);
        let p = build_table(&origin(), grid, RosterKind::HearingParticipants).unwrap_err();
        let d: Vec<String> = p.iter().map(RosterProblem::describe).collect();
        assert_eq!(
            d,
            ["名单.csv 第 2 行 B 列（身份类别）：“身份类别”未填写：这一项必填", "名单.csv 第 3 行 A 列（姓名）：“姓名”未填写：这一项必填"]
        );
        let p = build_table(&origin(), text_rows(&[(1, &["姓名"])]), RosterKind::Experts).unwrap_err();
        assert!(p[0].message.contains("只有表头"));
        let p = build_table(&origin(), Vec::new(), RosterKind::Experts).unwrap_err();
        assert!(p[0].describe().starts_with("名单.csv：名单是空的"));
    }

    #[test]
    fn problems_are_described_in_chinese() {
        let p = RosterProblem {
            file: "专家名单.xlsx".into(),
            sheet: Some("专家".into()),
            row: Some(5),
            column: Some("C".into()),
            header: Some("姓名".into()),
            message: "……".into(),
        };
        assert_eq!(p.describe(), "专家名单.xlsx 工作表“专家”第 5 行 C 列（姓名）：……");
        assert_eq!(RosterProblem { sheet: None, ..p.clone() }.describe(), "专家名单.xlsx 第 5 行 C 列（姓名）：……");
        assert_eq!(RosterProblem { row: None, column: None, header: None, ..p }.to_string(), "专家名单.xlsx 工作表“专家”：……");
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn problems_found_later_point_at_the_cell() {
        let grid =
            text_rows(&[(1, &["姓名", "必要性和重要性", "签署承诺书日期"]), (2, &["王堃", "", "2026-02-30"]), (3, &["李喆", "必要"])]);
        let grid: Vec<GridRow> = grid;
        let t = build_table(&origin(), grid.clone(), RosterKind::Experts);
        // 缺少书面意见的其他列：先换成一张合格的表
        assert!(t.is_err());
        let grid = text_rows(&[(1, &["姓名", "签署承诺书日期"]), (2, &["王堃", "2026-02-30"])]);
        let t = build_table(&origin(), grid, RosterKind::Experts).unwrap();
        let p = t.problem_at(0, Some("committed_on"), "日期“2026-02-30”不存在");
        assert_eq!(p.describe(), "名单.csv 第 2 行 B 列（签署承诺书日期）：日期“2026-02-30”不存在");
        let p = t.problem_at(0, Some("opinion.date"), "缺少 date");
        assert_eq!((p.row, p.column), (Some(2), None));
        let p = t.problem_at(0, Some("name"), "x");
        assert_eq!(p.column.as_deref(), Some("A"));
    }

    #[test]
    fn references_are_file_names_or_file_and_sheet() {
        let r = |s: &str| Reference::from_yaml(&yaml(s));
        assert_eq!(r("专家名单.xlsx"), Some(Reference { file: "专家名单.xlsx".into(), sheet: None }));
        assert_eq!(r("{file: 专家名单.xlsx, sheet: 专家}"), Some(Reference { file: "专家名单.xlsx".into(), sheet: Some("专家".into()) }));
        assert_eq!(r("{file: 名单.xlsx, sheet: 2026}").unwrap().sheet.as_deref(), Some("2026"));
        assert_eq!(r("{file: 名单.csv, sheet: null}").unwrap().sheet, None);
        assert_eq!(r("[{name: 王堃}]"), None);
        assert_eq!(r("{name: 王堃}"), None);
        assert_eq!(r("{file: 名单.xlsx, title: x}"), None);
        assert_eq!(r("{sheet: 专家}"), None);
        assert_eq!(r("''"), None);
        assert_eq!(r("3"), None);
    }

    #[test]
    fn files_outside_the_case_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("案卷");
        std::fs::create_dir(&case).unwrap();
        std::fs::write(dir.path().join("外面.csv"), "姓名\n王堃\n").unwrap();
        std::fs::create_dir(case.join("名单.csv")).unwrap();
        let read_err = |file: &str, kind: RosterKind| {
            read(&case, &Reference { file: file.into(), sheet: None }, kind)
                .unwrap_err()
                .iter()
                .map(RosterProblem::describe)
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(read_err("../外面.csv", RosterKind::Experts).contains("超出了案卷文件所在的文件夹"));
        let abs = dir.path().join("外面.csv").display().to_string();
        assert!(read_err(&abs, RosterKind::Experts).contains("超出了案卷文件所在的文件夹"));
        assert!(read_err("C:\\名单\\专家.xlsx", RosterKind::Experts).contains("超出了案卷文件所在的文件夹"));
        assert!(read_err("名单.csv", RosterKind::Experts).contains("不是普通文件"));
        assert!(read_err("没有.csv", RosterKind::Experts).starts_with("没有.csv：找不到这个文件"));
        assert!(read_err("名单.docx", RosterKind::Experts).contains("不支持 .docx 文件"));
        assert!(read_err("名单.et", RosterKind::Experts).contains("另存为"));
        assert!(read_err("王堃", RosterKind::Experts).contains("这里应是逐项列出的论证专家名单"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("外面.csv"), case.join("链接.csv")).unwrap();
            assert!(read_err("链接.csv", RosterKind::Experts).contains("超出了案卷文件所在的文件夹"));
        }
        std::fs::write(case.join("附件.csv"), "题名,文件,类别,日期,页数\n批复,a/批复.pdf,启动,2026/5/6,3\n").unwrap();
        let t = read(&case, &Reference { file: "附件.csv".into(), sheet: None }, RosterKind::Attachments).unwrap();
        assert_eq!(t.rows[0].value, yaml("{title: 批复, path: a/批复.pdf, category: 启动, date: '2026-05-06', pages: 3}"));
        // GBK 存不下的生僻字变成了问号
        let (gbk, _, _) = encoding_rs::GB18030.encode("姓名,职称\r\n王堃,教授\r\n张?,教授\r\n");
        std::fs::write(case.join("丢字.csv"), &gbk).unwrap();
        assert_eq!(read_err("丢字.csv", RosterKind::Experts).lines().next().unwrap_or(""), "丢字.csv 第 3 行 A 列（姓名）：姓名“张?”中有问号：多半是名单存为 GBK 编码的 CSV 时，生僻字（GBK 中没有的字）变成了问号。请在原表格中改正姓名后“另存为”“CSV UTF-8（逗号分隔）”或 .xlsx");
        std::fs::write(case.join("问号.csv"), "姓名\r\n张?\r\n").unwrap();
        assert!(read(&case, &Reference { file: "问号.csv".into(), sheet: None }, RosterKind::Experts).is_ok(), "UTF-8 文件中的问号是原文");
        let sheet = Reference { file: "附件.csv".into(), sheet: Some("Sheet1".into()) };
        assert!(read(&case, &sheet, RosterKind::Attachments).unwrap_err()[0].message.contains("不分工作表"));
    }
}
