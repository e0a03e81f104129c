"""Batch production: resumable, bad orders reported, same results on a Dask LocalCluster."""

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtm.app.batch import run_batch
from mtm.app.cli import main
from mtm.core.io.ansur import load_ansur

KEYS = ("height", "chest_girth", "waist_girth", "hip_girth", "neck_base_girth",
        "shoulder_width", "arm_length")


def write_orders(path: Path, count: int, bad: bool = True) -> list[str]:
    rows = []
    subjects = load_ansur("male", limit=count, seed=3)
    for k, ms in enumerate(subjects):
        row = {"order_id": f"o{k:03d}", "garment": "tshirt", "sex": "male", "units": "mm"}
        row.update({key: round(10 * ms[key]) for key in KEYS})
        rows.append(row)
    if bad:
        rows.append({"order_id": "bad-value", "garment": "tshirt", "sex": "male",
                     "units": "cm", "height": "tall", "chest_girth": "-4"})
        rows.append({"order_id": "bad-garment", "garment": "kilt", "sex": "male",
                     "units": "cm", "height": "180"})
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["order_id", "garment", "sex", "units",
                                                    *KEYS])
        writer.writeheader()
        writer.writerows(rows)
    return [r["order_id"] for r in rows]


def read_summary(folder: Path) -> dict[str, dict]:
    with open(folder / "summary.csv", newline="") as handle:
        return {row["order_id"]: row for row in csv.DictReader(handle)}


def test_bad_orders_are_listed_with_their_reason_and_do_not_stop_the_batch(tmp_path):
    ids = write_orders(tmp_path / "orders.csv", 2)
    summary = run_batch(tmp_path / "orders.csv", tmp_path / "out", workers=1)
    assert (summary.done, summary.failed) == (2, 2)
    rows = read_summary(tmp_path / "out")
    assert list(rows) == ids
    assert rows["bad-value"]["status"] == "failed"
    assert "height" in rows["bad-value"]["reason"] and "not a number" in rows["bad-value"]["reason"]
    assert "unknown garment 'kilt'" in rows["bad-garment"]["reason"]
    for order in ids[:2]:
        assert rows[order]["status"] == "done"
        assert float(rows[order]["fabric_length_cm"]) > 30
        for name in ("pattern.json", "pattern.dxf", "pattern.pdf", "result.json"):
            assert (tmp_path / "out" / order / name).stat().st_size > 0


def test_a_rerun_skips_orders_already_done(tmp_path):
    write_orders(tmp_path / "orders.csv", 2, bad=False)
    run_batch(tmp_path / "orders.csv", tmp_path / "out", workers=1)
    stamp = (tmp_path / "out" / "o000" / "result.json").stat().st_mtime_ns
    again = run_batch(tmp_path / "orders.csv", tmp_path / "out", workers=1)
    assert again.resumed == 2
    assert (tmp_path / "out" / "o000" / "result.json").stat().st_mtime_ns == stamp
    (tmp_path / "out" / "o001" / "pattern.pdf").write_bytes(b"damaged")
    third = run_batch(tmp_path / "orders.csv", tmp_path / "out", workers=1)
    assert third.resumed == 1  # the damaged order is made again
    assert (tmp_path / "out" / "o001" / "pattern.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_a_batch_killed_half_way_finishes_every_order_once_on_restart(tmp_path):
    ids = write_orders(tmp_path / "orders.csv", 8, bad=False)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mtm.app.cli", "batch", str(tmp_path / "orders.csv"),
               "--out", str(out), "--workers", "1", "--quiet"]
    process = subprocess.Popen(command, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and len(list(out.glob("*/result.json"))) < 3:
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    before = {p.parent.name: p.stat().st_mtime_ns for p in out.glob("*/result.json")}
    assert 3 <= len(before) < len(ids), "the kill should land half way"
    summary = run_batch(tmp_path / "orders.csv", out, workers=1)
    assert summary.done == len(ids) and summary.failed == 0
    assert summary.resumed == len(before)
    after = {p.parent.name: p.stat().st_mtime_ns for p in out.glob("*/result.json")}
    assert sorted(after) == sorted(ids)
    assert all(after[k] == v for k, v in before.items())  # nothing done twice
    assert not list(out.glob("*/.*.tmp*"))


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_files_as_a_local_run(tmp_path):
    write_orders(tmp_path / "orders.csv", 3)
    local = run_batch(tmp_path / "orders.csv", tmp_path / "local", workers=1)
    dask = run_batch(tmp_path / "orders.csv", tmp_path / "dask", workers=2, scheduler="local")
    assert (dask.done, dask.failed) == (local.done, local.failed) == (3, 2)
    for folder in sorted((tmp_path / "local").iterdir()):
        if folder.is_dir():
            for file in sorted(folder.iterdir()):
                twin = tmp_path / "dask" / folder.name / file.name
                assert twin.read_bytes() == file.read_bytes(), file.name


def test_cli_reports_a_missing_orders_file_in_one_line(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "none.csv"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "none.csv" in err
