# find, rfind, index, rindex, count, replace, startswith, endswith, in
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("bra"), s.find("zz"), s.rfind("a"), s.rfind("bra"))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.find("", 3))
print(s.replace("a", "A"), s.replace("a", "", 2), s.replace("bra", "BRA", 1), "aaa".replace("a", "aa"))
print(s.startswith("abr"), s.startswith("bra"), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith(("ra", "q")))
print(s.startswith("bra", 1), "bra" in s, "BRA" in s, "" in s, s.find("a", -3))
print("".replace("", "x"), "ab".replace("", "-"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
