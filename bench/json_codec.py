# JSON encoding and decoding of a nested structure (json.dumps / json.loads).
import json


def make(n):
    return {
        "users": [
            {
                "id": i,
                "name": "user%d" % i,
                "email": "user%d@example.com" % i,
                "active": i % 3 == 0,
                "score": i * 1.25,
                "tags": ["t%d" % (i % 7), "caf\u00e9", "x\ny"],
                "address": {"street": "%d Main St" % i, "zip": None, "geo": [i / 3.0, -i / 7.0]},
            }
            for i in range(n)
        ],
        "meta": {"count": n, "version": "1.0", "unicode": "\u65e5\u672c\u8a9e \U0001F600"},
    }


def main():
    data = make(2000)
    total = 0
    for _ in range(6):
        text = json.dumps(data)
        back = json.loads(text)
        total += len(text) + len(back["users"])
        compact = json.dumps(back, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
        total += len(json.loads(compact)["users"])
    print(total, back == data, len(compact))


if __name__ == "__main__":
    main()
