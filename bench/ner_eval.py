#!/usr/bin/env python3
"""Entity-level evaluation of sitegen's rule-based extractor on ANERcorp (test split by default).

Each sentence of the CoNLL file becomes one text (tokens joined by single spaces); all texts go through
the extractor as one corpus (discover -> pool -> extract) via the `ner-eval-driver` executable. A predicted
mention is mapped to the gold tokens it overlaps; a prediction counts when its token range and type equal a
gold entity's (PERS->person, LOC->place, ORG->organization; MISC ignored). Prints P/R/F1 per type and micro.

Usage: bench/ner-eval [--split test|dev] [--driver PATH] [--errors N]
"""
import argparse, json, os, subprocess, sys
from collections import Counter

TYPES = {"PERS": "person", "LOC": "place", "ORG": "organization"}

def read_conll(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if cur: sents.append(cur); cur = []
            continue
        cur.append((parts[0], parts[-1]))
    if cur: sents.append(cur)
    return sents

def gold_entities(sent):
    ents, start, typ = [], None, None
    for i, (_, tag) in enumerate(sent + [("", "O")]):
        t = tag[2:] if tag[:2] in ("B-", "I-") else None
        if start is not None and (tag.startswith("B-") or t != typ):
            if typ in TYPES: ents.append((start, i, TYPES[typ]))
            start, typ = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, typ = i, t
    return ents

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    ap.add_argument("--driver", default=os.path.join(root, ".build", "release", "ner-eval-driver"))
    ap.add_argument("--errors", type=int, default=0, help="print N false positives / negatives per type")
    args = ap.parse_args()
    path = os.path.join(os.path.dirname(root), "shared", "eval", "anercorp", args.split + ".txt")
    sents = read_conll(path)
    texts, offsets = [], []
    for s in sents:
        pos, offs = 0, []
        for w, _ in s:
            offs.append((pos, pos + len(w)))
            pos += len(w) + 1
        texts.append(" ".join(w for w, _ in s))
        offsets.append(offs)
    out = subprocess.run([args.driver], input="\n".join(texts) + "\n", capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert len(lines) == len(texts), (len(lines), len(texts))
    tp, fp, fn = Counter(), Counter(), Counter()
    errs = {"fp": [], "fn": []}
    for si, line in enumerate(lines):
        pred = set()
        for m in json.loads(line)["mentions"]:
            toks = [i for i, (a, b) in enumerate(offsets[si]) if a < m["end"] and m["start"] < b]
            if toks: pred.add((toks[0], toks[-1] + 1, m["type"]))
        gold = set(gold_entities(sents[si]))
        words = [w for w, _ in sents[si]]
        for e in pred & gold: tp[e[2]] += 1
        for e in pred - gold: fp[e[2]] += 1; errs["fp"].append((e[2], " ".join(words[e[0]:e[1]])))
        for e in gold - pred: fn[e[2]] += 1; errs["fn"].append((e[2], " ".join(words[e[0]:e[1]])))
    def prf(t, p, n):
        P = t / (t + p) if t + p else 0.0
        R = t / (t + n) if t + n else 0.0
        return P, R, (2 * P * R / (P + R) if P + R else 0.0)
    print(f"ANERcorp {args.split}: {len(sents)} sentences")
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for t in ["person", "place", "organization"]:
        P, R, F = prf(tp[t], fp[t], fn[t])
        print(f"{t:<14}{P:7.3f}{R:7.3f}{F:7.3f}{tp[t]+fn[t]:7d}{tp[t]+fp[t]:7d}")
    P, R, F = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'micro':<14}{P:7.3f}{R:7.3f}{F:7.3f}{sum(tp.values())+sum(fn.values()):7d}{sum(tp.values())+sum(fp.values()):7d}")
    if args.errors:
        for kind in ("fp", "fn"):
            for t in ["person", "place", "organization"]:
                c = Counter(x for ty, x in errs[kind] if ty == t)
                print(f"\n{kind} {t}: " + " | ".join(f"{x} ({n})" for x, n in c.most_common(args.errors)))

if __name__ == "__main__":
    main()
