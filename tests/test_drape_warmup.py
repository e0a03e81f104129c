"""The drape's numba kernels are compiled ahead of the first drape (mtm.core.drape.warmup)."""

from mtm.core.drape import kernels, sdf, warmup


def test_compile_kernels_compiles_every_kernel_a_drape_calls_from_python():
    seconds = warmup.compile_kernels()
    assert warmup.ready() and seconds > 0
    called = [kernels.colour_constraints, kernels.find_close_pairs, kernels.run_substeps,
              kernels.stretch_coefficients, kernels.bend_coefficients, kernels.area_normals,
              kernels.field_lipschitz,
              kernels.weld, sdf._query_many, sdf._scan_band,
              sdf._fill_inside, sdf._fill_values, sdf._fill_buckets, sdf._closest_within,
              sdf._vertex_normals, sdf._fill_skin_samples, sdf._faces_near, sdf._free_search,
              sdf._crease_candidates, sdf._squared_distance_transform,
              sdf._triangle_boxes]
    for kernel in called:
        assert kernel.signatures, kernel.__name__
    # a fitted body's arrays may be read-only: build_sdf and close_creases copy them, so the
    # one compiled specialisation (writeable arrays) serves every body
    for kernel in (sdf._scan_band, sdf._closest_within):
        (sig,) = list(kernel.signatures)
        assert all(not getattr(t, "readonly", False) for t in sig), kernel.__name__
