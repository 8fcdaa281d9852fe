# Or-patterns binding names in different orders, nested as-patterns,
# group patterns and irrefutable alternatives last.
def f(v):
    match v:
        case [x, y] | (y, x, None):
            return ("pair", x, y)
        case {"a": a, "b": b} | {"b": b, "c": a}:
            return ("map", a, b)
        case ((1 | 2) as small) as again:
            return ("small", small, again)
        case [[a, b] | (a, b, _) as inner, *rest] if not rest:
            return ("inner", a, b, inner)
        case str() | bytes() as text:
            return ("text", text)
        case (other):
            return ("other", other)

for v in [[1, 2], (3, 4, None), {"a": 1, "b": 2}, {"b": 5, "c": 6}, 2, [[7, 8]], [(9, 10, 11)],
          [[1, 2], 3], "t", b"b", 3.0]:
    print(f(v))

match 5:
    case 1 | 2 | 3:
        print("low")
    case 4 | 5 | 6:
        print("mid")

match "x":
    case "y" | "x" as which:
        print("which", which)
