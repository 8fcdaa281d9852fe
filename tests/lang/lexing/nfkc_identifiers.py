# Identifiers are NFKC-normalized: ﬁ (U+FB01) is "fi", ℌ is H, full-width letters too.
ﬁle = "ligature"
print(file)
ℌ = "script H"
print(H)
ｘ = "full-width x"
print(x)
def ﬁnd():
    return "found"
print(find(), find.__name__)
class K:
    ﬂag = 1
print(K.flag, hasattr(K, "ﬂag"))
print("ﬁle" in globals(), "file" in globals())
