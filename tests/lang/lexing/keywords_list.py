# Every hard keyword is recognized as such: assigning to it is rejected.
kws = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
       "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
       "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
       "or", "pass", "raise", "return", "try", "while", "with", "yield"]
for kw in kws:
    try:
        compile(kw + " = 1", "<kw>", "exec")
        print(kw, "accepted")
    except SyntaxError as e:
        print(kw, type(e).__name__, e.msg, e.lineno, e.offset)
for soft in ["match", "case", "_", "print"]:
    compile(soft + " = 1", "<soft>", "exec")
    print(soft, "accepted")
