//! `gen`：重大行政决策程序文书生成工具的命令行。这里只解析参数、调用库（`juece`）、打印结果；
//! 每个命令一个模块，工作都在库中（[`juece::session::Session`]）。

#[macro_use]
mod out;
mod archive;
mod args;
mod batch;
mod check;
mod docs;
mod frame;
mod info;
mod init;
mod memory;
mod watch;

use std::process::ExitCode;

use clap::FromArgMatches;

use args::{Cli, Command, DocArgs};
use juece::law::catalogue;

#[global_allocator]
static ALLOC: memory::Capped = memory::Capped;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let cmd = args::command(&argv);
    // 不认识的子命令：用中文说明可用的文书。
    if let Some(name) = argv.get(1).filter(|a| !a.starts_with('-')) {
        if cmd.find_subcommand(name).is_none() {
            // 七十种文书列不完：给出最相近的一个（拼错一两个字母的），全部见 gen list。
            let near = catalogue::KINDS
                .iter()
                .map(|k| (strsim::levenshtein(name, k.id), k))
                .filter(|(d, k)| *d <= 2.max(k.id.len() / 4))
                .min_by_key(|(d, _)| *d)
                .map(|(_, k)| format!("是不是 {}（{}）？", k.id, k.name))
                .unwrap_or_default();
            eprintln!("错误：没有“{name}”这种文书或命令。{near}全部文书的名称和依据见 gen list，命令见 gen --help");
            return ExitCode::from(2);
        }
    }
    let matches = match cmd.clone().try_get_matches_from(std::env::args_os()) {
        Ok(m) => m,
        Err(e) => return clap_error(&cmd, &e, &argv),
    };
    let result = match matches.subcommand() {
        Some(("help", sub)) => {
            let names: Vec<String> = sub.get_many::<String>("command").map(|v| v.cloned().collect()).unwrap_or_default();
            return match frame::help_for(&cmd, &names) {
                Ok(text) => {
                    out_raw!(text);
                    ExitCode::SUCCESS
                }
                Err(msg) => {
                    eprintln!("{msg}");
                    ExitCode::from(2)
                }
            };
        }
        Some((name, sub)) if !args::is_builtin(name) && catalogue::KINDS.iter().any(|k| k.id == name) => {
            let kind = catalogue::find(name).expect("种类表中有此子命令");
            match DocArgs::from_arg_matches(sub) {
                Ok(args) => docs::run_kind(kind, &args),
                Err(e) => Err(juece::Error::internal(format!("参数解析：{}", e.kind()))),
            }
        }
        _ => match Cli::from_arg_matches(&matches) {
            Ok(cli) => dispatch(cli.command),
            Err(e) => Err(juece::Error::internal(format!("参数解析：{}", e.kind()))),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("错误：{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// clap 报告的情形：帮助和版本照常输出（帮助已是中文，见 [`frame`]），解析错误译成中文，退出码 2。
fn clap_error(cmd: &clap::Command, e: &clap::Error, argv: &[String]) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        // 只敲了 `gen` 或 `gen templates`：在标准错误上显示该命令的帮助
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            eprintln!("{}", frame::explain(cmd, e, argv));
            ExitCode::from(2)
        }
    }
}

fn dispatch(command: Command) -> juece::Result<()> {
    match command {
        Command::Init(args) => init::run_init(&args),
        Command::All(args) if args.more.is_empty() => docs::run_all(&args.doc),
        Command::All(args) => batch::run_batch(&args),
        Command::Watch(args) => watch::run_watch(&args),
        Command::Check(args) => check::run_check(&args),
        Command::Plan(args) => check::run_plan(&args),
        Command::Archive(args) => archive::run_archive(&args),
        Command::Verify { file } => archive::run_verify(&file),
        Command::List => info::list(),
        Command::Schema { document } => info::schema(document.as_deref()),
        Command::Fields { kind, case } => info::fields(&kind, case.as_deref()),
        Command::Fonts { font_paths } => info::fonts(&font_paths),
        Command::Templates { action: args::TemplateAction::Export { dir, force } } => info::export(&dir, force),
    }
}
