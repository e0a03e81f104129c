"""The body fit's numba kernels are compiled ahead of the first fit (mtm.bodies.warmup), with
the argument types the fit calls them with."""

import numpy as np
from numba.core.registry import CPUDispatcher

from mtm.bodies import folds, warmup
from mtm.bodies.folds import QuadTopology, check
from mtm.bodies.makehuman import load_model


def kernels() -> dict[str, CPUDispatcher]:
    return {name: f for name, f in vars(folds).items() if isinstance(f, CPUDispatcher)}


def test_compile_kernels_compiles_every_fold_kernel():
    assert warmup.compile_kernels() > 0
    assert set(kernels()) == {"split_quads", "_pairs", "_scan", "_grow", "_pieces_with"}
    for name, kernel in kernels().items():
        assert len(kernel.signatures) == 1, name
    # the body model's own mesh goes through the same specialisations: none is added
    model = load_model()
    v = model.base.reshape(-1, 3)
    report = check(v, *model.split(v)[:1], model.triangle_pairs(v))
    assert report.clean
    topology = model.topology
    bad = np.zeros(len(v), np.bool_)
    bad[:10] = True
    folds._pieces_with(bad, bad.copy(), topology.indptr, topology.indices)
    folds._grow(bad, topology.indptr, topology.indices)
    for name, kernel in kernels().items():
        assert len(kernel.signatures) == 1, name


def test_the_quad_sphere_is_closed_and_wound_outward():
    v, quads = warmup.quad_sphere(3, radius=5.0)
    QuadTopology.of(quads, len(v))  # raises unless every edge joins exactly two quads
    assert np.allclose(np.linalg.norm(v, axis=1), 5.0)
    a, b, c = v[quads[:, 0]], v[quads[:, 1]], v[quads[:, 2]]
    normal = np.cross(b - a, c - a)
    assert (np.einsum("ij,ij->i", normal, a + c) > 0).all()
