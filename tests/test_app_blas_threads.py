"""mtm.app keeps numpy's BLAS on the calling thread unless the user chose otherwise (the body
fit's small products only paid for OpenBLAS's spinning threads: app/__init__.py)."""

import os
import subprocess
import sys

SNIPPET = "import mtm.app, os; print(os.environ.get('OPENBLAS_NUM_THREADS'))"


def blas_threads(env_value: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    out = subprocess.run([sys.executable, "-c", SNIPPET], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def test_blas_runs_on_one_thread_unless_the_user_set_it():
    assert blas_threads(None) == "1"
    assert blas_threads("2") == "2"

