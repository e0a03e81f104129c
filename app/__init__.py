"""Everything a person touches: the Qt studio (``mtm-studio``) and the command line (``mtm``).

numpy's BLAS (OpenBLAS) works on the calling thread only, unless the user says otherwise
(``OPENBLAS_NUM_THREADS``): this package is imported before numpy in ``mtm-studio`` and ``mtm``.
The body fit's small matrix products gained nothing from OpenBLAS's own threads, which spin
while they wait: on the 2-core machine at load 10 a studio fit took 27-28 s and 8.6-9.8 CPU
seconds with them, 7 s and 3.0 CPU seconds without (``benchmarks/body_fit.py`` always measured
it so); the studio's first drape waited for that fit.
"""

import os
from importlib.metadata import PackageNotFoundError, version

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    __version__ = version("mtm-studio")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
