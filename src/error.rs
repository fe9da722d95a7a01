//! 错误类型：每条错误都是给科员看的中文说明，类别决定退出码。

use std::fmt;

/// 工具的错误。`message` 为完整的中文说明（含文件、行列、字段路径）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

/// 错误类别，决定退出码（README“退出码”）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorKind {
    /// 程序检查发现违规，拒绝生成（退出码 3）
    Violation,
    /// 案卷、模板、配置等输入有误（退出码 2）
    Input,
    /// 读写文件、排版或导出 PDF 失败（退出码 1）
    Output,
    /// 程序自身的错误（不应发生；退出码 4）
    Internal,
}

impl Error {
    pub fn input(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Input, message: message.into() }
    }
    pub fn output(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Output, message: message.into() }
    }
    pub fn violation(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Violation, message: message.into() }
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Internal, message: format!("程序内部错误（请报告）：{}", message.into()) }
    }

    /// 退出码：输出错误 1，输入错误 2，违规 3，内部错误 4。
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Output => 1,
            ErrorKind::Input => 2,
            ErrorKind::Violation => 3,
            ErrorKind::Internal => 4,
        }
    }

    /// 合并几项（如并行生成多份文书时）的错误：说明逐条列出（相同的只列一次），
    /// 类别取最严重的一项（内部 > 输出 > 输入 > 违规），退出码随之而定。
    pub fn merge(errors: Vec<Error>) -> Option<Error> {
        let kind = errors.iter().map(|e| e.kind).max()?;
        let mut messages: Vec<String> = Vec::new();
        for e in errors {
            if !messages.contains(&e.message) {
                messages.push(e.message);
            }
        }
        Some(Error { kind, message: messages.join("\n\n") })
    }
}

/// 把各项结果合为一个：全部成功时依次给出结果，否则合并全部错误（[`Error::merge`]）。
pub fn collect<T>(results: impl IntoIterator<Item = Result<T>>) -> Result<Vec<T>> {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(e) => errors.push(e),
        }
    }
    match Error::merge(errors) {
        None => Ok(ok),
        Some(e) => Err(e),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// serde / YAML 的英文错误说明译成中文（配置文件 gen.yaml、工作日历等小文件用；案卷另有更详尽的说明）。
/// 键名和取值照录并加引号；认不出的说明不照录英文，只说格式哪里可能不对。末尾的“ at line N column M”去掉（位置另行写出）。
pub fn yaml_cn(raw: &str) -> String {
    let raw = strip_position(raw.trim());
    // 嵌套的项，说明以字段路径开头：“limits.seconds: invalid type: …”
    if let Some((path, rest)) = raw.split_once(": ") {
        if !path.is_empty() && path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']')) {
            return format!("“{path}”：{}", yaml_cn(rest));
        }
    }
    let names = backquoted(raw);
    let list = |v: &[&str]| v.iter().map(|n| format!("“{n}”")).collect::<Vec<_>>().join("、");
    let name = names.first().copied().unwrap_or("");
    if raw.starts_with("unknown field") {
        let rest = &names[names.len().min(1)..];
        let expected =
            if rest.is_empty() { "，此处不应有任何项".to_string() } else { format!("，此处可用的项：{}", list(rest)) };
        return format!("不认识的项“{name}”（可能是拼写错误或缩进不对）{expected}");
    }
    if raw.starts_with("missing field") {
        return format!("缺少必填的项“{name}”");
    }
    if raw.starts_with("unknown variant") {
        return format!("取值“{name}”无效，应为以下之一：{}", list(&names[names.len().min(1)..]));
    }
    if raw.starts_with("duplicate field") {
        return format!("“{name}”写了两次");
    }
    for (prefix, what) in [("invalid type: ", "类型不对"), ("invalid value: ", "取值不对")] {
        if let Some(rest) = raw.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return format!("{what}：这里应填{}，实际填的是{}", type_cn(expected), type_cn(found));
        }
    }
    if raw.starts_with("invalid length") {
        return "列表的项数不对".to_string();
    }
    if raw.contains("duplicate") {
        return "同一项写了两次".to_string();
    }
    if raw.contains("EOF") || raw.contains("end of stream") {
        return "文件为空或不完整".to_string();
    }
    "YAML 格式不对：请检查缩进（只用空格，同一层左对齐）、键名与值之间的半角冒号和空格，以及括号、引号是否配对".to_string()
}

/// 读写文件时系统报的错误译成中文（按 [`std::io::ErrorKind`] 逐项）。认不出的写出系统错误代码，不照录英文。
pub fn io_text(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let s = match e.kind() {
        NotFound => "文件或文件夹不存在",
        PermissionDenied => "没有权限",
        AlreadyExists => "已有同名的文件或文件夹",
        IsADirectory => "这是文件夹，不是文件",
        NotADirectory => "路径中有一项是文件，不是文件夹",
        DirectoryNotEmpty => "文件夹不是空的",
        ReadOnlyFilesystem => "磁盘是只读的",
        StorageFull => "磁盘已满",
        QuotaExceeded => "超出了磁盘配额",
        FileTooLarge => "文件太大",
        InvalidFilename => "文件名不能用（太长或含有不能用的字符）",
        CrossesDevices => "不能跨磁盘改名",
        TooManyLinks => "链接太多",
        ResourceBusy | ExecutableFileBusy => "文件正被其他程序占用",
        UnexpectedEof => "文件不完整（提前结束了）",
        InvalidData => "数据已损坏或格式不对",
        InvalidInput => "参数不对",
        OutOfMemory => "内存不足",
        TimedOut => "超时",
        Interrupted => "被中断",
        WouldBlock => "暂时无法读写",
        BrokenPipe => "输出已被关闭",
        Unsupported => "系统不支持这一操作",
        _ => {
            return match e.raw_os_error() {
                Some(code) => format!("系统错误（代码 {code}）"),
                None => "系统错误".to_string(),
            }
        }
    };
    s.to_string()
}

/// 去掉 serde_norway 错误说明末尾的“ at line N column M”。
fn strip_position(m: &str) -> &str {
    if let Some(pos) = m.rfind(" at line ") {
        let tail = &m[pos + " at line ".len()..];
        if tail.split(" column ").all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
            return &m[..pos];
        }
    }
    m
}

/// 说明中用反引号括起的名称（键名、取值）。
fn backquoted(m: &str) -> Vec<&str> {
    m.split('`').skip(1).step_by(2).collect()
}

/// serde 对类型的英文称呼译成中文。认不出的不照录英文。
fn type_cn(s: &str) -> String {
    let s = s.trim();
    let word = |w: &str| s == w || s.starts_with(&format!("{w} "));
    if let Some(v) = s.strip_prefix("string ") {
        return format!("文字 {v}");
    }
    if s == "a string" || s == "string" || s == "a path" || s == "path string" {
        return "文字".into();
    }
    if ["u8", "u16", "u32", "u64", "usize"].iter().any(|w| word(w)) || s.contains("nonnegative integer") {
        return "非负整数（如 15）".into();
    }
    if let Some(v) = s.strip_prefix("integer ") {
        return format!("整数 {v}");
    }
    if ["i8", "i16", "i32", "i64", "isize", "integer", "an integer"].iter().any(|w| word(w)) {
        return "整数".into();
    }
    if let Some(v) = s.strip_prefix("boolean ") {
        return format!("是非值 {v}");
    }
    if s.starts_with("a boolean") || s == "boolean" {
        return "是非值 true 或 false".into();
    }
    if let Some(v) = s.strip_prefix("floating point ") {
        return format!("小数 {v}");
    }
    if s.starts_with("a sequence") || s == "sequence" {
        return "列表（写作 [甲, 乙]，或每项一行、以“- ”开头）".into();
    }
    if s.starts_with("struct ") || s == "map" || s.starts_with("a map") {
        return "一组项（下一行缩进后写“键名: 值”）".into();
    }
    if s == "unit value" || s == "null" || s == "unit" {
        return "空值".into();
    }
    if let Some(v) = s.strip_prefix("enum ") {
        return format!("选项 {v}");
    }
    if s.is_empty() {
        return "其他内容".into();
    }
    "其他内容".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_errors_keep_the_most_serious_kind() {
        let e = Error::merge(vec![Error::input("甲"), Error::output("乙"), Error::input("甲")]).unwrap();
        assert_eq!((e.kind, e.exit_code(), e.message.as_str()), (ErrorKind::Output, 1, "甲\n\n乙"));
        assert_eq!(Error::merge(vec![Error::violation("丙")]).unwrap().exit_code(), 3);
        assert!(Error::merge(vec![]).is_none());
        assert!(collect(vec![Ok(1), Err(Error::internal("丁"))]).unwrap_err().message.contains("丁"));
    }

    #[test]
    fn yaml_messages_are_translated_without_english() {
        assert_eq!(
            yaml_cn("unknown field `bogus`, expected one of `font_paths`, `fonts` at line 2 column 1"),
            "不认识的项“bogus”（可能是拼写错误或缩进不对），此处可用的项：“font_paths”、“fonts”"
        );
        assert_eq!(
            yaml_cn("invalid type: string \"是\", expected a boolean"),
            "类型不对：这里应填是非值 true 或 false，实际填的是文字 \"是\""
        );
        assert_eq!(yaml_cn("missing field `source`"), "缺少必填的项“source”");
        assert_eq!(
            yaml_cn("limits.seconds: invalid type: integer `-1`, expected u64 at line 2 column 12"),
            "“limits.seconds”：类型不对：这里应填非负整数（如 15），实际填的是整数 `-1`"
        );
        assert_eq!(
            yaml_cn("limits: unknown field `second`, expected `seconds`"),
            "“limits”：不认识的项“second”（可能是拼写错误或缩进不对），此处可用的项：“seconds”"
        );
        assert!(yaml_cn("did not find expected node content at line 1 column 4").starts_with("YAML 格式不对"));
        let e = std::io::Error::new(std::io::ErrorKind::InvalidData, "corrupt deflate stream");
        assert_eq!(io_text(&e), "数据已损坏或格式不对");
        assert_eq!(io_text(&std::io::Error::from_raw_os_error(20)), "路径中有一项是文件，不是文件夹");
    }
}
