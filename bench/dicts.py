# Dict- and list-heavy workload: counting, grouping, inverting, sorting.
def make_keys(n):
    keys = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        keys.append("k" + str(x % 5000))
    return keys


def count(keys):
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return counts


def group(counts):
    groups = {}
    for k, v in counts.items():
        if v in groups:
            groups[v].append(k)
        else:
            groups[v] = [k]
    return groups


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    s = 0
    for i in range(0, n, 3):
        s += d[i]
        del d[i]
    for k in list(d.keys())[:1000]:
        s += k
    return s + len(d)


def main():
    keys = make_keys(900000)
    counts = count(keys)
    groups = group(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    sizes = sorted([(len(v), k) for k, v in groups.items()])
    lists = [[i, i * i] for i in range(200000)]
    tot = 0
    for pair in lists:
        tot += pair[1] - pair[0]
    idict = int_dict(400000)
    print("distinct", len(counts))
    print("top", top)
    print("groups", len(groups), sizes[-1])
    print("lists", tot % 1000000007)
    print("intdict", idict)
    print("checksum", (len(counts) * 31 + tot + idict + top[0][1]) % 1000000007)


main()
