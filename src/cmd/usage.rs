//! clap's errors (a bad flag, a missing argument) in the user's language: each error kind
//! is rendered through the catalog; help and version go through unchanged.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Outcome;
use crate::i18n::{Catalog, keys};

/// Prints a command-line error and returns the exit code.
pub fn error(e: &clap::Error, catalog: &Catalog) -> Outcome {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // Help and version on standard output, a closed pipe included (`csc --help | head`).
        let rendered = e.render();
        let text = if super::stdout_color() {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        };
        let _ = super::output::stdout(text.as_bytes());
        return Outcome::Success;
    }
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let text = match e.kind() {
        ErrorKind::UnknownArgument => {
            let suggestion = get(ContextKind::SuggestedArg);
            catalog.get(
                keys::USAGE_UNKNOWN_ARGUMENT,
                &[
                    ("arg", get(ContextKind::InvalidArg).into()),
                    ("has_suggestion", (!suggestion.is_empty()).into()),
                    ("suggestion", suggestion.into()),
                ],
            )
        }
        ErrorKind::InvalidValue => {
            let possible = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) if !v.is_empty() => v.join(", "),
                _ => "none".to_owned(),
            };
            catalog.get(
                keys::USAGE_INVALID_VALUE,
                &[
                    ("arg", get(ContextKind::InvalidArg).into()),
                    ("value", get(ContextKind::InvalidValue).into()),
                    ("possible", possible.into()),
                ],
            )
        }
        ErrorKind::ValueValidation => {
            // Our value parsers give the catalog's selector as their error.
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            catalog.get(
                keys::USAGE_REFUSED_VALUE,
                &[
                    ("arg", get(ContextKind::InvalidArg).into()),
                    ("value", get(ContextKind::InvalidValue).into()),
                    ("why", why.into()),
                ],
            )
        }
        ErrorKind::ArgumentConflict => {
            let arg = get(ContextKind::InvalidArg);
            let other = get(ContextKind::PriorArg);
            if other.is_empty() || other == arg {
                catalog.get(keys::USAGE_REPEATED, &[("arg", arg.into())])
            } else {
                catalog.get(
                    keys::USAGE_CONFLICT,
                    &[("arg", arg.into()), ("other", other.into())],
                )
            }
        }
        ErrorKind::MissingRequiredArgument => catalog.get(
            keys::USAGE_MISSING_ARGUMENT,
            &[("args", get(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            catalog.word(keys::USAGE_MISSING_COMMAND)
        }
        ErrorKind::InvalidSubcommand => {
            let suggestion = get(ContextKind::SuggestedSubcommand);
            catalog.get(
                keys::USAGE_UNKNOWN_COMMAND,
                &[
                    ("arg", get(ContextKind::InvalidSubcommand).into()),
                    ("has_suggestion", (!suggestion.is_empty()).into()),
                    ("suggestion", suggestion.into()),
                ],
            )
        }
        _ => catalog.get(
            keys::USAGE_OTHER,
            &[(
                "detail",
                e.to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_owned()
                    .into(),
            )],
        ),
    };
    let message = format!(
        "{}: {text}\n\n{}\n",
        catalog.word(keys::USAGE_ERROR),
        catalog.word(keys::USAGE_SEE_HELP)
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), message.as_bytes());
    Outcome::Usage
}
