"""Extraction on a Dask cluster (a LocalCluster of two worker processes on 127.0.0.1) gives
exactly the local results."""

from __future__ import annotations

import pytest

from tests.test_cli import _invoke, _project


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_cluster_run_matches_local_run(tmp_path, scheduler):
    local = _project(tmp_path / "local")
    assert _invoke(local, "generate", "--no-cache").returncode == 0
    remote = _project(tmp_path / "remote")
    result = _invoke(remote, "generate", "--executor", "dask", "--scheduler", scheduler)
    assert result.returncode == 0, result.stderr
    for path in sorted((local / "site_src" / "briefings").glob("*.yaml")):
        assert (remote / "site_src" / "briefings" / path.name).read_bytes() == path.read_bytes()
    # the cluster's results were cached here: a second run needs no cluster at all
    again = _invoke(remote, "generate", "--executor", "dask", "--scheduler",
                    "tcp://127.0.0.1:1")
    assert again.returncode == 0, again.stderr


def test_dask_needs_a_scheduler(tmp_path):
    result = _invoke(_project(tmp_path), "generate", "--executor", "dask")
    assert result.returncode == 2 and "--scheduler" in result.stderr


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    result = _invoke(_project(tmp_path), "generate", "--no-cache", "--executor", "dask",
                     "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr
