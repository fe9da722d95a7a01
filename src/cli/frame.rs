//! 命令行的中文外框。clap 自带的帮助（“Usage:”“Options:”“Print help”）和解析错误
//! （“error: unexpected argument”）都是英文的，科员读不懂，这里全部换成中文：
//!
//! - 帮助由本模块按命令的定义（参数、选项、子命令）自己排成中文（[`help_text`]），作为 clap 的帮助模板交给它
//!   （模板中不含 `{…}` 标签，clap 原样输出）；用法一行写作“用法：gen notice [选项] <案卷>”，总带着 `gen`。
//! - `-h/--help`、`-V/--version` 和 `gen help 命令` 由本模块加入，说明为中文（clap 自带的三项关掉）。
//! - 选项的可选值和默认值不用 clap 的“[possible values: …]”，由本模块用中文写在说明之后。
//! - clap 的解析错误由 [`explain`] 按错误种类（[`ErrorKind`]）逐项译成中文，附上用法和查看说明的命令。

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use unicode_width::UnicodeWidthStr;

use juece::law::catalogue;

/// 加上中文外框：关掉 clap 自带的帮助、版本和 help 子命令，换成中文的；每个命令设好中文的帮助和用法。
pub fn chinese(cmd: Command) -> Command {
    let cmd = cmd
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help("显示版本号"))
        .subcommand(Command::new("help").about("显示帮助：gen help 命令，查看该命令的说明").arg(
            Arg::new("command").value_name("命令").num_args(0..).help("要查看说明的命令，如 notice、templates export；不写则显示全部命令"),
        ));
    frame(cmd, &[])
}

fn frame(mut cmd: Command, parents: &[String]) -> Command {
    let mut path = parents.to_vec();
    path.push(cmd.get_name().to_string());
    cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("显示本说明"));
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |s| frame(s, &path));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| a.hide_possible_values(true).hide_default_value(true));
    }
    let usage = usage(&cmd, &path);
    let help = help_text(&cmd, &usage);
    cmd.override_usage(usage).help_template(help)
}

/// 用法一行（不含“用法：”）：`gen notice [选项] <案卷>`、`gen templates [选项] <命令>`。
fn usage(cmd: &Command, path: &[String]) -> String {
    let mut s = path.join(" ");
    if cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()) {
        s.push_str(" [选项]");
    }
    for a in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let name = value_name(a);
        let many = a.get_num_args().is_some_and(|r| r.max_values() > 1);
        let dots = if many { "…" } else { "" };
        if a.is_required_set() {
            s.push_str(&format!(" <{name}>{dots}"));
        } else {
            s.push_str(&format!(" [{name}]{dots}"));
        }
    }
    if cmd.has_subcommands() {
        s.push_str(" <命令>");
    }
    s
}

fn value_name(a: &Arg) -> String {
    a.get_value_names().and_then(|v| v.first()).map(|v| v.to_string()).unwrap_or_else(|| a.get_id().to_string())
}

/// 参数在帮助左栏的写法：`<案卷>`、`-o, --out <文件夹>`、`    --draft`。
fn arg_label(a: &Arg) -> String {
    if a.is_positional() {
        return format!("<{}>", value_name(a));
    }
    let mut s = match (a.get_short(), a.get_long()) {
        (Some(c), Some(l)) => format!("-{c}, --{l}"),
        (Some(c), None) => format!("-{c}"),
        (None, Some(l)) => format!("    --{l}"),
        (None, None) => String::new(),
    };
    if a.get_action().takes_values() {
        s.push_str(&format!(" <{}>", value_name(a)));
    }
    s
}

/// 参数在帮助右栏的说明：clap 中的说明，加上可选值和默认值（中文）。
fn arg_help(a: &Arg) -> String {
    let mut s = a.get_long_help().or(a.get_help()).map(|h| h.to_string()).unwrap_or_default().replace('\n', " ");
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match v.get_help() {
            Some(h) => format!("{}（{h}）", v.get_name()),
            None => v.get_name().to_string(),
        })
        .collect();
    if !values.is_empty() && a.get_action().takes_values() {
        s.push_str(&format!("。可选：{}", values.join("、")));
    }
    let defaults: Vec<String> = a.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && a.get_action().takes_values() {
        s.push_str(&format!("；不写时为 {}", defaults.join("、")));
    }
    s
}

/// 左右两栏的一节：左栏按显示宽度（汉字占两格）对齐。
fn table(rows: &[(String, String)]) -> String {
    let width = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (l, r) in rows {
        let pad = " ".repeat(width - l.width() + 2);
        out.push_str(format!("  {l}{pad}{r}").trim_end());
        out.push('\n');
    }
    out
}

/// 一个命令的中文帮助（即 clap 的帮助模板：不含 `{…}` 标签，原样输出）。
fn help_text(cmd: &Command, usage: &str) -> String {
    let mut out = String::new();
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        out.push_str(&format!("{about}\n\n"));
    }
    out.push_str(&format!("用法：{usage}\n"));
    let is_root = cmd.get_name() == "gen";
    let subs: Vec<&Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    let row = |s: &&Command| (s.get_name().to_string(), s.get_about().map(|a| a.to_string()).unwrap_or_default());
    let is_kind = |s: &&Command| is_root && catalogue::find(s.get_name()).is_some() && !crate::args::is_builtin(s.get_name());
    let commands: Vec<(String, String)> = subs.iter().filter(|s| !is_kind(s)).map(row).collect();
    let kinds: Vec<(String, String)> = subs.iter().filter(|s| is_kind(s)).map(row).collect();
    if !commands.is_empty() {
        out.push_str(&format!("\n命令：\n{}", table(&commands)));
    }
    if !kinds.is_empty() {
        out.push_str(&format!("\n生成一种文书（参数与 gen all 相同；各规则体系中的依据见 gen list）：\n{}", table(&kinds)));
    }
    let positionals: Vec<(String, String)> =
        cmd.get_positionals().filter(|a| !a.is_hide_set()).map(|a| (arg_label(a), arg_help(a))).collect();
    if !positionals.is_empty() {
        out.push_str(&format!("\n参数：\n{}", table(&positionals)));
    }
    let options: Vec<(String, String)> =
        cmd.get_arguments().filter(|a| !a.is_positional() && !a.is_hide_set()).map(|a| (arg_label(a), arg_help(a))).collect();
    if !options.is_empty() {
        out.push_str(&format!("\n选项：\n{}", table(&options)));
    }
    if let Some(after) = cmd.get_after_long_help().or(cmd.get_after_help()) {
        out.push_str(&format!("\n{}\n", after.to_string().trim_end()));
    }
    if is_root {
        out.push_str(
            "\n查看某个命令的说明：gen help 命令，或 gen 命令 --help（如 gen help notice）。\n\
             退出码：0 成功；1 读写文件或排版失败；2 案卷、配置等输入有误；3 违反法定程序；4 程序内部错误。\n",
        );
    }
    // 模板中的“{”会被 clap 当作标签的开头：帮助文字中本来没有，以防万一换成全角。
    out.replace('{', "｛").replace('}', "｝")
}

/// 按命令行找到出错的（子）命令：依次走过与子命令同名的参数。返回命令和它的完整名称（如 `gen templates export`）。
pub fn locate<'a>(root: &'a Command, argv: &[String]) -> (&'a Command, String) {
    let mut cmd = root;
    let mut path = vec![root.get_name().to_string()];
    for a in argv.iter().skip(1) {
        if a.starts_with('-') {
            continue;
        }
        match cmd.find_subcommand(a) {
            Some(sub) => {
                cmd = sub;
                path.push(sub.get_name().to_string());
            }
            None => break,
        }
    }
    (cmd, path.join(" "))
}

/// `gen help 命令…`：该命令的帮助；没有这个命令时为中文的错误说明。
pub fn help_for(root: &Command, names: &[String]) -> Result<String, String> {
    let mut cmd = root.clone();
    let mut path = vec![root.get_name().to_string()];
    for n in names {
        let Some(sub) = cmd.find_subcommand(n).cloned() else {
            let all: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
            return Err(format!("错误：没有“{}”这个命令。可用的命令：{}\n（gen --help 查看全部命令）", path_of(&path, n), all.join("、")));
        };
        cmd = sub;
        path.push(n.clone());
    }
    Ok(cmd.render_long_help().to_string())
}

fn path_of(path: &[String], n: &str) -> String {
    if path.len() > 1 {
        format!("{} {n}", path[1..].join(" "))
    } else {
        n.to_string()
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        Some(ContextValue::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

fn first(e: &clap::Error, kind: ContextKind) -> Option<String> {
    strings(e, kind).into_iter().next()
}

/// 选项的写法只取开关本身：`--format <格式>` → `--format`。
fn flag_of(arg: &str) -> &str {
    if arg.starts_with('-') {
        arg.split_whitespace().next().unwrap_or(arg)
    } else {
        arg
    }
}

/// 按参数的写法（`--out <文件夹>`、`<案卷>`）找到它的中文说明。
fn help_of(cmd: &Command, arg: &str) -> Option<String> {
    let flag = flag_of(arg);
    cmd.get_arguments()
        .find(|a| {
            a.get_long().is_some_and(|l| flag == format!("--{l}"))
                || a.get_short().is_some_and(|c| flag == format!("-{c}"))
                || (a.is_positional() && flag == format!("<{}>", value_name(a)))
        })
        .and_then(|a| a.get_help().map(|h| h.to_string()))
        .filter(|h| !h.is_empty())
}

/// clap 的建议（英文）译成中文：“'notice --draft' exists”“to pass '-x' as a value, use '-- -x'”。
fn suggestion(s: &str) -> String {
    let quoted: Vec<&str> = s.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [what, how] if s.starts_with("to pass") => format!("如果“{what}”是文件名，请在它前面加“-- ”，写成“{how}”"),
        [what] if s.ends_with("exists") => format!("它应写在命令之后，如“gen {what}”"),
        _ => String::new(),
    }
}

/// clap 的解析错误译成中文（含用法和查看说明的命令）。`argv` 为命令行（用来找出错的子命令）。
pub fn explain(root: &Command, e: &clap::Error, argv: &[String]) -> String {
    let (cmd, path) = locate(root, argv);
    let arg = first(e, ContextKind::InvalidArg).unwrap_or_default();
    let with_help = |what: &str| match help_of(cmd, &arg) {
        Some(h) => format!("{what}，应为{h}"),
        None => what.to_string(),
    };
    let mut msg = match e.kind() {
        ErrorKind::UnknownArgument => {
            let mut s = if arg.starts_with('-') {
                format!("没有“{arg}”这个选项")
            } else {
                format!("多余的参数“{arg}”（文件名中有空格时，请用引号把整个文件名括起来）")
            };
            if let Some(best) = first(e, ContextKind::SuggestedArg) {
                s.push_str(&format!("。是否应为“{best}”？"));
            }
            for hint in strings(e, ContextKind::Suggested).iter().map(|h| suggestion(h)).filter(|h| !h.is_empty()) {
                s.push_str(&format!("。{hint}"));
            }
            s
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = strings(e, ContextKind::InvalidArg)
                .iter()
                .map(|a| match help_of(cmd, a) {
                    Some(h) => format!("{a}，即{h}"),
                    None => a.clone(),
                })
                .collect();
            format!("缺少 {}", missing.join("、"))
        }
        ErrorKind::InvalidValue => {
            let value = first(e, ContextKind::InvalidValue).unwrap_or_default();
            let valid = strings(e, ContextKind::ValidValue);
            let mut s = if value.is_empty() {
                with_help(&format!("{} 后面缺少值", flag_of(&arg)))
            } else {
                format!("{} 的值“{value}”不对", flag_of(&arg))
            };
            if !valid.is_empty() {
                s.push_str(&format!("，可选：{}", valid.join("、")));
            }
            if let Some(best) = first(e, ContextKind::SuggestedValue) {
                s.push_str(&format!("。是否应为“{best}”？"));
            }
            s
        }
        ErrorKind::ValueValidation => {
            let value = first(e, ContextKind::InvalidValue).unwrap_or_default();
            with_help(&format!("{} 的值“{value}”不对", flag_of(&arg)))
        }
        ErrorKind::InvalidSubcommand => {
            let sub = first(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let mut s = format!("没有“{sub}”这个命令");
            if let Some(best) = first(e, ContextKind::SuggestedSubcommand) {
                s.push_str(&format!("。是否应为“{best}”？"));
            }
            s
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let all: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
            format!("缺少要执行的命令。可用的命令：{}", all.join("、"))
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(e, ContextKind::PriorArg);
            format!("{} 不能与 {} 同时使用", flag_of(&arg), prior.iter().map(|p| flag_of(p)).collect::<Vec<_>>().join("、"))
        }
        ErrorKind::NoEquals => format!("{0} 的值要用等号紧接着写，如 {0}=值", flag_of(&arg)),
        ErrorKind::TooManyValues => {
            let value = first(e, ContextKind::InvalidValue).unwrap_or_default();
            format!("{} 给了太多的值（多出“{value}”）", flag_of(&arg))
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => format!("{} 的值的个数不对", flag_of(&arg)),
        ErrorKind::InvalidUtf8 => "命令行中有无法识别的文字（不是 UTF-8 编码）".to_string(),
        ErrorKind::Io | ErrorKind::Format => "无法输出说明".to_string(),
        _ => "命令行有误".to_string(),
    };
    msg = format!("错误：{msg}");
    msg.push_str(&format!("\n用法：{}\n查看说明：{path} --help", usage(cmd, &path_parts(&path))));
    msg
}

fn path_parts(path: &str) -> Vec<String> {
    path.split(' ').map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_translated() {
        assert_eq!(suggestion("'notice --draft' exists"), "它应写在命令之后，如“gen notice --draft”");
        assert_eq!(suggestion("to pass '-x' as a value, use '-- -x'"), "如果“-x”是文件名，请在它前面加“-- ”，写成“-- -x”");
        assert_eq!(suggestion("something else"), "");
    }
}
