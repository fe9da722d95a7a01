//! 命令行参数（clap）。每种文书的子命令（`gen notice …`）按文书种类表在运行时加入（[`command`]）。

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use juece::law::catalogue::KINDS;
use juece::session::Options;

#[derive(Parser)]
#[command(name = "gen", version, about = "重大行政决策程序文书生成工具：由案卷文件（YAML）生成各类文书 PDF")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// 生成案卷已记录的各环节所需的全部文书
    All(DocArgs),
    /// 程序检查：逐条核对法定期限、人数和程序要求，列出违规和提示；有违规时退出码为 3
    Check(CheckArgs),
    /// 程序期限表：按已记录的环节推算其余环节的法定日期，打印表格并生成 PDF
    Plan(PlanArgs),
    /// 结案归档：全部文书（PDF/A-2b）和附件按类别打包为 ZIP，附归档文件目录、备考表和清单
    Archive(ArchiveArgs),
    /// 校验归档 ZIP：按清单逐个核对文件的 SHA-256；有缺少、多出或改动的文件时退出码为 3
    Verify {
        /// 归档 ZIP 文件
        file: PathBuf,
    },
    /// 列出可生成的文书种类及其在各规则体系中的依据
    List,
    /// 输出案卷格式的 JSON Schema（含每个字段的中文说明）；--document 种类：该种文书的模板可用的数据
    Schema {
        /// 文书种类（见 gen list）：输出该种文书模板可用的全部变量
        #[arg(long, value_name = "种类")]
        document: Option<String>,
    },
    /// 改模板用：列出一种文书的模板可以用的每个变量（中文含义、是否必填、示例）、过滤器，以及案卷中的自定义字段 extra
    Fields {
        /// 文书种类（见 gen list），如 notice
        #[arg(value_name = "种类")]
        kind: String,
        /// 案卷文件（可不填）：列出其中写了的自定义字段
        #[arg(value_name = "案卷")]
        case: Option<PathBuf>,
    },
    /// 列出可用的字体字族名（含 --font-path 加入的）
    Fonts {
        /// 额外字体文件夹
        #[arg(long = "font-path", value_name = "DIR")]
        font_paths: Vec<PathBuf>,
    },
    /// 模板：`gen templates export 文件夹` 复制内置模板供修改
    Templates {
        #[command(subcommand)]
        action: TemplateAction,
    },
}

#[derive(Subcommand)]
pub enum TemplateAction {
    /// 把内置模板复制到文件夹（已有同名文件不覆盖，除非 --force）
    Export {
        dir: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

/// 读案卷、工作日历和违规处理的参数（每个读案卷的命令都有）。
#[derive(Args, Clone)]
pub struct CaseArgs {
    /// 案卷文件（YAML）
    pub case: PathBuf,
    /// 另加的工作日历文件（其中的年份整年替换内置数据，格式同 data/calendar/cn-holidays.yaml）
    #[arg(long = "calendar", value_name = "FILE")]
    pub calendar: Option<PathBuf>,
}

/// 排版用的模板、字体、配置，以及违规时的处理（生成文书和归档共用）。
#[derive(Args, Clone)]
pub struct RenderArgs {
    /// 用此文件夹中的同名模板覆盖内置模板
    #[arg(long = "templates", value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// 额外字体文件夹（可多次指定）
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
    /// 配置文件（默认：案卷文件旁的 gen.yaml，如有）
    #[arg(long = "config", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// 文书所属环节有违规时仍然生成（违规列在屏幕上）
    #[arg(long = "allow-violations")]
    pub allow_violations: bool,
}

/// 生成文书的参数。
#[derive(Args, Clone)]
pub struct DocArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 输出文件夹（默认：案卷文件旁的“<案卷名>-文书”文件夹）
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub render: RenderArgs,
    /// 草稿：缺少的必填内容印为【待填写：字段】，不报错
    #[arg(long)]
    pub draft: bool,
}

/// 输出格式。
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// 供人阅读的文字
    Text,
    /// JSON（字段和顺序固定）
    Json,
}

/// `gen check` 的参数。
#[derive(Args, Clone)]
pub struct CheckArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 输出格式
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// `gen plan` 的参数。
#[derive(Args, Clone)]
pub struct PlanArgs {
    #[command(flatten)]
    pub doc: DocArgs,
    /// 屏幕输出的格式
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// `gen archive` 的参数。
#[derive(Args, Clone)]
pub struct ArchiveArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 归档 ZIP 文件（默认：案卷文件旁的“<案卷名>-归档.zip”）
    #[arg(short = 'o', long = "out", value_name = "FILE.zip")]
    pub out: Option<PathBuf>,
    /// 覆盖已有的归档文件
    #[arg(long)]
    pub force: bool,
    /// 在每份生成文书的首页加印归档章（DA/T 22-2015）
    #[arg(long)]
    pub stamp: bool,
    #[command(flatten)]
    pub render: RenderArgs,
}

impl CaseArgs {
    /// 案卷文件旁的“<案卷名><后缀>”。
    pub fn beside(&self, suffix: &str) -> PathBuf {
        let stem = self.case.file_stem().and_then(|s| s.to_str()).unwrap_or("案卷");
        self.case.parent().unwrap_or(Path::new(".")).join(format!("{stem}{suffix}"))
    }

    pub fn options(&self) -> Options {
        Options { calendar: self.calendar.clone(), ..Options::default() }
    }
}

impl RenderArgs {
    pub fn apply(&self, o: Options) -> Options {
        Options {
            templates_dir: self.templates.clone(),
            font_paths: self.font_paths.clone(),
            config: self.config.clone(),
            allow_violations: self.allow_violations,
            ..o
        }
    }
}

impl DocArgs {
    pub fn options(&self) -> Options {
        Options { draft: self.draft, ..self.render.apply(self.case.options()) }
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.case.beside("-文书"))
    }
}

/// 完整的命令：内置子命令，加上每种文书一个子命令（参数同 `gen all`）。
/// 程序期限表（`plan`）由内置的 `gen plan` 生成（它还打印表格），不另加子命令。
pub fn command() -> clap::Command {
    let mut cmd = Cli::command();
    for k in KINDS.iter().filter(|k| !is_builtin(k.id)) {
        let per = if k.per_person { "（每人一份）" } else { "" };
        let sub = clap::Command::new(k.id).about(format!("生成{}{per}；依据见 gen list", k.name));
        cmd = cmd.subcommand(<DocArgs as Args>::augment_args(sub));
    }
    cmd
}

/// 内置子命令（`gen check` 等），与文书种类同名时以内置的为准。
pub fn is_builtin(name: &str) -> bool {
    Cli::command().get_subcommands().any(|c| c.get_name() == name)
}
