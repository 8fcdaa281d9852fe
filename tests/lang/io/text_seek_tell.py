# TextIOWrapper.tell()/seek() round trips for simple cases.
P = "/tmp/krait_io_text_seek_tell.txt"
with open(P, "w", encoding="utf-8") as f:
    f.write("alpha\nb\u00e9ta\ngamma\n")
    print(f.tell())
with open(P, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    for pos, line in reversed(marks):
        f.seek(pos)
        print(f.readline() == line, end=" ")
    print()
    print(f.seek(0, 2), f.read())
    print(f.seek(0), f.read(3), f.tell())
    print(f.seek(0, 1))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(2, 2)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError:", e)
