# compile()'s filename: str, bytes or os.PathLike; source types.
class PathLike:
    def __fspath__(self):
        return "from_fspath.py"
class BadPath:
    def __fspath__(self):
        return 42
for fn in ["name.py", b"bytes_name.py", PathLike()]:
    print(compile("1", fn, "eval").co_filename)
for fn in [1, None, 2.5, BadPath(), ["x"]]:
    try:
        compile("1", fn, "eval")
        print("accepted")
    except TypeError as e:
        print("TypeError", e)
for src in [1, None, 1.5, ["x = 1"], object()]:
    for name, fn in (("compile", lambda s: compile(s, "f", "exec")), ("exec", exec), ("eval", eval)):
        try:
            fn(src)
            print("accepted")
        except TypeError as e:
            print(name, "TypeError", e)
try:
    compile("x = (", b"bfile.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
