# Text encodings: utf-8, latin-1, ascii, aliases, unknown names.
P = "/tmp/krait_io_encodings.txt"
text = "caf\u00e9 \u20ac\U0001f600"
with open(P, "w", encoding="utf-8") as f:
    f.write(text)
print(open(P, "rb").read())
print(open(P, encoding="UTF8").read() == text)
with open(P, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
print(open(P, "rb").read(), open(P, encoding="latin1").read())
for enc in ["utf-8", "UTF-8", "utf8", "latin-1", "iso-8859-1", "ascii", "US-ASCII"]:
    with open(P, encoding=enc) as f:
        print(enc, f.encoding)
try:
    open(P, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
with open(P, "w") as f:
    print(f.encoding, f.errors)
