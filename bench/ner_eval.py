#!/usr/bin/env python3
"""Entity-level evaluation of sitegen's rule-based extractor on ANERcorp (test split by default).

Each sentence of the CoNLL file becomes one text (tokens joined by single spaces); all texts go through
the extractor as one corpus (discover -> pool -> extract) via the `ner-eval-driver` executable. A predicted
mention is mapped to the gold tokens it overlaps; a prediction counts when its token range and type equal a
gold entity's (PERS->person, LOC->place, ORG->organization; MISC ignored). Prints P/R/F1 per type and micro.

One convention is mapped: a lexicon name matched under a longer alias that contains the entry's display name
(the lexicon's first spelling: "حركة حماس" and "وكالة فرانس برس" are aliases of "حماس" and "فرانس برس", "مكة
المكرمة" and "قطاع غزة" of "مكة" and "غزة") also counts as a mention of the display name's words when ANERcorp tags
those (the product links it to that entity; ANERcorp tags the name without the head or epithet, though not
always: "تنظيم القاعدة", "الإمارات العربية المتحدة" are tagged whole, and then the whole mention counts).

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

def fold(w):
    """Hamza and alef forms, ى/ي, ة/ه, diacritics and tatweel folded, for comparing spellings."""
    out = []
    for c in w:
        if "\u064b" <= c <= "\u0652" or c == "\u0640" or c == "\u200f": continue
        out.append({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}.get(c, c))
    return "".join(out)

def display_name_span(m):
    """Scalar span of the display name inside a lexicon mention written with a longer alias, else the mention's."""
    canon, surf, start = m.get("canonical"), m["text"], m["start"]
    if m.get("rule") not in ("lexicon", "known") or not canon: return start, m["end"]
    if len(surf) == m["end"] - start + 1: surf = surf[1:]   # an alef restored before the span
    words, pos = [], 0
    for w in surf.split(" "):
        words.append((fold(w), pos, pos + len(w))); pos += len(w) + 1
    want = [fold(w) for w in canon.split(" ")]
    if len(want) >= len(words): return start, m["end"]
    for i in range(len(words) - len(want) + 1):
        if [w for w, _, _ in words[i:i + len(want)]] == want:
            return start + words[i][1], start + words[i + len(want) - 1][2]
    return start, m["end"]

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
        gold = set(gold_entities(sents[si]))
        for m in json.loads(line)["mentions"]:
            spans = [(m["start"], m["end"]), display_name_span(m)]
            cands = []
            for ms, me in spans:
                toks = [i for i, (a, b) in enumerate(offsets[si]) if a < me and ms < b]
                if toks: cands.append((toks[0], toks[-1] + 1, m["type"]))
            if cands: pred.add(next((c for c in cands if c in gold), cands[0]))
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
