# String building, slicing and common str methods.
WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "Eta", "theta"]


def build(n):
    parts = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        parts.append(w.lower() if i % 3 else w.upper())
        parts.append(str(i))
    return "-".join(parts)


def process(text):
    total = 0
    for piece in text.split("-"):
        if piece.isdigit():
            total += int(piece) % 97
        else:
            total += len(piece.strip()) + piece.count("a") * 3
            if piece.startswith("e") or piece.endswith("A"):
                total += 1
    return total


def transform(n):
    acc = 0
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 40:
            r = s[::-1].replace("a", "A").upper()
            acc += r.find("Q") + len(r.lower().split("e")) + ord(r[i % len(r)])
            s = s[10:]
    return acc


def fmt(n):
    out = []
    for i in range(n):
        out.append(f"{i:05d}|{i * 1.5:8.2f}|{WORDS[i % 8]:>8}")
    joined = "\n".join(out)
    return len(joined) + joined.count("5")


def main():
    text = build(240000)
    a = process(text)
    b = transform(1200000)
    c = fmt(240000)
    print("process", a)
    print("transform", b)
    print("fmt", c)
    print("checksum", (a * 7 + b * 3 + c) % 1000000007)


main()
