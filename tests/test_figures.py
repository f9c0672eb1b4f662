"""Figures: the notebooks run on fixtures, plot what the evidence table says, and rebuild identically."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from papermill.exceptions import PapermillExecutionError

from evidence_review import figures, files, tables
from evidence_review.notebooks import NotebookRun, inputs_digest, recorded_digest, run_notebooks

FIXTURES = Path(__file__).parent / "data" / "fixtures"
SPEC_MAIN = {
    "title": "ACTT-2: main results",
    "select": {"trial": "ACTT-2", "subgroup": "overall"},
    "group_by": "outcome",
}


@pytest.fixture(scope="module")
def fixture_evidence():
    ev = files.read_csv(FIXTURES / "evidence.csv")
    ev["preferred"] = ev["preferred"].astype(str) == "True"
    return ev


def test_fixtures_follow_the_current_table_contract(fixture_evidence):
    tables.EVIDENCE.validate(fixture_evidence)


@pytest.mark.parametrize("notebook", ["forest_plot", "gray_zone"])
def test_notebook_runs_on_its_own_with_default_parameters(root, tmp_path, notebook):
    out = tmp_path / f"{notebook}.ipynb"
    stem = tmp_path / notebook
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "papermill"),
            "--no-progress-bar",
            f"{notebook}.ipynb",
            str(out),
            "-p",
            "output_stem",
            str(stem),
        ],
        cwd=root / "notebooks",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for ext in (".svg", ".png", ".csv", ".alt.txt"):
        assert stem.with_suffix(ext).stat().st_size > 100
    nb = json.loads(out.read_text())
    assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb["cells"])


def _notebook(path: Path, *sources: str) -> str:
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nb.cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(nb, str(path))
    return str(path)


def test_notebooks_in_one_kernel_see_only_their_own_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = _notebook(tmp_path / "first.ipynb", "value = 1", "defined_by_first = value * 2\ndefined_by_first")
    second = _notebook(
        tmp_path / "second.ipynb",
        "value = 1",
        "import json\nprint(json.dumps(sorted(n for n in globals() if not n.startswith('_'))))",
    )
    run_notebooks(
        [
            NotebookRun(first, "out/first.ipynb", {"value": 5}),
            NotebookRun(second, "out/second.ipynb", {"value": 7}),
        ]
    )
    one = nbformat.read("out/first.ipynb", as_version=4)
    two = nbformat.read("out/second.ipynb", as_version=4)
    assert one.cells[-1].outputs[0]["data"]["text/plain"] == "10"  # the injected value, 5, doubled
    names = json.loads(two.cells[-1].outputs[0]["text"])
    assert "defined_by_first" not in names and "value" in names
    # numbered as in a kernel of its own: parameters, injected parameters, the cell that lists names
    assert [c.execution_count for c in two.cells] == [1, 2, 3]
    assert two.cells[1].source.strip().endswith("value = 7")
    assert not list(Path("out").glob(".*executing*"))


@pytest.mark.parametrize("kernels", [1, 2])
def test_a_notebook_run_with_others_has_the_bytes_of_a_run_alone(root, tmp_path, monkeypatch, kernels):
    monkeypatch.chdir(root / "notebooks")
    together = [
        NotebookRun(
            "forest_plot.ipynb",
            str(tmp_path / "together/forest.ipynb"),
            {"output_stem": str(tmp_path / "together/forest")},
        ),
        NotebookRun(
            "gray_zone.ipynb", str(tmp_path / "together/gray.ipynb"), {"output_stem": str(tmp_path / "together/gray")}
        ),
    ]
    alone = [
        NotebookRun(
            "gray_zone.ipynb", str(tmp_path / "alone/gray.ipynb"), {"output_stem": str(tmp_path / "together/gray")}
        )
    ]
    run_notebooks(together, kernels=kernels)
    svg = (tmp_path / "together/gray.svg").read_bytes()
    run_notebooks(alone)
    assert (tmp_path / "together/gray.svg").read_bytes() == svg
    assert (tmp_path / "alone/gray.ipynb").read_bytes() == (tmp_path / "together/gray.ipynb").read_bytes()


def test_a_free_kernel_takes_the_next_notebook_while_another_is_busy(tmp_path, monkeypatch):
    # The first notebook cannot end before the third has run (it waits for the third's file, a
    # bounded wait): with a fixed share of the runs per kernel (first and third in one kernel) the
    # run could only fail. The kernel that is free takes the second and the third.
    monkeypatch.chdir(tmp_path)
    notebook = _notebook(
        tmp_path / "step.ipynb",
        "name = ''\nwait_for = ''",
        "import os, pathlib, time\n"
        "for _ in range(600):\n"
        "    if not wait_for or pathlib.Path(wait_for).exists():\n"
        "        break\n"
        "    time.sleep(0.1)\n"
        "else:\n"
        "    raise TimeoutError(wait_for)\n"
        "pathlib.Path(name).write_text(str(os.getpid()))",
    )
    runs = [
        NotebookRun(notebook, "out/first.ipynb", {"name": "first", "wait_for": "third"}),
        NotebookRun(notebook, "out/second.ipynb", {"name": "second"}),
        NotebookRun(notebook, "out/third.ipynb", {"name": "third"}),
    ]
    run_notebooks(runs, kernels=2)
    kernel_of = {name: Path(name).read_text() for name in ("first", "second", "third")}
    assert kernel_of["second"] == kernel_of["third"] != kernel_of["first"]
    assert sorted(p.name for p in Path("out").iterdir()) == ["first.ipynb", "second.ipynb", "third.ipynb"]


def test_a_figure_made_from_the_same_inputs_is_kept_and_drawn_again_when_any_changes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("table.csv").write_text("a,b\n1,2\n")
    Path("code.py").write_text("SCALE = 1\n")
    notebook = _notebook(
        tmp_path / "figure.ipynb",
        "table = ''\nproduct = ''",
        "import pathlib\n"
        "pathlib.Path(product).write_text(pathlib.Path(table).read_text())\n"
        "with open('executions.txt', 'a') as f:\n    f.write('ran\\n')",
    )
    run = NotebookRun(
        notebook, "out/figure.ipynb", {"table": "table.csv", "product": "out/figure.txt"}, ("out/figure.txt",)
    )
    Path("out").mkdir()

    def build() -> int:
        run_notebooks([run], code=["code.py"])
        return len(Path("executions.txt").read_text().splitlines())

    assert build() == 1
    assert recorded_digest("out/figure.ipynb") == inputs_digest(run, ["code.py"])
    before = Path("out/figure.txt").stat().st_mtime_ns
    assert build() == 1  # nothing changed: kept, its files touched (newer than their inputs)
    assert Path("out/figure.txt").stat().st_mtime_ns >= before
    Path("table.csv").write_text("a,b\n1,3\n")  # a file a parameter names
    assert build() == 2 and Path("out/figure.txt").read_text() == "a,b\n1,3\n"
    Path("code.py").write_text("SCALE = 2\n")  # the code it runs
    assert build() == 3
    Path("out/figure.txt").unlink()  # a product gone
    assert build() == 4 and Path("out/figure.txt").exists()
    run_notebooks([run])  # without the code it runs, nothing is known to be current
    assert len(Path("executions.txt").read_text().splitlines()) == 5


def test_the_inputs_digest_covers_parameters_and_named_files_not_where_the_project_is(tmp_path, monkeypatch):
    notebook = Path(_notebook(tmp_path / "n.ipynb", "x = 1")).read_bytes()
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        monkeypatch.chdir(tmp_path / folder)
        Path("n.ipynb").write_bytes(notebook)
        Path("t.csv").write_text("a\n1\n")
        Path("c.py").write_text("")
    run = NotebookRun("n.ipynb", "o.ipynb", {"table": "t.csv", "title": "x" * 5000})
    same_elsewhere = inputs_digest(run, ["c.py"])
    monkeypatch.chdir(tmp_path / "one")
    assert inputs_digest(run, ["c.py"]) == same_elsewhere
    assert (
        inputs_digest(dataclasses.replace(run, parameters={**run.parameters, "title": "y"}), ["c.py"]) != same_elsewhere
    )
    Path("t.csv").write_text("a\n2\n")
    assert inputs_digest(run, ["c.py"]) != same_elsewhere


@pytest.mark.parametrize("kernels", [1, 2])
def test_a_failing_notebook_stops_the_run_and_is_kept_for_reading(tmp_path, monkeypatch, kernels):
    monkeypatch.chdir(tmp_path)
    broken = _notebook(tmp_path / "broken.ipynb", "value = 1", "raise ValueError(f'no figure for {value}')")
    never = _notebook(tmp_path / "never.ipynb", "value = 1", "value")
    runs = [NotebookRun(broken, "out/broken.ipynb", {"value": 3}), NotebookRun(never, "out/never.ipynb", {})]
    if kernels == 1:  # the runs after the failure in the same kernel do not run
        with pytest.raises(PapermillExecutionError, match="no figure for 3"):
            run_notebooks(runs)
        assert not Path("out/never.ipynb").exists()
    else:  # the other kernel's runs finish; the failure is raised with its message
        with pytest.raises(RuntimeError, match=r"a figure notebook failed:(.|\n)*no figure for 3"):
            run_notebooks(runs, kernels=2)
    assert not Path("out/broken.ipynb").exists()
    kept = nbformat.read("out/.broken.executing.ipynb", as_version=4)
    assert kept.cells[-1].outputs[0]["ename"] == "ValueError"


def test_forest_data_matches_the_evidence_table(fixture_evidence, vocab):
    data = figures.forest_data(fixture_evidence, SPEC_MAIN, vocab)
    by_id = fixture_evidence.set_index("result_id")
    for row in data.itertuples():
        ev = by_id.loc[row.result_id]
        assert (row.estimate, row.ci_low, row.ci_high) == (ev.estimate, ev.ci_low, ev.ci_high)
        assert row.trial == "ACTT-2" and ev.subgroup == "overall"
    # the mortality estimate is labelled a hazard ratio by one source and an odds ratio by another:
    # both versions are drawn and marked
    mortality = data[data.outcome == "mortality"]
    assert sorted(mortality.measure) == ["hazard_ratio", "odds_ratio"] and mortality.disagreement.all()
    # versions that agree are drawn once, with every source named
    recovery = data[data.outcome == "recovery"].iloc[0]
    assert recovery.sources == "goletti2021, kalil2021, nih2021" and not recovery.disagreement
    assert recovery.text == "1.16 (1.01\u20131.32)"
    assert len(data) == 6


def _layer_data(plot, geom: str, n: int = 0):
    """The data a layer draws (its own, or the plot's)."""
    layers = [layer for layer in plot.layers if type(layer.geom).__name__ == geom]
    data = layers[n]._data
    return plot.data if data is None else data


def test_forest_plot_axes_null_lines_and_rows(fixture_evidence, vocab):
    data = figures.forest_data(fixture_evidence, SPEC_MAIN, vocab)
    plot = figures.forest_plot(data, SPEC_MAIN, vocab)
    points = _layer_data(plot, "geom_point")
    assert len(points) == len(data)
    ticks = _layer_data(plot, "geom_segment", 0)
    nulls = _layer_data(plot, "geom_segment", 1)
    for panel, group in ticks.groupby("panel", observed=True):
        x = dict(zip(group["label"], group["x"], strict=True))
        null = nulls[nulls.panel == panel].x.iloc[0]
        rows = points[points.panel == panel]
        if "0.5" in x:  # ratio panel: log axis, null at 1
            assert null == pytest.approx(x["1"])
            assert x["2"] - x["1"] == pytest.approx(x["1"] - x["0.5"])
            r = rows[rows.outcome == "recovery"]
            if len(r):  # 1.16 sits at log(1.16)/log(2) of the way from 1 to 2
                frac = (r.x.iloc[0] - x["1"]) / (x["2"] - x["1"])
                assert frac == pytest.approx(math.log(1.16) / math.log(2))
        else:  # difference panel: linear axis, null at 0
            assert null == pytest.approx(x["0"])
            assert x["0"] - x["-5"] == pytest.approx(x["-5"] - x["-10"])
            r = rows[rows.outcome == "serious adverse events"].iloc[0]
            assert (r.x - x["-5"]) / (x["0"] - x["-5"]) == pytest.approx(1 + (-5.0) / 5)
    assert len(nulls) == 3  # three panels: higher-is-better ratios, harmful ratios, differences


def test_clipped_interval_gets_an_arrow(fixture_evidence, vocab):
    spec = {
        "title": "scores",
        "select": {"trial": "ACTT-2", "outcome": "mortality", "subgroup": ["score 5", "score 6"]},
        "group_by": ["outcome", "timepoint"],
    }
    data = figures.forest_data(fixture_evidence, spec, vocab)
    plot = figures.forest_plot(data, spec, vocab)
    arrows = [layer for layer in plot.layers if layer.geom.params.get("arrow") is not None]
    assert arrows, "0.21 (0.02-1.80) runs past the axis and needs an arrow"
    assert set(arrows[0]._data.result_id) == set(data[data.ci_low < 0.125].result_id)


def test_gray_zone_cells_trace_to_the_evidence(fixture_evidence, vocab):
    st = files.read_csv(FIXTURES / "statements.csv")
    primary = {
        "remdesivir": "recovery",
        "baricitinib plus remdesivir": "recovery",
        "dexamethasone": "mortality",
    }
    cells = figures.gray_zone_data(fixture_evidence, st, vocab, primary)
    assert len(cells) == 12
    by_id = fixture_evidence.set_index("result_id")
    coloured = cells[cells.result_id != ""]
    for c in coloured.itertuples():
        row = by_id.loc[c.result_id]
        assert str(c.level) in row.subgroup and row.outcome == primary[c.treatment]
    cell = cells.set_index(["treatment", "level"])
    assert cell.loc[("baricitinib plus remdesivir", 6)].strength == "benefit: CI excludes no effect"
    assert cell.loc[("baricitinib plus remdesivir", 5)].strength == "possible benefit: CI includes no effect"
    assert cell.loc[("remdesivir", 4)].strength == "statement only"
    assert cell.loc[("baricitinib plus remdesivir", 4)].strength == "no data"
    assert cell.loc[("dexamethasone", 5)].result_id == cell.loc[("dexamethasone", 6)].result_id  # "oxygen only"
    alt = figures.gray_zone_alt_text(cells, vocab)
    assert "baricitinib plus remdesivir, score 6: benefit: CI excludes no effect (1.51 (1.10\u20132.08))" in alt


def test_figures_are_byte_identical_across_rebuilds(fixture_evidence, vocab, tmp_path):
    data = figures.forest_data(fixture_evidence, SPEC_MAIN, vocab)
    first = figures.save(figures.forest_plot(data, SPEC_MAIN, vocab), tmp_path / "a" / "fig")
    second = figures.save(figures.forest_plot(data, SPEC_MAIN, vocab), tmp_path / "b" / "fig")
    for p, q in zip(first, second, strict=True):
        assert p.read_bytes() == q.read_bytes(), p.name
    svg = first[0].read_text()
    assert "<dc:date>" not in svg


def test_alt_text_says_which_intervals_cross_the_null(fixture_evidence, vocab):
    data = figures.forest_data(fixture_evidence, SPEC_MAIN, vocab)
    alt = figures.forest_alt_text(data, SPEC_MAIN)
    assert "recovery, all patients, rate ratio: 1.16 (1.01\u20131.32), interval excludes no effect" in alt
    assert alt.count("interval includes no effect") == int(np.sum((data.ci_low <= 1) & (data.scale == "ratio")))
