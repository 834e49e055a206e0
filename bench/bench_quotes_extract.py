"""Measure the quote extractor on a published German quotation-attribution corpus.

    python bench/bench_quotes_extract.py [--corpus DIR] [--part dev]

Reads the articles of ``../shared/corpora/german-news-quotes/<part>/`` (relative to the
project root; never part of the project), runs :func:`editor.core.quote_extract.find_quotes`
over each article's plain text and prints, for **direct** quotes, precision, recall and F1
of quote spans and of speakers, next to the naive baseline "every text between quotation
marks is a quote" measured in the same run.

A predicted span counts when it covers at least half of a gold span that no other
prediction took already. A speaker counts when a predicted speaker mention of a matched
quote overlaps the gold speaker's span; a pronoun the extractor resolved counts by itself
or by the mention of the person it refers to (the corpus annotates either), and a quote
annotated twice with the same spans is one gold quote whose speaker may be either
annotation's. Prints "corpus not found" and exits 0 when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.core.quote_extract import find_quotes, marked_spans  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "german-news-quotes"

Span = tuple[int, int]


@dataclass
class Gold:
    quote: list[Span]
    speaker: list[Span]


@dataclass
class Prediction:
    quote: Span
    speaker: list[Span]


@dataclass
class Score:
    true: int = 0
    predicted: int = 0
    gold: int = 0

    def line(self, name: str) -> str:
        p = self.true / self.predicted if self.predicted else 0.0
        r = self.true / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({self.true}/{self.predicted} " \
               f"predicted, {self.gold} gold)"


def _spans(part: dict[str, Any]) -> list[Span]:
    return [(s["charBegin"], s["charEnd"]) for s in part.get("spans", [])]


def gold_quotes(document: dict[str, Any]) -> list[Gold]:
    """The direct quotes; a quote annotated twice with the same spans (once with the
    person, once with the paper that reports it) is one quote with both speakers."""
    golds: dict[tuple[Span, ...], Gold] = {}
    for annotation in document["annotations"]:
        if annotation.get("type") != "Direct":
            continue
        quote = _spans(annotation["quote"])
        known = golds.get(tuple(quote))
        if known is None:
            golds[tuple(quote)] = Gold(quote, _spans(annotation["speaker"]))
        else:
            known.speaker += _spans(annotation["speaker"])
    return list(golds.values())


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(golds: list[Gold], predictions: list[Prediction], spans: Score,
          speakers: Score) -> None:
    """Add one document's matches to the span and speaker scores."""
    spans.gold += len(golds)
    spans.predicted += len(predictions)
    speakers.gold += sum(1 for g in golds if g.speaker)
    speakers.predicted += sum(1 for p in predictions if p.speaker)
    taken: set[int] = set()
    for prediction in predictions:
        for index, gold in enumerate(golds):
            if index in taken:
                continue
            size = sum(e - s for s, e in gold.quote)
            covered = sum(_overlap(prediction.quote, g) for g in gold.quote)
            if size and covered * 2 >= size:
                taken.add(index)
                spans.true += 1
                if gold.speaker and any(_overlap(p, g) for p in prediction.speaker
                                        for g in gold.speaker):
                    speakers.true += 1
                break


def extractor(text: str) -> list[Prediction]:
    """The extractor's quotes; a pronoun speaker ("sagte er") also counts by the person
    it refers to, as the corpus annotates either the pronoun or that person."""
    predictions = []
    for quote in find_quotes(text):
        spans: list[Span] = []
        for mention in quote.mentions:
            spans.append((mention.start, mention.end))
            if mention.refers_start >= 0:
                spans.append((mention.refers_start, mention.refers_end))
        predictions.append(Prediction((quote.start, quote.end), spans))
    return predictions


def baseline(text: str) -> list[Prediction]:
    """Every text between quotation marks is a quote; no speaker."""
    return [Prediction((s.open_at + 1, s.close_at), []) for s in marked_spans(text)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--part", default="dev", choices=("dev", "train"))
    parser.add_argument("--show", type=int, default=0,
                        help="print this many missed and wrong quotes (for tuning)")
    args = parser.parse_args(argv)
    folder = args.corpus / args.part
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        print(f"corpus not found ({folder}); nothing measured")
        return 0
    ours, ours_speakers = Score(), Score()
    naive, naive_speakers = Score(), Score()
    started = time.perf_counter()
    characters = 0
    shown = 0
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        text = document["originalText"]
        characters += len(text)
        golds = gold_quotes(document)
        predicted = extractor(text)
        score(golds, predicted, ours, ours_speakers)
        score(golds, baseline(text), naive, naive_speakers)
        if shown < args.show:
            shown += _show(text, golds, predicted)
    elapsed = time.perf_counter() - started
    print(f"{len(files)} documents of {folder.name}, direct quotes only")
    print(ours.line("quote spans (extractor)"))
    print(naive.line("quote spans (baseline)"))
    print(ours_speakers.line("speakers (extractor)"))
    print(f"(both measured in {elapsed:.2f} s over {characters:,} characters)")
    return 0


def _show(text: str, golds: list[Gold], predicted: list[Prediction]) -> int:
    count = 0
    for gold in golds:
        hit = [p for p in predicted if any(_overlap(p.quote, g) * 2 >= g[1] - g[0]
                                           for g in gold.quote)]
        if not hit:
            s, e = gold.quote[0]
            print("MISSED:", text[max(0, s - 60):e + 60].replace("\n", " "))
            count += 1
        elif gold.speaker and not any(_overlap(p, g) for p in hit[0].speaker
                                      for g in gold.speaker):
            s, e = gold.speaker[0]
            said = [text[a:b] for a, b in hit[0].speaker]
            print("SPEAKER:", text[s:e], "predicted", said, "|",
                  text[hit[0].quote[1]:hit[0].quote[1] + 80].replace("\n", " "))
            count += 1
    for prediction in predicted:
        if not any(_overlap(prediction.quote, g) for gold in golds for g in gold.quote):
            s, e = prediction.quote
            print("WRONG:", text[max(0, s - 60):e + 60].replace("\n", " "))
            count += 1
    return count


if __name__ == "__main__":
    sys.exit(main())
