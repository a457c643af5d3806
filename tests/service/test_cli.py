"""The ``casenote`` console command (``service.cli:main``): the pipeline's commands and the service's, as the README
lists them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASENOTE = Path(sys.executable).parent / "casenote"


def readme_commands() -> list[str]:
    """The subcommands in the README's "Command line" table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Command line", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `casenote ([a-z-]+)", section, flags=re.M)


def test_the_console_command_runs_every_command_the_readme_lists():
    commands = readme_commands()
    assert {"process", "transcribe", "serve", "worker", "rotate-key"} <= set(commands)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
           **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}}  # a worktree's code, where one is set
    for command in commands:
        proc = subprocess.run([str(CASENOTE), command, "--help"], capture_output=True, text=True, timeout=60, env=env)
        assert proc.returncode == 0 and f"casenote {command}" in proc.stdout, (
            f"`casenote {command}` does not run ({proc.stderr.strip()[-300:]}); if pyproject.toml's entry point "
            "changed, rerun ./scripts/setup.sh")


def test_rotate_key_generates_the_embedded_key_and_reports_and_a_bad_key_exits_3(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "PYTHONPATH": str(ROOT), "CASENOTE_DATA_DIR": str(tmp_path / "d")}
    cmd = [sys.executable, "-m", "service.cli", "rotate-key", "--new"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "re-wrapped 0 of 0 audio files" in proc.stdout and "keys/council.key" in proc.stderr  # where the key is
    proc = subprocess.run(cmd[:-1], capture_output=True, text=True, timeout=120, env={**env, "CASENOTE_KEY": "short"}, cwd=tmp_path)
    assert proc.returncode == 3 and "not 32 bytes of base64" in proc.stderr
