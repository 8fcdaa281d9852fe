# errors= on decode and encode.
P = "/tmp/krait_io_encoding_errors.txt"
with open(P, "wb") as f:
    f.write(b"ok \xff\xfe end\n")
for err in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(P, errors=err) as f:
        print(err, ascii(f.read()))
try:
    open(P).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(P, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\u00e9")
print(open(P, "rb").read())
with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("caf\u00e9")
print(open(P, "rb").read())
with open(P, "w", encoding="latin-1", errors="ignore") as f:
    f.write("a\u20acb")
print(open(P, "rb").read())
f = open(P, "w", encoding="ascii")
try:
    f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
f.close()
with open(P, "wb") as f:
    f.write(b"caf\xc3")
try:
    open(P, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(P, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcffb")
print(open(P, "rb").read())
