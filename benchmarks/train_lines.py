"""Train and measure the learned chrome veto (:mod:`tui.model.line_veto`) on the corpus sets.

Every line the hand-written rules (:func:`tui.model.boilerplate.split_lines`) take for chrome
is labelled by the set's expectations: chrome (in the JSON's ``chrome`` list, matched as
``benchmarks/eval.py`` matches) or body.  A logistic regression (pure Python, stochastic
gradient descent) learns which of them are story lines; it is used only as a veto.  The
threshold is chosen by leave-one-set-out cross-validation: for each set, train on all the
others and measure that one, with the real scorer (``eval.py``), before and after.

    .venv/bin/python benchmarks/train_lines.py [--sets dev,holdout,blind…] [--threshold T]
    .venv/bin/python benchmarks/train_lines.py --history [-v]

``--history`` measures the veto on the errors of older rule versions on the sets they had not
seen (each version taken from git), which is closer to a new page than the tuned sets are.
Not wired into the model: leave-one-set-out showed no clear gain (``benchmarks/README.md``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval as scorer  # noqa: E402
from benchmarks import line_veto  # noqa: E402
from tui.model import boilerplate  # noqa: E402
from tui.model.fold import fold  # noqa: E402
from tui.model.load import read_source  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
#: The sets the veto may learn from (never the sets kept to measure a round).
SETS = ("dev", "holdout", "blind", *(f"blind{k}" for k in range(2, 37)))
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995)

Row = tuple[list[float], int, str]  # features, label (1 = body), the line


def set_dir(name: str) -> Path:
    return CORPUS if name == "dev" else CORPUS / name


_RULES = boilerplate.split_lines
#: The veto the patched ``split_lines`` applies: (weights, threshold), or None.
VETO: tuple[list[float], float] | None = None


def rules_view(lines: list[str]) -> tuple[boilerplate.Split, list[str], list[boilerplate.Kind]]:
    """The rules' split, the lines as they read them (folded) and their kinds."""
    split = _RULES(lines)
    folded = [fold(line) if len(line) <= boilerplate.LONG_LINE + 8 else line for line in lines]
    kinds = [boilerplate._classify(line.strip()) for line in folded]
    boilerplate._figure_lists(folded, kinds)
    boilerplate._mark_rows(folded, kinds)
    return split, folded, kinds


def split_with_veto(lines: list[str], tail: bool = True) -> boilerplate.Split:
    """``split_lines`` with the veto applied after it (what integrating it would do)."""
    split = _RULES(lines, tail)
    if VETO is None or not split.chrome:
        return split
    _, folded, kinds = rules_view(lines)
    chrome = set(split.chrome)
    kept = line_veto.vetoed(folded, kinds, chrome, VETO)
    if not kept:
        return split
    body = tuple(sorted((*split.body, *kept)))
    tags = tuple(t for t in split.tags if t[0] not in kept)
    return boilerplate.Split(body, tuple(sorted(chrome - kept)), tags)


def rule_rows(path: Path) -> list[Row]:
    """The lines of one text that the rules take for chrome, with features and labels."""
    want = scorer._as_read(json.loads(path.with_suffix(".json").read_text("utf-8")))
    expected = Counter(want["chrome"])
    lines = read_source(path).text.split("\n")
    split, folded, kinds = rules_view(lines)
    chrome = set(split.chrome)
    rows: list[Row] = []
    for i, x in sorted(line_veto.features(folded, kinds, chrome).items()):
        text = lines[i].strip()
        if want.get("title") is not None and text == want["title"]:
            continue  # the headline: neither body nor chrome
        rows.append((x, 0 if text in expected else 1, text))
    return rows


def train(rows: list[Row], epochs: int = 25, l2: float = 1e-4, pos_weight: float = 10.0) -> list[float]:
    """Logistic regression by stochastic gradient descent (deterministic order)."""
    w = [0.0] * len(line_veto.NAMES)
    order = list(range(len(rows)))
    rng = random.Random(8)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            x, y, _ = rows[k]
            step += 1
            lr = 0.5 / math.sqrt(1 + step / 2000)
            p = line_veto.score(x, w)
            g = (p - y) * (pos_weight if y else 1.0)
            for j, v in enumerate(x):
                if v:
                    w[j] -= lr * (g * v + l2 * w[j])
    return w


def real_scores(name: str, model: tuple[list[float], float] | None) -> scorer.Score:
    """The scorer's totals for one set with ``model`` as the veto (None: the rules alone)."""
    global VETO
    VETO = model
    boilerplate.split_lines = split_with_veto  # build_article imports it at each call
    try:
        total = scorer.Score()
        for path in scorer.corpus_files(None, set_dir(name)):
            total.add(scorer.score_text(path))
    finally:
        boilerplate.split_lines = _RULES
        VETO = None
    return total


def recall(sc: scorer.Score) -> float:
    return sc.chrome_found / sc.chrome_expected if sc.chrome_expected else 1.0


#: Rule versions and the sets they had not seen (the commit that added those sets).
HISTORY = (("b8e7d06", ("blind29", "blind30")), ("fd2b22a", ("blind31", "blind32", "blind33", "blind34")), ("a9a8706", ("blind35", "blind36")))

_DUMP = """
import json, sys
from pathlib import Path
from tui.model import boilerplate as B
from tui.model.fold import fold
from tui.model.load import read_source
out = {}
for d in sys.argv[1:]:
    for p in sorted(Path(d).glob("*.txt")):
        lines = read_source(p).text.split("\\n")
        chrome = sorted(B.split_lines(lines).chrome)
        folded = [fold(s) if len(s) <= B.LONG_LINE + 8 else s for s in lines]
        kinds = [B._classify(s.strip()) for s in folded]
        B._figure_lists(folded, kinds)
        B._mark_rows(folded, kinds)
        out[p.name] = [lines, folded, [k.value for k in kinds], chrome]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


class _Kind:
    """A kind as an old rule version named it."""

    def __init__(self, value: str) -> None:
        self.value = value


def old_rules_view(commit: str, sets: tuple[str, ...]) -> dict[str, dict[str, list]]:
    """What the rules at ``commit`` made of the texts of ``sets`` (lines, folded, kinds, chrome)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "tui"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"}
        views = {}
        for s in sets:
            done = subprocess.run(
                [sys.executable, "-c", _DUMP, str(set_dir(s))], env=env, cwd=tmp, check=True, capture_output=True
            )
            views[s] = json.loads(done.stdout)
    return views


def history(
    names: list[str], l2: float, pos_weight: float, thresholds: tuple[float, ...], verbose: bool = False
) -> None:
    """The veto on the errors of rules that had not seen a set: each set measured with the rule
    version from before it was added, the veto trained on today's rules over the other sets."""
    data = {s: [r for p in scorer.corpus_files(None, set_dir(s)) for r in rule_rows(p)] for s in names}
    print(f"{'set':<8} {'rules':<8} " + "  ".join(f"{'t=' + str(t):>19}" for t in thresholds))
    print(f"{'':<17}" + "  ".join(f"{'lost  chrome(given)':>19}" for _ in thresholds))
    for commit, sets in HISTORY:
        w = train([r for o in names if o not in sets for r in data[o]], l2=l2, pos_weight=pos_weight)
        views = old_rules_view(commit, sets)
        for s in sets:
            lost = expected = found = 0
            saved = Counter()
            given = Counter()
            for name, (lines, folded, kinds, chrome) in views[s].items():
                want = scorer._as_read(json.loads((set_dir(s) / name).with_suffix(".json").read_text("utf-8")))
                chrome_want = Counter(want["chrome"])
                expected += sum(chrome_want.values())
                cset = set(chrome)
                vec = line_veto.features(folded, [_Kind(k) for k in kinds], cset)
                for i in chrome:
                    text = lines[i].strip()
                    if not text or (want.get("title") is not None and text == want["title"]):
                        continue
                    p = line_veto.score(vec[i], w)
                    if p >= thresholds[0] and verbose:
                        print(f"      {'CHROME' if text in chrome_want else 'body '} {p:.3f} {text[:60]!r}")
                    if text in chrome_want:
                        found += 1
                        given.update(t for t in thresholds if p >= t)
                    else:
                        lost += 1
                        saved.update(t for t in thresholds if p >= t)
            cells = [
                f"{lost:>2}→{lost - saved[t]:<2} {found / expected:.3f}→{(found - given[t]) / expected:.3f}"
                for t in thresholds
            ]
            print(f"{s:<8} {commit:<8} " + "  ".join(f"{c:>19}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--threshold", type=float, default=0.0, help="measure this threshold instead")
    ap.add_argument("--l2", type=float, default=1e-3, help="weight decay")
    ap.add_argument("--pos-weight", type=float, default=5.0, help="weight of a body line in the loss")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the lines given back")
    ap.add_argument("--history", action="store_true", help="measure on rule versions that had not seen a set")
    args = ap.parse_args(argv)
    names = args.sets.split(",")
    if args.history:
        history(names, args.l2, args.pos_weight, (0.5, 0.7, 0.85), args.verbose)
        return 0
    t0 = time.perf_counter()
    data = {s: [r for p in scorer.corpus_files(None, set_dir(s)) for r in rule_rows(p)] for s in names}
    t_data = time.perf_counter() - t0
    n_rows = sum(len(v) for v in data.values())
    n_pos = sum(r[1] for v in data.values() for r in v)
    print(f"rule-chrome lines: {n_rows}, of them body: {n_pos}  ({t_data:.1f}s)")

    # leave one set out: weights per fold, and the held-out probabilities
    t1 = time.perf_counter()
    folds: dict[str, list[float]] = {}
    held: dict[str, list[tuple[float, int, str]]] = {}
    for s in names:
        w = train([r for o in names if o != s for r in data[o]], l2=args.l2, pos_weight=args.pos_weight)
        folds[s] = w
        held[s] = [(line_veto.score(x, w), y, t) for x, y, t in data[s]]
    t_train = (time.perf_counter() - t1) / len(names)
    print(f"training: {t_train:.2f}s per fold")

    # the threshold, on the held-out line figures: among those where no set gives back more
    # than 2% of its chrome, the one with most body lines saved net of chrome lines given back
    # (ties: the higher threshold); the brief's own choice (most saved) is printed too
    base = {s: real_scores(s, None) for s in names}
    best = None
    most = None
    for t in THRESHOLDS:
        saved = sum(1 for s in names for p, y, _ in held[s] if p >= t and y)
        given = sum(1 for s in names for p, y, _ in held[s] if p >= t and not y)
        worst = max(
            sum(1 for p, y, _ in held[s] if p >= t and not y) / max(base[s].chrome_expected, 1)
            for s in names
        )
        print(
            f"  threshold {t:<5} body lines saved {saved:>3}  chrome lines given back {given:>3}"
            f"  worst chrome drop {worst:.3f}"
        )
        if worst <= 0.02 and (best is None or saved - given > best[1]):
            best = (t, saved - given)
        if worst <= 0.02 and (most is None or saved > most[1]):
            most = (t, saved)
    if most is None:
        print("no threshold keeps every set's chrome drop within 0.02")
        return 0
    threshold = args.threshold or (best[0] if best and best[1] > 0 else most[0])
    print(f"threshold {threshold} (net best {best}, most saved {most})")

    # the real figures per set, before and after, each set measured by the fold that never saw it
    head = f"{'set':<9} {'lost':>9} {'chrome recall':>15} {'false':>7} {'titles':>7} {'dates':>9}"
    print(head)
    totals: Counter[str] = Counter()
    folds_lost: dict[str, int] = {}
    consistent = True
    for s in names:
        b, a = base[s], real_scores(s, (folds[s], threshold))
        folds_lost[s] = a.body_lost
        totals["lost_b"] += b.body_lost
        totals["lost_a"] += a.body_lost
        drop = recall(b) - recall(a)
        worse = (
            drop > 0.02
            or a.false_dates > b.false_dates
            or a.titles_right < b.titles_right
            or a.dates_found < b.dates_found
            or a.values_right < b.values_right
            or a.handles_right < b.handles_right
            or a.body_lost > b.body_lost
        )
        consistent &= not worse
        print(
            f"{s:<9} {b.body_lost:>3} → {a.body_lost:<3} {recall(b):.3f} → {recall(a):.3f} "
            f"{b.false_dates:>2}→{a.false_dates:<2} {b.titles_right:>2}→{a.titles_right:<2} "
            f"{b.dates_found}→{a.dates_found}" + ("  WORSE" if worse else "")
        )
        for p, y, text in held[s]:
            if p >= threshold:
                print(f"      {'body ' if y else 'CHROME'} {p:.3f} {text[:60]!r}")
    print(f"lost lines, all sets: {totals['lost_b']} → {totals['lost_a']}")

    w_all = train([r for s in names for r in data[s]], l2=args.l2, pos_weight=args.pos_weight)
    top = sorted(zip(line_veto.NAMES, w_all, strict=True), key=lambda nw: -abs(nw[1]))
    print("weights (all sets), largest first:")
    print("  " + ", ".join(f"{n} {w:+.2f}" for n, w in top))
    given = sum(1 for s in names for p, y, _ in held[s] if p >= threshold and not y)
    net = totals["lost_b"] - totals["lost_a"] - given
    print(f"net of chrome lines given back ({given}): {net:+d}")
    fewer = sum(1 for s in names if folds_lost[s] < base[s].body_lost)
    gain = consistent and net >= 5 and fewer >= 3  # a few lines on one set is no clear gain
    print("gain: " + ("clear and consistent" if gain else "no clear gain (net < 5 lines, fewer than 3 sets, or a set worse)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
