# Dict- and str-heavy work: word counting, key building, lookups and joins.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_text(n):
    out = []
    for i in range(n):
        w = WORDS[(i * 7 + i // 5) % len(WORDS)]
        out.append(w if i % 4 else w.capitalize())
    return " ".join(out)


def count_words(text):
    counts = {}
    for w in text.split():
        k = w.lower()
        counts[k] = counts.get(k, 0) + 1
    return counts


def build_index(n):
    index = {}
    for i in range(n):
        key = "k%d_%s" % (i % 5000, WORDS[i % 16])
        if key in index:
            index[key].append(i)
        else:
            index[key] = [i]
    total = 0
    for key, vals in index.items():
        total += len(key) * len(vals)
    return len(index), total


def churn(n):
    d = {}
    acc = 0
    for i in range(n):
        k = str(i % 3000) + "x"
        d[k] = d.setdefault(k, 0) + i
        if i % 7 == 0:
            acc += d.pop(str((i // 7) % 3000) + "x", 0) % 1000
    merged = {**d, **{k.upper(): v for k, v in d.items() if v % 3 == 0}}
    return acc + len(merged) + sum(len(k) for k in merged)


def fmt_records(n):
    recs = [{"name": WORDS[i % 16], "id": i, "score": i * 0.25} for i in range(n)]
    lines = ["{name}:{id}:{score:.2f}".format(**r) for r in recs]
    blob = "\n".join(lines)
    return len(blob), blob.count("a"), hash(blob.replace("a", "A")[:50]) % 1000


def main():
    text = make_text(400000)
    counts = count_words(text)
    print("distinct", len(counts), sorted(counts.items())[:3])
    print("index", build_index(400000))
    print("churn", churn(600000))
    print("records", fmt_records(150000))


main()
