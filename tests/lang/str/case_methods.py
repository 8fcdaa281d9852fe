# Case conversion methods
s = "hello World of Krait"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower(), "mIxEd".casefold())
print("abc".isupper(), "ABC".isupper(), "abc".islower(), "Title Case".istitle(), "".islower())
print("they're bill's".title(), "3rd place".capitalize(), "a1b2".upper())
