//! The arguments of the `factlint` binary (clap): the top-level flags, every command and
//! subcommand with its flags, the value types they parse into, and the flag groups commands share.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factlint::config::FailOn;
use factlint::grammar::Lang;
use factlint::output::Format;
use factlint::review::Decision;
use factlint::value::Published;

#[derive(Parser)]
#[command(
    name = "factlint",
    version,
    about = "Finds the numbers and dates that articles disagree on"
)]
pub(crate) struct Cli {
    /// The configuration file (default: the nearest factlint.yaml at or above the working
    /// directory, up to the repository's root).
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore any factlint.yaml.
    #[arg(long, global = true, conflicts_with = "config")]
    pub(crate) no_config: bool,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The corpus and rules that new articles are read against, and what to assume of an article
/// that does not say: shared by `lint` and `explain`.
#[derive(Args)]
pub(crate) struct AgainstCorpus {
    /// The corpus folder (default: corpus/).
    #[arg(long)]
    pub(crate) corpus: Option<PathBuf>,
    /// The folder of claim rules (default: claims/).
    #[arg(long)]
    pub(crate) claims: Option<PathBuf>,
    /// Publication date of new articles that do not state one (standard input, files without
    /// front matter): YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_parser = parse_published)]
    pub(crate) published: Option<Published>,
    /// Language of new articles that do not state one (default: fr).
    #[arg(long, value_enum)]
    pub(crate) lang: Option<LangArg>,
}

/// How a report is printed, and what fails the run: shared by `check` and `lint`.
#[derive(Args)]
pub(crate) struct ReportArgs {
    /// human (coloured on a terminal unless NO_COLOR is set), json, sarif (SARIF 2.1.0) or
    /// github (workflow-command annotations).
    #[arg(long, value_enum)]
    pub(crate) format: Option<ReportFormat>,
    /// Print only what fails the run (human and github formats); nothing when it passes.
    #[arg(long, short, conflicts_with = "summary")]
    pub(crate) quiet: bool,
    /// Print one line: the counts, and whether the run passes.
    #[arg(long, conflicts_with = "format")]
    pub(crate) summary: bool,
    /// Which findings fail the run, comma-separated: conflict, refinement, single-source,
    /// warning, stale-review, discovered (`lint --discover` hints) (default: conflict;
    /// reviewed findings never fail).
    #[arg(long, value_delimiter = ',', value_parser = parse_fail_on, value_name = "KINDS")]
    pub(crate) fail_on: Option<Vec<FailOn>>,
    #[command(flatten)]
    pub(crate) review: ReviewArgs,
    /// Which file names in a folder are articles, as a glob matched in any case (repeat for
    /// several; default: *.txt, *.text, *.md, *.markdown).
    #[arg(long, value_name = "GLOB")]
    pub(crate) include: Vec<String>,
    /// Exit 2 when any file was not read (skipped for any reason but its name, or failed).
    #[arg(long)]
    pub(crate) strict: bool,
}

#[derive(Args, Default)]
pub(crate) struct ReviewArgs {
    /// The review file (default: factlint.review.yaml in the corpus folder).
    #[arg(long, value_name = "FILE")]
    pub(crate) review: Option<PathBuf>,
    /// Ignore editorial review decisions: every finding counts.
    #[arg(long, conflicts_with = "review")]
    pub(crate) no_review: bool,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check a corpus: every agreement and conflict between its sources.
    Check {
        /// Files or folders to read (default: the corpus folder, corpus/).
        paths: Vec<PathBuf>,
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
        /// The language of articles that do not state one (default: fr).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Also write (or refresh) the claims index of the corpus folder, for `lint`.
        #[arg(long)]
        index: bool,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Write (or refresh) the claims index of a corpus (CORPUS/.factlint-index), which `lint`
    /// then uses instead of reading and extracting the whole corpus.
    Index {
        /// The corpus folder (default: corpus/).
        corpus: Option<PathBuf>,
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
        /// Which file names are articles (default: *.txt, *.text, *.md, *.markdown).
        #[arg(long, value_name = "GLOB")]
        include: Vec<String>,
    },
    /// Check new articles against the corpus: only the findings that involve them.
    Lint {
        /// The new articles; `-` reads one from standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Also list, as hints, the new articles' values that disagree with a fact the corpus
        /// states and no rule names (they fail the run only with `--fail-on discovered`).
        #[arg(long)]
        discover: bool,
        #[command(flatten)]
        against: AgainstCorpus,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// How a finding was derived: the rule and pattern, the raw text, the normalization steps,
    /// the intervals compared and why the verdict.
    Explain {
        /// A finding ID, as printed by check and lint (FL-…).
        id: String,
        /// New articles, for a finding that `lint` reported on them; `-` reads standard input.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        #[command(flatten)]
        against: AgainstCorpus,
        #[command(flatten)]
        review: ReviewArgs,
    },
    /// Editorial review: record decisions on findings.
    Review {
        #[command(subcommand)]
        command: ReviewCommand,
    },
    /// Work with claim rules: list, explain, test.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Propose the facts the sources share, and where they disagree, with no rule written.
    Discover {
        /// Files or folders to read (default: the corpus folder, corpus/).
        paths: Vec<PathBuf>,
        /// The folder of claim rules, whose claims are marked rule-bound (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
        /// How many candidates to list, best first.
        #[arg(long, default_value_t = factlint::discover::DEFAULT_LIMIT)]
        limit: usize,
        /// human, json or sarif (SARIF 2.1.0, each candidate a note).
        #[arg(long, value_enum, default_value = "human")]
        format: DiscoverFormat,
    },
    /// Write the claims of a corpus as JSON lines, for a distributed engine (a map over
    /// documents): one line per claim, written as it is produced.
    Extract(super::handoff::ExtractArgs),
    /// Read claims files of `extract` (from any number of shards, in any order) and write the
    /// report `check` writes, with its exit code (a group-by on the fact).
    Compare(super::handoff::CompareArgs),
    /// List every date, duration and number the built-in grammars find in a text.
    Scan {
        /// The text's language.
        #[arg(long, default_value = "fr")]
        lang: LangArg,
        /// Publication date (YYYY, YYYY-MM or YYYY-MM-DD) that partial and relative dates are
        /// resolved against.
        #[arg(long, value_parser = parse_published)]
        published: Option<Published>,
        /// human (each line with its mentions marked) or json (one object per mention).
        #[arg(long, default_value = "human")]
        format: ScanFormat,
        /// A file, or `-` for standard input.
        #[arg(default_value = "-")]
        file: String,
    },
}

/// Where `review list` and `review remove` find the review file.
#[derive(Args)]
pub(crate) struct ReviewFileArgs {
    /// The corpus folder (default: corpus/).
    #[arg(long)]
    pub(crate) corpus: Option<PathBuf>,
    /// The review file (default: factlint.review.yaml in the corpus folder).
    #[arg(long, value_name = "FILE")]
    pub(crate) review: Option<PathBuf>,
}

#[derive(Subcommand)]
pub(crate) enum ReviewCommand {
    /// Record an editor's decision on a finding of the corpus (or of `lint` on FILE...) in the
    /// corpus's review file.
    Add {
        /// The finding's ID (FL-…).
        id: String,
        /// New articles, for a finding that `lint` reported on them; `-` reads standard input.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        /// The editor's decision: confirmed-error, different-events or accepted.
        #[arg(long, value_enum)]
        decision: DecisionArg,
        /// Why: shown with the finding from now on.
        #[arg(long)]
        note: String,
        /// Who decided (default: git config user.name, else $USER).
        #[arg(long)]
        author: Option<String>,
        /// When (YYYY-MM-DD; default: today).
        #[arg(long)]
        date: Option<String>,
        /// The claims the decision takes out of the fact (the other event's, the wrong ones):
        /// a file name, or FILE=VALUE as the review file writes it; repeatable. Default: the
        /// claims whose value is not the majority's.
        #[arg(long, value_name = "CLAIM")]
        set_apart: Vec<String>,
        #[command(flatten)]
        against: AgainstCorpus,
        /// The review file to write (default: factlint.review.yaml in the corpus folder).
        #[arg(long, value_name = "FILE")]
        review: Option<PathBuf>,
    },
    /// List the decisions of the review file.
    List {
        #[command(flatten)]
        file: ReviewFileArgs,
    },
    /// Remove a decision from the review file.
    Remove {
        /// The finding's ID (FL-…).
        id: String,
        #[command(flatten)]
        file: ReviewFileArgs,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DecisionArg {
    /// The sources do disagree: one is wrong.
    ConfirmedError,
    /// The values are about different events: not a conflict.
    DifferentEvents,
    /// Known, and accepted as it stands.
    Accepted,
}

impl From<DecisionArg> for Decision {
    fn from(d: DecisionArg) -> Decision {
        match d {
            DecisionArg::ConfirmedError => Decision::ConfirmedError,
            DecisionArg::DifferentEvents => Decision::DifferentEvents,
            DecisionArg::Accepted => Decision::Accepted,
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum RulesCommand {
    /// List every rule: id, kind, title and file.
    List {
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
    },
    /// Everything about one rule, and where it matches in the corpus.
    Explain {
        /// The rule's id, as `rules list` prints it.
        id: String,
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
        /// The corpus to show matches from (default: corpus/).
        #[arg(long)]
        corpus: Option<PathBuf>,
    },
    /// Why a text gives the claims it gives: what each rule takes, and what it almost took
    /// and lacked (the unit, a cue, a word near enough, the anchor).
    Why {
        /// Text files to read; `-` or none reads standard input.
        files: Vec<PathBuf>,
        /// Only this rule, with every value it did not take.
        #[arg(long)]
        rule: Option<String>,
        /// The text's publication date (`YYYY-MM-DD`), to place dates without a year.
        #[arg(long)]
        published: Option<String>,
        /// The text's language.
        #[arg(long, value_enum, default_value = "fr")]
        lang: LangArg,
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
    },
    /// Draft a rule from a candidate of `factlint discover`: its kind, counted nouns and
    /// shared words, the corpus sentences as examples, neighbours as counter-examples. The
    /// draft passes `rules test` as written.
    Suggest {
        /// The candidate's id (DC-…), or its rank in the list (#3).
        id: String,
        /// Write the draft to this file (a new rule file in the claims folder, say) instead of
        /// printing it.
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
        /// The folder of claim rules: its word classes are used, its rules mark what is
        /// rule-bound (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
        /// The corpus to discover in (default: corpus/).
        #[arg(long)]
        corpus: Option<PathBuf>,
    },
    /// Run every rule's examples and counter-examples.
    Test {
        /// The folder of claim rules (default: claims/).
        #[arg(long)]
        claims: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ReportFormat {
    Human,
    Json,
    Sarif,
    Github,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Human => Format::Human,
            ReportFormat::Json => Format::Json,
            ReportFormat::Sarif => Format::Sarif,
            ReportFormat::Github => Format::Github,
        }
    }
}

fn parse_fail_on(s: &str) -> Result<FailOn, String> {
    FailOn::parse(s).ok_or_else(|| {
        let all: Vec<&str> = FailOn::ALL.iter().map(|f| f.as_str()).collect();
        format!(
            "`{s}` is not a kind of finding: expected one of {}",
            all.join(", ")
        )
    })
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DiscoverFormat {
    Human,
    Json,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ScanFormat {
    Human,
    Json,
}

fn parse_published(s: &str) -> Result<Published, String> {
    Published::parse(s)
        .ok_or_else(|| format!("`{s}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"))
}
