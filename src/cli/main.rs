//! `gen`：重大行政决策程序文书生成工具的命令行。这里只解析参数、调用库（`juece`）、打印结果；
//! 每个命令一个模块，工作都在库中（[`juece::session::Session`]）。

#[macro_use]
mod out;
mod archive;
mod args;
mod check;
mod docs;
mod info;
mod memory;

use std::process::ExitCode;

use clap::FromArgMatches;

use args::{Cli, Command, DocArgs};
use juece::law::catalogue;

#[global_allocator]
static ALLOC: memory::Capped = memory::Capped;

fn main() -> ExitCode {
    let cmd = args::command();
    // 不认识的子命令：用中文说明可用的文书（clap 的说明是英文的）。
    if let Some(name) = std::env::args().nth(1).filter(|a| !a.starts_with('-')) {
        if cmd.find_subcommand(&name).is_none() && name != "help" {
            let kinds: Vec<&str> = catalogue::KINDS.iter().map(|k| k.id).collect();
            eprintln!(
                "错误：没有“{name}”这种文书或命令。可用的文书：{}（gen list 查看中文名称和依据；gen --help 查看命令）",
                kinds.join("、")
            );
            return ExitCode::from(2);
        }
    }
    let matches = cmd.get_matches();
    let result = match matches.subcommand() {
        Some((name, sub)) if !args::is_builtin(name) && catalogue::KINDS.iter().any(|k| k.id == name) => {
            let kind = catalogue::find(name).expect("种类表中有此子命令");
            let args = DocArgs::from_arg_matches(sub).unwrap_or_else(|e| e.exit());
            docs::run_kind(kind, &args)
        }
        _ => {
            let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
            dispatch(cli.command)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("错误：{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn dispatch(command: Command) -> juece::Result<()> {
    match command {
        Command::All(args) => docs::run_all(&args),
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
