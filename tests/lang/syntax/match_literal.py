# match with literal patterns: numbers, strings, None, True, False, negatives, complex.
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hi" "there":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1+2j:
            return "complex"
        case _:
            return "other"
for v in [0, -1, 1.5, "hithere", b"raw", None, True, False, 1+2j, 1, 0.0, "x"]:
    print(repr(v), classify(v))
