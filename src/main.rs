use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(csc::run() as u8)
}
