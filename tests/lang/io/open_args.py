# open() argument checks.
P = "/tmp/krait_io_open_args.txt"
open(P, "w").close()
def attempt(label, **kw):
    try:
        f = open(P, **kw)
        print(label, "ok", type(f).__name__)
        f.close()
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("enc-binary", mode="rb", encoding="utf-8")
attempt("errors-binary", mode="rb", errors="strict")
attempt("newline-binary", mode="rb", newline="")
attempt("bad-newline", newline="x")
attempt("unbuffered-text", buffering=0)
attempt("unbuffered-binary", mode="rb", buffering=0)
attempt("mode-int", mode=3)
attempt("encoding-int", encoding=3)
attempt("line-buffered", buffering=1)
attempt("small-buffer", mode="rb", buffering=5)
try:
    open([])
except TypeError as e:
    print("TypeError", e)
try:
    open(P, "r", -1, None, None, None, True, None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    open(P, bogus=1)
except TypeError as e:
    print("TypeError", e)
